/// Whether a statement states as done or so what the sentence only recommends, holds possible or plans
/// ("admitted" where it says "should admit", "closed" where it says "proposed to close" or "will close"), or the reverse ("should raise" where it says "raised"). A verb is
/// under a modal when a modal stands before it with only adverbs, "not", "be" or "have" between ("should still
/// try", "will have been given"), or when it says by what means ("could do his part by admitting"); a statement's verb after "to" ("wants every school to adopt") or "can" states
/// nothing as done either.
enum Modality {
    /// Modals that recommend, require, predict or hold possible: none of them states a thing as done.
    static let modals: Set<String> = ["should", "must", "ought", "could", "would", "may", "might", "will", "shall",
                                      "shouldn't", "mustn't", "couldn't", "wouldn't", "won't", "mightn't"]
    /// Modals that recommend, require or hold possible. A prediction ("will mean little") is left out on the
    /// sentence's side: a statement in the present ("means little") says it in other words as often as not.
    static let unrealized: Set<String> = ["should", "must", "ought", "could", "may", "might", "shouldn't", "mustn't",
                                          "couldn't", "mightn't"]
    /// Modals that recommend, require or predict: a statement with one of them says that something is not (yet) so.
    static let strong: Set<String> = ["should", "must", "ought", "will", "shall", "shouldn't", "mustn't", "won't"]
    /// What else keeps a verb from being stated as done: ability, an infinitive, a condition.
    static let unasserted: Set<String> = ["can", "cannot", "can't", "if", "whether", "unless"]
    /// What may stand between a modal and its verb besides adverbs.
    static let auxiliaries: Set<String> = ["not", "be", "have", "been", "to", "n't"]

    /// Where in `words` a modal of `modals` stands and the verb it governs, past "not", "be", "have" and adverbs;
    /// the means of what it governs is under it too ("could do his part by admitting").
    static func governed(in words: [String], from modals: Set<String>, lexicon: Lexicon) -> [(modal: Int, verb: Int)] {
        let table = LexiconTable.shipped
        var out: [(Int, Int)] = []
        for (i, w) in words.enumerated() where modals.contains(w) {
            var j = i + 1
            while j < words.count, auxiliaries.contains(words[j]) || table.isOnlyAdverb(words[j]) || words[j] == "still" { j += 1 }
            guard j < words.count else { continue }
            out.append((i, j))
            if let by = words[(j + 1)...].prefix(5).firstIndex(of: "by"), by + 1 < words.count, words[by + 1].hasSuffix("ing") {
                out.append((i, by + 1))
            }
        }
        return out
    }

    /// A verb of the sentence under a modal that the statement states as done, as the two say it
    /// ("admitted", "should admit"); or, the reverse, a verb the statement puts under a strong modal that the
    /// sentence states ("should raise", "raised").
    static func mismatch(statement: [String], sentence: [String], lexicon: Lexicon) -> (statement: String, sentence: String)? {
        func verbLemmas(_ w: String) -> Set<String> {
            Set(lexicon.lemmas(of: w).filter { $0.pos == .verb }.map(\.lemma))
        }
        /// Where in `words` the same verb stands as a finite verb, stated: inflected ("admitted", "rose", "means";
        /// not "-ing", not a bare form that may be a noun or an infinitive), not after "to", and no modal or other
        /// marker in the four words before it.
        func stated(_ verb: String, in words: [String]) -> Int? {
            let lemmas = verbLemmas(verb)
            guard !lemmas.isEmpty else { return nil }
            for (k, w) in words.enumerated() where !StopWords.english.contains(w) && !w.hasSuffix("ing") {
                let forms = lexicon.lemmas(of: w)
                // A bare verb after "did" ("did not sail") is stated as done as "sailed" is.
                let afterDid = isAfterDid(k, in: words) && lemmas.contains(w)
                guard afterDid || forms.contains(where: { $0.pos == .verb && $0.lemma != w && lemmas.contains($0.lemma) }),
                      afterDid || !forms.contains(where: { $0.pos == .noun && $0.lemma != w }) else { continue }
                if afterDid { return k }
                let before = words[max(0, k - 4)..<k]
                if k > 0, words[k - 1] == "to" { continue }
                if !before.contains(where: { modals.contains($0) || unasserted.contains($0) }) { return k }
            }
            return nil
        }
        // A verb that another verb governs through "to" is planned, offered or hoped for, not done ("has proposed
        // to close"); "used to" is a habit, done.
        let planned = sentence.indices.dropFirst(2).filter { k in
            sentence[k - 1] == "to" && sentence[k - 2] != "used" && !StopWords.english.contains(sentence[k - 2])
                && !sentence[k].hasSuffix("ing") && !verbLemmas(sentence[k - 2]).isEmpty && !verbLemmas(sentence[k]).isEmpty
        }.map { (modal: $0 - 2, verb: $0) }
        // A verb both put under a modal ("should give") is not stated as done by another form of it in a clause of
        // its own ("readers who gave up on it should give her a chance").
        func underModal(_ words: [String]) -> Set<String> {
            Set(governed(in: words, from: modals, lexicon: lexicon).flatMap { verbLemmas(words[$0.verb]) })
        }
        let (statementModal, sentenceModal) = (underModal(statement), underModal(sentence))
        for (m, v) in governed(in: sentence, from: unrealized, lexicon: lexicon) + planned where !StopWords.english.contains(sentence[v]) {
            if !verbLemmas(sentence[v]).isDisjoint(with: statementModal) { continue }
            if let k = stated(sentence[v], in: statement) {
                return (statement[k], sentence[m...v].joined(separator: " "))
            }
        }
        // A prediction ("will close") against a statement that says it happened ("closed"; not "closes", which says
        // it in other words as often), unless the sentence also states the verb.
        for (m, v) in governed(in: sentence, from: predictions, lexicon: lexicon) where !StopWords.english.contains(sentence[v]) {
            if let k = stated(sentence[v], in: statement), isPast(statement[k]), stated(statement[k], in: sentence) == nil {
                return (statement[k], sentence[m...v].joined(separator: " "))
            }
        }
        for (m, v) in governed(in: statement, from: strong, lexicon: lexicon) where !StopWords.english.contains(statement[v]) {
            if !verbLemmas(statement[v]).isDisjoint(with: sentenceModal) { continue }
            if let k = stated(statement[v], in: sentence) {
                return (statement[m...v].joined(separator: " "), sentence[k])
            }
        }
        return nil
    }

