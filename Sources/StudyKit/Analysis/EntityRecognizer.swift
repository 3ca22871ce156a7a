/// Finds the people, organisations, places, groups, dates and numbers an essay names, with every mention.
///
/// The method is rule-based and needs no model files; it reads the tokens the earlier stages made (their flags and
/// word numbers) and the word lists in `EntityLexicon`. One left-to-right pass over each sentence tries, at every
/// word, a date, then a name, then a number, so mentions never overlap.
///
/// **Names.** A candidate is a run of capitalised words separated by spaces only (a comma, dash or bracket ends it).
/// Initials join it ("Madeleine K. Albright"), as do name particles ("Osama bin Laden"), lower-case Arabic particles
/// ("al-Qaeda"), "the" before a byname ("William the Conqueror"), and "of", "of the", "for" or "and" when the word
/// before is the head of a longer name ("Bank of England", "Secretary of State", "Kingdom of Ireland",
/// "Department of Health and Human Services"). A possessive ends the run and is read as its base ("Iraq's" is Iraq).
/// Function words, words in capitals that no list knows ("HONEST") and single letters never start a name. The first
/// word of a sentence (or after a colon, quote or bracket) counts only when the text also capitalises it mid-sentence
/// more often than not, or a list knows it ("Iraq", "President", "David"); so "Given", "Despite", "Perhaps" and
/// "Our" are never names.
///
/// **Titles.** Leading titles and their modifiers ("Gen.", "Prime Minister", "Secretary of State", and a few
/// lower-case ones: "president Bush") are stripped from the name and kept in `titles`; they make the rest a person,
/// unless the rest is a known place or organisation ("General Assembly", "Justice Department"). A title with no
/// name ("the President", "King of England") is a role, not an entity; a known place inside it is kept.
///
/// **Kinds**, in order: a known name in the lexicon (countries, regions, cities, rivers, well-known organisations;
/// "U.S." is the United States, "Great-Britain" is Great Britain); an organisation cue as the last word ("National
/// Intelligence Estimate", "European Commission") or head before "of"; a place cue ("Persian Gulf", "Kingdom of
/// Ireland"; "Anbar province", where the mention keeps the noun and the name drops it). Nationalities, religions
/// and parties ("Iraqi", "Kurdish", "Shiite", "Democrats") are `group` entities, like spaCy's NORP: in "Iraqi
/// leaders" the mention is "Iraqi", and plural or noun forms share the adjective's entity ("Iraqis" is Iraqi). Any
/// other run of two to five capitalised words is a person when it opens with a common given name, holds an initial,
/// or none of its words is ever written in lower case and its last word recurs capitalised elsewhere. Everything
/// else is dropped: a wrong entity is worse than a missing one. In particular a single capitalised word no list
/// knows ("Paley", "Union", "God") is kept only as the short form of a person the text names in full ("Petraeus"
/// after "Gen. David Petraeus", "Brown" after "Gordon Brown").
/// Names that are both a place and a person's name ("Washington", "Jordan") are places only after "in", "to",
/// "from"…, otherwise short forms of a person when the text has one.
///
/// **Merging.** Identical names (and lexicon variants) are one entity. A person's shorter name merges into a fuller
/// one when its words appear in the same order with the same last word, or it is the fuller name's first name alone
/// inside a sentence ("Bush" and "President Bush" into "George W. Bush", "Angela" into "Angela Merkel"); when two
/// people share a surname, the one mentioned last before wins.
/// An entity's `name` is the fullest form; its titles are all the titles it was given.
///
/// **Dates**: a month with a day and/or year ("Sept. 11", "July 4, 1776", "4 July", "the 4th of July", "nineteenth
/// of April"); a month alone (but "May" and "March" only after a preposition); a weekday; a feast ("Christmas",
/// "Lent"); a year from 1000 to 2100 after a preposition of time ("in 1787", "from 1997 to 2001" is one mention);
/// decades ("1990s"), year ranges ("1997-2001"), "9/11", "the men of ’87"; "last month", "this year", "next spring";
/// "the eighteenth century". Bare "today", "now" and "yesterday" are not dates; a year before a counted noun ("of
/// 1500 men") is a number.
///
/// **Numbers**: numerals ("1,000", "3.14", "$5 million", "40%", "12 percent") and cardinal words from "two" up
/// ("three", "twenty-five", "a hundred and twenty thousand", "Four score and seven"); "one" and "a" only before
/// "hundred", "thousand"…. The noun counted is part of the mention ("three goals", "seven years", "two great
/// points"), so the same count of different things stays apart. Ordinals ("first", "4th") are not numbers.
///
/// Entities come out most-mentioned first (then by first mention); mentions in text order.
///
/// Speed: the lists are looked up once per vocabulary word (as `Int32` word numbers); the scan reads token flags and
/// word classes, and builds strings only for the few tokens that become candidates.
public struct EntityRecognizer: Sendable {
    public init() {}

