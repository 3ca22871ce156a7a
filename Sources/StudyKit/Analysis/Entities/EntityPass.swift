/// One run of `EntityRecognizer` over a text.
struct EntityPass {
    typealias WordClass = EntityLexicon.WordClass

    /// A mention found by the scan, before mentions are merged into entities.
    struct Found {
        enum Role: Equatable {
            /// A place, organisation, group, date or number, identified by `key`.
            case named(Entity.Kind)
            /// A person; `words` is the name in lower case, initials left out.
            case person
            /// A single capitalised word that is kept only if it is a known person's first or last name.
            case shortName(sentenceInitial: Bool)
        }
        var role: Role
        var sentence: Int
        var range: Range<Int>
        var key: String
        var name: String
        var words: [String] = []
        var titles: [String] = []
    }

    let bytes: [UInt8]
    let sentences: [Sentence]
    let tokens: [Token]
    let vocabulary: Vocabulary
    /// Lexicon classes of every vocabulary word.
    var classes: [WordClass]
    /// Lexicon names of single vocabulary words (and their possessives), by word number.
    let singleNames: [Int32: EntityLexicon.Name]
    /// For every word: how often it is written capitalised inside a sentence, and how often in lower case.
    var capitalizedInside: [Int32]
    var lowerCase: [Int32]
    var found: [Found] = []

    /// The sentence being scanned and its token range.
    var sentence = 0
    var low = 0
    var high = 0

    init(bytes: [UInt8], sentences: [Sentence], tokens: [Token], vocabulary: Vocabulary) {
        self.bytes = bytes
        self.sentences = sentences
        self.tokens = tokens
        self.vocabulary = vocabulary
        let count = vocabulary.words.count
        var classes = [WordClass](repeating: [], count: count)
        let possessable: WordClass = [.place, .organization, .group, .ambiguousPlace, .givenName, .acronymOnly,
                                      .title, .titleModifier, .organizationCue, .placeCue, .nonName]
        for (word, c) in EntityLexicon.wordClasses {
            if let n = vocabulary.number(ofWord: word) { classes[Int(n)].formUnion(c) }
            let p = c.intersection(possessable)
            if !p.isEmpty, let n = vocabulary.number(ofWord: word + "'s") { classes[Int(n)].formUnion(p) }
        }
        var singles: [Int32: EntityLexicon.Name] = [:]
        for (key, name) in EntityLexicon.names where !key.utf8.contains(0x20) {
            if let n = vocabulary.number(ofWord: key) { singles[n] = name }
            if let n = vocabulary.number(ofWord: key + "'s") { singles[n] = name }
        }
        singleNames = singles
        // Hyphenated words may be a known name written with a hyphen ("Great-Britain"): mark them once.
        for (n, w) in vocabulary.words.enumerated() where w.utf8.contains(UInt8(ascii: "-")) {
            classes[n].insert(.hyphenated)
        }
        self.classes = classes
        var inside = [Int32](repeating: 0, count: count)
        var lower = [Int32](repeating: 0, count: count)
        for t in tokens {
            if t.flags.contains(.capitalized) {
                if !t.flags.contains(.sentenceInitial) { inside[Int(t.word)] &+= 1 }
            } else {
                lower[Int(t.word)] &+= 1
            }
        }
        capitalizedInside = inside
        lowerCase = lower
    }

    // MARK: - Scan

    mutating func scan() {
        for s in sentences.indices {
            sentence = s
            low = sentences[s].tokens.lowerBound
            high = sentences[s].tokens.upperBound
            var i = low
            while i < high {
                if let end = date(at: i) { i = end; continue }
                if isNameToken(i) || isInitial(i) { i = nameRun(at: i); continue }
                if let end = number(at: i) { i = end; continue }
                i += 1
            }
        }
    }

    // MARK: Token tests

    @inline(__always) func cls(_ i: Int) -> WordClass { classes[Int(tokens[i].word)] }
    @inline(__always) func word(_ i: Int) -> String { vocabulary.words[Int(tokens[i].word)] }
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { tokens[i].flags.contains(.capitalized) }
    @inline(__always) func length(_ i: Int) -> Int { Int(tokens[i].end - tokens[i].start) }

    /// What separates token `i` from token `i + 1`.
    enum Gap { case space, dot, comma, slash, dash, other }

