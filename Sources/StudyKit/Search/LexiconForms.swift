import Foundation

/// The evidence search's use of WordNet: a statement's words also answered by their base forms and the words of
/// their most frequent senses.
extension EvidenceIndex {
    /// WordNet's base forms of a word ("left" → "leave") as related forms, and the words of its most frequent
    /// senses and of the senses derived from or similar to them ("assistance" for "help", "failure" for "fail") as
    /// synonyms, as far as the essay uses them. Stop words are left out ("get" for "have" says nothing). Looked up
    /// once per word and number of senses for the index.
    func addLexiconForms(of word: String, tuning: Tuning, _ add: ([Int32], Double, MatchKind) -> Void) {
        guard lexicon.isAvailable, !StopWords.english.contains(word) else { return }
        let key = "\(tuning.lexiconSenses) \(word)"
        let found = lexiconForms.get(key) ?? {
            var lemmas: [[Int32]] = [], synonyms: [[Int32]] = []
            for (lemma, _) in lexicon.lemmas(of: word) where lemma != word && !lemma.contains("_") {
                if let ids = stemIDs([lemma]) { lemmas.append(ids) }
            }
            for other in lexicon.commonRelatedWords(of: word, senses: tuning.lexiconSenses).sorted() where other != word {
                let words = other.split(separator: " ").map(String.init)
                guard !words.contains(where: { StopWords.english.contains($0) }), let ids = stemIDs(words) else { continue }
                synonyms.append(ids)
            }
            lexiconForms.set(key, (lemmas, synonyms))
            return (lemmas, synonyms)
        }()
        for ids in found.lemmas { add(ids, tuning.relatedWeight, .related) }
        for ids in found.synonyms { add(ids, tuning.lexiconWeight, .synonym) }
    }
}
