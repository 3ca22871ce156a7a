/// A named person the statement gives an action or a view to, where the sentence gives it to someone else without
/// naming them there: through "he" or "she" ("Tom chaired the panel" where it says "after retiring she taught and
/// chaired the panel", "she" being Ruth; `EvidenceIndex.personReferents(inSentence:)`), or a view ("Ruth accepted
/// that …") in a sentence that names neither her nor a pronoun for her but another person or body who holds it
/// ("a residents' group blamed …"), or an action by someone the passage never names, where the sentence names
/// another person or body. A sentence that names the actor itself is left to `Actor`. A person is named by all the
/// words the statement gives them: "William Dodd" is not the "Tom Dodd" a pronoun stands for, nor "Ishbel MacLeod"
/// the "Rory MacLeod" who says it ("told" for "said": a verb WordNet gives the same sense).
enum NamedActor {
    /// Subject pronouns: the ones that do what the verb after them says.
    static let subjects: Set<String> = ["he", "she"]
    /// Words that join two verbs or clauses: what stands before one does not act in the next through them alone.
    static let coordinators: Set<String> = ["and", "but", "or"]

    /// The statement's named actor and who the sentence gives the action or view to, as each is written.
    /// `referents` are the people the sentence's pronouns refer to, by their place among `sentence`; `people`
    /// are the lower-case words of the essay's names of people; `holders` the people and bodies the sentence names
    /// (as written, with the lower-case words of each); `passage` the words of the sentence's paragraph and the
    /// sentences either side.
    static func replaced(statement: [String], sentence: [String], passage: [String], referents: [Int: EvidenceIndex.PersonReferent],
                         people: Set<String>, holders: [(name: String, words: Set<String>)],
                         lexicon: Lexicon) -> (statement: String, sentence: String)? {
        func verbs(_ w: String) -> Set<String> {
            StopWords.english.contains(w) ? [] : Set(lexicon.lemmas(of: w).filter { $0.pos == .verb }.map(\.lemma))
        }
        /// Where the named person just before the verb at `k` stands, past auxiliaries and adverbs (none for a passive, an
        /// infinitive or a noun after an article or a possessive: in "Dodd's crews" the word after the name is a
        /// noun, and the name is no actor).
        func namedActor(of k: Int) -> Int? {
            var j = k - 1
            while j >= 0, StopWords.english.contains(statement[j]) || lexicon.isOnlyAdverb(statement[j]) {
                // After "her" or "the" the word is a noun ("her work"), not a verb.
                if Actor.be.contains(statement[j]) || statement[j] == "to" || SentenceScope.determiners.contains(statement[j]) { return nil }
                j -= 1
            }
            guard j >= 0, people.contains(statement[j]) else { return nil }
            if Substitution.nameFollowsPreposition(endingAt: j, in: statement, isName: people.contains) { return nil }
            return statement[j].hasSuffix("'s") || statement[j].hasSuffix("’s") ? nil : j
        }
        /// The words of the names that end at `i` in `words`, back through "and" between names ("Ishbel and Rory
        /// MacLeod"): the people who stand there.
        func nameWords(endingAt i: Int, in words: [String]) -> Set<String> {
            var found = Set<String>(), j = i
            while j >= 0, people.contains(words[j]) || (words[j] == "and" && j > 0 && people.contains(words[j - 1]) && !found.isEmpty) {
                found.insert(words[j])
                j -= 1
            }
            return found.subtracting(["and"])
        }
        /// Whether the words between `i` and `j` are auxiliaries and adverbs only: what stands at `i` acts in `j`.
        func adjoins(_ i: Int, _ j: Int) -> Bool {
            sentence[(i + 1)..<j].allSatisfy { (StopWords.english.contains($0) || lexicon.isOnlyAdverb($0)) && !Actor.be.contains($0)
                && $0 != "to" && !coordinators.contains($0) }
        }
        for (k, w) in statement.enumerated() {
            // A word of a name is no verb ("Owen Price kicked": "price" is not the claim).
            let lemmas = people.contains(w) ? [] : verbs(w)
            guard !lemmas.isEmpty, let at = namedActor(of: k) else { continue }
            // All the words the statement names the person by ("ishbel macleod").
            let said = statement[at], person = nameWords(endingAt: at, in: statement)
            /// Whether a person or body named by `words` may be the statement's.
            func isSaid(_ words: Set<String>) -> Bool { person.isSubset(of: words) }
            // The sentence names the person, maybe as an owner ("Calder's chief executive").
            guard !isSaid(Set(sentence.map(WordSupport.withoutPossessive))) else { continue }
            // The same verb, or one WordNet gives the same sense, whose actor in the sentence is "he" or "she" for
            // another person, or another person of the same name ("Rory MacLeod" for "Ishbel MacLeod").
            let meaning = lexicon.meaning(of: w, opposites: false)
            for (j, v) in sentence.enumerated() where !verbs(v).isEmpty {
                let same = !verbs(v).isDisjoint(with: lemmas)
                guard same || lexicon.meaning(of: v, opposites: false).isSynonym(of: meaning) else { continue }
                var i = j - 1
                while i >= 0, !people.contains(sentence[i]), !(subjects.contains(sentence[i]) && referents[i] != nil) { i -= 1 }
                guard i >= 0 else { continue }
                if let given = referents[i] {
                    if same, !isSaid(given.words) { return (said, "\(sentence[i]) (\(given.name))") }
                } else if adjoins(i, j) {
                    let given = nameWords(endingAt: i, in: sentence)
                    if !given.isSubset(of: person), !isSaid(given) {
                        let start = sentence[...i].lastIndex { !people.contains($0) }.map { $0 + 1 } ?? 0
                        return (said, sentence[start...i].joined(separator: " "))
                    }
                }
            }
            if sentence.contains(said) { continue }
            guard !referents.values.contains(where: { isSaid($0.words) }) else { return nil }
            // Another person or body the sentence names, or one a pronoun of it refers to.
            let named = holders.first(where: { !isSaid($0.words) })?.name
                ?? referents.sorted(by: { $0.key < $1.key }).first(where: { !isSaid($0.value.words) })?.value.name
            // A view ("accepted that …") the sentence gives to another holder, not mentioning this one: a person or
            // body, or a noun WordNet files first as a person or a group.
            if k + 1 < statement.count, statement[k + 1] == "that", let other = named
                ?? sentence.first(where: { !StopWords.english.contains($0) && lexicon.nounClasses(of: $0).first.map { [.person, .group].contains($0) } ?? false }) {
                return (said, other)
            }
            // Someone the passage never names, by a name WordNet does not know (not a people or a body it may name
            // in other words: "the Kurds", "Kurdish"), where the sentence names another ("Quinn wrote the report"
            // where it says "Maria Lind, the head of the service, showed …").
            if !passage.contains(said), lexicon.lemmas(of: said).isEmpty, let other = named { return (said, other) }
            // Only the statement's first verb with a named actor is its claim.
            return nil
        }
        return nil
    }
}

