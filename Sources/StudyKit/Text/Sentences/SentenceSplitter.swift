/// English sentence boundary detection over UTF-8 bytes.
///
/// ## Method
///
/// The splitter makes one pass over the UTF-8 bytes of the text (plus a cheap pre-pass that finds numbered and
/// lettered list markers). Almost every byte is just skipped; work happens only at a handful of *candidate* bytes:
///
/// * **Candidate stops**: a run of `.` `?` `!` `…` (including spaced ellipses `. . .`), followed by any closing
///   quotes or brackets (`" ' ” ’ ) ] } »`). A boundary, if there is one, falls after those closers, so in
///   `He said "Stop." Then…` the closing quote belongs to the first sentence.
/// * **Hard breaks**: a bullet (`•`, `⁃`, `◦`, …) after white space, a confirmed list marker (`1.`, `2)`, `a.`,
///   `3.)` with a neighbouring marker numbered one less or one more), and a line break that starts or ends a list
///   item, precedes a blank line, or follows a line ending in `:`.
/// * **Openers** `(` `[` `“` and an opening straight `"`: the matching closer, if it is on the same line and near
///   (`maxSpan` bytes, `maxQuoteSpan` for quotation marks), marks a protected span.
/// * **Web text**: a smiley standing as a word (`:)`, `:-(`), a web address before a capitalised word or
///   another address, a separator line (`***`, `=====`), a letter's salutation or closing (`Dear Anna,`,
///   `Best regards,`): a boundary after it.
///
/// A candidate stop becomes a boundary only if no rule vetoes it. The vetoes, in order:
///
/// 1. The stop is not followed by white space (`3.14`, `v1.2`, `U.S.A`, `Jane.Doe@example.com`, `Jr.'s`, `what…see`).
/// 2. The stop is inside a protected quotation or bracket that does not close with it (`"Why? Who?" he asked`).
/// 3. The next word starts with a lower-case letter or continuing punctuation (`, ; : - — &`):
///    `Yahoo! in`, `“Stop!” she said`, `co. at noon`, `... well`; except in web text's lower-case sentences: after
///    `?`, or after `.` or `!` that ends a word which is not capitalised and not an abbreviation, with no closing
///    quote (`grow up? india?`, `call them. they said`). A web address is not a lower-case word.
/// 4. The next thing is a parenthetical citation closed by punctuation: `"…stairways [...]" (Smith 55).`
/// 5. For `.` only:
///    * it ends a list marker (`1.`, `a.`) that is confirmed or stands at the start of a sentence;
///    * the word before it is an abbreviation: a known one (a hash table keyed by the packed bytes, consulted only here), a single
///      letter (an initial: `Madeleine K. Albright`, `J. R. R. Tolkien`), or letters with inner dots whose parts
///      are one or two letters (`U.S`, `EE.UU`, `Ph.D`). What happens next depends on the kind:
///      - titles (`Gen.`, `Dr.`, `Mr.`, `St.`, `Mt.`): end a sentence only before an unambiguous sentence
///        starter (`The`, `He`, `It`, `This`, `But`, …);
///      - inner abbreviations (`e.g.`, `i.e.`, `vs.`, `cf.`, `viz.`): never end a sentence;
///      - `etc.`: ends a sentence before any capitalised word;
///      - `a.m.`/`p.m.`: end a sentence before a capitalised word unless the sentence so far is a short
///        introductory phrase (`At 5 a.m. Mr. Smith went…` vs `He left at 6 P.M. Mr. Smith then…`);
///      - number prefixes (`No.`, `p.`, `pp.`, `Sept.`, `Jan.`, `Fig.`, `N°.`): never end a sentence before a
///        number (`the Sept. 11 attacks`), and are ordinary words before a capitalised word;
///      - all others (`Inc.`, `Co.`, `Jr.`, `U.S.`, initials): end a sentence only before a common sentence
///        starter (`I live in the U.S. How about you?` vs `the U.S. Government`).
///      A plain word before `.` followed by a capital, digit or symbol is a boundary.
/// 6. Ellipses: `...`/`…` end a sentence only before a capitalised word; a spaced `. . .` (an omission inside a
///    sentence) only before an unambiguous sentence starter; four dots (`that....`, `period . . . .`) before any
///    capitalised word; `word. . . . Next` splits after `word.`, leaving `. . . Next` to the next sentence;
///    `[...]` never ends a sentence.
///
/// Em dashes and `--` are never boundaries. Ranges are UTF-8 byte offsets into the text, trimmed of white space
/// (ASCII white space and no-break space); empty pieces are dropped.
///
/// Nothing is allocated per byte: the text is read through `withContiguousStorageIfAvailable`, abbreviation and
/// starter-word look-ups use two packed `UInt64`s as the key, and only the output arrays grow.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sentence ranges in `text`, as UTF-8 byte offsets, each trimmed of surrounding white space, in order.
    public func sentenceRanges(in text: String) -> [Range<Int>] {
        if let result = text.utf8.withContiguousStorageIfAvailable({ SplitScan.split($0) }) {
            return result
        }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { SplitScan.split($0) }
    }

    /// Convenience: the sentences as strings.
    public func sentences(in text: String) -> [String] {
        func strings(_ buffer: UnsafeBufferPointer<UInt8>) -> [String] {
            SplitScan.split(buffer).map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
        }
        if let result = text.utf8.withContiguousStorageIfAvailable(strings) { return result }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer(strings)
    }
}
