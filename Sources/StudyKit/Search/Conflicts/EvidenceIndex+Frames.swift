/// The checks of `StatementCheck` that read the statement and the sentence as clauses (`ClauseFrames`). Each reads
/// the two texts once and compares every verb of the statement with the sentence's: linear in the sentence's words
/// per verb of the statement.
extension EvidenceIndex {
    /// Lower-case words written with a capital inside a sentence of the passage around `s`.
    func capitalizedWords(around s: Int) -> Set<String> {
        let p = model.sentences[s].paragraphIndex
        let range = model.paragraphs[p].sentences
        var out = Set<String>()
        for t in min(range.lowerBound, max(0, s - 1))..<max(range.upperBound, min(sentenceCount, s + 2)) {
            for k in model.sentences[t].tokens {
                let token = model.tokens[k]
                if token.flags.contains(.capitalized), !token.flags.contains(.sentenceInitial) { out.insert(model.word(of: token).lowercased()) }
            }
        }
        return out
    }

    /// The statement's named agent of a verb and the named agent the sentence gives every use of that verb (the same
    /// base form or a WordNet synonym), when the two share no name that ends a run of names ("Calder Homes" and
    /// "Calder" are one; "Professor Martin Crowe" and "Professor Anita Desai" two). Names are the words written with
    /// a capital inside a sentence of the passage, and the statement's and the sentence's own; "he" and "she" are who
    /// `personReferents` says, "it" and "they" the first agent the sentence before reads.
    func agentFrameReplaced(_ statement: String, against s: Int) -> (statement: String, sentence: String)? {
        let caps = capitalizedWords(around: s)
        var statementNames = names(in: statement).union(leadingName(in: statement))
        if let first = QueryParser.words(of: statement).first, statement.first?.isUppercase == true, caps.contains(first) { statementNames.insert(first) }
        statementNames = statementNames.filter { !StopWords.english.contains($0) }
        let st = ClauseFrames(statement, names: statementNames, lexicon: lexicon)
        let stemmer = PorterStemmer()
        let text = model.text(of: model.sentences[s])
        var sentenceNames = names(inSentence: s).union(caps.filter { !StopWords.english.contains($0) })
        if let first = QueryParser.words(of: text).first, !StopWords.english.contains(first), text.first?.isUppercase == true,
           caps.contains(first) || lexicon.lemmas(of: first).isEmpty { sentenceNames.insert(first) }
        let se = ClauseFrames(text, names: sentenceNames, lexicon: lexicon)
        let referents = personReferents(inSentence: s)
        let paragraph = model.paragraphs[model.sentences[s].paragraphIndex].sentences
        func resolve(_ j: Int, _ w: String) -> [String]? {
            if w == "he" || w == "she" {
                let place = se.words[..<j].filter { $0 != ClauseFrames.mark }.count
                return referents[place].map { Array($0.words) }
            }
            guard s > paragraph.lowerBound else { return nil }
            let prev = ClauseFrames(model.text(of: model.sentences[s - 1]), names: sentenceNames, lexicon: lexicon)
            for k in prev.verbs { if let a = prev.agent(of: k, resolve: { _, _ in nil }) { return a } }
            return nil
        }
        func lemmas(_ w: String) -> Set<String> { Set(lexicon.lemmas(of: w).filter { $0.pos == .verb }.map(\.lemma)) }
        func heads(_ agent: [String], _ isName: (String) -> Bool) -> Set<String> {
            Set(agent.indices.filter { i in isName(agent[i]) && (i + 1 == agent.count || !isName(agent[i + 1]) || agent[i].hasSuffix("'s")) }
                .map { stemmer.stem(WordSupport.withoutPossessive(agent[$0])) })
        }
        func stems(_ agent: [String]) -> Set<String> { Set(agent.map { stemmer.stem(WordSupport.withoutPossessive($0)) }) }
        for k in st.verbs {
            // The agent is the one named (its last word a name), and the sentence does not name it in another role.
            guard let a = st.agent(of: k, resolve: { _, _ in nil }), let last = a.last, st.isName(last),
                  se.words.allSatisfy({ stemmer.stem(WordSupport.withoutPossessive($0)) != stemmer.stem(WordSupport.withoutPossessive(last)) })
            else { continue }
            let verb = lemmas(st.words[k]), meaning = lexicon.meaning(of: st.words[k], opposites: false)
            let matches = se.verbs.filter { j in
                !lemmas(se.words[j]).isDisjoint(with: verb) || lexicon.meaning(of: se.words[j], opposites: false).isSynonym(of: meaning)
            }
            guard !matches.isEmpty else { continue }
            var given: [String]?
            for j in matches {
                guard let b = se.agent(of: j, resolve: resolve) else { given = nil; break }
                let named = b.filter { w in se.isName(w) || referents.values.contains { $0.words.contains(w) } }
                guard let end = b.last, named.contains(end), heads(a, st.isName).isDisjoint(with: stems(b)), heads(named, { _ in true }).isDisjoint(with: stems(a)) else { given = nil; break }
                given = b
            }
            if let b = given { return (a.joined(separator: " "), b.joined(separator: " ")) }
        }
        return nil
    }
}

