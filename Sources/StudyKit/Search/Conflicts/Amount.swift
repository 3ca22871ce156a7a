/// An amount a text gives: a number, in digits or in words ("4 million", "twelve", "twenty-five"), and the word it
/// counts when that word says what ("pounds", "percent", "per cent"); "twice" and "once a …" count times, "half the …" is 50
/// percent. "One" is left out: it is a pronoun as often as a number
/// ("one of the reasons", "one aim is …").
struct Amount: Equatable, Sendable {
    /// The number.
    let value: Double
    /// The number and its unit as written ("twelve pounds"), or with the unit of the amount before it when it leaves
    /// that out ("thirty minutes" for "every twenty minutes rather than every thirty").
    let text: String
    /// The stem of the word the number counts, when that is no stop word ("pound"); nil otherwise.
    let unit: String?
    /// The slot it fills besides its number (`AmountRole`): a former value, a whole counted in part.
    var role: Role = .plain
    /// Whether the text gives it as a lower or upper bound ("at least 40", "nearly 40").
    var bound: Bound?

    /// The word the number counts, as written ("pounds"); nil when it has no unit or its unit is a currency sign.
    var unitWord: String? { unit == nil || isMoney ? nil : text.split(separator: " ").last.map(String.init) }

    /// Whether the number is written after a currency sign ("£34,000").
    var isMoney: Bool { unit.map { $0.count == 1 && $0.first?.isCurrencySign == true } ?? false }

