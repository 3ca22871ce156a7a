/// The part of a sentence a statement speaks about: the sentence cut into clauses, and the clauses that hold most of
/// the statement's words. A comparison or a denial in another clause ("…rose by a quarter, and the police
/// recorded fewer complaints") says nothing about the statement.
///
/// A clause ends at a semicolon, at a comma before a conjunction (", and", ", but"), before a conjunction that
/// contrasts or gives a reason ("but", "while", "whereas", "although", "because"), and a clause that such a word or
/// another subordinator opens ("Although troops will come down, …") ends at its first comma. A conjunction before an
/// auxiliary ("but has never been tried") goes on with the clause before it.
struct SentenceScope {
    /// The sentence's words, lower-case.
    let words: [String]
    /// The clause of each word.
    let clause: [Int]
    /// The clauses the statement speaks about: those holding at least half as many of its words as the one holding
    /// most (all of them when none holds any).
    let relevant: Set<Int>
    /// Whether each word is one of the statement's.
    let matched: [Bool]

    static let coordinators: Set<String> = ["and", "but", "or", "so", "yet", "nor", "while", "whereas", "although",
                                            "though", "because"]
    static let contrasts: Set<String> = ["but", "while", "whereas", "although", "because"]
    /// Auxiliaries and modals: after a conjunction, the clause goes on with the subject before it.
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "will",
                                           "would", "can", "could", "should", "may", "might", "must", "never", "not"]
    static let subordinators: Set<String> = ["although", "though", "because", "while", "whereas", "when", "if", "since",
                                             "unless", "after", "before", "once"]
    /// Articles, possessives and demonstratives: the words that open a noun phrase.
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this",
                                           "that", "these", "those"]

    /// `punctuation` gives, for each word, the comma or semicolon standing before it (nil for none); `matched` tells
    /// whether it is a word of the statement.
    init(words: [String], punctuation: [Character?], matched: [Bool]) {
        self.words = words
        self.matched = matched
        var clause: [Int] = [], current = 0, opensWithSubordinator = false
        for (i, w) in words.enumerated() {
            if i > 0 {
                let mark = punctuation[i]
                // A conjunction followed by a verb goes on with the same subject ("… but has never been tried").
                let sameSubject = i + 1 < words.count && Self.auxiliaries.contains(words[i + 1])
                if mark == ";" || (mark == "," && ((Self.coordinators.contains(w) && !sameSubject) || opensWithSubordinator))
                    || (Self.contrasts.contains(w) && !sameSubject) {
                    current += 1
                }
            }
            if i == 0 || clause.last != current { opensWithSubordinator = Self.subordinators.contains(w) }
            clause.append(current)
        }
        self.clause = clause
        var counts = [Int](repeating: 0, count: current + 1)
        for (i, m) in matched.enumerated() where m && i < clause.count { counts[clause[i]] += 1 }
        let most = counts.max() ?? 0
        relevant = most == 0 ? Set(counts.indices) : Set(counts.indices.filter { 2 * counts[$0] >= most })
    }

    /// The words of the relevant clauses, in order.
    var scopedWords: [String] { words.indices.filter { relevant.contains(clause[$0]) }.map { words[$0] } }
}

extension EvidenceIndex {
    /// The scope of sentence `s` for a statement's concepts: its tokens marked where a form of a concept stands.
    func scope(ofSentence s: Int, concepts: [ResolvedConcept]) -> SentenceScope {
        let tokenIDs = model.sentences[s].tokens
        let words = tokenIDs.map { model.word(of: model.tokens[$0]).lowercased() }
        let punctuation: [Character?] = tokenIDs.map { t in
            guard t > tokenIDs.lowerBound else { return nil }
            let between = model.text(of: Int(model.tokens[t - 1].end)..<Int(model.tokens[t].start))
            return between.contains(";") ? ";" : between.contains(",") ? "," : nil
        }
        var found = Set<Int32>()
        for c in concepts {
            for form in c.forms { found.formUnion(form.stems) }
        }
        var matched = [Bool](repeating: false, count: words.count)
        for k in Int(contentStart[s])..<Int(contentStart[s + 1]) where found.contains(contentStems[k]) {
            let i = Int(contentTokens[k]) - tokenIDs.lowerBound
            if matched.indices.contains(i) { matched[i] = true }
        }
        return SentenceScope(words: words, punctuation: punctuation, matched: matched)
    }
}

