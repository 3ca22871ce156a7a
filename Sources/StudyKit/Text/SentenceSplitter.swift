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
///   (`maxSpan` bytes), marks a protected span.
///
/// A candidate stop becomes a boundary only if no rule vetoes it. The vetoes, in order:
///
/// 1. The stop is not followed by white space (`3.14`, `v1.2`, `U.S.A`, `Jane.Doe@example.com`, `Jr.'s`, `what…see`).
/// 2. The stop is inside a protected quotation or bracket that does not close with it (`"Why? Who?" he asked`).
/// 3. The next word starts with a lower-case letter or continuing punctuation (`, ; : - — &`):
///    `Yahoo! in`, `“Stop!” she said`, `co. at noon`, `... well`.
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

// MARK: - Byte constants and classes

private let cDot: UInt8 = 0x2E        // .
private let cQuestion: UInt8 = 0x3F   // ?
private let cBang: UInt8 = 0x21       // !
private let cSpace: UInt8 = 0x20
private let cNewline: UInt8 = 0x0A
private let cQuote: UInt8 = 0x22      // "
private let cApostrophe: UInt8 = 0x27 // '
private let cLParen: UInt8 = 0x28
private let cRParen: UInt8 = 0x29
private let cLBracket: UInt8 = 0x5B
private let cRBracket: UInt8 = 0x5D
private let cColon: UInt8 = 0x3A

