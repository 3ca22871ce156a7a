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
}