extension EvidenceIndex {
    /// A statement word whose antonym sentence `s` uses while it does not use the word itself in any form of the same
    /// part of speech ("fell" where it says "fall"), with that antonym; an antonym the statement uses too opposes
    /// nothing ("shorter lengths" against "shorter pieces"). A verb's antonym may be a phrasal verb of the sentence
    /// ("rise" against "come down").
    /// An antonym opposes only the word it stands for: not when the statement's word is a phrasal verb ("falls
    /// apart", "coming back": their opposites are the phrasal verb's, not "fall"'s or "come"'s), nor when the
    /// sentence says the statement's word in other words ("shuts" where it says "closes" and "opens" another
    /// thing), nor when another word of the statement says the antonym ("halted" for "stopped", then "starts" is
    /// about something else), nor when the sentence fills the word's slot with another word (`AntonymSlot`).
    func antonym(of concepts: [ResolvedConcept], in s: Int, stems: Set<Int32>, statement: [String]) -> (String, String)? {
        guard lexicon.isAvailable else { return nil }
        let lo = Int(contentStart[s]), hi = Int(contentStart[s + 1])
        let sentence = (lo..<hi).map { model.word(of: model.tokens[Int(contentTokens[$0])]).lowercased() }
        let said = Set(statement)
        let statementContent = statement.filter { !StopWords.english.contains($0) }
        let sentenceContent = sentence.filter { !StopWords.english.contains($0) }
        var phrasal: [(text: String, lemma: String)]?, written: [String]?
        for c in concepts where c.concept.words.count == 1 && !StopWords.english.contains(c.concept.text) {
            if c.forms.contains(where: { $0.kind == .exact && $0.stems.allSatisfy(stems.contains) }) { continue }
            // "Less easily" says what "harder" says: a word the statement lessens or denies agrees with its antonym.
            if let i = statement.firstIndex(of: c.concept.text), i > 0,
               ["less", "least"].contains(statement[i - 1]) || Self.denials.contains(statement[i - 1]) { continue }
            let lemmas = lexicon.lemmas(of: c.concept.text)
            if sentence.contains(where: { w in lexicon.lemmas(of: w).contains { l in lemmas.contains { $0 == l } } }) { continue }
            if sentenceContent.contains(where: { sharesCommonSense(c.concept.text, $0) }) { continue }
            // Only a particle that is no preposition makes the phrasal verb sure ("take over security" may be
            // "take" and a phrase with "over").
            let verbWithParticle = statement.firstIndex(of: c.concept.text).flatMap { i in
                i + 1 < statement.count && Self.particles.contains(statement[i + 1]) ? phrasalVerb(statement[i], statement[i + 1]) : nil
            }
            let meaning = lexicon.meaning(of: verbWithParticle ?? c.concept.text)
            let others = statementContent.filter { $0 != c.concept.text }
            // An antonym that qualifies another thing than the statement's word does, while the sentence names that
            // thing too, speaks of another thing ("small particles" against "tiny particles … into larger clumps").
            let stemmer = PorterStemmer()
            let head = statement.firstIndex(of: c.concept.text).flatMap { i in
                i + 1 < statement.count && !StopWords.english.contains(statement[i + 1]) ? stemmer.stem(statement[i + 1]) : nil
            }
            let named = head.map { h in sentence.contains { stemmer.stem($0) == h } } ?? false
            let pos = dominantPartOfSpeech(c.concept.text)
            // An antonym whose slot the sentence fills with another word speaks of another thing (`AntonymSlot`).
            func inOtherSlot(_ w: String) -> Bool {
                guard let i = statement.firstIndex(of: c.concept.text) else { return false }
                if written == nil { written = words(ofSentence: s) }
                return slotFilledByAnother(statement: statement, at: i, sentence: written ?? [], antonym: w)
            }
            for (j, w) in sentence.enumerated() where !said.contains(w) && meaning.isOpposite(of: lexicon.meaning(of: w))
                && Set([pos, dominantPartOfSpeech(w)]) != [.noun, .verb] && !lexicon.opposesOnlyInRareSenses(c.concept.text, w)
                && !others.contains(where: { sharesCommonSense($0, w) }) {
                if let head, named, j + 1 < sentence.count, stemmer.stem(sentence[j + 1]) != head { continue }
                if inOtherSlot(w) { continue }
                return (c.concept.text, w)
            }
            if pos == .verb, phrasal == nil { phrasal = phrasalVerbs(inSentence: s) }
            if pos == .verb, let phrasal = phrasal?.first(where: { meaning.isOpposite(of: lexicon.meaning(of: $0.lemma)) }),
               !inOtherSlot(phrasal.text) {
                return (c.concept.text, phrasal.text)
            }
        }
        return nil
    }

