/// Whether a statement's comparison ("X … faster than Y", "fewer parcels in 2025 than in 2024") goes against the
/// sentence's, read in one of two ways:
/// - the sentence compares with "than" too, with the two sides the other way round and the comparative the same way
///   ("higher for white men than for women" where it says "higher for women than for white men"): each side is the
///   content words before or after "than", and the statement's side after "than" stands before the sentence's while
///   the sentence's side after "than" stands before the statement's;
/// - the sentence gives two amounts of one measure, each with the names or years that go with it ("It dried the load
///   in 2 hours 55 minutes, against 3 hours 40 minutes for the Calder"; "In 2025 the bank gave out 14,820 parcels, up
///   from 11,300 in 2024"): a side goes with the amount whose stretch of the sentence names its names or years (the
///   words before the first amount and after it up to the word that links the two, then those up to the second, or
///   after it when none stand there), and the statement says the larger amount is the smaller or the reverse.
///
/// A comparative says "larger" ("more", "higher", "longer", "dearer") or "smaller" ("fewer", "lower", "cheaper") by
/// WordNet: a synonym or opposite of a word of size or amount; a word of speed or earliness ("faster", "sooner")
/// says "less time" of a duration.
enum Comparison {
    /// Words of size or amount: their comparatives say "larger", their antonyms' "smaller".
    static let larger = ["large", "high", "great", "long", "many", "much", "heavy", "expensive"]
    /// Words of speed or earliness: of a duration, their comparatives say "less time".
    static let sooner = ["fast", "quick", "early", "soon"]
    /// Units of time, in minutes (as stemmed).
    static let minutes: [String: Double] = ["second": 1.0 / 60, "minut": 1, "hour": 60, "day": 1440, "week": 10_080]
    /// Words that set one amount against another ("against 3 hours", "up from 860", "and the Norvik 2.1 kWh").
    static let links: Set<String> = ["against", "compared", "while", "whereas", "but", "and", "up", "down", "from", "versus", "vs"]
    /// How many words before "than" the comparative may stand ("higher error rates for white men than").
    static let window = 8

    /// The comparison made with "than": where "than" stands and the comparative, the first comparative among the
    /// `window` words before it.
    static func than(in words: [String], lexicon: Lexicon) -> (than: Int, comparative: Int)? {
        guard let t = words.firstIndex(of: "than"), t > 0,
              let c = words[max(0, t - window)..<t].firstIndex(where: { Direction.isComparative($0, lexicon: lexicon) || $0 == "fewer" })
        else { return nil }
        return (t, c)
    }

    /// +1 when the comparative at `c` says "larger", -1 "smaller", nil when WordNet does not tell; of a duration a
    /// word of speed says "less time".
    static func sign(at c: Int, in words: [String], duration: Bool, lexicon: Lexicon) -> Int? {
        let w = words[c]
        if ["less", "fewer", "least"].contains(w) { return -1 }
        if w == "more" || w == "most" {
            // "More quickly" is as "quicker"; "more parcels" is "larger".
            if c + 1 < words.count, let next = sign(ofBase: words[c + 1], duration: duration, lexicon: lexicon) { return next }
            return 1
        }
        return lexicon.lemmas(of: w).lazy.filter { $0.pos == .adjective || $0.pos == .adverb }
            .compactMap { sign(ofBase: $0.lemma, duration: duration, lexicon: lexicon) }.first
    }

    static func sign(ofBase base: String, duration: Bool, lexicon: Lexicon) -> Int? {
        let meaning = lexicon.meaning(of: base)
        func near(_ anchors: [String]) -> Int? {
            for a in anchors {
                let other = lexicon.meaning(of: a)
                if a == base || meaning.isSynonym(of: other) { return 1 }
                if meaning.isOpposite(of: other) { return -1 }
            }
            return nil
        }
        if let s = near(sooner) { return duration ? -s : s }
        return near(larger)
    }

    /// A measured amount of a sentence: where it stands (first and last word), its value (a duration in minutes) and
    /// its unit (nil when none is written).
    struct Measure {
        let start: Int, end: Int, value: Double, unit: String?
        var isDuration: Bool { unit == "minute" }
        func comparable(with other: Measure) -> Bool {
            isDuration == other.isDuration && (isDuration || unit == nil || other.unit == nil || unit == other.unit)
        }
    }

