/// What an amount measures besides its number and unit, so that the same number is not read as the same claim when a
/// text gives it for another slot:
/// - a former value ("from 4.8p to 4.2p", "up from 4.8p", "4.8p a year earlier", "against 4.8p last year"): a
///   statement that gives it without looking back says the value now;
/// - a whole of which a part is counted ("five of the six schools"): a statement that gives the whole without the part
///   ("all six schools") says it of every one;
/// - a bound ("at least 40", "nearly 40"): a lower bound is no upper one.
extension Amount {
    enum Role: Sendable, Equatable {
        case plain
        /// A value given as what it was before ("from 4.8p to …", "4.8p last year").
        case former
        /// The whole a part is counted of ("six" in "five of the six").
        case whole(part: Double)
        /// A part counted of a whole ("five" in "five of the six").
        case part(whole: Double)
    }

    enum Bound: Sendable, Equatable { case atLeast, atMost }

    /// Words before an amount that make it a lower bound ("at least", "more than", "over") or an upper one ("up to",
    /// "nearly", "fewer than"), read backwards from the amount.
    static let bounds: [([String], Bound)] = [
        (["least", "at"], .atLeast), (["than", "more"], .atLeast), (["over"], .atLeast), (["above"], .atLeast),
        (["of", "excess", "in"], .atLeast), (["of", "upwards"], .atLeast), (["exceeding"], .atLeast),
        (["to", "up"], .atMost), (["most", "at"], .atMost), (["nearly"], .atMost), (["almost"], .atMost),
        (["under"], .atMost), (["below"], .atMost), (["than", "fewer"], .atMost), (["than", "less"], .atMost),
        (["of", "short"], .atMost),
    ]

    /// Words that, after an amount, give it as a past value ("4.8p last year", "4.8p a year earlier", "4.8p
    /// previously"), or that make a statement look back at all.
    static let lookingBack: Set<String> = ["last", "previous", "previously", "earlier", "ago", "before", "prior", "formerly"]

    /// The bound the words before index `i` put on the amount there.
    static func bound(before i: Int, in words: [String]) -> Bound? {
        for (phrase, bound) in bounds where i >= phrase.count {
            if phrase.indices.allSatisfy({ words[i - 1 - $0] == phrase[$0] }) { return bound }
        }
        return nil
    }

    /// Whether the amount written at `i..<end` is given as a former value: after "from" with "to" and another number
    /// right after it, after "up from" / "down from" / "compared with" / "against", or followed within three words
    /// (and before any other number) by a word that looks back, unless a number follows it ("the last ten overs").
    static func isFormer(_ i: Int, _ end: Int, in words: [String], lexicon: Lexicon) -> Bool {
        let before = i > 0 ? words[i - 1] : ""
        if before == "from" {
            if i > 1, ["up", "down"].contains(words[i - 2]) { return true }
            if end + 1 < words.count, words[end] == "to", lexicon.numberValue(of: words[end + 1].trimmingCurrency) != nil { return true }
        }
        if before == "against" || (i > 1 && ["with", "to"].contains(before) && words[i - 2] == "compared") { return true }
        for k in end..<min(words.count, end + 3) {
            if lexicon.numberValue(of: words[k].trimmingCurrency) != nil { return false }
            // "The last ten overs" is a stretch, not a former time.
            if lookingBack.contains(words[k]), k + 1 == words.count || lexicon.numberValue(of: words[k + 1]) == nil { return true }
        }
        return false
    }

    /// Whether the words before `i` make the amount there the whole of a count before it ("five of the six", "five out
    /// of six"): the part's value, if so, with the number its multiplier follows ("1.1 million of the 3.4 million").
    static func partBefore(_ i: Int, in words: [String], lexicon: Lexicon) -> Double? {
        var j = i - 1
        if j >= 0, ["the", "its", "their", "our", "his", "her"].contains(words[j]) { j -= 1 }
        guard j >= 1, words[j] == "of" else { return nil }
        j -= 1
        if words[j] == "out" { j -= 1 }
        guard j >= 0, let part = lexicon.numberValue(of: words[j]), !part.ordinal else { return nil }
        if j >= 1, [100, 1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000].contains(part.value),
           let count = lexicon.numberValue(of: words[j - 1]), !count.ordinal {
            return count.value * part.value
        }
        return part.value
    }

    /// Whether a statement's words look back at a former time at all ("from", "last year", "had been") or compare
    /// with another value ("more than the 11,300 of 2024"): then a former value of the sentence may answer its amount.
    static func looksBack(_ words: [String]) -> Bool {
        words.contains { lookingBack.contains($0) || ["from", "had", "against", "than"].contains($0) }
    }

    /// Whether a sentence's amount gives this amount of a statement: the same number (`agrees`), in the same slot. A
    /// former value answers only a statement that looks back; a whole counted in part only a whole or a statement
    /// that gives the part; a lower bound no upper one; and a number counting another thing (“120 doctors”) no amount
    /// whose own thing the sentence counts otherwise ("120 nurses" where it says "120 doctors and 80 nurses").
    func isAnswered(by s: Amount, among sentence: [Amount], statement: [Amount], looksBack: Bool) -> Bool {
        guard agrees(with: s) else { return false }
        // A former value stands against a value now only where the sentence gives one ("4.2p, down from 4.8p"; not "4
        // million last year, 3 million the year before").
        if s.role == .former, role != .former, !looksBack,
           sentence.contains(where: { $0.role != .former && $0.unit == s.unit && !$0.agrees(with: s) }) { return false }
        if case .whole(let part) = s.role, !role.isWhole, !statement.contains(where: { $0.value == part }) { return false }
        if let a = bound, let b = s.bound, a != b { return false }
        if let u = unit, let v = s.unit, u != v, !isShare, !s.isShare,
           sentence.contains(where: { $0.unit == u && !$0.agrees(with: self) }) { return false }
        return true
    }
}

extension Amount.Role {
    var isWhole: Bool { if case .whole = self { true } else { false } }
}

extension String {
    /// The word without a currency sign before it ("£34" → "34").
    var trimmingCurrency: String {
        first.map { $0.unicodeScalars.first?.properties.generalCategory == .currencySymbol } == true ? String(dropFirst()) : self
    }
}
