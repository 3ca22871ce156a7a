/// A time a text fixes: a word WordNet files as a time ("year", "September", "summer") with what fixes it — a
/// number ("two years"), a word that points from now ("last September", "next year"), "ago" after it ("two years
/// ago"), or a preposition of time before it without an article ("in March", "since September"; not "after
/// years") — or a year or a decade in
/// digits ("in 2023", "in the 1930s"). "During the school day" fixes nothing and is left out.
struct TimeReference: Equatable, Sendable {
    /// As written ("two years ago").
    let text: String
    /// The stem of the time word ("year"); nil for a year in digits.
    let noun: String?
    /// The number counting it ("two years"), or the year.
    let number: Double?
    /// The word pointing from now ("last"; "past" and "previous" read as "last", "coming" and "following" as
    /// "next").
    let pointer: String?
    /// Whether it counts back from now ("two years ago", "two years back").
    let ago: Bool
    /// Where its time word (or year) stands in the words it was read from.
    var index = 0
    /// How long a stretch it counts is, in units of `root` (`Duration`: "two centuries" is 200 years); nil for a time
    /// without a number.
    var length: Double?, root: String?

    /// Words that fix a time by pointing from now.
    static let pointers: Set<String> = ["last", "next", "this", "past", "previous", "coming", "following"]
    /// Prepositions that name a time by a bare time word ("in March", "until summer").
    static let prepositions: Set<String> = ["in", "since", "until", "till", "by", "before", "after", "during", "from"]

    /// The times a text's words (lower-case) fix, in order.
    static func references(in words: [String], lexicon: Lexicon) -> [TimeReference] {
        var out: [TimeReference] = []
        for (i, written) in words.enumerated() {
            // A time in the possessive fixes the time too ("last summer's tests").
            let w = WordSupport.withoutPossessive(written)
            if let year = Lexicon.digitValue(w), !year.ordinal, (1000...2100).contains(year.value), year.value.rounded() == year.value,
               i + 1 == words.count || StopWords.english.contains(words[i + 1]) {
                out.append(TimeReference(text: w, noun: nil, number: year.value, pointer: nil, ago: false, index: i))
                continue
            }
            if let decade = decade(w) {
                out.append(TimeReference(text: w, noun: "decade", number: decade, pointer: nil, ago: false, index: i))
                continue
            }
            guard w.first?.isLetter == true, lexicon.nounClasses(of: w).first == .time else { continue }
            let before = i > 0 ? words[i - 1] : ""
            let ago = i + 1 < words.count && (words[i + 1] == "ago" || (words[i + 1] == "back" && lexicon.numberValue(of: before) != nil))
            var start = i, number: Double?, pointer: String?
            if let n = lexicon.numberValue(of: before), !n.ordinal {
                number = n.value
                start = i - 1
            } else if pointers.contains(before) {
                pointer = ["past": "last", "previous": "last", "coming": "next", "following": "next"][before] ?? before
                start = i - 1
            } else if !prepositions.contains(before) || lexicon.lemmas(of: w).contains(where: { $0.pos == .noun && $0.lemma != w }) {
                // A bare time word names a time only in the singular ("in March", not "after years").
                continue
            }
            let text = words[start...(ago ? i + 1 : i)].joined(separator: " ")
            var reference = TimeReference(text: text, noun: PorterStemmer().stem(w), number: number, pointer: pointer, ago: ago, index: i)
            if let number, let (size, root) = Duration.unit(w, lexicon: lexicon) { (reference.length, reference.root) = (number * size, root) }
            out.append(reference)
        }
        return out
    }

    /// The first year of a decade in digits ("1930s" → 1930), nil for any other word.
    static func decade(_ w: String) -> Double? {
        guard w.count == 5, w.hasSuffix("0s"), let year = Int(w.dropLast()), (1000...2100).contains(year) else { return nil }
        return Double(year)
    }