    /// The amounts in digits of `words`, a year left out ("2024"), the parts of a duration joined ("2 hours 55
    /// minutes").
    static func measures(in words: [String]) -> [Measure] {
        let stemmer = PorterStemmer()
        var out: [Measure] = []
        var i = 0
        while i < words.count {
            var w = words[i]
            var unit: String?
            if let first = w.first, first.unicodeScalars.first?.properties.generalCategory == .currencySymbol {
                unit = String(first)
                w.removeFirst()
            }
            guard var value = Lexicon.digitValue(w)?.value, Lexicon.digitValue(w)?.ordinal == false else { i += 1; continue }
            var end = i
            // "14" "820" from the tokenizer is 14,820.
            while end + 1 < words.count, words[end + 1].count == 3, words[end + 1].allSatisfy(\.isNumber) {
                value = value * 1000 + (Double(words[end + 1]) ?? 0)
                end += 1
            }
            if unit == nil, w.count == 4, end == i, (1500...2100).contains(value) { i += 1; continue }
            if unit == nil, end + 1 < words.count, !StopWords.english.contains(words[end + 1]), words[end + 1].first?.isLetter == true {
                let stem = stemmer.stem(words[end + 1])
                if let m = minutes[stem] {
                    value *= m
                    unit = "minute"
                } else {
                    unit = stem
                }
                end += 1
            }
            if unit == "minute", let last = out.last, last.isDuration, last.end + 1 == i {
                out[out.count - 1] = Measure(start: last.start, end: end, value: last.value + value, unit: unit)
            } else {
                out.append(Measure(start: i, end: end, value: value, unit: unit))
            }
            i = end + 1
        }
        return out
    }

    /// The statement's comparison as the sentence turns it round, as the two write it (comparative and the sentence's
    /// comparative or amounts). `names` are the names of both, lower-case.
    static func turned(statement: [String], sentence: [String], names: Set<String>, lexicon: Lexicon) -> (statement: String, sentence: String)? {
        guard let (t, c) = than(in: statement, lexicon: lexicon) else { return nil }
        let stemmer = PorterStemmer()
        func content(_ slice: ArraySlice<String>) -> Set<String> {
            Set(slice.filter { !StopWords.english.contains($0) && !Direction.isComparative($0, lexicon: lexicon) }.map(stemmer.stem))
        }
        let before = content(statement[..<t]), after = content(statement[(t + 1)...])
        // With "than" on both sides: the sides swapped, the comparative the same way.
        if let (u, d) = than(in: sentence, lexicon: lexicon) {
            let first = content(sentence[..<u]), second = content(sentence[(u + 1)...])
            let swapped = !after.subtracting(before).intersection(first.subtracting(second)).isEmpty
                && !second.subtracting(first).intersection(before.subtracting(after)).isEmpty
                && after.subtracting(before).isDisjoint(with: second.subtracting(first))
            if swapped, let s = sign(at: c, in: statement, duration: false, lexicon: lexicon),
               s == sign(at: d, in: sentence, duration: false, lexicon: lexicon) {
                return (statement[c...t].joined(separator: " "), sentence[d...u].joined(separator: " "))
            }
            return nil
        }
        // Against two amounts: the names and years of each side.
        func marks(_ slice: ArraySlice<String>) -> Set<String> {
            Set(slice.filter { w in names.contains(w) || (w.count == 4 && Lexicon.digitValue(w).map { (1500...2100).contains($0.value) } == true) })
        }
        let sideA = marks(statement[..<t]).subtracting(marks(statement[(t + 1)...])), sideB = marks(statement[(t + 1)...])
        guard !sideA.isEmpty || !sideB.isEmpty else { return nil }
        let measures = measures(in: sentence)
        for (k, (m, n)) in zip(measures, measures.dropFirst()).enumerated() where m.comparable(with: n) {
            // The words between the two amounts go with the first up to the word that links them ("in January, up
            // from"), with the second after it.
            let from = k > 0 ? measures[k - 1].end + 1 : 0
            let link = sentence[(m.end + 1)..<n.start].firstIndex(where: links.contains) ?? m.end + 1
            let ownFirst = marks(sentence[from..<m.start]).union(marks(sentence[(m.end + 1)..<link]))
            var ownSecond = marks(sentence[link..<n.start])
            if ownSecond.isEmpty { ownSecond = marks(sentence[(n.end + 1)..<(k + 2 < measures.count ? measures[k + 2].start : sentence.count)]) }
            // Which amount is side A's: the one whose names it uses, the other when side B uses the other's.
            let aFirst = !sideA.isDisjoint(with: ownFirst) || !sideB.isDisjoint(with: ownSecond)
            let aSecond = !sideA.isDisjoint(with: ownSecond) || !sideB.isDisjoint(with: ownFirst)
            guard aFirst != aSecond, m.value != n.value,
                  let s = sign(at: c, in: statement, duration: m.isDuration, lexicon: lexicon) else { continue }
            let (a, b) = aFirst ? (m, n) : (n, m)
            if (a.value > b.value) != (s > 0) {
                let text = { (x: Measure) in sentence[x.start...x.end].joined(separator: " ") }
                return (statement[c...t].joined(separator: " "), text(m) + " against " + text(n))
            }
        }
        return nil
    }
}
