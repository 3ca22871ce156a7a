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
        let sentenceWords = self.words(ofSentence: s)
        var conflict: StatementCheck.Conflict?
        let amounts = Amount.amounts(in: words, lexicon: lexicon), times = TimeReference.references(in: words, lexicon: lexicon)
        let passage = passageWords(around: s)
        if let (said, given) = Amount.replaced(in: amounts, by: Amount.amounts(in: sentenceWords, lexicon: lexicon)) {
            conflict = .amount(statement: said.text, sentence: given.text)
        } else if let (said, given) = TimeReference.replaced(in: times, by: TimeReference.references(in: sentenceWords, lexicon: lexicon))
                    .map({ ($0.statement.text, $0.sentence.text) }) ?? TimeReference.otherSide(statement: words, sentence: sentenceWords) {
            conflict = .time(statement: said, sentence: given)
        } else if let said = Specifics.unsupportedAmount(statement: amounts, passage: Amount.amounts(in: passage, lexicon: lexicon), lexicon: lexicon) {
            conflict = .unsupported(said.text)
        } else if let said = Specifics.unsupportedYear(statement: times, passage: TimeReference.references(in: passage, lexicon: lexicon),
                                                                   passageWords: passage) {
            conflict = .unsupported(said.text)
        } else if let word = denyingWord(in: words) {
            // The statement denies or lessens: the sentence must too.
            if denyingWord(in: sentenceWords) == nil { conflict = .affirmation(word) }
        } else {
            if let word = denial(inSentence: s, statement: words) {
                conflict = .denial(word)
            } else if let (word, antonym) = antonym(of: concepts, in: s, stems: sentenceStems) {
                conflict = .antonym(statement: word, sentence: antonym)
            }
        }
        if conflict == nil, lexicon.isAvailable {
            if let (said, given) = Direction.flipped(statement: words, sentence: sentenceWords, lexicon: lexicon)
                ?? Direction.swapped(statement: words, sentence: sentenceWords, lexicon: lexicon) {
                conflict = .direction(statement: said, sentence: given)
            } else if let word = Absolutes.unbacked(statement: words, sentence: sentenceWords, lexicon: lexicon,
                                                          denies: { self.denyingWord(in: [$0]) != nil }) {
                conflict = .absolute(word)
            } else if let (said, given) = Modality.mismatch(statement: words, sentence: sentenceWords, lexicon: lexicon)
                ?? Modality.doneAgainstModal(statement: words, sentence: sentenceWords, lexicon: lexicon) {
                conflict = .modality(statement: said, sentence: given)
            } else if let (said, given) = Actor.replaced(statement: words, sentence: sentenceWords, lexicon: lexicon) {
                conflict = .actor(statement: said, sentence: given)
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
            let meaning = lexicon.meaning(of: c.concept.text), pos = dominantPartOfSpeech(c.concept.text)
            if let w = words.first(where: { w in
                meaning.isOpposite(of: lexicon.meaning(of: w)) && Set([pos, dominantPartOfSpeech(w)]) != [.noun, .verb]
            }) {
                return (c.concept.text, w)
            }
        }
        return nil
    }

    /// The part of speech a word has most senses in (as written: "fell" is first a form of "fall", a verb;
    /// "growth" a noun). A noun is rarely said against a verb ("fell" against "growth promoters", "riders" against
    /// "walked"), so such antonyms are no conflict.
    func dominantPartOfSpeech(_ word: String) -> Lexicon.PartOfSpeech? {
        lexicon.lemmas(of: word).max { lexicon.senseCount(of: $0.lemma, $0.pos) < lexicon.senseCount(of: $1.lemma, $1.pos) }?.pos
    }

    /// The words of sentence `s`'s paragraph and of the sentences either side of it, lower-case, without
    /// punctuation: where the essay would give what a statement about `s` pins down.
    func passageWords(around s: Int) -> [String] {
        let p = model.sentences[s].paragraphIndex
        let range = model.paragraphs[p].sentences
        return (min(range.lowerBound, max(0, s - 1))..<max(range.upperBound, min(sentenceCount, s + 2))).flatMap(words(ofSentence:))
    }

    /// The words of sentence `s`, lower-case, without punctuation.
    func words(ofSentence s: Int) -> [String] {
        model.sentences[s].tokens.map { model.word(of: model.tokens[$0]).lowercased() }
            .filter { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// Words that deny what follows them without a denial ("unlikely to isolate itself", "reluctant to help"): a
    /// sentence with one opposes a statement that neither denies nor lessens. ("Little" and "few" are left out: a
    /// statement says them as amounts in other words.)
    static let doubting: Set<String> = ["unlikely", "unable", "unwilling", "reluctant", "hardly", "scarcely"]
    /// Words that open a clause of its own: a doubt inside one ("as their voters are reluctant to …") is about
    /// something else than the sentence's claim.
    static let subordinators: Set<String> = ["as", "because", "since", "although", "though", "while", "whereas", "if",
                                             "unless", "when", "which", "who", "whom", "whose"]

    /// The word that denies sentence `s` or doubts what it says, unless it is a "not" that sets up a contrast
    /// ("not to X but to Y") and the statement says Y, not X.
    func denial(inSentence s: Int, statement: [String]) -> String? {
        let words = model.sentences[s].tokens.map { model.word(of: model.tokens[$0]).lowercased() }
        func inOwnClause(_ i: Int) -> Bool {
            let start = words[..<i].lastIndex(of: ",") ?? 0
            return words[start..<i].contains(where: Self.subordinators.contains)
        }
        guard let i = words.indices.first(where: { Self.denials.contains(words[$0]) || (Self.doubting.contains(words[$0]) && !inOwnClause($0)) })
        else { return nil }
        guard words[i] == "not", let but = words[(i + 1)...].prefix(8).firstIndex(of: "but") else { return words[i] }
        // "Not X but Y" denies X: a statement that says X with its verb (the first word after "not" that is no
        // stop word) is denied ("the drug creates resistance" against "the drug has not created resistance, but it
        // has made …").
        guard let denied = words[(i + 1)..<but].first(where: { !StopWords.english.contains($0) }) else { return nil }
        return Self.verbLemmas(of: statement, lexicon: lexicon).isDisjoint(with: Self.verbLemmas(of: [denied], lexicon: lexicon)) ? nil : words[i]
    }

    /// The base forms of the verbs among words that are no stop words.
    static func verbLemmas(of words: [String], lexicon: Lexicon) -> Set<String> {
        Set(words.filter { !StopWords.english.contains($0) }.flatMap { lexicon.lemmas(of: $0).filter { $0.pos == .verb }.map(\.lemma) })
    }
}