    func gap(_ i: Int) -> Gap {
        let a = Int(tokens[i].end), b = Int(tokens[i + 1].start)
        var k = a
        while k < b, bytes[k] == 0x20 { k += 1 }
        if k == b { return a < b ? .space : .other }
        let leadingSpace = k > a
        let mark: Gap
        switch bytes[k] {
        case UInt8(ascii: ".") where !leadingSpace: mark = .dot; k += 1
        case UInt8(ascii: ",") where !leadingSpace: mark = .comma; k += 1
        case UInt8(ascii: "/"): return b - a == 1 ? .slash : .other
        case UInt8(ascii: "-"): mark = .dash; k += 1
        case 0xE2 where k + 2 < b && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94):
            mark = .dash; k += 3
        default: return .other
        }
        let trailing = b - k
        while k < b {
            if bytes[k] != 0x20 { return .other }
            k += 1
        }
        // A dot or comma needs a space after it ("1,000" is one number, "U.S" one word).
        if mark != .dash && trailing == 0 { return .other }
        return mark
    }

    /// Whether every letter of a token of two or more letters is a capital ("NATO", "U.S", "HONEST").
    func isAllCaps(_ i: Int) -> Bool {
        var letters = 0
        for k in Int(tokens[i].start)..<Int(tokens[i].end) {
            let c = bytes[k]
            if c >= 0x61 && c <= 0x7A { return false }
            if c >= 0x41 && c <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// Whether a token ends in "'s" or "’s".
    func isPossessive(_ i: Int) -> Bool {
        let e = Int(tokens[i].end), s = Int(tokens[i].start)
        guard e - s >= 3, bytes[e - 1] == UInt8(ascii: "s") || bytes[e - 1] == UInt8(ascii: "S") else { return false }
        if bytes[e - 2] == UInt8(ascii: "'") { return true }
        return e - s >= 5 && bytes[e - 4] == 0xE2 && bytes[e - 3] == 0x80 && bytes[e - 2] == 0x99
    }

    /// Bytes of a possessive ending to leave out of a name.
    func possessiveLength(_ i: Int) -> Int {
        guard isPossessive(i) else { return 0 }
        return bytes[Int(tokens[i].end) - 2] == UInt8(ascii: "'") ? 2 : 4
    }

    /// "al-Qaeda", "bin-Laden": a lower-case Arabic particle, a hyphen, then a capital.
    func isParticleName(_ i: Int) -> Bool {
        let s = Int(tokens[i].start), e = Int(tokens[i].end)
        // Quick reject: the hyphen comes after two to four letters.
        guard e - s >= 4, bytes[s + 2] == UInt8(ascii: "-") || bytes[s + 3] == UInt8(ascii: "-")
                || (e - s >= 5 && bytes[s + 4] == UInt8(ascii: "-")) else { return false }
        var k = s
        while k < e, k - s < 4, bytes[k] >= 0x61, bytes[k] <= 0x7A { k += 1 }
        guard k > s, k + 1 < e, bytes[k] == UInt8(ascii: "-"), bytes[k + 1] >= 0x41, bytes[k + 1] <= 0x5A else {
            return false
        }
        switch String(decoding: bytes[s..<k], as: UTF8.self) {
        case "al", "el", "ad", "an", "as", "ash", "at", "az", "bin", "ibn", "abu", "abd", "ul", "ud", "ben": return true
        default: return false
        }
    }

    /// A word that can be part of a name.
    func isNameToken(_ i: Int) -> Bool {
        let t = tokens[i]
        let c = cls(i)
        guard t.flags.contains(.capitalized) else { return isParticleName(i) }
        if t.end - t.start == 1 { return false }
        if c.contains(.acronymOnly) { return isAllCaps(i) }
        if isAllCaps(i) { return !c.isDisjoint(with: [.place, .organization, .group, .ambiguousPlace]) }
        if t.flags.contains(.stopWord) { return false }
        if !c.isDisjoint(with: [.weekday, .holiday, .numberWord, .ordinalWord, .one, .scaleWord]) { return false }
        if c.contains(.month) { return false }
        return true
    }

    /// A capital letter with a dot, followed by a name or another initial ("K." in "Madeleine K. Albright").
    func isInitial(_ i: Int) -> Bool {
        // Up to four initials in a row ("J. R. R. Tolkien"), then a name word.
        var k = i
        while k < high, k - i < 4 {
            guard tokens[k].end - tokens[k].start == 1, k + 1 < high else { return false }
            let c = bytes[Int(tokens[k].start)]
            guard c >= 0x41 && c <= 0x5A, gap(k) == .dot else { return false }
            if c == UInt8(ascii: "I") && !(k > low && isNameToken(k - 1)) { return false }
            if isNameToken(k + 1) { return true }
            k += 1
        }
        return false
    }

    /// The first word of a sentence, or after a colon, an opening quote or bracket.
    func opensSentence(_ i: Int) -> Bool {
        if i == low || tokens[i].flags.contains(.sentenceInitial) { return true }
        var k = Int(tokens[i].start) - 1
        let stop = Int(tokens[i - 1].end)
        while k >= stop {
            switch bytes[k] {
            case UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: "["): return true
            case 0x9C, 0x98: if k >= 2, bytes[k - 2] == 0xE2, bytes[k - 1] == 0x80 { return true }  // “ ‘
            default: break
            }
            k -= 1
        }
        return false
    }

    /// Whether a capitalised word that opens a sentence is a name: a list knows it, or the text capitalises it
    /// inside sentences more often than it writes it in lower case.
    func isLicensed(_ i: Int) -> Bool {
        let c = cls(i)
        if !c.isDisjoint(with: WordClass.known) || c.contains(.ambiguousPlace) { return true }
        if isInitial(i) { return true }
        let w = Int(tokens[i].word)
        return capitalizedInside[w] > lowerCase[w]
    }

    /// Whether a word that opens a sentence could still open a name the cues recognise ("National" in "National
    /// Intelligence Estimate"): not a known sentence opener, not an adverb or participle, never in lower case.
    func mayOpenName(_ i: Int) -> Bool {
        if cls(i).contains(.starter) || lowerCase[Int(tokens[i].word)] > 0 { return false }
        let w = word(i)
        return !(w.hasSuffix("ly") || w.hasSuffix("ing") || w.hasSuffix("ed"))
    }
}
