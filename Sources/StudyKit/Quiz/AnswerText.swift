import Foundation

/// Typed answers reduced to comparable words: case, accents, punctuation, articles and number words do not matter.
public enum AnswerText {
    static let articles: Set<String> = ["a", "an", "the"]
    static let negators: Set<String> = ["not", "no", "never", "none", "nor", "cannot", "can't", "won't", "isn't",
                                        "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "shouldn't"]
    static let numberWords: [String: String] = [
        "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100",
    ]

    /// Lower-cased words without accents, punctuation or articles; number words as digits.
    public static func words(_ text: String) -> [String] {
        let folded = folded(text)
        var words: [String] = []
        var current = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber || ((ch == "'" || ch == "-") && !current.isEmpty) {
                current.append(ch == "-" ? " " : ch)
            } else if !current.isEmpty {
                words.append(contentsOf: current.split(separator: " ").map(String.init))
                current = ""
            }
        }
        if !current.isEmpty { words.append(contentsOf: current.split(separator: " ").map(String.init)) }
        return words.map { w in
            var w = w
            while w.hasSuffix("'") { w.removeLast() }
            if w.hasSuffix("'s") { w.removeLast(2) }
            return numberWords[w] ?? w
        }.filter { !$0.isEmpty && !articles.contains($0) }
    }

    /// `text` without case, accents or wide forms, its curly apostrophes straight. ASCII text has none of them
    /// but upper case, so it is only lower-cased: Foundation's folding is the costly part on a long text.
    static func folded(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : foldedByFoundation(text)
    }

    static func foldedByFoundation(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Words that reverse what a clause says when present: negators, and verbs and prepositions of absence.
    static let polarityWords: Set<String> = negators.union(["lack", "lacks", "lacked", "lacking", "without", "hardly",
                                                           "scarcely", "neither", "nothing", "nobody", "nowhere", "fail",
                                                           "fails", "failed", "absence", "absent"])

    /// Words joined into WordNet's multi-word terms where the lexicon knows them ("armed forces", "united nations"),
    /// longest first; every other word stays a unit of its own.
    static func units(_ words: [String], lexicon: Lexicon) -> [String] {
        guard lexicon.isAvailable else { return words }
        var out: [String] = []
        var i = 0
        while i < words.count {
            var taken = 1
            for n in [3, 2] where i + n <= words.count {
                let phrase = words[i..<(i + n)]
                guard !phrase.contains(where: { isExactOnly($0) || StopWords.english.contains($0) && $0 != phrase.first }) else { continue }
                if lexicon.isWord(phrase.joined(separator: " ")) { taken = n; break }
            }
            out.append(words[i..<(i + taken)].joined(separator: " "))
            i += taken
        }
        return out
    }

    /// Whether a unit carries content (not a stop word); negators are handled apart.
    static func isContent(_ unit: String) -> Bool {
        unit.contains(" ") || (!StopWords.english.contains(unit) && !negators.contains(unit))
    }

    /// Edits allowed for a typo in a word of this length: none up to 3 letters, 1 up to 7, then 2.
    static func typoBudget(_ word: String) -> Int {
        word.count <= 3 ? 0 : word.count <= 7 ? 1 : 2
    }

    /// Whether a word must match exactly (numbers and negators are never fuzzed).
    static func isExactOnly(_ word: String) -> Bool {
        negators.contains(word) || word.first?.isNumber == true
    }

    /// Damerau–Levenshtein distance (optimal string alignment), stopping early above `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, previous2[j - 2] + 1) }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
