import Foundation

/// What the analysis asks of WordNet, answered from a table generated from it (`make lexicon-table`, see
/// `LexiconTableWriter`) and built into StudyKit, so that analysing an essay never opens WordNet: whether a noun
/// names someone who can hold a view (or a person in any sense, or a text), whether a word is only an adverb,
/// whether it is a number written out. Each
/// answer is the one `Lexicon` gives with WordNet installed (without it, too), for single words: no space or
/// underscore, as the tokenizer makes them.
///
/// The resource is text, one word and its flags a line, sorted by byte value after `#` header lines; a look-up is a
/// binary search over its bytes, so loading it costs nothing. Holder nouns are stored as WordNet's lemmas; their
/// plurals are found by WordNet's own detachment rules (morphy), with the few forms where those rules would give
/// another answer than WordNet's listed as such.
public struct LexiconTable: Sendable {
    /// The table built into StudyKit (`lexicon-table.tsv`).
    public static let shipped = LexiconTable(bytes: PackageResources.lexicon_table_tsv)

    /// What a line says about its word.
    struct Flags: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        /// A noun lemma that names a holder (`Lexicon.isHolderNoun`), or a form that does though morphy's rules
        /// do not find it ("children").
        static let holder = Flags(rawValue: 1)
        /// A form that names no holder though morphy's rules lead to a noun that does ("terms" is no "term").
        static let notHolder = Flags(rawValue: 2)
        /// `Lexicon.isOnlyAdverb`.
        static let onlyAdverb = Flags(rawValue: 4)
        /// `Lexicon.isNumberWord`.
        static let numberWord = Flags(rawValue: 8)
        /// A noun lemma with a person among its senses (`Lexicon.hasPersonSense`), or such a form morphy misses.
        static let personSense = Flags(rawValue: 16)
        /// A form with no person sense though morphy's rules lead to a noun that has one.
        static let notPersonSense = Flags(rawValue: 32)
        /// A holder noun lemma that names a text (`Lexicon.namesText`), or such a form morphy misses.
        static let text = Flags(rawValue: 64)
        /// A form that names no text though morphy's rules lead to a noun that does.
        static let notText = Flags(rawValue: 128)