    /// Whether two references can name the same time: the same time word, or a stretch of the same length in another
    /// unit ("two centuries", "200 years"), and the same number, pointer and "ago" where both have one ("two years" agrees with "two years ago" only if both count back); the same year or
    /// decade, or a year of the decade.
    func agrees(with other: TimeReference) -> Bool {
        if let a = number, let b = other.number, Set([noun, other.noun]) == [nil, "decade"] {
            let (year, decade) = noun == nil ? (a, b) : (b, a)
            return (decade..<decade + 10).contains(year)
        }
        // A stretch counted in another unit of the same length ("two centuries", "200 years").
        if noun != other.noun, let a = length, let b = other.length, let r = root, r == other.root, ago == other.ago {
            return Duration.same((a, r), (b, r))
        }
        guard noun == other.noun else { return false }
        if let a = number, let b = other.number, a != b { return false }
        if number != nil, other.number != nil, ago != other.ago { return false }
        if let a = pointer, let b = other.pointer, a != b { return false }
        return true
    }

    /// Whether it names a point in time ("last September", "two years ago", "2023") rather than a stretch ("two
    /// years").
    var isPoint: Bool { noun == nil || noun == "decade" || ago || number == nil }

    /// The first time the statement fixes that none of the sentence's agrees with, while the sentence fixes one
    /// that the statement leaves out, with the sentence's that it replaces: a point for a point, a stretch for a
    /// stretch, of the same time word if there is one ("two years ago" where it says "last September", not "after
    /// two years"). A time the statement repeats is replaced by nothing.
    static func replaced(in statement: [TimeReference], by sentence: [TimeReference]) -> (statement: TimeReference, sentence: TimeReference)? {
        let left = sentence.filter { s in !statement.contains(where: s.agrees) }
        guard let first = left.first else { return nil }
        for t in statement where !sentence.contains(where: t.agrees) {
            let alike = left.filter { $0.isPoint == t.isPoint }
            return (t, alike.first { $0.noun == t.noun } ?? alike.first ?? left.first { $0.noun == t.noun } ?? first)
        }
        return nil
    }

    /// Prepositions that place a time on either side of an event, with those that place it on the other.
    static let sides: [String: Set<String>] = ["before": ["after", "since"], "after": ["before"], "since": ["before"]]

    /// Which side of a year a preposition places a time: in it, after it, before it. ("Since" is left out: "open since
    /// 1994" says "opened in 1994", and "the highest since 1994" "the highest since the 5,100 of 1994", as often.)
    static let yearSides: [String: Int] = ["in": 0, "during": 0, "after": 1, "before": -1, "until": -1, "till": -1]

    /// A time the statement places on the other side of the same event than the sentence ("since the ban" where it
    /// says "before the ban"): a preposition of `sides`, at most an article, and a word of the same stem in both; or
    /// of the same year ("in 2016" where it says "after 2016"; `yearSides`).
    static func otherSide(statement: [String], sentence: [String]) -> (statement: String, sentence: String)? {
        let stemmer = PorterStemmer()
        func events(_ words: [String]) -> [(preposition: String, stem: String, text: String)] {
            words.indices.compactMap { i in
                guard sides[words[i]] != nil else { return nil }
                var j = i + 1
                if j < words.count, ["the", "a", "an", "this", "that"].contains(words[j]) { j += 1 }
                guard j < words.count, !StopWords.english.contains(words[j]), words[j].first?.isLetter == true else { return nil }
                return (words[i], stemmer.stem(words[j]), words[i...j].joined(separator: " "))
            }
        }
        // A year or decade on the other side: "in 2016" where it says "after 2016", "before 1990" where "since 1990".
        func years(_ words: [String]) -> [(side: Int, year: String, text: String)] {
            words.indices.dropFirst().compactMap { i in
                guard let side = yearSides[words[i - 1]],
                      decade(words[i]) != nil || Lexicon.digitValue(words[i]).map({ !$0.ordinal && (1000...2100).contains($0.value) }) == true
                else { return nil }
                return (side, words[i], words[i - 1] + " " + words[i])
            }
        }
        let givenYears = years(sentence)
        for y in years(statement) where !givenYears.contains(where: { $0.year == y.year && $0.side == y.side }) {
            if let other = givenYears.first(where: { $0.year == y.year }) { return (y.text, other.text) }
        }
        let given = events(sentence)
        for e in events(statement) {
            if let other = given.first(where: { $0.stem == e.stem && sides[e.preposition]?.contains($0.preposition) == true }),
               !given.contains(where: { $0.stem == e.stem && $0.preposition == e.preposition }) {
                return (e.text, other.text)
            }
        }
        return nil
    }
}
