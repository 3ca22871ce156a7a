/// A statement verb that the sentence turns round with a verb that denies ("passed our test" where it says "failed
/// our test", "won" where it says "lost", "accepted" where it says "rejected"). Such pairs are antonyms in WordNet
/// often only in a sense outside the commonest ones ("pass" against "fail" in its 14th), which the antonym check
/// leaves out; against a denying verb (`negativeVerbs` or a synonym in its commonest sense) of the sentence, such a
/// rare sense counts when its gloss speaks of what the two speak of ("go successfully through a test").
extension EvidenceIndex {
    /// The statement's word and the sentence's denying verb that WordNet gives as its antonym in any sense, when the
    /// statement denies nothing, uses no form of that verb, and the sentence uses no form of the statement's word and
    /// does not deny its own verb ("did not fail").
    func denyingVerbAntonym(statement: [String], sentence: [String]) -> (statement: String, sentence: String)? {
        guard lexicon.isAvailable, denyingWord(in: ContrastiveNegation.masked(statement)) == nil else { return nil }
        let said = Set(statement)
        let meanings = statement.filter { !StopWords.english.contains($0) }.map { ($0, lexicon.meaning(of: $0)) }
        for (j, v) in sentence.enumerated() where !said.contains(v) && !StopWords.english.contains(v) {
            // The cached meanings first: most words oppose none of the statement's.
            let verb = lexicon.meaning(of: v)
            let opposed = meanings.filter { verb.isOpposite(of: $0.1) }.map(\.0)
            guard !opposed.isEmpty, isNegativeVerb(v), !sentence[max(0, j - 3)..<j].contains(where: Self.denials.contains) else { continue }
            for w in opposed {
                let lemmas = Self.verbLemmas(of: [w], lexicon: lexicon)
                guard !lemmas.isEmpty, Self.verbLemmas(of: sentence, lexicon: lexicon).isDisjoint(with: lemmas),
                      !lexicon.opposesOnlyInRareSenses(w, v) || opposedSenseFits(w, v, context: statement + sentence),
                      // Another word of the statement says the denying verb ("halted" for "stopped"): the statement's
                      // word speaks of another thing ("before work starts again").
                      !meanings.contains(where: { $0.0 != w && sharesCommonSense($0.0, v) }),
                      !slotFilledByAnother(statement: statement, at: statement.firstIndex(of: w) ?? 0, sentence: sentence, antonym: v)
                else { continue }
                return (w, v)
            }
        }
        return nil
    }

    /// Whether a sense of verb `w` that WordNet sets against a sense of `v` has a gloss that uses a content word of
    /// the context other than the two ("pass": "go successfully through a test", where the statement speaks of a
    /// test; not "go": "begin or set in motion", of a strike): the rare sense is the one meant.
    func opposedSenseFits(_ w: String, _ v: String, context: [String]) -> Bool {
        let stemmer = PorterStemmer()
        let others = Set(lexicon.synsets(ofWord: v, .verb))
        let words = Set(context.filter { !StopWords.english.contains($0) && $0 != w && $0 != v }.map(stemmer.stem))
        for sense in lexicon.synsets(ofWord: w, .verb) {
            let opposed = lexicon.pointers(of: sense).contains { $0.symbol == Lexicon.antonym && others.contains($0.target) }
                || others.contains { lexicon.pointers(of: $0).contains { $0.symbol == Lexicon.antonym && $0.target == sense } }
            guard opposed else { continue }
            let gloss = QueryParser.words(of: lexicon.gloss(of: sense)).filter { !StopWords.english.contains($0) }.map(stemmer.stem)
            if gloss.contains(where: words.contains) { return true }
        }
        return false
    }
}
