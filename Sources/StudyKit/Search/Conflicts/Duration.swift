import Foundation

/// How long a stretch of time a text gives is, read from WordNet, so that a stretch said in other units is the same
/// stretch ("two centuries" and "200 years", "every half hour" and "every 30 minutes", "a fortnight" and "two weeks").
/// A unit of time is measured by the first of its commonest senses that gives its length in another unit: as a word
/// of its synset ("hour, 60 minutes", "fortnight, two weeks", "half-hour, 30 minutes") or as the first number and
/// unit of time of its gloss ("century": "a period of 100 years"; "1/60 of a minute" is no such number), that unit
/// measured in turn; a unit whose senses give none ("second", "month") is a root. Lengths compare in a common root.
enum Duration {
    /// How many of a unit's senses, commonest first, are read.
    static let sensesRead = 2

    /// The length of one `unit` (a time noun as written: "centuries", "half-hour") as a number of a root unit, with
    /// that root's base form; nil for a word that is no unit of time. `seen` are the units being measured.
    static func unit(_ word: String, lexicon: Lexicon, seen: Set<String> = []) -> (size: Double, root: String)? {
        // The base form whose commonest sense is a time ("minutes" is first the record of a meeting, "minute" a time).
        guard lexicon.isAvailable, let lemma = lexicon.lemmas(of: word).first(where: { form in
            form.pos == .noun && lexicon.nounClasses(of: form.lemma).first == .time
        })?.lemma, !seen.contains(lemma) else { return nil }
        for sense in lexicon.synsets(of: lemma, .noun).prefix(sensesRead) {
            let said = lexicon.words(of: sense).map { $0.split(separator: " ").map(String.init) }.filter { $0.count == 2 }
            let gloss = (lexicon.gloss(of: sense).split(separator: ";").first ?? "").split(separator: " ")
                .map { String($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
            for words in said + [gloss] {
                for (i, w) in words.enumerated() where i + 1 < words.count {
                    guard let n = lexicon.numberValue(of: w), !n.ordinal, n.value > 0 else { continue }
                    // The unit right after the number, or after one more word ("fourteen consecutive days").
                    for next in words[(i + 1)...].prefix(2) {
                        if let (size, root) = unit(next, lexicon: lexicon, seen: seen.union([lemma])) { return (n.value * size, root) }
                    }
                }
            }
        }
        return (1, lemma)
    }

    /// The stretches of time a text's words (lower-case) give, in a root unit: a unit of time after a number, "a",
    /// "an" or "half" ("two centuries", "an hour", "half an hour", "every half hour"), or written with a number of
    /// its own ("half-hour").
    static func lengths(in words: [String], lexicon: Lexicon) -> [(length: Double, root: String)] {
        guard lexicon.isAvailable else { return [] }
        var out: [(Double, String)] = []
        for (i, w) in words.enumerated() where w.first?.isLetter == true && !StopWords.english.contains(w) {
            guard let (size, root) = unit(w, lexicon: lexicon) else { continue }
            var count: Double?, k = i - 1
            if k >= 0, ["a", "an"].contains(words[k]) { count = 1; k -= 1 }
            if k >= 0, words[k] == "half" {
                count = 0.5 * (count ?? 1)
            } else if count == nil, k >= 0, let n = lexicon.numberValue(of: words[k]), !n.ordinal {
                count = n.value
            } else if count == nil, w.contains("-") {
                count = 1
            }
            if let count { out.append((count * size, root)) }
        }
        return out
    }

    /// The length of an amount that counts a unit of time ("30 minutes"), nil for any other.
    static func length(of amount: Amount, lexicon: Lexicon) -> (length: Double, root: String)? {
        amount.unitWord.flatMap { unit($0, lexicon: lexicon) }.map { (amount.value * $0.size, $0.root) }
    }

    /// Whether two lengths are the same stretch: the same root and within a hundredth of each other.
    static func same(_ a: (length: Double, root: String), _ b: (length: Double, root: String)) -> Bool {
        a.root == b.root && abs(a.length - b.length) <= 0.01 * max(a.length, b.length)
    }
}
