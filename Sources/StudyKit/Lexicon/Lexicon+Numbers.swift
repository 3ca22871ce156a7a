/// The value of a number written out, read from WordNet: a number's adjective sense lists its digits among its
/// words ("twelve, 12, xii, dozen"; "twelfth, 12th"), as do the nouns of most large numbers ("million, 1000000").
extension Lexicon {
    /// A number and whether it is an ordinal ("twelfth").
    public struct NumberValue: Sendable, Equatable {
        public let value: Double
        public let ordinal: Bool
    }

    /// The value of a number word ("twelve" → 12, "fifty-five" → 55, "twelfth" → 12th, "dozen" → 12, "million"),
    /// or of a number in digits ("83", "4.5", "1,200", "19th"); nil for any other word, and for a number word whose
    /// two commonest senses give no digits ("half", "several").
    public func numberValue(of word: String) -> NumberValue? {
        if let digits = Self.digitValue(word) { return digits }
        let w = word.lowercased()
        // "twenty-five": tens and a unit, when WordNet does not list the whole.
        let parts = w.split(separator: "-")
        if parts.count == 2, let tens = numberValue(of: String(parts[0])), let unit = numberValue(of: String(parts[1])),
           !tens.ordinal, tens.value >= 20, tens.value < 100, unit.value < 10 {
            return NumberValue(value: tens.value + unit.value, ordinal: unit.ordinal)
        }
        guard isAvailable, LexiconTable.shipped.isNumberWord(w) else { return nil }
        for pos in [PartOfSpeech.adjective, .noun] {
            for sense in synsets(of: w, pos).prefix(2) {
                if let value = words(of: sense).lazy.compactMap(Self.digitValue).first { return value }
            }
        }
        return nil
    }

    /// A number in digits, with thousands commas and decimals, or an ordinal in digits ("19th").
    static func digitValue(_ word: String) -> NumberValue? {
        guard word.first?.isNumber == true else { return nil }
        var w = Substring(word), ordinal = false
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) {
            w = w.dropLast(2)
            ordinal = true
        }
        let plain = w.filter { $0 != "," }
        guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(plain) else { return nil }
        return NumberValue(value: value, ordinal: ordinal)
    }
}