    /// The amounts in a text's words (lower-case), in order. Multipliers join the number before them ("4 million",
    /// "two hundred"), a unit digit the tens before it ("twenty five").
    static func amounts(in text: [String], lexicon: Lexicon) -> [Amount] {
        // The tokenizer splits "3,000" at its comma: groups of three digits after a number join it again. A currency
        // sign before a number ("£34", or "£" as a word of its own) is the number's unit.
        var words: [String] = [], currency: [Int: String] = [:]
        var sign: String?
        for var w in text {
            if let first = w.first, first.isCurrencySign {
                sign = String(first)
                w.removeFirst()
                if w.isEmpty { continue }
            }
            if let last = words.last, w.count == 3, w.allSatisfy(\.isASCIIDigit), last.first?.isASCIIDigit == true,
               last.split(separator: ",").last.map({ $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) }) == true {
                words[words.count - 1] += "," + w
            } else {
                if let sign, w.first?.isASCIIDigit == true { currency[words.count] = sign }
                words.append(w)
            }
            sign = nil
        }
        var out: [Amount] = []
        var i = 0, lastEnd = -10
        while i < words.count {
            // "Twice" and "once" count times ("twice in five years", "once a week"); "once" alone is as often
            // "as soon as" ("once the law passed").
            if let times = ["twice": 2.0, "thrice": 3, "once": 1][words[i]],
               words[i] != "once" || (i + 1 < words.count && ["a", "an", "every", "per", "in"].contains(words[i + 1])) {
                out.append(Amount(value: times, text: words[i], unit: "time"))
                i += 1
                lastEnd = i
                continue
            }
            // "Half" of a whole is a share: 50 percent ("half the population", "half of the nurses").
            if words[i] == "half", i + 1 < words.count, ["the", "of", "its", "their", "all", "our", "his", "her"].contains(words[i + 1]) {
                out.append(Amount(value: 50, text: "half", unit: "percent"))
                i += 1
                lastEnd = i
                continue
            }
            if let (share, end) = share(at: i, in: words, lexicon: lexicon) {
                out.append(share)
                i = end
                lastEnd = end
                continue
            }
            // A number with a letter unit or multiplier written on ("4.8p", "£3m", "20km").
            if lexicon.numberValue(of: words[i]) == nil, let (value, unit) = suffixed(words[i]) {
                let sign = currency[i]
                out.append(Amount(value: value, text: (sign ?? "") + words[i], unit: sign ?? unit, bound: bound(before: i, in: words)))
                if isFormer(i, i + 1, in: words, lexicon: lexicon) { out[out.count - 1].role = .former }
                i += 1
                lastEnd = i
                continue
            }
            guard words[i] != "one", let first = lexicon.numberValue(of: words[i]), !first.ordinal else { i += 1; continue }
            let start = i
            var value = first.value, end = i + 1
            while end < words.count, let next = lexicon.numberValue(of: words[end]), !next.ordinal {
                if [100, 1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000].contains(next.value) {
                    value *= next.value
                } else if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0, next.value < 10 {
                    value += next.value
                } else {
                    break
                }
                end += 1
            }
            var text = words[i..<end].joined(separator: " "), unit: String?, unitEnd = end
            if let sign = currency[i] {
                unit = sign
                text = sign + text
            } else if end + 1 < words.count, words[end] == "per", words[end + 1] == "cent" {
                // "25 per cent" is a share, as "25 percent" is.
                unit = shareUnit
                text += " per cent"
                end += 2
            } else if end < words.count, !StopWords.english.contains(words[end]), words[end].first?.isLetter == true {
                unit = PorterStemmer().stem(words[end])
                text += " " + words[end]
                unitEnd = end + 1
            } else if let last = out.last, let word = last.unitWord, !last.isShare, lastEnd <= start, start - lastEnd <= 3,
                      words[lastEnd..<start].allSatisfy(Self.elidingUnit.contains) {
                // The unit the amount before gives, left out ("every twenty minutes rather than every thirty").
                unit = last.unit
                text += " " + word
            }
            var amount = Amount(value: value, text: text, unit: unit, bound: bound(before: start, in: words))
            if let part = partBefore(start, in: words, lexicon: lexicon), part < value {
                amount.role = .whole(part: part)
                if let k = out.indices.last, out[k].value == part { out[k].role = .part(whole: value) }
            } else if isFormer(start, end, in: words, lexicon: lexicon) {
                amount.role = .former
            }
            out.append(amount)
            i = end
            lastEnd = max(end, unitEnd)
        }
        return out
    }

    /// Words between two amounts after which the second leaves out the first's unit ("from 58 minutes to 51",
    /// "every twenty minutes rather than every thirty", "seven votes to four").
    static let elidingUnit: Set<String> = ["to", "or", "than", "rather", "instead", "of", "every"]

    /// An amount of the statement that the sentence does not give while it gives another that the statement leaves
    /// out, with that one: of the same unit where a pair has one ("six years" where it says "eight years", before
    /// "four times" against it; "four times" where it says "twice"), else the first that can measure the same thing
    /// (`measuresSameThing`: "three courses" is no "£45", "a third" no "12 buses"). An amount the sentence gives
    /// (shares within a point: "one in three" gives "a third") and the statement repeats is replaced by nothing
    /// ("five times in five years" against "twice in five years" names no pair).
    ///
    /// The sentence's amount must fill the same slot (`isAnswered`): "4.8p" where it says "4.2p, up from 4.8p" names
    /// "4.2p", unless the statement `looksBack`.
    static func replaced(in statement: [Amount], by sentence: [Amount], looksBack: Bool = true) -> (statement: Amount, sentence: Amount)? {
        func answers(_ a: Amount, _ s: Amount) -> Bool { a.isAnswered(by: s, among: sentence, statement: statement, looksBack: looksBack) }
        let left = sentence.filter { s in !statement.contains { answers($0, s) } }
        let missing = statement.filter { a in !sentence.contains { answers(a, $0) } }
        // Another number first; the same number in another slot ("up to 40" where it says "at least 40") after.
        for sameNumber in [false, true] {
            for a in missing {
                if let same = left.first(where: { a.unit != nil && $0.unit == a.unit && $0.agrees(with: a) == sameNumber }) { return (a, same) }
            }
            for a in missing {
                if let other = left.first(where: { a.measuresSameThing(as: $0) && $0.agrees(with: a) == sameNumber }) { return (a, other) }
            }
        }
        return nil
    }
}

extension Amount {
    /// Multipliers written onto a number ("£3m", "5bn", "40k").
    static let multipliers: [String: Double] = ["k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000]

    /// The value and unit of a number in digits with letters written on ("4.8p" → 4.8 "p", "3m" → 3,000,000 and
    /// no unit, "20km" → 20 "km"); nil for any other word, for a decade ("1930s") and an ordinal ("19th").
    static func suffixed(_ w: String) -> (value: Double, unit: String?)? {
        guard w.first?.isASCIIDigit == true else { return nil }
        let digits = w.prefix { $0.isASCIIDigit || $0 == "." || $0 == "," }
        let letters = w.dropFirst(digits.count)
        guard !letters.isEmpty, letters.count <= 3, letters.allSatisfy({ $0.isASCII && $0.isLetter }),
              !["s", "st", "nd", "rd", "th"].contains(letters),
              let number = Lexicon.digitValue(String(digits)) else { return nil }
        if let times = multipliers[String(letters)] { return (number.value * times, nil) }
        return (number.value, String(letters))
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    /// "£", "$", "€", "¥" and the other signs of a currency.
    var isCurrencySign: Bool { unicodeScalars.first?.properties.generalCategory == .currencySymbol }
}
