/// Shares written in words, as percentages: "a third" (33⅓), "two thirds", "a fifth", "one in three", "one pupil
/// in three", "one out of every 500". A fraction's denominator is the ordinal number WordNet gives among the words of
/// the noun's commonest sense ("third": "one-third, third"). And which amounts measure the same thing, so that one
/// may replace another.
extension Amount {
    /// The unit of a share (as "percent" is stemmed).
    static let shareUnit = "percent"

    /// Whether the amount is a share of a whole ("40 percent", "a third").
    var isShare: Bool { unit == Self.shareUnit }

    /// Whether two amounts give the same number: equal, or two shares within one point ("a third", "33 percent").
    func agrees(with other: Amount) -> Bool {
        value == other.value || (isShare && other.isShare && abs(value - other.value) <= 1)
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
