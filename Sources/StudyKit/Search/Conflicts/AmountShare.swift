/// Shares written in words, as percentages: "a third" (33⅓), "two thirds", "a fifth", "one in three", "one pupil
/// in three", "one out of every 500". A fraction's denominator is the ordinal number WordNet gives among the words of
/// the noun's commonest sense ("third": "one-third, third"). And which amounts measure the same thing, so that one
/// may replace another.
extension Amount {
    /// The unit of a share (as "percent" is stemmed).
    static let shareUnit = "percent"

    /// Whether the amount is a share of a whole ("40 percent", "a third").
    var isShare: Bool { unit == Self.shareUnit }

    /// Whether two amounts give the same number: equal (to a billionth, as "£3.4m" and "£3.4 million" are multiplied
    /// differently), or two shares within one point ("a third", "33 percent").
    func agrees(with other: Amount) -> Bool {
        abs(value - other.value) <= 1e-9 * max(abs(value), abs(other.value)) || (isShare && other.isShare && abs(value - other.value) <= 1)
    }

    /// Whether two amounts can measure the same thing: a sum of money only against a sum in the same currency, a
    /// share only against a share, and otherwise the same unit or a number without one ("three" is no "$45").
    func measuresSameThing(as other: Amount) -> Bool {
        if isMoney || other.isMoney || isShare || other.isShare { return unit == other.unit }
        return unit == nil || other.unit == nil || unit == other.unit
    }

    /// The share written from word `i` on, and the index after it: "a"/"one"/a number then a fraction noun ("a
    /// third", "two fifths"), or "one" … "in"/"out of" (then "every") … a number, with at most two words between
    /// ("one pupil in three", "one in five homes"; not "one goal in five minutes").
    static func share(at i: Int, in words: [String], lexicon: Lexicon) -> (amount: Amount, end: Int)? {
        let first = words[i]
        let count: Double
        if first == "a" || first == "one" { count = 1 } else if let n = lexicon.numberValue(of: first), !n.ordinal { count = n.value } else { return nil }
        guard i + 1 < words.count else { return nil }
        if let d = denominator(of: words[i + 1], lexicon: lexicon), d > count {
            return (Amount(value: 100 * count / d, text: words[i...(i + 1)].joined(separator: " "), unit: shareUnit), i + 2)
        }
        guard first != "a" else { return nil }
        for k in (i + 1)...min(i + 3, words.count - 1) {
            var j = k
            if words[j] == "in" { j += 1 } else if words[j] == "out", j + 1 < words.count, words[j + 1] == "of" { j += 2 } else { continue }
            if j < words.count, words[j] == "every" { j += 1 }
            guard first == "one", j < words.count, let whole = lexicon.numberValue(of: words[j]), !whole.ordinal, whole.value > 1 else { return nil }
            // "One goal in five minutes" counts no share: the whole is no time or measure.
            if j + 1 < words.count, !StopWords.english.contains(words[j + 1]),
               [.time, .quantity].contains(lexicon.nounClasses(of: words[j + 1]).first) { return nil }
            return (Amount(value: 100 * count / whole.value, text: words[i...j].joined(separator: " "), unit: shareUnit), j + 1)
        }
        return nil
    }

    /// The denominator a fraction noun names ("third", "thirds" → 3; "quarter" → 4): an ordinal among the words of
    /// its commonest noun sense, from 3 up ("half" is read on its own).
    static func denominator(of word: String, lexicon: Lexicon) -> Double? {
        guard lexicon.isAvailable, let noun = lexicon.lemmas(of: word).first(where: { $0.pos == .noun }),
              let sense = lexicon.synsets(of: noun.lemma, .noun).first else { return nil }
        return lexicon.words(of: sense).lazy.compactMap { w -> Double? in
            // An ordinal the number words leave out ("fourth", whose commonest noun is no quantity) gives its digits
            // in its commonest adjective sense ("fourth, 4th").
            let ordinal = lexicon.numberValue(of: w).flatMap { $0.ordinal ? $0.value : nil }
                ?? lexicon.synsets(of: w, .adjective).prefix(1).flatMap(lexicon.words(of:)).lazy.compactMap(Lexicon.digitValue).first(where: \.ordinal)?.value
            guard let ordinal, ordinal >= 3 else { return nil }
            return ordinal
        }.first
    }
}

/// Words that give a share without a number ("most members", "a minority of voters"), against a share a number
/// gives ("a third", "40 percent", "two of the nine"): "most" is more than half, "a minority" less.
extension Amount {
    /// The shares, in percent, that a word of proportion allows.
    static let proportions: [String: ClosedRange<Double>] = ["most": 50.5...100, "majority": 50.5...100, "minority": 0...49.5]

    /// The words of proportion in a text, with their index: "most" before "of" or a noun and not after "the" ("most
    /// members"; not "the most votes", "most important"), "majority" and "minority" not before a noun ("a majority of",
    /// "the majority voted"; not "majority shareholder").
    static func proportionWords(in words: [String], lexicon: Lexicon) -> [(index: Int, range: ClosedRange<Double>)] {
        words.indices.compactMap { i -> (index: Int, range: ClosedRange<Double>)? in
            guard let range = proportions[words[i]] else { return nil }
            let next = i + 1 < words.count ? words[i + 1] : ""
            let nounNext = !StopWords.english.contains(next) && lexicon.lemmas(of: next).contains { $0.pos == .noun }
            if words[i] == "most" {
                guard i == 0 || words[i - 1] != "the", next == "of" || (nounNext && !lexicon.lemmas(of: next).contains(where: { $0.pos != .noun }))
                else { return nil }
            } else if nounNext { return nil }
            return (i, range)
        }
    }

    /// The shares a text's amounts give: shares ("40 percent", "a third") and parts of a whole ("two of the nine").
    static func shares(in amounts: [Amount]) -> [(amount: Amount, percent: Double)] {
        amounts.compactMap { a -> (amount: Amount, percent: Double)? in
            if a.isShare { return (a, a.value) }
            if case .part(let whole) = a.role, whole > 0 { return (a, 100 * a.value / whole) }
            return nil
        }
    }

    /// A word of proportion of one text that every share of the other falls outside, while the other has no word of
    /// proportion itself ("most members" where it says "a third of the members"; "40 percent" where it says "most"),
    /// as each writes it.
    static func proportionAgainstShare(statement: ([String], [Amount]), sentence: ([String], [Amount]),
                                       lexicon: Lexicon) -> (statement: String, sentence: String)? {
        func against(_ a: ([String], [Amount]), _ b: ([String], [Amount])) -> (statement: String, sentence: String)? {
            let words = proportionWords(in: a.0, lexicon: lexicon)
            guard !words.isEmpty, proportionWords(in: b.0, lexicon: lexicon).isEmpty else { return nil }
            let given = shares(in: b.1)
            guard let first = given.first, shares(in: a.1).isEmpty else { return nil }
            for w in words where given.allSatisfy({ !w.range.contains($0.percent) }) {
                return (a.0[w.index], first.amount.text)
            }
            return nil
        }
        return against(statement, sentence) ?? against(sentence, statement).map { (statement: $0.sentence, sentence: $0.statement) }
    }
}