    /// The verbs of sentence `s` made of a verb and a particle WordNet lists as one ("come down", "give up",
    /// "set off"), as written and as WordNet's base form.
    func phrasalVerbs(inSentence s: Int) -> [(text: String, lemma: String)] {
        let words = words(ofSentence: s)
        var out: [(String, String)] = []
        for (a, b) in zip(words, words.dropFirst()) where StopWords.english.contains(b) {
            if let phrase = phrasalVerb(a, b) { out.append((a + " " + b, phrase)) }
        }
        return out
    }

    /// Particles of phrasal verbs that are no stop words and no prepositions ("fall apart", "come back").
    static let particles: Set<String> = ["apart", "back", "away", "aside", "along", "around", "about", "ahead", "forward"]

    /// The base form of the phrasal verb WordNet lists for a word and the particle after it (a stop word or one of
    /// `particles`: "falls apart" → "fall apart"), or nil.
    func phrasalVerb(_ a: String, _ b: String) -> String? {
        guard StopWords.english.contains(b) || Self.particles.contains(b), !StopWords.english.contains(a) else { return nil }
        for (lemma, pos) in lexicon.lemmas(of: a) where pos == .verb {
            let phrase = lemma + " " + b
            if lexicon.lemmas(of: phrase).contains(where: { $0.pos == .verb }) { return phrase }
        }
        return nil
    }

    /// Whether a word shares one of the commonest senses of another word in the same part of speech
    /// ("shuts" and "closes", "halted" and "stopped").
    func sharesCommonSense(_ word: String, _ other: String) -> Bool {
        let otherLemmas = lexicon.lemmas(of: other)
        return lexicon.lemmas(of: word).contains { lemma, pos in
            let common = Set(lexicon.synsets(of: lemma, pos).prefix(Self.commonSenses))
            return otherLemmas.contains { $0.pos == pos && !common.isDisjoint(with: lexicon.synsets(of: $0.lemma, pos)) }
        }
    }

    /// How many of a word's senses, commonest first, `sharesCommonSense` reads.
    static let commonSenses = 3

    /// The part of speech a word has most senses in (as written: "fell" is first a form of "fall", a verb;
    /// "growth" a noun). A noun is rarely said against a verb ("fell" against "growth promoters", "riders" against
    /// "walked"), so such antonyms are no conflict.
    func dominantPartOfSpeech(_ word: String) -> Lexicon.PartOfSpeech? {
        lexicon.lemmas(of: word).max { lexicon.senseCount(of: $0.lemma, $0.pos) < lexicon.senseCount(of: $1.lemma, $1.pos) }?.pos
    }
}

extension EvidenceIndex {
    /// Words that deny what follows them without a denial ("unlikely to isolate itself", "reluctant to help"): a
    /// sentence with one opposes a statement that neither denies nor lessens. ("Little" and "few" are left out: a
    /// statement says them as amounts in other words.)
    static let doubting: Set<String> = ["unlikely", "unable", "unwilling", "reluctant", "hardly", "barely", "scarcely"]
    /// Words that open a clause of its own: a doubt inside one ("as their voters are reluctant to …") is about
    /// something else than the sentence's claim.
    static let subordinators: Set<String> = ["as", "because", "since", "although", "though", "while", "whereas", "if",
                                             "unless", "when", "which", "who", "whom", "whose"]

    /// Denials that govern the noun phrase after them ("no managers on the floor"), not the whole clause.
    static let determinerDenials: Set<String> = ["no", "none", "nothing", "nobody", "nowhere", "neither"]

    /// The first word by which a statement or sentence denies or lessens what it says (then a sentence that denies
    /// may agree with it); "a few" and "a little" are amounts, not denials. Besides the denials, scarcity words and
    /// negative verbs: a word WordNet gives as the antonym of the word it makes with a negating prefix or a "-less"
    /// ("unused" of "used", "useless" of "use"), and "too … to" ("too low for the helicopter to fly").
    func denyingWord(in words: [String]) -> String? {
        for (i, w) in words.enumerated() {
            if Self.scarcity.contains(w), i > 0, words[i - 1] == "a" { continue }
            if Self.denials.contains(w) || Self.scarcity.contains(w) || Self.negativeVerbs.contains(w) { return w }
            if Self.counterfactual.contains(w), i + 1 < words.count, words[i + 1] == "have" { return w }
            if lexicon.lemmas(of: w).contains(where: { $0.pos == .verb && Self.negativeVerbs.contains($0.lemma) }) { return w }
            if w == "too", words[(i + 1)...].prefix(6).dropFirst().contains("to") { return w }
            if isNegativeForm(w) { return w }
        }
        return nil
    }

