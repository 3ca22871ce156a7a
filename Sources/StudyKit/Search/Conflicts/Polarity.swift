/// How `where` weighs a denial, an antonym or a comparison of a sentence against a statement.
extension EvidenceIndex {
    /// A statement word whose antonym sentence `s` uses while it does not use the word itself in any form of the same
    /// part of speech ("fell" where it says "fall"), with that antonym; an antonym the statement uses too opposes
    /// nothing ("shorter lengths" against "shorter pieces").
    func antonym(of concepts: [ResolvedConcept], in s: Int, stems: Set<Int32>, statement: [String]) -> (String, String)? {
        guard lexicon.isAvailable else { return nil }
        let lo = Int(contentStart[s]), hi = Int(contentStart[s + 1])
        let sentence = (lo..<hi).map { model.word(of: model.tokens[Int(contentTokens[$0])]).lowercased() }
        let said = Set(statement)
        for c in concepts where c.concept.words.count == 1 && !StopWords.english.contains(c.concept.text) {
            if c.forms.contains(where: { $0.kind == .exact && $0.stems.allSatisfy(stems.contains) }) { continue }
            // "Less easily" says what "harder" says: a word the statement lessens or denies agrees with its antonym.
            if let i = statement.firstIndex(of: c.concept.text), i > 0,
               ["less", "least"].contains(statement[i - 1]) || Self.denials.contains(statement[i - 1]) { continue }
            let lemmas = lexicon.lemmas(of: c.concept.text)
            if sentence.contains(where: { w in lexicon.lemmas(of: w).contains { l in lemmas.contains { $0 == l } } }) { continue }
            let meaning = lexicon.meaning(of: c.concept.text)
            if let w = sentence.first(where: { !said.contains($0) && meaning.isOpposite(of: lexicon.meaning(of: $0)) }) {
                return (c.concept.text, w)
            }
        }
        return nil
    }
}