extension EvidenceIndex {
    /// A verb the statement states that every use of it in the sentence (the same base form) holds only as an
    /// infinitive after another verb, under a condition or set aside (`ClauseFrames.hold(of:)`), or one the statement
    /// states or gives as an infinitive that the sentence only sets aside; a statement of what will be done accepts
    /// an infinitive ("will open" for "plans to open"). The two verbs as written, the sentence's with its hold.
    func heldFrameMismatch(_ statement: String, against s: Int) -> (statement: String, sentence: String)? {
        let st = ClauseFrames(statement, names: [], lexicon: lexicon)
        let se = ClauseFrames(model.text(of: model.sentences[s]), names: names(inSentence: s), lexicon: lexicon)
        func lemmas(_ w: String) -> Set<String> { Set(lexicon.lemmas(of: w).filter { $0.pos == .verb }.map(\.lemma)) }
        for k in st.verbs {
            var held = st.hold(of: k)
            if held == .stated, k > 0, st.words[k - 1] == "to" { held = .infinitive }
            guard held == .stated || held == .infinitive, !st.isUnderModal(k) else { continue }
            let verb = lemmas(st.words[k])
            let matches = se.verbs.filter { !lemmas(se.words[$0]).isDisjoint(with: verb) }
            guard !matches.isEmpty else { continue }
            let holds = matches.map(se.hold(of:))
            if held == .stated, !holds.contains(.stated), !(st.isFuture(k) && holds.allSatisfy { $0 == .infinitive }) { return (st.words[k], se.quoted(matches[0])) }
            if holds.allSatisfy({ $0 == .setAside }) { return (st.words[k], se.quoted(matches[0])) }
        }
        return nil
    }
}

extension EvidenceIndex {
    /// A place or body the statement names after a preposition that the sentence does not name, where the sentence
    /// names another after the same preposition.
    func placeFrameReplaced(_ statement: String, against s: Int) -> (statement: String, sentence: String)? {
        let caps = capitalizedWords(around: s).filter { !StopWords.english.contains($0) }
        let st = ClauseFrames(statement, names: names(in: statement).union(caps), lexicon: lexicon)
        let se = ClauseFrames(model.text(of: model.sentences[s]), names: names(inSentence: s).union(caps), lexicon: lexicon)
        let stemmer = PorterStemmer()
        func phrases(_ f: ClauseFrames) -> [(prep: String, names: [String])] {
            f.words.indices.compactMap { i in
                guard Substitution.prepositions.contains(f.words[i]), f.words[i] != "by" else { return nil }
                let after = f.words[(i + 1)...].prefix(5).prefix { $0 != ClauseFrames.mark && f.isNounPhraseWord($0) && !Substitution.prepositions.contains($0) }
                let named = after.filter { w in
                    f.isName(w) && ![Lexicon.NounClass.time].contains(lexicon.nounClasses(of: WordSupport.withoutPossessive(w)).first ?? .other)
                }
                return named.isEmpty ? nil : (f.words[i], named)
            }
        }
        let statementStems = Set(st.words.map { stemmer.stem(WordSupport.withoutPossessive($0)) })
        let sentenceStems = Set(se.words.map { stemmer.stem(WordSupport.withoutPossessive($0)) })
        let given = phrases(se), support = WordSupport(se.words.filter { $0 != ClauseFrames.mark }, lexicon: lexicon)
        for (p, said) in phrases(st) where said.allSatisfy({ !sentenceStems.contains(stemmer.stem(WordSupport.withoutPossessive($0))) && !support.supports($0) }) {
            if let other = given.first(where: { $0.prep == p && $0.names.allSatisfy { !statementStems.contains(stemmer.stem(WordSupport.withoutPossessive($0))) } }) {
                return (p + " " + said.joined(separator: " "), p + " " + other.names.joined(separator: " "))
            }
        }
        return nil
    }
}