    /// The entities of an analysed text: its bytes, sentences, tokens and vocabulary.
    public func entities(bytes: [UInt8], sentences: [Sentence], tokens: [Token], vocabulary: Vocabulary) -> [Entity] {
        var pass = EntityPass(bytes: bytes, sentences: sentences, tokens: tokens, vocabulary: vocabulary)
        pass.scan()
        return pass.resolve()
    }
}

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

    // MARK: Names

    /// Collects the run of name words starting at `start`, classifies it, and returns the index after it.
    mutating func nameRun(at start: Int) -> Int {
        var end = start + 1
        var ofAfterOrganization = false
        while end < high {
            let last = end - 1
            if isPossessive(last) { break }
            let g = gap(last)
            guard g == .space || (g == .dot && dotJoins(last)) else { break }
            if isNameToken(end) || isInitial(end) { end += 1; continue }
            // A joining word inside the name, if a name word follows it.
            let c = cls(end)
            guard !isCapitalized(end) || c.contains(.of) || c.contains(.the) else { break }
            var next = end + 1
            if c.contains(.of), next < high, cls(next).contains(.the), gap(end) == .space { next += 1 }
            guard next < high, gap(next - 1) == .space, g == .space, isNameToken(next) else { break }
            let before = cls(last)
            var joins = false
            if c.contains(.of) {
                joins = !before.isDisjoint(with: [.organizationHead, .placeHead, .title])
                if before.contains(.organizationHead) { ofAfterOrganization = true }
            } else if c.contains(.forWord) {
                joins = before.contains(.organizationHead)
                ofAfterOrganization = ofAfterOrganization || joins
            } else if c.contains(.and) {
                joins = ofAfterOrganization
            } else if c.contains(.the) {
                joins = cls(next).contains(.epithet) && end - start <= 2
            } else if c.contains(.particle) {
                joins = true
            }
            guard joins else { break }
            end = next + 1
        }

        // A lower-case title just before the name ("president Bush", "prime minister Gordon Brown").
        var lowerTitle: Int?
        if start > low, !isCapitalized(start - 1), cls(start - 1).contains(.lowerCaseTitle), gap(start - 1) == .space {
            lowerTitle = start - 1
            if start - 2 >= low, !isCapitalized(start - 2), cls(start - 2).contains(.titleModifier),
               gap(start - 2) == .space {
                lowerTitle = start - 2
            }
        }
        let unlicensed = opensSentence(start) && !isLicensed(start)
        return classify(start, end, unlicensedFirst: unlicensed, lowerTitle: lowerTitle)
    }

    /// Whether a dot after token `i` stays inside a name: after an initial, an abbreviated title, "St." or "U.S.".
    func dotJoins(_ i: Int) -> Bool {
        if length(i) == 1 { return true }
        let c = cls(i)
        if !c.isDisjoint(with: [.title, .titleModifier]) { return true }
        let w = word(i)
        return w == "st" || w == "mt" || w == "ft" || w.utf8.contains(UInt8(ascii: "."))
    }

    /// Classifies the run `lo..<hi`; returns the index after what it used.
    mutating func classify(_ start: Int, _ hi: Int, unlicensedFirst: Bool, lowerTitle: Int?) -> Int {
        var lo = start
        if unlicensedFirst {
            if let n = lexiconName(lo, hi) { emitLexicon(n, lo, hi); return hi }
            if hi - lo >= 2, cls(hi - 1).contains(.organizationCue), mayOpenName(lo) {
                emit(.organization, lo, hi)
                return hi
            }
            if hi - lo == 1 {
                if mayOpenName(lo) || capitalizedInside[Int(tokens[lo].word)] > 0 {
                    shortName(lo, sentenceInitial: true)
                }
                return hi
            }
            lo += 1
            while lo < hi, !isNameToken(lo), !isInitial(lo) { lo += 1 }
            if lo == hi { return hi }
        }
        // A nationality before a title: "German Chancellor Angela Merkel".
        if hi - lo >= 3, cls(lo).contains(.group), !cls(lo + 1).isDisjoint(with: [.title, .titleModifier]),
           lexiconName(lo, hi) == nil {
            single(lo)
            lo += 1
        }
        // Titles.
        var k = lo
        while k < hi, !cls(k).isDisjoint(with: [.title, .titleModifier]) { k += 1 }
        while k > lo, !cls(k - 1).contains(.title) { k -= 1 }
        if k > lo || lowerTitle != nil {
            var titleEnd = k
            var complement: Range<Int>?
            if k > lo, k < hi, cls(k).contains(.of) {
                var c = k + 1
                if c < hi, cls(c).contains(.the) { c += 1 }
                // What the title is of: a known name, else the words of a ministry ("Homeland Security"), else
                // one word.
                titleEnd = min(c + 1, hi)
                while titleEnd < hi, cls(titleEnd - 1).contains(.titleComplement),
                      cls(titleEnd).contains(.titleComplement) {
                    titleEnd += 1
                }
                for n in stride(from: min(4, hi - c), through: 1, by: -1) where lexiconName(c, c + n) != nil {
                    complement = c..<(c + n)
                    titleEnd = c + n
                    break
                }
            }
            if let comp = complement, let n = lexiconName(comp.lowerBound, comp.upperBound) {
                emitLexicon(n, comp.lowerBound, comp.upperBound)
            }
            if titleEnd == hi { return hi }  // A role with no name.
            if isPersonName(titleEnd, hi) && lexiconName(lo, hi) == nil {
                var titles: [String] = []
                let first = lowerTitle ?? lo
                if let t = lowerTitle { titles.append(text(t, start)) }
                if k > lo {
                    var title = text(lo, titleEnd)
                    if gap(titleEnd - 1) == .dot { title += "." }
                    titles.append(title)
                }
                emitPerson(nameFrom: titleEnd, hi, mentionFrom: first, titles: titles)
                return hi
            }
            if complement != nil {
                // "President of France Nicolas Sarkozy" failed; keep the rest apart.
                return classifyPlain(titleEnd, hi)
            }
        }
        return classifyPlain(lo, hi)
    }

    /// Classifies a run without titles.
    mutating func classifyPlain(_ lo: Int, _ hi: Int) -> Int {
        guard lo < hi else { return hi }
        if let n = lexiconName(lo, hi) {
            if n.kind == .place, !n.ambiguous, placeNounFollows(hi) {
                found.append(Found(role: .named(.place), sentence: sentence,
                                   range: Int(tokens[lo].start)..<Int(tokens[hi].end),
                                   key: n.display.lowercased(), name: n.display))
                return hi + 1
            }
            emitLexicon(n, lo, hi)
            return hi
        }
        let count = hi - lo
        let first = cls(lo), last = cls(hi - 1)
        if count >= 2 {
            let second = cls(lo + 1)
            if last.contains(.organizationCue)
                || (first.contains(.organizationHead) && !second.isDisjoint(with: [.of, .forWord])) {
                emit(.organization, lo, hi)
                return hi
            }
            if last.contains(.placeCue)
                || (first.contains(.placeHead) && second.contains(.of) && isPlaceLike(lo + 2, hi)) {
                emit(.place, lo, hi)
                return hi
            }
        }
        // Split at joining words the rules above did not use.
        let joiners = (lo..<hi).filter { isJoiner($0, hi) }
        if !joiners.isEmpty {
            var s = lo
            var end = hi
            for j in joiners + [hi] {
                if s < j { end = max(end, classifyPlain(s, j)) }
                s = j + 1
            }
            return end
        }
        // Groups: "Roman Catholic", or a nationality before another name.
        if first.contains(.group) {
            if (lo..<hi).allSatisfy({ cls($0).contains(.group) }) {
                if count == 1 { single(lo) } else { emit(.group, lo, hi) }
                return hi
            }
            var rest = lo
            while rest < hi, cls(rest).contains(.group) {
                single(rest)
                rest += 1
            }
            return classifyPlain(rest, hi)
        }
        // "Anbar province": a name followed by a lower-case place noun.
        if placeNounFollows(hi),
           (lo..<hi).allSatisfy({ cls($0).isDisjoint(with: WordClass.notPersonal) && !cls($0).contains(.title) }) {
            emit(.place, lo, hi, mentionEnd: hi + 1)
            return hi + 1
        }
        if count >= 2, isPersonName(lo, hi), isPersonByDefault(lo, hi) {
            emitPerson(nameFrom: lo, hi, mentionFrom: lo, titles: [])
            return hi
        }
        for j in lo..<hi where isNameToken(j) { single(j) }
        return hi
    }

    /// A lower-case joining word inside a run ("of", "for", "and"), but not a name particle or a byname's "the".
    func isJoiner(_ j: Int, _ hi: Int) -> Bool {
        if isCapitalized(j) && !cls(j).contains(.of) && !cls(j).contains(.the) { return false }
        if isParticleName(j) || cls(j).contains(.particle) { return false }
        if cls(j).contains(.the), j + 1 < hi, cls(j + 1).contains(.epithet) { return false }
        return true
    }

    /// Whether a lower-case place noun follows the run that ends before `hi` ("Anbar province").
    func placeNounFollows(_ hi: Int) -> Bool {
        hi < high && !isPossessive(hi - 1) && gap(hi - 1) == .space && !isCapitalized(hi)
            && cls(hi).contains(.placeNoun)
    }

    /// Whether a run could be a person's name: no word that marks a place, organisation, group or common noun,
    /// no joining words but name particles and a byname's "the".
    func isPersonName(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 1, hi - lo <= 5 else { return false }
        for j in lo..<hi {
            let c = cls(j)
            if isInitial(j) { continue }
            if !isCapitalized(j) {
                if isParticleName(j) || (c.contains(.particle) && j > lo) { continue }
                if c.contains(.the), j + 1 < hi, cls(j + 1).contains(.epithet) { continue }
                return false
            }
            if !c.isDisjoint(with: WordClass.notPersonal), !(j > lo && c.contains(.epithet)) { return false }
            if c.contains(.ambiguousPlace) && hi - lo == 1 { return true }
            if j == lo, c.contains(.title) { return false }
        }
        return true
    }

    /// Evidence that an untitled run is a person: a given name first, an initial, or words never written in lower
    /// case with a surname the text capitalises again.
    func isPersonByDefault(_ lo: Int, _ hi: Int) -> Bool {
        if cls(lo).contains(.givenName) { return true }
        if (lo..<hi).contains(where: isInitial) { return true }
        for j in lo..<hi where isCapitalized(j) && lowerCase[Int(tokens[j].word)] > 0 { return false }
        return capitalizedInside[Int(tokens[hi - 1].word)] >= 2
    }

    /// Whether the words after "Kingdom of" name a place: a known place, or unknown capitalised words.
    func isPlaceLike(_ lo: Int, _ hi: Int) -> Bool {
        guard lo < hi else { return false }
        if let n = lexiconName(lo, hi) { return n.kind == .place }
        return (lo..<hi).allSatisfy { cls($0).isDisjoint(with: [.group, .organization, .organizationCue, .nonName]) }
    }

    /// A single name word: a known name, or a possible short form of a person.
    mutating func single(_ j: Int) {
        if let n = lexiconName(j, j + 1) { emitLexicon(n, j, j + 1); return }
        let c = cls(j)
        guard isCapitalized(j) || isParticleName(j),
              c.isDisjoint(with: WordClass.notPersonal), !c.contains(.title), !c.contains(.titleModifier) else {
            return
        }
        shortName(j, sentenceInitial: false)
    }

    mutating func shortName(_ j: Int, sentenceInitial: Bool) {
        let w = baseWord(j)
        found.append(Found(role: .shortName(sentenceInitial: sentenceInitial), sentence: sentence,
                           range: Int(tokens[j].start)..<Int(tokens[j].end), key: w, name: w, words: [w]))
    }

    /// The lexicon entry of a run, trying the run's words as written and with hyphens as spaces ("Great-Britain").
    func lexiconName(_ lo: Int, _ hi: Int) -> EntityLexicon.Name? {
        guard lo < hi else { return nil }
        var n: EntityLexicon.Name?
        if hi - lo == 1, let known = singleNames[tokens[lo].word] {
            n = known
        } else if hi - lo > 1 || cls(lo).contains(.hyphenated) {
            let k = key(lo, hi)
            n = EntityLexicon.names[k]
            if n == nil, k.utf8.contains(UInt8(ascii: "-")) {
                n = EntityLexicon.names[String(String.UnicodeScalarView(k.unicodeScalars.map { $0 == "-" ? " " : $0 }))]
            }
        }
        guard let name = n else { return nil }
        if name.acronymOnly && !(hi - lo == 1 && isAllCaps(lo)) { return nil }
        return name
    }

    /// The lexicon key of a run: its lower-case words, possessive dropped.
    func key(_ lo: Int, _ hi: Int) -> String {
        var out = ""
        for j in lo..<hi {
            if j > lo { out += " " }
            out += j == hi - 1 ? baseWord(j) : word(j)
        }
        return out
    }

    /// A token's lower-case word without a possessive ending.
    func baseWord(_ j: Int) -> String {
        let w = word(j)
        return isPossessive(j) && w.hasSuffix("'s") ? String(w.dropLast(2)) : w
    }

    /// A run's name as written: words separated by one space, initials and abbreviations with their dot, the
    /// possessive ending dropped.
    func writtenName(_ lo: Int, _ hi: Int) -> String {
        var out: [UInt8] = []
        for j in lo..<hi {
            let s = Int(tokens[j].start)
            let e = Int(tokens[j].end) - (j == hi - 1 ? possessiveLength(j) : 0)
            out.append(contentsOf: bytes[s..<e])
            if j < hi - 1 {
                if gap(j) == .dot { out.append(UInt8(ascii: ".")) }
                out.append(0x20)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text from the start of token `lo` to the end of token `hi - 1`.
    func text(_ lo: Int, _ hi: Int) -> String {
        String(decoding: bytes[Int(tokens[lo].start)..<Int(tokens[hi - 1].end)], as: UTF8.self)
    }

    /// Whether a preposition of place stands just before token `j` ("in Washington").
    func followsLocative(_ j: Int) -> Bool {
        j > low && !isCapitalized(j - 1) && cls(j - 1).contains(.locative) && gap(j - 1) == .space
    }

    /// The byte range of tokens `lo..<hi`, with the closing dot of an abbreviation ("U.S.", "Inc.").
    func mentionRange(_ lo: Int, _ hi: Int) -> Range<Int> {
        var end = Int(tokens[hi - 1].end)
        let w = word(hi - 1)
        if end < bytes.count, bytes[end] == UInt8(ascii: "."), !isPossessive(hi - 1),
           w.utf8.contains(UInt8(ascii: ".")) || w == "jr" || w == "sr"
            || (cls(hi - 1).contains(.organizationCue) && length(hi - 1) <= 4) {
            end += 1
        }
        return Int(tokens[lo].start)..<end
    }

    mutating func emitLexicon(_ n: EntityLexicon.Name, _ lo: Int, _ hi: Int) {
        if n.ambiguous && !followsLocative(lo) {
            if hi - lo == 1 { shortName(lo, sentenceInitial: false) }
            return
        }
        let range = mentionRange(lo, hi)
        found.append(Found(role: .named(n.kind), sentence: sentence, range: range,
                           key: n.display.lowercased(), name: n.display))
    }

    mutating func emit(_ kind: Entity.Kind, _ lo: Int, _ hi: Int, mentionEnd: Int? = nil) {
        let range = mentionEnd.map { Int(tokens[lo].start)..<Int(tokens[$0 - 1].end) } ?? mentionRange(lo, hi)
        found.append(Found(role: .named(kind), sentence: sentence, range: range, key: key(lo, hi),
                           name: writtenName(lo, hi)))
    }

    mutating func emitPerson(nameFrom lo: Int, _ hi: Int, mentionFrom first: Int, titles: [String]) {
        var words: [String] = []
        for j in lo..<hi where !isInitial(j) { words.append(j == hi - 1 ? baseWord(j) : word(j)) }
        let range = Int(tokens[first].start)..<mentionRange(lo, hi).upperBound
        var name = writtenName(lo, hi)
        if range.upperBound > Int(tokens[hi - 1].end) { name += "." }
        found.append(Found(role: .person, sentence: sentence, range: range, key: words.joined(separator: " "),
                           name: name, words: words, titles: titles))
    }

    // MARK: Dates

    /// The value of a token of one to four digits, and whether it has an ordinal ending ("4th").
    func digits(_ i: Int) -> (value: Int, count: Int, ordinal: Bool)? {
        guard tokens[i].flags.contains(.numeric) else { return nil }
        let s = Int(tokens[i].start), e = Int(tokens[i].end)
        var k = s, v = 0
        while k < e, bytes[k] >= 0x30, bytes[k] <= 0x39, k - s < 5 { v = v * 10 + Int(bytes[k] - 0x30); k += 1 }
        let n = k - s
        if k == e { return n <= 4 ? (v, n, false) : nil }
        if e - k == 2, n <= 2 {
            let suffix = (bytes[k] | 0x20, bytes[k + 1] | 0x20)
            switch suffix {
            case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return (v, n, true)  // st nd rd th
            default: return nil
            }
        }
        return nil
    }

    func isDay(_ i: Int) -> Bool {
        guard let d = digits(i) else { return false }
        return d.count <= 2 && d.value >= 1 && d.value <= 31
    }

    func isYear(_ i: Int) -> Bool {
        guard let d = digits(i), !d.ordinal, d.count == 4 else { return false }
        return d.value >= 1000 && d.value <= 2100
    }

    mutating func emitDate(_ lo: Int, _ hi: Int) {
        let t = text(lo, hi)
        var k = ""
        for j in lo..<hi {
            // Months and their abbreviations share a key ("Sept. 11" and "September 11").
            let w = word(j)
            k += (j > lo ? " " : "") + (EntityPass.monthNames[w] ?? w)
        }
        found.append(Found(role: .named(.date), sentence: sentence,
                           range: Int(tokens[lo].start)..<Int(tokens[hi - 1].end), key: k, name: t))
    }

    static let monthNames: [String: String] = [
        "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
        "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
        "dec": "december",
    ]

    /// A date starting at token `i`, if there is one; returns the index after it.
    mutating func date(at i: Int) -> Int? {
        let c = cls(i)
        let capital = isCapitalized(i)
        if capital, c.contains(.weekday) {
            var end = i + 1
            if end < high, gap(i) == .comma, cls(end).contains(.month), let e = monthDate(end) { end = e }
            emitDate(i, end)
            return end
        }
        if capital, c.contains(.month), let end = monthDate(i) {
            emitDate(i, end)
            return end
        }
        if capital, c.contains(.holiday) {
            emitDate(i, i + 1)
            return i + 1
        }
        if c.contains(.relativeDeterminer), i + 1 < high, gap(i) == .space, cls(i + 1).contains(.relativeUnit),
           !isCapitalized(i + 1) || !cls(i + 1).isDisjoint(with: [.month, .weekday]) {
            emitDate(i, i + 2)
            return i + 2
        }
        // "the eighteenth century", "the 19th century", "the nineteenth of April", "the 4th of July".
        if c.contains(.ordinalWord) || digits(i)?.ordinal == true, i + 1 < high, gap(i) == .space {
            if cls(i + 1).contains(.century) {
                emitDate(i, i + 2)
                return i + 2
            }
            if cls(i + 1).contains(.of), i + 2 < high, gap(i + 1) == .space, isCapitalized(i + 2),
               cls(i + 2).contains(.month), !cls(i + 2).contains(.monthAbbreviation) {
                var end = i + 3
                if end < high, gap(end - 1) == .comma || gap(end - 1) == .space, isYear(end) { end += 1 }
                emitDate(i, end)
                return end
            }
        }
        guard let d = digits(i) else { return dateRangeToken(i) }
        // "4 July 1776"
        if d.count <= 2, d.value >= 1, d.value <= 31, i + 1 < high, gap(i) == .space, isCapitalized(i + 1),
           cls(i + 1).contains(.month) {
            var end = i + 2
            let after = Int(tokens[i + 1].end)
            if cls(i + 1).contains(.monthAbbreviation) && (after >= bytes.count || bytes[after] != UInt8(ascii: ".")) {
                return nil
            }
            if end < high, gap(end - 1) == .space || gap(end - 1) == .comma || gap(end - 1) == .dot, isYear(end) {
                end += 1
            }
            emitDate(i, end)
            return end
        }
        // "9/11", "7/4/1776"
        if !d.ordinal, d.count <= 2, i + 1 < high, gap(i) == .slash, let m = digits(i + 1), !m.ordinal, m.count <= 2,
           d.value >= 1, m.value >= 1, d.value <= 31, m.value <= 31 {
            var end = i + 2
            if end < high, gap(end - 1) == .slash, let y = digits(end), y.count == 2 || y.count == 4 { end += 1 }
            emitDate(i, end)
            return end
        }
        // "the Revolution of ’75": two digits after an apostrophe.
        if !d.ordinal, d.count == 2, Int(tokens[i].end) - Int(tokens[i].start) == 2, isApostropheBefore(i) {
            found.append(Found(role: .named(.date), sentence: sentence,
                               range: apostropheStart(i)..<Int(tokens[i].end), key: "'" + word(i),
                               name: String(decoding: bytes[apostropheStart(i)..<Int(tokens[i].end)], as: UTF8.self)))
            return i + 1
        }
        // A year after a preposition of time, alone or as a range.
        if isYear(i), i > low, gap(i - 1) == .space, cls(i - 1).contains(.datePreposition) {
            var end = i + 1
            if i + 2 < high, cls(i + 1).contains(.rangeWord), gap(i) == .space, gap(i + 1) == .space, isYear(i + 2) {
                end = i + 3
            } else if i + 1 < high, gap(i) == .dash, isYear(i + 1) {
                end = i + 2
            } else if i + 1 < high, gap(i) == .space, isCountedNoun(i + 1) {
                return nil  // "of 1500 men" is a number
            }
            emitDate(i, end)
            return end
        }
        return nil
    }

    /// Whether an apostrophe ("'" or "’") stands just before token `i`, after a space.
    func isApostropheBefore(_ i: Int) -> Bool { apostropheStart(i) < Int(tokens[i].start) }

    func apostropheStart(_ i: Int) -> Int {
        let s = Int(tokens[i].start)
        if s >= 2, bytes[s - 1] == UInt8(ascii: "'"), bytes[s - 2] == 0x20 { return s - 1 }
        if s >= 4, bytes[s - 3] == 0xE2, bytes[s - 2] == 0x80, bytes[s - 1] == 0x99, bytes[s - 4] == 0x20 {
            return s - 3
        }
        return s
    }

    /// "1990s", "1990's", "1997-2001": a decade or year range written as one token.
    mutating func dateRangeToken(_ i: Int) -> Int? {
        guard tokens[i].flags.contains(.numeric) else { return nil }
        let s = Int(tokens[i].start), e = Int(tokens[i].end)
        var k = s, v = 0
        while k < e, bytes[k] >= 0x30, bytes[k] <= 0x39, k - s < 5 { v = v * 10 + Int(bytes[k] - 0x30); k += 1 }
        guard k - s == 4, v >= 1000, v <= 2100, k < e else { return nil }
        let rest = Array(bytes[k..<e])
        let decade = rest == [0x73] || rest == [0x27, 0x73]
        var range = false
        if rest.count == 3 || rest.count == 5, rest[0] == UInt8(ascii: "-") {
            range = rest.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        guard decade || range else { return nil }
        emitDate(i, i + 1)
        return i + 1
    }

    /// The end of a date that starts with a month at `m` ("Sept. 11", "July 4, 1776", "July 1776", "in March").
    func monthDate(_ m: Int) -> Int? {
        let c = cls(m)
        let abbreviated = c.contains(.monthAbbreviation)
        let dotted = Int(tokens[m].end) < bytes.count && bytes[Int(tokens[m].end)] == UInt8(ascii: ".")
        if abbreviated && !dotted { return nil }
        let next = m + 1
        if next < high {
            let g = gap(m)
            if g == .space || (abbreviated && g == .dot) {
                if isDay(next) {
                    var end = next + 1
                    if end < high, gap(next) == .comma || gap(next) == .space, isYear(end) { end += 1 }
                    return end
                }
                if isYear(next) { return next + 1 }
            }
        }
        if c.contains(.ambiguousMonth) || abbreviated {
            guard m > low, gap(m - 1) == .space,
                  !cls(m - 1).isDisjoint(with: [.datePreposition, .relativeDeterminer]) else { return nil }
        }
        return m + 1
    }

    // MARK: Numbers

    /// A lower-case word that a number can count ("goals", "years").
    func isCountedNoun(_ j: Int) -> Bool {
        let t = tokens[j]
        guard t.flags.isDisjoint(with: [.capitalized, .stopWord, .numeric]) else { return false }
        if !cls(j).isDisjoint(with: [.numberWord, .scaleWord, .one, .ordinalWord, .percentWord, .and, .per]) {
            return false
        }
        for k in Int(t.start)..<Int(t.end) {
            let b = bytes[k]
            if !((b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "-") || b >= 0x80) { return false }
        }
        return true
    }

    /// Whether a word looks like a plural noun: "goals", "men", but not "useless", "obvious", "analysis".
    func isPlural(_ j: Int) -> Bool {
        let w = word(j)
        if EntityPass.irregularPlurals.contains(w) { return true }
        return w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
            && !w.hasSuffix("'s")
    }

    static let irregularPlurals: Set<String> = [
        "men", "women", "children", "people", "feet", "teeth", "mice", "geese", "sheep", "fish", "deer", "cattle",
        "pence", "brethren", "oxen", "couple", "folk", "clergy", "police", "troops",
    ]

    /// A number starting at token `i`, if there is one; returns the index after it.
    mutating func number(at i: Int) -> Int? {
        let c = cls(i)
        var startByte = Int(tokens[i].start)
        var end: Int
        var numeral = false
        if tokens[i].flags.contains(.numeric) {
            // Digits, a decimal point, thousands separators: nothing else ("4th", "F-16" are not numbers here).
            for k in Int(tokens[i].start)..<Int(tokens[i].end) {
                let b = bytes[k]
                if !((b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".")) { return nil }
            }
            // A list marker ("1." or "2)") opening a sentence.
            let after = Int(tokens[i].end)
            if i == low, after < bytes.count, bytes[after] == UInt8(ascii: ".") || bytes[after] == UInt8(ascii: ")") {
                return nil
            }
            if startByte >= 1, bytes[startByte - 1] == UInt8(ascii: "$") { startByte -= 1 }
            else if startByte >= 2, bytes[startByte - 2] == 0xC2, bytes[startByte - 1] == 0xA3 { startByte -= 2 }  // £
            else if startByte >= 3, bytes[startByte - 3] == 0xE2, bytes[startByte - 2] == 0x82,
                    bytes[startByte - 1] == 0xAC { startByte -= 3 }  // €
            end = i + 1
            while end < high, Int(tokens[end].start) == Int(tokens[end - 1].end) + 1,
                  bytes[Int(tokens[end - 1].end)] == UInt8(ascii: ","), let d = digits(end), d.count == 3, !d.ordinal {
                end += 1
            }
            numeral = true
        } else {
            guard !c.isDisjoint(with: [.numberWord, .one, .article]) else { return nil }
            let scaleNext = i + 1 < high && cls(i + 1).contains(.scaleWord) && gap(i) == .space
            if c.contains(.numberWord) {
                end = i + 1
            } else if (c.contains(.one) || (c.contains(.article) && !isCapitalized(i))) && scaleNext
                        && !(i + 1 < high && word(i + 1) == "score") {
                end = i + 2
            } else {
                return nil
            }
            while end < high, gap(end - 1) == .space {
                let e = cls(end)
                if e.contains(.scaleWord) {
                    if word(end) == "score" && !cls(end - 1).contains(.numberWord) { break }
                    end += 1
                } else if e.contains(.numberWord), cls(end - 1).contains(.scaleWord) {
                    end += 1
                } else if e.contains(.and), end + 1 < high, gap(end) == .space,
                          !cls(end + 1).isDisjoint(with: [.numberWord, .scaleWord]) {
                    end += 2
                } else {
                    break
                }
            }
        }
        var endByte = Int(tokens[end - 1].end)
        if numeral, end < high, gap(end - 1) == .space, cls(end).contains(.scaleWord), word(end) != "score" {
            end += 1
            endByte = Int(tokens[end - 1].end)
        }
        if endByte < bytes.count, bytes[endByte] == UInt8(ascii: "%") {
            endByte += 1
        } else if end < high, gap(end - 1) == .space, cls(end).contains(.percentWord) {
            end += 1
            endByte = Int(tokens[end - 1].end)
        } else if end + 1 < high, gap(end - 1) == .space, cls(end).contains(.per), cls(end + 1).contains(.cent) {
            end += 2
            endByte = Int(tokens[end - 1].end)
        } else if end < high, gap(end - 1) == .space, isCountedNoun(end) {
            // The things counted: a plural noun, or an adjective and a plural noun ("two great points").
            if isPlural(end) {
                end += 1
            } else if end + 1 < high, gap(end) == .space, isCountedNoun(end + 1), isPlural(end + 1) {
                end += 2
            }
            endByte = Int(tokens[end - 1].end)
        }
        let t = String(decoding: bytes[startByte..<endByte], as: UTF8.self)
        found.append(Found(role: .named(.number), sentence: sentence, range: startByte..<endByte,
                           key: t.lowercased(), name: t))
        return end
    }

    // MARK: - Resolve

    /// Merges the mentions into entities.
    func resolve() -> [Entity] {
        struct Builder {
            var kind: Entity.Kind
            var name: String
            var words: [String]
            var mentions: [Int] = []  // indexes into `found`, in text order
            var titles: [String] = []
        }
        var builders: [Builder] = []
        var byKey: [String: Int] = [:]

        // Places, organisations, groups, dates and numbers: one entity per key.
        for (n, f) in found.enumerated() {
            guard case .named(let kind) = f.role else { continue }
            let k = "\(kind.rawValue):\(f.key)"
            if let b = byKey[k] {
                builders[b].mentions.append(n)
            } else {
                byKey[k] = builders.count
                builders.append(Builder(kind: kind, name: f.name, words: [], mentions: [n]))
            }
        }

        // People. First the distinct names, fullest first, so a shorter name finds the name it shortens; a name
        // that fits one person is that person, one that fits several is decided per mention.
        var firstOfName: [[String]: Int] = [:]
        for (n, f) in found.enumerated() where f.role == .person && firstOfName[f.words] == nil {
            firstOfName[f.words] = n
        }
        let distinct = firstOfName.sorted { a, b in
            a.key.count != b.key.count ? a.key.count > b.key.count : a.value < b.value
        }
        var people: [Int] = []  // builder indexes
        var firstMention: [Int: Int] = [:]  // builder → first found index among the names that created or joined it
        var candidatesOfName: [[String]: [Int]] = [:]
        for (words, first) in distinct {
            let matches = people.filter { isShortForm(words, of: builders[$0].words, firstNameAllowed: false) }
            if matches.isEmpty {
                let b = builders.count
                builders.append(Builder(kind: .person, name: found[first].name, words: words))
                people.append(b)
                firstMention[b] = first
                candidatesOfName[words] = [b]
            } else {
                candidatesOfName[words] = matches
                if matches.count == 1 { firstMention[matches[0]] = min(firstMention[matches[0]]!, first) }
            }
        }
        // Then every mention in text order: of several candidates, the one mentioned last before it, else the one
        // mentioned first.
        var lastSeen: [Int: Int] = [:]
        var shortCandidates: [String: [Int]] = [:]
        for (n, f) in found.enumerated() {
            let candidates: [Int]
            switch f.role {
            case .person:
                candidates = candidatesOfName[f.words] ?? []
            case .shortName(let initial):
                let k = (initial ? "^" : "") + f.key
                if let c = shortCandidates[k] {
                    candidates = c
                } else {
                    candidates = people.filter {
                        isShortForm(f.words, of: builders[$0].words, firstNameAllowed: !initial)
                    }
                    shortCandidates[k] = candidates
                }
            case .named: continue
            }
            guard !candidates.isEmpty else { continue }
            var b = candidates[0]
            if candidates.count > 1 {
                let seen = candidates.filter { lastSeen[$0] != nil }
                if let best = seen.max(by: { lastSeen[$0]! < lastSeen[$1]! }) {
                    b = best
                } else {
                    b = candidates.min { firstMention[$0] ?? .max < firstMention[$1] ?? .max }!
                }
            }
            lastSeen[b] = n
            builders[b].mentions.append(n)
            builders[b].titles.append(contentsOf: f.titles)
        }

        var entities: [(first: Int, entity: Entity)] = []
        entities.reserveCapacity(builders.count)
        for b in builders where !b.mentions.isEmpty {
            var titles: [String] = []
            var seen = Set<String>()
            for t in b.titles where seen.insert(t.lowercased()).inserted { titles.append(t) }
            let mentions = b.mentions.map { n in
                Entity.Mention(sentence: found[n].sentence, range: found[n].range,
                               text: String(decoding: bytes[found[n].range], as: UTF8.self))
            }
            entities.append((b.mentions[0], Entity(name: b.name, kind: b.kind, titles: titles, mentions: mentions)))
        }
        entities.sort { a, b in
            a.entity.mentions.count != b.entity.mentions.count
                ? a.entity.mentions.count > b.entity.mentions.count : a.first < b.first
        }
        return entities.map(\.entity)
    }

    /// A name word without a joined Arabic particle ("al-maliki" is "maliki").
    static func withoutParticle(_ w: String) -> String {
        guard let dash = w.firstIndex(of: "-") else { return w }
        switch w[..<dash] {
        case "al", "el", "ad", "an", "as", "ash", "at", "az", "bin", "ibn", "abu", "abd", "ul", "ud", "ben":
            return String(w[w.index(after: dash)...])
        default: return w
        }
    }

    /// Whether a person's name `short` is a form of the fuller name `full`: the same words, or some of them in
    /// order with the same last word, or (when allowed) the first name alone.
    func isShortForm(_ short: [String], of full: [String], firstNameAllowed: Bool) -> Bool {
        // "Maliki" is a short form of "Nouri al-Maliki", "King" of "Martin Luther King Jr.".
        let full = full.filter { $0 != "jr" && $0 != "sr" }.map(EntityPass.withoutParticle)
        let short = short.map(EntityPass.withoutParticle)
        guard let last = short.last, !full.isEmpty else { return false }
        if short == full { return true }
        if short.count == 1, firstNameAllowed, full.count >= 2, full[0] == last { return true }
        guard last == full.last, short.count < full.count else { return false }
        var k = 0
        for w in full where k < short.count && w == short[k] { k += 1 }
        return k == short.count
    }
}
