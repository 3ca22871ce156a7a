/// Whether a statement turns a comparison the other way: "more distractions" where the sentence says "fewer
/// distractions", "less concentrated" where it says "more concentrated", "higher" where it says "lower". A
/// comparative is "more", "less", "most", "least" or a word WordNet reads as the comparative or superlative form of
/// an adjective or adverb ("fewer" → few, "higher" → high, "worse" → bad); its opposite is a WordNet antonym.
enum Direction {
    /// The comparatives English forms with a word of their own.
    static let analytic: Set<String> = ["more", "less", "most", "least"]

    /// Whether a word compares: one of `analytic`, or a form WordNet's rules take back to another adjective or
    /// adverb. A word that is not one ("after" read as a form of "aft") only matters where its opposite stands too.
    static func isComparative(_ w: String, lexicon: Lexicon) -> Bool {
        analytic.contains(w) || lexicon.lemmas(of: w).contains { ($0.pos == .adjective || $0.pos == .adverb) && $0.lemma != w }
    }

    /// The statement's comparative that the sentence turns the other way, with the sentence's word. A comparative
    /// and the word after it are looked for in the sentence first ("less soil" against "more soil"); if the
    /// sentence does not have that word after a comparative, a comparative the sentence does not use against an
    /// opposite that it uses and the statement does not.
    static func flipped(statement: [String], sentence: [String], lexicon: Lexicon) -> (statement: String, sentence: String)? {
        let stemmer = PorterStemmer()
        func opposite(_ a: String, _ b: String) -> Bool {
            a != b && lexicon.meaning(of: a).isOpposite(of: lexicon.meaning(of: b))
        }
        for (i, c) in statement.enumerated() where isComparative(c, lexicon: lexicon) {
            // The comparison as the sentence makes it about the same word.
            if i + 1 < statement.count, !StopWords.english.contains(statement[i + 1]) {
                let head = stemmer.stem(statement[i + 1])
                let before = sentence.indices.filter { stemmer.stem(sentence[$0]) == head }
                    .flatMap { j in sentence[max(0, j - 2)..<j].filter { isComparative($0, lexicon: lexicon) } }
                if before.contains(c) { continue }
                if let other = before.first(where: { opposite(c, $0) }) { return (c, other) }
                if !before.isEmpty { continue }
            }
            guard !sentence.contains(c) else { continue }
            if let other = sentence.first(where: { !statement.contains($0) && isComparative($0, lexicon: lexicon) && opposite(c, $0) }) {
                return (c, other)
            }
        }
        return nil
    }

    /// The comparison the statement makes with its two sides the other way round from the sentence's: "removing
    /// would cost more than rebuilding" where it says "rebuilding would cost more than removing". Each side of a
    /// "than" is its content words, the first after "than" and those before the comparative; the comparison is
    /// swapped when what follows the statement's "than" comes before the sentence's comparative while what follows
    /// the sentence's comes before the statement's. Returns the two comparisons as written.
    static func swapped(statement: [String], sentence: [String], lexicon: Lexicon) -> (statement: String, sentence: String)? {
        let stemmer = PorterStemmer()
        /// The comparative before "than" (up to two words between: "more expensive than"), what stands before it
        /// and the first content word after "than".
        func comparison(_ words: [String]) -> (before: Set<String>, after: String, text: String)? {
            guard let than = words.firstIndex(of: "than"), than > 0,
                  let c = words[max(0, than - 3)..<than].lastIndex(where: { isComparative($0, lexicon: lexicon) }),
                  let after = words[(than + 1)...].first(where: { !StopWords.english.contains($0) }) else { return nil }
            let before = Set(words[..<c].filter { !StopWords.english.contains($0) }.map(stemmer.stem))
            let end = words[(than + 1)...].firstIndex(of: after) ?? than + 1
            return (before, stemmer.stem(after), words[c...end].joined(separator: " "))
        }
        guard let a = comparison(statement), let b = comparison(sentence), a.after != b.after,
              b.before.contains(a.after), a.before.contains(b.after) else { return nil }
        return (a.text, b.text)
    }
}