    /// Whether a word is the opposite, in WordNet, of the word it makes with a negating prefix or "-less": "unused"
    /// (of "used"), "useless" (of "use", through "useful"); not "discuss" or "interest".
    func isNegativeForm(_ w: String) -> Bool {
        var bases: [String] = []
        for prefix in ["un", "in", "im", "il", "ir", "dis", "non"] where w.hasPrefix(prefix) && w.count > prefix.count + 3 {
            bases.append(String(w.dropFirst(prefix.count)))
        }
        if w.hasSuffix("less"), w.count > 6 { bases.append(String(w.dropLast(4))) }
        guard !bases.isEmpty, lexicon.isAvailable else { return false }
        let meaning = lexicon.meaning(of: w)
        return bases.contains { base in
            let other = lexicon.meaning(of: base)
            return other.known && (!meaning.opposite.isDisjoint(with: other.senses) || !meaning.opposite.isDisjoint(with: other.near))
        }
    }

    /// Whether a verb denies in its commonest sense: one of `negativeVerbs`, or a synonym of one there ("preclude" as
    /// "prevent").
    func isNegativeVerb(_ w: String) -> Bool {
        lexicon.lemmas(of: w).contains { form in
            form.pos == .verb && (Self.negativeVerbs.contains(form.lemma)
                || lexicon.synsets(of: form.lemma, .verb).first.map { lexicon.words(of: $0).contains(where: Self.negativeVerbs.contains) } == true)
        }
    }

    /// The word that denies sentence `s` or doubts what it says, in the clauses the statement speaks about
    /// (`scope`), unless it is a "not" that sets up a contrast ("not to X but to Y") and the statement says Y, not X.
    /// A denial of a denial says yes ("do not deny", "should not preclude", "not without"), and a "nor" after it
    /// goes with it; "no" and its kin deny only what follows them in their clause ("no managers on the floor" denies
    /// nothing of a statement about doctors); a doubt in a clause of its own ("as their voters are reluctant to …")
    /// is about something else.
    func denial(inSentence s: Int, scope: SentenceScope, statement: [String]) -> String? {
        let words = scope.words
        func inOwnClause(_ i: Int) -> Bool {
            let start = words[..<i].lastIndex(of: ",") ?? 0
            return words[start..<i].contains(where: Self.subordinators.contains)
        }
        var cancelled = false
        for (i, w) in words.enumerated() where Self.denials.contains(w) || (Self.doubting.contains(w) && !inOwnClause(i)) {
            if w == "nor", cancelled { continue }
            let next = words[(i + 1)...].prefix(3).filter { !["to", "be", "have", "been"].contains($0) && !LexiconTable.shipped.isOnlyAdverb($0) }
            if let first = next.first, first == "without" || isNegativeVerb(first) {
                cancelled = true
                continue
            }
            guard scope.relevant.contains(scope.clause[i]) else { continue }
            if Self.determinerDenials.contains(w),
               !words.indices.contains(where: { $0 > i && scope.clause[$0] == scope.clause[i] && scope.matched[$0] }) { continue }
            guard w == "not", let but = words[(i + 1)...].prefix(8).firstIndex(of: "but") else { return w }
            // "Not X but Y" denies X: a statement that says X with its verb (the first word after "not" that is no
            // stop word) is denied ("the drug creates resistance" against "the drug has not created resistance, but
            // it has made …").
            guard let denied = words[(i + 1)..<but].first(where: { !StopWords.english.contains($0) }) else { return nil }
            return Self.verbLemmas(of: statement, lexicon: lexicon).isDisjoint(with: Self.verbLemmas(of: [denied], lexicon: lexicon)) ? nil : w
        }
        return nil
    }

    /// The base forms of the verbs among words that are no stop words.
    static func verbLemmas(of words: [String], lexicon: Lexicon) -> Set<String> {
        Set(words.filter { !StopWords.english.contains($0) }.flatMap { lexicon.lemmas(of: $0).filter { $0.pos == .verb }.map(\.lemma) })
    }
}