extension EvidenceIndex {
    /// `NamedActor.replaced` for sentence `s`, with the essay's people and the people and bodies `s` names. A name of
    /// the statement's (`statementNames`) the essay does not give to a place, body or thing counts as a person's.
    func namedActorReplaced(statement: [String], statementNames: Set<String>, sentence s: Int, sentenceWords: [String],
                            passage: [String]) -> (statement: String, sentence: String)? {
        let names = essayNames
        var people = names.personWords, holders: [(name: String, words: Set<String>)] = []

        for e in names.entities(inSentence: s).map(Int.init)
        where [Entity.Kind.person, .organization, .group].contains(model.entities[e].kind) {
            holders.append((model.entities[e].name, nameWords(of: e)))
        }
        people.formUnion(statementNames.subtracting(names.otherWords).filter { w in
            ![Lexicon.NounClass.time, .location].contains(lexicon.nounClasses(of: w).first ?? .other)
        })
        return NamedActor.replaced(statement: statement, sentence: sentenceWords, passage: passage, referents: personReferents(inSentence: s),
                                   people: people, holders: holders, lexicon: lexicon)
    }

    /// The statement's first word, lower-case, when it is written with a capital, WordNet does not know it and the
    /// word after it is no name: a surname ("Wolski said …"; `names(in:)` leaves the first word out, as any sentence
    /// starts with a capital). Either the essay never uses it, or it writes it with a capital wherever it does and
    /// files it under no place, body or thing (a name it gives no kind: "Wolski writes a new menu").
    func leadingName(in statement: String) -> Set<String> {
        let written = statement.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        guard let first = written.first, first.first?.isUppercase == true, written.dropFirst().first?.first?.isUppercase != true
        else { return [] }
        let word = first.lowercased()
        guard !StopWords.english.contains(word), lexicon.lemmas(of: word).isEmpty, !essayNames.otherWords.contains(word) else { return [] }
        guard let number = model.vocabulary.number(ofWord: word) else { return [word] }
        let uses = model.tokens.filter { $0.word == number }
        return uses.allSatisfy { $0.flags.contains(.capitalized) } ? [word] : []
    }
}
