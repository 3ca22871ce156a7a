/// How `where` decides whether the sentence it found first states the statement (`StatementCheck`).
extension EvidenceIndex {
    /// Words that deny the clause they stand in.
    static let denials: Set<String> = [
        "not", "no", "never", "nor", "cannot", "none", "nothing", "neither", "lack", "lacks", "lacked", "lacking",
        "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "shouldn't",
        "wouldn't", "couldn't", "hasn't", "haven't", "hadn't",
    ]
    /// Words that make a statement say less or deny it without a denial ("little leverage", "unlikely to end"), and
    /// the base forms of verbs that do ("lost its credibility", "abandoned goals", "refused to help").
    static let scarcity: Set<String> = ["little", "few", "hardly", "scarcely", "unlikely", "unable", "unwilling", "reluctant"]
    static let negativeVerbs: Set<String> = ["lose", "lack", "abandon", "refuse", "deny", "reject", "prevent", "avoid",
                                             "stop", "fail", "cease"]
    /// Modals that, followed by "have", say a thing was not done ("should have used").
    static let counterfactual: Set<String> = ["should", "could", "would", "might", "ought"]

    /// The first word by which a statement or sentence denies or lessens what it says (then a sentence that denies
    /// may agree with it); "a few" and "a little" are amounts, not denials.
    func denyingWord(in words: [String]) -> String? {
        for (i, w) in words.enumerated() {
            if Self.scarcity.contains(w), i > 0, words[i - 1] == "a" { continue }
            if Self.denials.contains(w) || Self.scarcity.contains(w) || Self.negativeVerbs.contains(w) { return w }
            if Self.counterfactual.contains(w), i + 1 < words.count, words[i + 1] == "have" { return w }
            if lexicon.lemmas(of: w).contains(where: { $0.pos == .verb && Self.negativeVerbs.contains($0.lemma) }) { return w }
        }
        return nil
    }

    /// Whether sentence `s` (usually the first hit of `locate`) states `statement`.
    public func check(_ statement: String, against s: Int) -> StatementCheck {
        let concepts = resolve(QueryParser().parse(statement), tuning: .statement)
        let lo = Int(contentStart[s]), hi = Int(contentStart[s + 1])
        let sentenceStems = Set(contentStems[lo..<hi])
        let mentioned = Set(model.entities.indices.filter { e in model.entities[e].mentions.contains { $0.sentence == s } })
        let words = QueryParser.words(of: statement)
        var total = 0.0, answered = 0.0
        for c in concepts {
            var credit = 0.0
            for form in c.forms where form.weight > credit {
                let present = form.stems.count == 1 ? sentenceStems.contains(form.stems[0]) : phraseCount(form.stems, in: s) > 0
                if present { credit = form.weight }
            }
            if c.entities.contains(where: mentioned.contains) { credit = 1 }
            total += c.importance
            answered += c.importance * min(1, credit)
        }
        let unseen = BM25.idf(documentFrequency: 0, documents: max(sentenceCount, 1))
        var conflict: StatementCheck.Conflict?
        if let number = number(in: words, missingFrom: s) {
            conflict = .number(number)
        } else if let word = denyingWord(in: words) {
            // The statement denies or lessens: the sentence must too.
            let sentenceWords = model.sentences[s].tokens.map { model.word(of: model.tokens[$0]).lowercased() }
            if denyingWord(in: sentenceWords) == nil { conflict = .affirmation(word) }
        } else {
            if let word = denial(inSentence: s) {
                conflict = .denial(word)
            } else if let (word, antonym) = antonym(of: concepts, in: s, stems: sentenceStems) {
                conflict = .antonym(statement: word, sentence: antonym)
            }
        }
        return StatementCheck(covered: total > 0 ? answered / total : 0, evidence: answered / unseen, conflict: conflict)
    }

    /// A statement word whose antonym sentence `s` uses while it does not use the word itself, with that antonym.
    func antonym(of concepts: [ResolvedConcept], in s: Int, stems: Set<Int32>) -> (String, String)? {
        guard lexicon.isAvailable else { return nil }
        let lo = Int(contentStart[s]), hi = Int(contentStart[s + 1])
        let words = (lo..<hi).map { model.word(of: model.tokens[Int(contentTokens[$0])]).lowercased() }
        for c in concepts where c.concept.words.count == 1 && !StopWords.english.contains(c.concept.text) {
            if c.forms.contains(where: { $0.kind == .exact && $0.stems.allSatisfy(stems.contains) }) { continue }
            let meaning = lexicon.meaning(of: c.concept.text)
            if let w = words.first(where: { meaning.isOpposite(of: lexicon.meaning(of: $0)) }) { return (c.concept.text, w) }
        }
        return nil
    }

    /// A number (in digits) of the statement that sentence `s` does not have while it has another one.
    func number(in words: [String], missingFrom s: Int) -> String? {
        func isNumber(_ w: String) -> Bool { w.first?.isNumber == true && w.allSatisfy { $0.isNumber || $0 == "." || $0 == "," } }
        let sentence = Set(model.sentences[s].tokens.map { model.word(of: model.tokens[$0]) }.filter(isNumber))
        guard !sentence.isEmpty else { return nil }
        return words.first { isNumber($0) && !sentence.contains($0) }
    }

    /// The word that denies sentence `s`, unless it is a "not" that sets up a contrast ("not to X but to Y").
    func denial(inSentence s: Int) -> String? {
        let words = model.sentences[s].tokens.map { model.word(of: model.tokens[$0]).lowercased() }
        guard let i = words.firstIndex(where: Self.denials.contains) else { return nil }
        return words[i] == "not" && words[(i + 1)...].prefix(8).contains("but") ? nil : words[i]
    }
}
