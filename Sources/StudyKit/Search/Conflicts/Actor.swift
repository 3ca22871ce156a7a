/// Who does what: a statement that gives the same action to another actor than the sentence ("the university
/// commissioned the report" where it says "a report commissioned by the council", "governments have left the field"
/// where it says "companies have left the field"). An actor is a noun WordNet files first as a person or a group:
/// the one after "by" just after the verb, else the word before the verb past auxiliaries and adverbs (not when a
/// form of "be" makes the verb passive, then the word before names what is done to, nor for an infinitive: "help
/// Arab governments to help").
enum Actor {
    /// Forms of "be" that make a participle after them passive.
    static let be: Set<String> = ["be", "is", "are", "was", "were", "been", "being"]

    /// A verb the statement and the sentence share (by WordNet's base form) whose actor in each is another, with
    /// the two actors: neither is named anywhere in the other text, by its stem, a word WordNet gives the same sense,
    /// a noun that meets it under a common, still specific one ("pupils", "children"; `Lexicon.nounsMeet`), or a
    /// group it is a member of or the reverse ("adults", "people"; `Lexicon.isMember`); or a word of the same
    /// derivation names what it is about ("savers" where the sentence says "savings").
    /// Two actors that trade places count too ("the club lent the council" where it says "the council lent the club").
    /// Two people named (`names`, lower-case) swapped count too: a name for the actor where the sentence gives the
    /// action to another name, even when each is named in the other text ("Mary found the skull and Joseph dug"
    /// where it says "Joseph found the skull and Mary uncovered"), unless the two stand together as one name in
    /// `passage` ("Mary Anning", "Councillor Jane Okafor") or act together ("Mary and Joseph found").
    static func replaced(statement: [String], sentence: [String], lexicon: Lexicon, names: Set<String> = [],
                         passage: [String] = []) -> (statement: String, sentence: String)? {
        let stemmer = PorterStemmer()
        func verbs(_ w: String) -> Set<String> {
            StopWords.english.contains(w) ? [] : Set(lexicon.lemmas(of: w).filter { $0.pos == .verb }.map(\.lemma))
        }
        /// A noun of a person or group that is not rather a verb ("begin", a name in WordNet, is a verb first).
        func isActor(_ w: String) -> Bool { names.contains(w) || isKnownActor(w) }
        func isKnownActor(_ w: String) -> Bool {
            guard !StopWords.english.contains(w), [.person, .group].contains(lexicon.nounClasses(of: w).first ?? .other) else { return false }
            let forms = lexicon.lemmas(of: w)
            let nounSenses = forms.filter { $0.pos == .noun }.map { lexicon.senseCount(of: $0.lemma, .noun) }.max() ?? 0
            return !forms.contains { $0.pos == .verb && lexicon.senseCount(of: $0.lemma, .verb) > nounSenses }
        }
        func actor(of k: Int, in words: [String]) -> String? {
            if let by = words[(k + 1)...].prefix(2).firstIndex(of: "by") {
                // The noun phrase after "by" ends at a word that is no article and a stop word or a verb's form.
                let phrase = words[(by + 1)...].prefix { w in
                    ["the", "a", "an"].contains(w) || (!StopWords.english.contains(w)
                        && !lexicon.lemmas(of: w).contains { $0.pos == .verb && $0.lemma != w })
                }
                return phrase.last(where: isActor)
            }
            var j = k - 1
            while j >= 0, StopWords.english.contains(words[j]) || lexicon.isOnlyAdverb(words[j]) {
                // A passive verb's subject is what is done to; an infinitive's actor is often not the word before.
                if be.contains(words[j]) || words[j] == "to" { return nil }
                // Past "and" or "but" the word before is another verb's ("thanked Jane but blamed").
                if NamedActor.coordinators.contains(words[j]) { return nil }
                j -= 1
            }
            guard j >= 0, isActor(words[j]) else { return nil }
            return Substitution.nameFollowsPreposition(endingAt: j, in: words, isName: names.contains) ? nil : words[j]
        }
        /// A capitalised word that WordNet knows first as a time or a place ("January", "Monday", "Paris", also in
        /// the possessive: "Portugal's"): no one who acts.
        func isTimeOrPlace(_ w: String) -> Bool {
            let w = WordSupport.withoutPossessive(w)
            return [.time, .location].contains(lexicon.nounClasses(of: w).first ?? .other)
        }
        /// Two names that are not one ("Mary", "Anning" in "Mary Anning").
        func swapped(_ a: String, _ b: String) -> Bool {
            guard names.contains(a), names.contains(b), stemmer.stem(a) != stemmer.stem(b),
                  !isTimeOrPlace(a), !isTimeOrPlace(b) else { return false }
            // One run of names ("Councillor Jane Okafor") is one name, and two joined by "and" act together.
            for text in [statement, sentence, passage] {
                var run = Set<String>()
                for w in text + [""] {
                    if names.contains(w) { run.insert(w); continue }
                    if w == "and", !run.isEmpty { continue }
                    if run.contains(a) && run.contains(b) { return false }
                    run.removeAll()
                }
            }
            return true
        }
        /// Whether `who` stands in a clause of the sentence after the verb at `j` that leaves the verb out and so
        /// shares it ("the Calder used 1.6 kWh and the Norvik 2.1 kWh"): after "and", "while", "but" or "whereas"
        /// (and an article), followed by a number or an article and no verb written inflected.
        func sharesVerbByGap(_ who: String, after j: Int) -> Bool {
            sentence.indices.contains { i in
                guard i > j + 1, sentence[i] == who, i + 1 < sentence.count else { return false }
                let before = ["the", "a", "an"].contains(sentence[i - 1]) ? i - 2 : i - 1
                guard before > j, ["and", "while", "but", "whereas"].contains(sentence[before]) else { return false }
                let next = sentence[i + 1]
                guard ["the", "a", "an"].contains(next) || lexicon.numberValue(of: next) != nil || Lexicon.digitValue(next) != nil
                else { return false }
                return !sentence[(i + 1)...].prefix(3).contains { w in
                    Actor.be.contains(w) || lexicon.lemmas(of: w).contains { $0.pos == .verb && $0.lemma != w }
                }
            }
        }
        func mentions(_ who: String, in words: [String]) -> Bool {
            let stem = stemmer.stem(who), meaning = lexicon.meaning(of: who, opposites: false)
            return words.contains { w in
                stemmer.stem(w) == stem || (!StopWords.english.contains(w) && lexicon.sharesDerivedWord(who, w))
                    || (isActor(w) && (lexicon.meaning(of: w, opposites: false).isSynonym(of: meaning) || lexicon.nounsMeet(who, w)
                        || lexicon.isMember(who, of: w) || lexicon.isMember(w, of: who)))
            }
        }
        /// Whether two actors trade places: each text gives the verb to one and names the other only after it ("the
        /// council lent the club money" where it says "the club lent the council money"), by the same stem.
        func turned(_ said: String, _ given: String, statementVerb k: Int, sentenceVerb j: Int) -> Bool {
            let a = stemmer.stem(said), b = stemmer.stem(given)
            func only(_ x: String, after i: Int, in words: [String]) -> Bool {
                let at = words.indices.filter { stemmer.stem(words[$0]) == x }
                return !at.isEmpty && at.allSatisfy { $0 > i }
            }
            return a != b && only(a, after: j, in: sentence) && only(b, after: k, in: statement)
        }
        for (k, w) in statement.enumerated() {
            let lemmas = verbs(w)
            guard !lemmas.isEmpty, let said = actor(of: k, in: statement) else { continue }
            for (j, v) in sentence.enumerated() where !verbs(v).isDisjoint(with: lemmas) {
                guard let given = actor(of: j, in: sentence) else { continue }
                if isKnownActor(said), isKnownActor(given), !mentions(said, in: sentence), !mentions(given, in: statement) {
                    return (said, given)
                }
                if isKnownActor(said), isKnownActor(given), turned(said, given, statementVerb: k, sentenceVerb: j) { return (said, given) }
                if swapped(said, given), !sharesVerbByGap(said, after: j) { return (said, given) }
            }
        }
        return nil
    }
}
