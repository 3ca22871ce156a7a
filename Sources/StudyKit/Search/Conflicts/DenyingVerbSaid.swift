/// A statement that lessens or ends something by its verb ("the budget would stop the lessons") is said by a sentence
/// that uses a verb of the same sense ("would end the lessons"; a phrasal verb: "turned down" for "rejected") without
/// a denial of its own.
extension EvidenceIndex {
    /// Whether the statement's denying `word`, a verb ("stop", "lose"; not "not" or "little"), is said in the
    /// sentence's `words` by a verb WordNet gives one of its senses.
    func saysDenyingVerb(_ word: String, in words: [String]) -> Bool {
        guard lexicon.isAvailable, !Self.denials.contains(word), !Self.scarcity.contains(word) else { return false }
        let senses = Set(lexicon.synsets(ofWord: word, .verb))
        guard !senses.isEmpty else { return false }
        // A phrasal verb says it too ("turned down" for "rejected").
        let phrasal = zip(words, words.dropFirst()).compactMap { phrasalVerb($0, $1) }
        return words.contains { w in
            w != word && !StopWords.english.contains(w)
                && !senses.isDisjoint(with: lexicon.synsets(ofWord: w, .verb))
        } || phrasal.contains { !senses.isDisjoint(with: lexicon.synsets(ofWord: $0, .verb)) }
    }
}

extension EvidenceIndex {
    /// Whether a statement's concept is a denial ("no" of "no one", "not") and the sentence denies too, by any
    /// denial ("nobody", "never"): the same polarity said in other words answers it.
    func deniesAsTheSentence(_ c: ResolvedConcept, sentence: [String]) -> Bool {
        c.concept.words.count == 1 && Self.denials.contains(c.concept.text) && sentence.contains(where: Self.denials.contains)
    }
}