        /// Each flag and its letter in the table, in the order they are written.
        static let letters: [(Flags, UInt8)] = [
            (.onlyAdverb, 0x61), (.holder, 0x68), (.numberWord, 0x6E), (.personSense, 0x70), (.notPersonSense, 0x71),
            (.text, 0x74), (.notText, 0x75), (.notHolder, 0x78),
        ]  // a h n p q t u x
    }

    /// A yes-or-no question about a noun that the table answers for WordNet's lemmas and their plurals: the flag of
    /// the lemmas (and irregular forms) that answer yes, and of the forms morphy's rules would wrongly answer yes.
    struct NounQuestion: Sendable {
        let yes: Flags
        let no: Flags
        /// `Lexicon.isHolderNoun`.
        static let holder = NounQuestion(yes: .holder, no: .notHolder)
        /// `Lexicon.hasPersonSense`.
        static let personSense = NounQuestion(yes: .personSense, no: .notPersonSense)
        /// `Lexicon.namesText`.
        static let text = NounQuestion(yes: .text, no: .notText)
    }

    private let bytes: [UInt8]
    /// Where the first line after the header starts.
    private let body: Int

    /// A table from its text (`lexicon-table.tsv`'s bytes).
    init(bytes: [UInt8]) {
        self.bytes = bytes
        var start = 0
        while start < bytes.count, bytes[start] == 0x23 {
            while start < bytes.count, bytes[start] != 10 { start += 1 }
            start += 1
        }
        body = min(start, bytes.count)
    }

    /// The header's lines, without their `# ` (where the table came from).
    public var header: [String] {
        String(decoding: bytes[..<body], as: UTF8.self).split(separator: "\n").map { String($0.dropFirst(2)) }
    }

    /// Whether a noun names someone who can hold a view ("critics", "the council", "the report"), as
    /// `Lexicon.isHolderNoun` says.
    public func isHolderNoun(_ word: String) -> Bool { answer(.holder, word) }

    /// Whether a noun names a person in any of its senses ("chair", "individuals"), as `Lexicon.hasPersonSense`
    /// says.
    public func hasPersonSense(_ word: String) -> Bool { answer(.personSense, word) }

    /// Whether a holder noun names a text ("the report", "a survey"), as `Lexicon.namesText` says.
    public func namesText(_ word: String) -> Bool { answer(.text, word) }

    /// The answer to a question about a noun: its own line, else the line of a lemma morphy's rules lead to.
    func answer(_ question: NounQuestion, _ word: String) -> Bool {
        var w = word
        if w.utf8.contains(where: { (0x41...0x5A).contains($0) || $0 >= 0x80 }) { w = w.lowercased() }
        guard !w.isEmpty, w.utf8.count < 80, !w.utf8.contains(0x20), !w.utf8.contains(0x5F) else { return false }
        let own = flags(of: w)
        if own.contains(question.yes) { return true }
        if own.contains(question.no) { return false }
        for (suffix, ending) in Lexicon.detachments[Lexicon.PartOfSpeech.noun.rawValue] where w.hasSuffix(suffix) && w.count > suffix.count + 1 {
            if flags(of: String(w.dropLast(suffix.count)) + ending).contains(question.yes) { return true }
        }
        return false
    }

    /// Whether a word (as written, lower-case) is an adverb only ("once", "often"), as `Lexicon.isOnlyAdverb` says.
    public func isOnlyAdverb(_ word: String) -> Bool { flags(of: word).contains(.onlyAdverb) }

    /// Whether a word (as written, lower-case) is a number written out ("four", "hundred"), as
    /// `Lexicon.isNumberWord` says.
    public func isNumberWord(_ word: String) -> Bool { flags(of: word).contains(.numberWord) }

    /// The flags of a word's line; none when it has no line.
    func flags(of word: String) -> Flags {
        var word = word
        return word.withUTF8 { needle in
            bytes.withUnsafeBufferPointer { b in
                guard let letters = Self.line(b, from: body, forKey: needle) else { return [] }
                var f: Flags = []
                for i in letters {
                    if let flag = Flags.letters.first(where: { $0.1 == b[i] }) { f.insert(flag.0) }
                }
                return f
            }
        }
    }

    /// The bytes after the key and its space on the line for `key`, by binary search over the lines from `from` on:
    /// each probe moves to the start of the next line (`memchr`).
    private static func line(_ b: UnsafeBufferPointer<UInt8>, from: Int, forKey key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let base = b.baseAddress, !key.isEmpty else { return nil }
        /// The start of the line after the one holding `p`, or the end.
        func nextLine(after p: Int) -> Int {
            guard p < b.count, let newline = memchr(base + p, 10, b.count - p) else { return b.count }
            return base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
        }
        var low = from, high = b.count
        while low < high {
            let mid = (low + high) / 2
            var start = mid == low ? low : nextLine(after: mid - 1)
            if start >= high { start = low }
            // Compare the line's key (up to its space) with `key`.
            var i = 0, order = 0
            while order == 0 {
                let p = start + i
                let ended = p >= b.count || b[p] == 0x20 || b[p] == 10
                if i == key.count { order = ended ? 0 : 1; break }
                if ended { order = -1; break }
                if b[p] != key[i] { order = b[p] < key[i] ? -1 : 1 }
                i += 1
            }
            if order == 0 {
                let first = min(start + key.count + 1, b.count)
                let end = nextLine(after: first)
                return first..<(end > first && b[end - 1] == 10 ? end - 1 : end)
            }
            if order < 0 { low = nextLine(after: start) } else { high = start }
        }
        return nil
    }
}