@inline(__always) private func isSpaceByte(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
@inline(__always) private func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
@inline(__always) private func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
@inline(__always) private func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
@inline(__always) private func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
@inline(__always) private func lowered(_ c: UInt8) -> UInt8 { isUpper(c) ? c | 0x20 : c }

// MARK: - Word keys and tables

/// Up to 16 bytes of a word packed into two integers: a cheap, allocation-free hash key.
/// Packing is injective because text bytes are never zero (a zero byte would only ever end a key early).
private struct WordKey: Hashable {
    var hi: UInt64 = 0
    var lo: UInt64 = 0

    /// Packs `buffer[start..<end]`, ASCII letters lower-cased; nil if longer than 16 bytes.
    @inline(__always)
    init?(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        let count = end - start
        if count <= 0 || count > 16 { return nil }
        var p = start
        while p < end {
            let c = lowered(buffer[p])
            if p - start < 8 { hi = hi << 8 | UInt64(c) } else { lo = lo << 8 | UInt64(c) }
            p += 1
        }
    }

    init(_ word: String) {
        let bytes = Array(word.utf8)
        self = bytes.withUnsafeBufferPointer { WordKey($0, 0, $0.count)! }
    }
}

private enum AbbreviationKind: Sendable {
    /// Placed before a name; ends a sentence only before an unambiguous starter. Only when capitalised.
    case title
    /// Never ends a sentence (`e.g.`, `vs.`).
    case inner
    /// Ends a sentence before any capitalised word (`etc.`).
    case final
    /// `a.m.` and `p.m.`.
    case time
    /// An abbreviation only before a number (`No. 5`, `p. 55`, `Sept. 11`).
    case numberPrefix
    /// Ends a sentence only before a common sentence starter.
    case general
}

private func table(_ kind: AbbreviationKind, _ words: String) -> [(WordKey, AbbreviationKind)] {
    words.split(separator: " ").map { (WordKey(String($0)), kind) }
}

/// Known abbreviations, lower-case and without the final period.
private let abbreviations: [WordKey: AbbreviationKind] = {
    var entries: [(WordKey, AbbreviationKind)] = []
    entries += table(.title, """
        mr mrs ms messrs mmes mme mlle dr drs prof profs gen gens lt col capt cpt cmdr comdr adm maj sgt cpl pvt \
        brig gov govs sen sens rep reps pres rev revd hon amb supt insp det fr msgr mgr mt mts ft st ste atty lieut \
        cmdt asst rt secy treas sra srta hr
        """)
    entries += table(.inner, "e.g eg i.e ie vs viz cf approx esp incl resp a.k.a w.r.t et")
    entries += table(.final, "etc")
    entries += table(.time, "a.m p.m")
    entries += table(.numberPrefix, """
        no nos nr num p pp para paras pg pgs vol vols fig figs art arts sec secs sect ch chap chs op eq eqs pt bk \
        jan feb mar apr jun jul aug sep sept oct nov dec n° nº ca tel ext fn
        """)
    entries += table(.general, """
        co corp inc ltd llc plc bros jr sr esq ph.d m.d b.a m.a d.c u.s u.s.a u.k e.u u.n ee.uu al ed eds trans \
        dept depts univ assn assoc inst intl natl govt dist div ave blvd rd hwy pkwy ct pl sq ter apt bldg rm mtn \
        hts jct lb lbs oz min max hr hrs yr yrs mo mos wk wks ibid misc est orig ref refs repr pref abbr adj adv \
        conj prep pron ala ariz calif colo conn fla ga kan kans ky md mich minn mont neb nev okla penn pa tenn tex \
        va vt wis wisc wyo
        """)
    var dict: [WordKey: AbbreviationKind] = [:]
    for (key, kind) in entries where dict[key] == nil { dict[key] = kind }
    return dict
}()

/// Words that commonly start a sentence: after an abbreviation of the general kind they end the sentence.
private let sentenceStarters: Set<WordKey> = Set("""
    a an the i he she it we they you this that these those there here his her its our their my your some many \
    most all any each every both few several such another one but and or nor yet so however thus therefore hence \
    then also still moreover furthermore meanwhile nevertheless nonetheless instead indeed now later today \
    yesterday tomorrow finally first second third next last in on at for after before during when while if \
    although though as because since unless until why what who whom whose where how which did do does is are was \
    were has have had can could would should shall might must let not perhaps maybe yes no with without \
    by from despite given according even only just well oh please once often sometimes again soon otherwise \
    besides to
    """.split(separator: " ").map { WordKey(String($0)) })

/// Time zones, which continue a sentence after `a.m.`/`p.m.`.
private let timeZones: Set<WordKey> = Set("""
    est edt cst cdt mst mdt pst pdt akst akdt hst gmt utc bst cet cest ist jst aest et ct mt pt eastern central \
    mountain pacific
    """.split(separator: " ").map { WordKey(String($0)) })

/// Starters that can hardly be a name or an initial: they end a sentence even after a title or a time.
private let strongStarters: Set<WordKey> = Set("""
    the he she it they we you this that these those there but however then its their our his her my your in if \
    when while after although because yet thus
    """.split(separator: " ").map { WordKey(String($0)) })

// MARK: - The scan

/// What follows a candidate stop.
private enum NextKind {
    case upper, lower, digit, bullet, continuation, other
}

private struct NextWord {
    var kind: NextKind
    var key: WordKey?
    var letters: Int
    /// Where the thing starts (an opening quote or bracket, if any).
    var start: Int
    /// Where its first letter, digit or symbol is.
    var wordStart: Int = 0
}

private struct ListMarker {
    var cut: Int      // where the item starts (the bullet before it, if any)
    var dot: Int      // the marker's period, or -1
    var group: Int    // kind and style of the marker
    var value: Int
}

private struct SplitScan {
    /// Longest quotation or bracket (in bytes) whose inside is protected from splitting.
    static let maxSpan = 400

    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    var cuts: [Int] = []
    var lastCut = 0
    var protectedStart = -1
    var protectedEnd = -1
    var lineStart = 0
    var markers: [ListMarker] = []
    var markerIndex = 0
    var markerDots: [Int] = []
    var markerDotIndex = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        b = buffer
        n = buffer.count
    }

    static func split(_ buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scan = SplitScan(buffer)
        return scan.run()
    }

    mutating func run() -> [Range<Int>] {
        if n == 0 { return [] }
        collectListMarkers()
        var i = 0
        while i < n {
            switch b[i] {
            case cDot, cQuestion, cBang:
                i = stop(at: i)
            case cNewline:
                i = lineBreak(at: i)
            case cLParen, cLBracket, cQuote:
                opener(at: i)
                i += 1
            case 0xE2:
                i = threeByte(at: i)
            case 0xE3, 0xEF:
                i = ideographicStop(at: i)
            default:
                i += 1
            }
        }
        flushMarkers(upTo: n)
        return ranges()
    }

    /// `。`, `！`, `？` (and the half-width `｡`) end a sentence with no space after them, unless a closing bracket or
    /// quote (`」`, `』`, `）`) follows: the quoted sentence is then part of the one around it.
    mutating func ideographicStop(at i: Int) -> Int {
        func stopAt(_ p: Int) -> Bool {
            guard p + 2 < n else { return false }
            let (x, y, z) = (b[p], b[p + 1], b[p + 2])
            return (x == 0xE3 && y == 0x80 && z == 0x82) || (x == 0xEF && y == 0xBC && (z == 0x81 || z == 0x9F))
                || (x == 0xEF && y == 0xBD && z == 0xA1)
        }
        func closerAt(_ p: Int) -> Bool {
            guard p + 2 < n else { return false }
            let (x, y, z) = (b[p], b[p + 1], b[p + 2])
            return (x == 0xE3 && y == 0x80 && (z == 0x8D || z == 0x8F)) || (x == 0xEF && y == 0xBC && z == 0x89)
        }
        guard stopAt(i) else { return i + 1 }
        var end = i + 3
        while stopAt(end) { end += 3 }
        // A quotation that closes after its stop (「行く。」と言った。) goes on to the sentence's own stop.
        if closerAt(end) { return end }
        flushMarkers(upTo: end)
        appendCut(end)
        return end
    }

    // MARK: Cuts and ranges

    @inline(__always)
    mutating func appendCut(_ p: Int) {
        if p > lastCut && p < n {
            cuts.append(p)
            lastCut = p
        }
    }

    @inline(__always)
    mutating func flushMarkers(upTo i: Int) {
        while markerIndex < markers.count && markers[markerIndex].cut <= i {
            appendCut(markers[markerIndex].cut)
            markerIndex += 1
        }
    }

    mutating func isConfirmedMarkerDot(_ i: Int) -> Bool {
        while markerDotIndex < markerDots.count && markerDots[markerDotIndex] < i { markerDotIndex += 1 }
        return markerDotIndex < markerDots.count && markerDots[markerDotIndex] == i
    }

    func ranges() -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(cuts.count + 1)
        var start = 0
        for k in 0...cuts.count {
            let end = k < cuts.count ? cuts[k] : n
            var lo = start, hi = end
            while lo < hi {
                if isSpaceByte(b[lo]) { lo += 1 } else if b[lo] == 0xC2 && lo + 1 < hi && b[lo + 1] == 0xA0 { lo += 2 } else { break }
            }
            while hi > lo {
                if isSpaceByte(b[hi - 1]) { hi -= 1 } else if hi - 2 >= lo && b[hi - 2] == 0xC2 && b[hi - 1] == 0xA0 { hi -= 2 } else { break }
            }
            if lo < hi { out.append(lo..<hi) }
            start = end
        }
        return out
    }

    // MARK: Byte helpers

    /// Length of a white-space character at `p` (ASCII or no-break space), or 0.
    @inline(__always)
    func spaceLength(_ p: Int) -> Int {
        let c = b[p]
        if isSpaceByte(c) { return 1 }
        if c == 0xC2 && p + 1 < n && b[p + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Length of a closing quote or bracket at `p`, or 0.
    @inline(__always)
    func closerLength(_ p: Int) -> Int {
        switch b[p] {
        case cQuote, cApostrophe, cRParen, cRBracket, 0x7D: return 1
        case 0xE2:
            // ” ’ ›
            if p + 2 < n && b[p + 1] == 0x80 && (b[p + 2] == 0x9D || b[p + 2] == 0x99 || b[p + 2] == 0xBA) { return 3 }
            return 0
        case 0xC2:
            return p + 1 < n && b[p + 1] == 0xBB ? 2 : 0  // »
        default: return 0
        }
    }

    /// Length of an opening quote, bracket or emphasis mark at `p`, or 0.
    @inline(__always)
    func openerLength(_ p: Int) -> Int {
        switch b[p] {
        case cQuote, cApostrophe, cLParen, cLBracket, 0x7B, 0x2A, 0x5F: return 1
        case 0xE2:
            // “ ‘ ‹
            if p + 2 < n && b[p + 1] == 0x80 && (b[p + 2] == 0x9C || b[p + 2] == 0x98 || b[p + 2] == 0xB9) { return 3 }
            return 0
        case 0xC2:
            // « ¿ ¡
            if p + 1 < n && (b[p + 1] == 0xAB || b[p + 1] == 0xBF || b[p + 1] == 0xA1) { return 2 }
            return 0
        default: return 0
        }
    }

    /// Length of a list bullet at `p` (• ‣ ⁃ ◦ ▪ ● ■ ►), or 0.
    @inline(__always)
    func bulletLength(_ p: Int) -> Int {
        guard p >= 0, p + 2 < n, b[p] == 0xE2 else { return 0 }
        let b1 = b[p + 1], b2 = b[p + 2]
        switch (b1, b2) {
        case (0x80, 0xA2), (0x80, 0xA3), (0x81, 0x83), (0x97, 0xA6), (0x96, 0xAA), (0x97, 0x8F), (0x96, 0xA0), (0x96, 0xBA):
            return 3
        default:
            return 0
        }
    }

    /// Whether the byte range just before `p` ends a word boundary: start of text, white space, an opening quote
    /// or bracket, a hyphen or a dash.
    func isWordBoundary(before p: Int) -> Bool {
        if p == 0 { return true }
        let c = b[p - 1]
        if isSpaceByte(c) { return true }
        switch c {
        case cLParen, cLBracket, 0x7B, cQuote, cApostrophe, 0x2D: return true
        case 0x9C, 0x98, 0x94, 0x93:  // “ ‘ — –
            return p >= 3 && b[p - 3] == 0xE2 && b[p - 2] == 0x80
        case 0xAB, 0xA0:  // « and no-break space
            return p >= 2 && b[p - 2] == 0xC2
        default:
            return false
        }
    }

    // MARK: List markers

    /// The pre-pass: markers such as `1.`, `2)`, `3.)`, `a.`, `b)` after white space or a bullet and before white
    /// space. A marker is confirmed when another marker of the same style is numbered one less or one more.
    mutating func collectListMarkers() {
        var found: [ListMarker] = []
        var i = 0
        while i < n {
            let c = b[i]
            if c == cDot || c == cRParen, i > 0, let m = marker(endingAt: i) { found.append(m) }
            i += 1
        }
        if found.count < 2 { return }
        var present = Set<Int>()
        for m in found { present.insert(m.group << 32 | m.value) }
        for m in found where present.contains(m.group << 32 | (m.value - 1)) || present.contains(m.group << 32 | (m.value + 1)) {
            markers.append(m)
            if m.dot >= 0 { markerDots.append(m.dot) }
        }
    }

    func marker(endingAt i: Int) -> ListMarker? {
        var style: Int
        var after: Int
        var dot = -1
        if b[i] == cDot {
            dot = i
            if i + 1 < n && b[i + 1] == cRParen { style = 2; after = i + 2 } else { style = 0; after = i + 1 }
        } else {
            if b[i - 1] == cDot { return nil }  // `1.)` is handled at its period
            style = 1
            after = i + 1
        }
        guard after < n, isSpaceByte(b[after]) else { return nil }
        var s = i
        while s > 0 && isDigit(b[s - 1]) && i - s < 3 { s -= 1 }
        var kind = 0
        var value = 0
        if s == i {
            guard isLower(b[i - 1]) else { return nil }
            s = i - 1
            kind = 1
            value = Int(b[s] - 0x60)
        } else {
            if s > 0 && isDigit(b[s - 1]) { return nil }
            for p in s..<i { value = value * 10 + Int(b[p] - 0x30) }
        }
        // Before the marker: start of text, white space or a bullet.
        var cut = s
        if s > 0 {
            if !isSpaceByte(b[s - 1]) && bulletLength(s - 3) == 0 { return nil }
            var q = s
            while q > 0 && isSpaceByte(b[q - 1]) { q -= 1 }
            if bulletLength(q - 3) == 3 { cut = q - 3 }
        }
        return ListMarker(cut: cut, dot: dot, group: kind * 4 + style, value: value)
    }

    /// Whether a list item starts at `k`: a bullet, `- `, `* `, `+ `, `– `, or `1.` `1)` `a.` `iv)` `(a)` `(12)`
    /// followed by a space.
    func listMarker(at k: Int) -> Bool {
        if bulletLength(k) > 0 { return true }
        let c = b[k]
        if (c == 0x2D || c == 0x2A || c == 0x2B) && k + 1 < n && b[k + 1] == cSpace { return true }
        if c == 0xE2 && k + 3 < n && b[k + 1] == 0x80 && b[k + 2] == 0x93 && b[k + 3] == cSpace { return true }
        var p = k
        let parenthesised = c == cLParen
        if parenthesised { p += 1 }
        let start = p
        while p < n && p - start < 3 && isDigit(b[p]) { p += 1 }
        if p == start {
            // A letter or a short roman numeral.
            while p < n && p - start < 5 && isAlpha(b[p]) { p += 1 }
            let count = p - start
            if count == 0 { return false }
            if count > 1 {
                for q in start..<p where !"ivxIVX".utf8.contains(b[q]) { return false }
            }
        }
        guard p < n else { return false }
        if parenthesised {
            return b[p] == cRParen && p + 1 < n && b[p + 1] == cSpace
        }
        if b[p] == cDot && p + 1 < n && b[p + 1] == cRParen { p += 1 }
        return (b[p] == cDot || b[p] == cRParen) && p + 1 < n && b[p + 1] == cSpace
    }

    /// Start of a possible list-marker token ending just before the period at `i` (1–3 digits or one letter
    /// after the start of text, white space, a bullet or a dash).
    func markerTokenStart(dotAt i: Int) -> Int? {
        var s = i
        while s > 0 && isDigit(b[s - 1]) && i - s < 3 { s -= 1 }
        if s == i {
            guard i > 0 && isAlpha(b[i - 1]) else { return nil }
            s = i - 1
        }
        if s == 0 { return s }
        let c = b[s - 1]
        if isSpaceByte(c) || c == 0x2D || c == 0x2A || c == 0x2B || bulletLength(s - 3) == 3 { return s }
        return nil
    }

    /// Whether only white space, bullets and list punctuation lie between the last cut and `p`.
    func atSentenceStart(_ p: Int) -> Bool {
        var q = p
        while q > lastCut {
            let c = b[q - 1]
            if isSpaceByte(c) || c == 0x2D || c == 0x2A || c == 0x2B || c == cLParen {
                q -= 1
            } else if q - 3 >= lastCut && bulletLength(q - 3) == 3 {
                q -= 3
            } else {
                return false
            }
        }
        return true
    }

    // MARK: Line breaks, bullets, openers

    /// Handles the white space run that starts with the line break at `i`; returns where scanning resumes.
    mutating func lineBreak(at i: Int) -> Int {
        flushMarkers(upTo: i)
        let currentLine = lineStart
        lineStart = i + 1
        var k = i + 1
        var breaks = 1
        while k < n && isSpaceByte(b[k]) {
            if b[k] == cNewline {
                breaks += 1
                lineStart = k + 1
            }
            k += 1
        }
        if k >= n { return k }
        var cut = breaks >= 2 || listMarker(at: k)
        if !cut {
            // The line that ends here starts with a list marker, or introduces a list with a colon.
            var p = currentLine
            while p < i && isSpaceByte(b[p]) { p += 1 }
            if p < i && listMarker(at: p) { cut = true }
            var q = i
            while q > currentLine && isSpaceByte(b[q - 1]) { q -= 1 }
            if q > currentLine && b[q - 1] == cColon { cut = true }
        }
        if cut { appendCut(i) }
        return k
    }

    /// A byte 0xE2 starts a three-byte character: an ellipsis, a curly opening quote or a bullet matter.
    mutating func threeByte(at i: Int) -> Int {
        guard i + 2 < n else { return i + 1 }
        let b1 = b[i + 1], b2 = b[i + 2]
        if b1 == 0x80 && b2 == 0xA6 { return stop(at: i) }
        if b1 == 0x80 && b2 == 0x9C { opener(at: i) }
        if bulletLength(i) > 0 {
            flushMarkers(upTo: i)
            if i == 0 || spaceBefore(i) { appendCut(i) }
        }
        return i + 3
    }

    @inline(__always)
    func spaceBefore(_ i: Int) -> Bool {
        i > 0 && (isSpaceByte(b[i - 1]) || (i >= 2 && b[i - 2] == 0xC2 && b[i - 1] == 0xA0))
    }

    /// At an opening quote or bracket outside any protected span: protect up to its closer on the same line.
    mutating func opener(at i: Int) {
        if i < protectedEnd { return }
        let limit = min(n, i + SplitScan.maxSpan)
        let c = b[i]
        if c == cLParen || c == cLBracket {
            let close = c == cLParen ? cRParen : cRBracket
            var depth = 0
            var p = i
            while p < limit {
                let d = b[p]
                if d == c {
                    depth += 1
                } else if d == close {
                    depth -= 1
                    if depth == 0 {
                        protectedStart = i
                        protectedEnd = p + 1
                        return
                    }
                } else if d == cNewline {
                    return
                }
                p += 1
            }
        } else if c == cQuote {
            // An opening straight quote: after a boundary, before a non-space.
            guard isWordBoundary(before: i) || (i > 0 && b[i - 1] == cColon), i + 1 < n, !isSpaceByte(b[i + 1]) else { return }
            var p = i + 1
            while p < limit {
                let d = b[p]
                if d == cQuote {
                    if !isSpaceByte(b[p - 1]) {
                        protectedStart = i
                        protectedEnd = p + 1
                    }
                    return
                }
                if d == cNewline { return }
                p += 1
            }
        } else {
            // “ … ” (three bytes each), nesting allowed.
            var depth = 0
            var p = i
            while p + 2 < limit {
                let d = b[p]
                if d == cNewline { return }
                if d == 0xE2 && b[p + 1] == 0x80 {
                    if b[p + 2] == 0x9C {
                        depth += 1
                    } else if b[p + 2] == 0x9D {
                        depth -= 1
                        if depth == 0 {
                            protectedStart = i
                            protectedEnd = p + 3
                            return
                        }
                    }
                    p += 3
                    continue
                }
                p += 1
            }
        }
    }

    // MARK: Candidate stops

    /// Handles the run of terminal punctuation starting at `i`; returns where scanning resumes.
    mutating func stop(at i: Int) -> Int {
        flushMarkers(upTo: i)
        // The run: . ? ! … and the spaced ellipsis ". . .".
        var j = i
        var dots = 0
        var questionOrBang = false
        var ellipsisCharacter = false
        var spaced = false
        while j < n {
            let c = b[j]
            if c == cDot {
                dots += 1
                j += 1
            } else if c == cQuestion || c == cBang {
                questionOrBang = true
                j += 1
            } else if c == 0xE2 && j + 2 < n && b[j + 1] == 0x80 && b[j + 2] == 0xA6 {
                ellipsisCharacter = true
                j += 3
            } else if c == cSpace && dots > 0 && !questionOrBang && b[j - 1] == cDot && j + 1 < n && b[j + 1] == cDot
                        && (j + 2 == n || isSpaceByte(b[j + 2]) || b[j + 2] == cDot || closerLength(j + 2) > 0) {
                spaced = true
                j += 1
            } else {
                break
            }
        }
        let runEnd = j
        var end = j
        while end < n {
            let l = closerLength(end)
            if l == 0 { break }
            end += l
        }
        // Veto 1: not followed by white space (end of text needs no cut).
        if end >= n { return end }
        if spaceLength(end) == 0 { return runEnd }
        // Veto 2: inside a protected quotation or bracket.
        if i > protectedStart && i < protectedEnd && end < protectedEnd { return end }

        var k = end
        while k < n {
            let l = spaceLength(k)
            if l == 0 { break }
            k += l
        }
        if k >= n { return end }
        let next = nextWord(at: k)

        let totalDots = dots + (ellipsisCharacter ? 3 : 0)
        var cut = -1
        if questionOrBang {
            switch next.kind {
            case .upper, .digit, .bullet, .other: cut = end
            case .lower, .continuation: break
            }
        } else if totalDots >= 3 {
            // Ellipses.
            let editorial = i > 0 && b[i - 1] == cLBracket && runEnd < n && b[runEnd] == cRBracket
            if !editorial && (next.kind == .upper || next.kind == .bullet) {
                let attached = b[i] == cDot && i > 0 && !isSpaceByte(b[i - 1])
                let firstSeparate = b[i] == cDot && b[i + 1] == cSpace
                if totalDots >= 4 {
                    cut = attached && firstSeparate && end == runEnd ? i + 1 : end
                } else if spaced {
                    if let key = next.key, strongStarters.contains(key) { cut = end }
                } else {
                    cut = end
                }
            }
        } else {
            cut = periodCut(at: i, end: end, next: next)
        }
        if cut >= 0 && !isCitation(at: next.start) { appendCut(cut) }
        return end
    }

    /// The decision for a single period at `i` whose closers end at `end`; -1 for no boundary.
    mutating func periodCut(at i: Int, end: Int, next: NextWord) -> Int {
        if next.kind == .lower || next.kind == .continuation { return -1 }
        if let start = markerTokenStart(dotAt: i), isConfirmedMarkerDot(i) || atSentenceStart(start) { return -1 }
        guard let abbreviation = abbreviation(before: i) else { return end }
        switch next.kind {
        case .bullet: return end
        case .digit, .other, .lower, .continuation: return -1
        case .upper: break
        }
        var kind = abbreviation.kind
        if kind == .numberPrefix {
            if !abbreviation.singleLetter { return end }
            kind = .general
        }
        let strong = next.key.map { strongStarters.contains($0) } ?? false
        switch kind {
        case .inner:
            return -1
        case .final:
            return end
        case .title:
            return strong ? end : -1
        case .time:
            if strong { return end }
            if let key = next.key, timeZones.contains(key) { return -1 }
            return wordCount(before: i, atMost: 5) <= 4 ? -1 : end
        case .general, .numberPrefix:
            if abbreviation.singleLetter && next.letters == 1 {
                // A chain of initials (`J. R. R. Tolkien`), except the pronoun: `you and I. I think`.
                return b[i - 1] == 0x49 && b[next.wordStart] == 0x49 ? end : -1
            }
            if let key = next.key, sentenceStarters.contains(key) { return end }
            return -1
        }
    }

    /// The abbreviation ending just before the period at `i`, if the word there is one.
    func abbreviation(before i: Int) -> (kind: AbbreviationKind, singleLetter: Bool)? {
        var p = i
        while p > 0 && i - p < 24 {
            let c = b[p - 1]
            if isAlpha(c) || c == cDot {
                p -= 1
            } else if (c == 0xB0 || c == 0xBA) && p >= 2 && b[p - 2] == 0xC2 {
                p -= 2  // ° º as in N°.
            } else {
                break
            }
        }
        if i - p >= 24 { return nil }
        if !isWordBoundary(before: p) { return nil }
        var s = p
        while s < i && b[s] == cDot { s += 1 }
        if s == i { return nil }
        if let key = WordKey(b, s, i), var kind = abbreviations[key] {
            if kind == .title && !isUpper(b[s]) { kind = .general }
            return (kind, i - s == 1)
        }
        if i - s == 1 { return (.general, true) }
        // Letters with inner dots, every part one or two letters: U.S, EE.UU, Ph.D.
        var part = 0
        var sawDot = false
        for q in s..<i {
            let c = b[q]
            if c == cDot {
                if part == 0 { return nil }
                sawDot = true
                part = 0
            } else if isAlpha(c) {
                part += 1
                if part > 2 { return nil }
            } else {
                return nil
            }
        }
        return sawDot ? (.general, false) : nil
    }

    /// Number of white-space separated words between the last cut and `i`, counting at most `limit`.
    func wordCount(before i: Int, atMost limit: Int) -> Int {
        var words = 0
        var inWord = false
        var p = i
        while p > lastCut {
            if isSpaceByte(b[p - 1]) {
                if inWord {
                    words += 1
                    if words >= limit { return words }
                }
                inWord = false
            } else {
                inWord = true
            }
            p -= 1
        }
        return inWord ? words + 1 : words
    }

    /// Classifies what starts at `k` (after skipping opening quotes and brackets).
    func nextWord(at k: Int) -> NextWord {
        var p = k
        var guardCount = 0
        while p < n && guardCount < 4 {
            let l = openerLength(p)
            if l == 0 { break }
            p += l
            guardCount += 1
        }
        guard p < n else { return NextWord(kind: .continuation, key: nil, letters: 0, start: k) }
        let c = b[p]
        if isUpper(c) {
            var q = p
            while q < n && isAlpha(b[q]) && q - p < 17 { q += 1 }
            return NextWord(kind: .upper, key: WordKey(b, p, q), letters: q - p, start: k, wordStart: p)
        }
        if isLower(c) { return NextWord(kind: .lower, key: nil, letters: 0, start: k) }
        if isDigit(c) { return NextWord(kind: .digit, key: nil, letters: 0, start: k) }
        if c < 0x80 {
            switch c {
            case 0x2C, 0x3B, 0x3A, 0x2D, 0x26, 0x2E, 0x3F, 0x21, 0x29, 0x5D, 0x7D, 0x2F, 0x25:
                return NextWord(kind: .continuation, key: nil, letters: 0, start: k)
            default:
                return NextWord(kind: .other, key: nil, letters: 0, start: k)
            }
        }
        if bulletLength(p) > 0 { return NextWord(kind: .bullet, key: nil, letters: 0, start: k) }
        guard let scalar = decodeScalar(at: p) else { return NextWord(kind: .other, key: nil, letters: 0, start: k) }
        let v = scalar.value
        if (0x2010...0x2015).contains(v) || v == 0x201D || v == 0x2019 || v == 0xBB || v == 0x2026 {
            return NextWord(kind: .continuation, key: nil, letters: 0, start: k)
        }
        let properties = scalar.properties
        if properties.isLowercase { return NextWord(kind: .lower, key: nil, letters: 0, start: k) }
        if properties.isUppercase { return NextWord(kind: .upper, key: nil, letters: 2, start: k) }
        return NextWord(kind: .other, key: nil, letters: 0, start: k)
    }

    func decodeScalar(at p: Int) -> Unicode.Scalar? {
        let c = b[p]
        var value: UInt32
        var count: Int
        if c & 0xE0 == 0xC0 { value = UInt32(c & 0x1F); count = 2 }
        else if c & 0xF0 == 0xE0 { value = UInt32(c & 0x0F); count = 3 }
        else if c & 0xF8 == 0xF0 { value = UInt32(c & 0x07); count = 4 }
        else { return nil }
        guard p + count <= n else { return nil }
        for q in (p + 1)..<(p + count) { value = value << 6 | UInt32(b[q] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Whether a parenthetical citation closed by punctuation starts at `k`: `(Smith 55).`
    func isCitation(at k: Int) -> Bool {
        guard k < n, b[k] == cLParen else { return false }
        var p = k + 1
        let limit = min(n, k + 120)
        while p < limit {
            let c = b[p]
            if c == cRParen {
                if p + 1 >= n { return true }
                switch b[p + 1] {
                case cDot, 0x2C, 0x3B, cColon, cQuestion, cBang: return true
                default: return false
                }
            }
            if c == cLParen || c == cNewline || c == cDot || c == cQuestion || c == cBang { return false }
            p += 1
        }
        return false
    }
}