    /// Whether the word at `k` follows "did" or "didn't", with at most "not" and an adverb between ("did not sail").
    static func isAfterDid(_ k: Int, in words: [String]) -> Bool {
        var j = k - 1
        while j >= 0, words[j] == "not" || words[j] == "never" || LexiconTable.shipped.isOnlyAdverb(words[j]), j >= k - 2 { j -= 1 }
        return j >= 0 && ["did", "didn't"].contains(words[j])
    }

    /// Modals that predict. ("Would" is left out: it tells a habit in the past as often: "every summer they would sail".)
    static let predictions: Set<String> = ["will", "shall", "won't"]

    /// Whether an inflected verb form is past: not its base form and not the present's "-s" ("closed", "rose").
    static func isPast(_ w: String) -> Bool { !w.hasSuffix("s") || w.hasSuffix("ss") }

    /// Words after which a statement states its verbs as done ("has already voted", "already funds", "has made").
    static let done: Set<String> = ["already", "has", "have", "had"]

    /// A verb the statement states as done by "already" or a perfect ("has voted", "already funds", "has already
    /// made every school adopt") that the sentence puts under any modal, a prediction included ("will vote",
    /// "should fund"), as the two say it: what is done is not what will or should be. "Already" and a present
    /// perfect also stand against a sentence that puts another verb under a modal and has no form of the statement's verb.
    static func doneAgainstModal(statement: [String], sentence: [String], lexicon: Lexicon) -> (statement: String, sentence: String)? {
        // "Already" states the whole clause after it as done; a perfect its participle.
        let start: Int, said: ArraySlice<String>
        if let a = statement.firstIndex(of: "already") {
            (start, said) = (a, statement[(a + 1)...])
        } else if let p = statement.firstIndex(where: done.contains) {
            (start, said) = (p, statement[(p + 1)...].prefix(2))
        } else {
            return nil
        }
        func verbLemmas(_ w: String) -> Set<String> {
            StopWords.english.contains(w) ? [] : Set(lexicon.lemmas(of: w).filter { $0.pos == .verb }.map(\.lemma))
        }
        let governedVerbs = governed(in: sentence, from: modals, lexicon: lexicon)
        for (m, v) in governedVerbs {
            let lemmas = verbLemmas(sentence[v])
            if let w = said.first(where: { !verbLemmas($0).isDisjoint(with: lemmas) }) {
                let k = said.firstIndex(of: w) ?? start
                return ((statement[start..<k] + [w]).joined(separator: " "), sentence[m...v].joined(separator: " "))
            }
        }
        // "Already" or a present perfect against a sentence that only looks ahead: the sentence puts a verb under a
        // modal ("will decide whether", "will vote on a plan"), says nothing "already" and has no form of the verb the
        // statement states as done ("has already agreed to open", "has confirmed").
        // ("Would have gone" after a modal is no present perfect.)
        let perfect = ["has", "have"].contains(statement[start]) && !statement[max(0, start - 2)..<start].contains(where: modals.contains)
        // A perfect stands only against a prediction ("will be carried out"): "would", "could" tell what a fact means as often.
        let looking = perfect && statement[start] != "already" ? governedVerbs.filter { predictions.contains(sentence[$0.modal]) } : governedVerbs
        if statement[start] == "already" || perfect, !sentence.contains("already"), let (m, v) = looking.first,
           let w = said.first(where: { w in lexicon.lemmas(of: w).contains { $0.pos == .verb && $0.lemma != w } && !verbLemmas(w).isEmpty }),
           !sentence.contains(where: { !verbLemmas($0).isDisjoint(with: verbLemmas(w)) }) {
            return (statement[start] + " " + w, sentence[m...v].joined(separator: " "))
        }
        return nil
    }
}
