/// The place of another event: a statement that puts its verb's action at a named place ("the boat was found in a
/// quarry in the Mendip Hills") where the sentence gives the same verb but names that place in the clause of another
/// verb ("Inside the hull they found … pieces of a pot made by farmers on the Mendip Hills"). A word's clause is that
/// of the nearest inflected verb before it (`UnsupportedClaim.isInflectedVerb`); the place is a name after a
/// preposition of place in both (`Substitution.prepositions`, not "by", which names an actor; not "of" either: "those
/// of the European Union" is no place of an event).
enum EventPlace {
    /// How many words the statement's verb may stand before the place's preposition and still be its verb ("found in a
    /// quarry in the Mendip Hills"; not "said the cost of technology and regulation, up around 40% at Calder").
    static let reach = 5

    /// The statement's place phrase and the sentence's other verb with the place, as each writes them.
    static func moved(statement: [String], sentence: [String], names: Set<String>, lexicon: Lexicon) -> (statement: String, sentence: String)? {
        guard lexicon.isAvailable else { return nil }
        func lemmas(_ w: String) -> Set<String> { Set(lexicon.lemmas(of: w).filter { $0.pos == .verb }.map(\.lemma)) }
        /// The nearest inflected verb before `i`; not a plural noun that may be read as a verb ("coins"), nor a form
        /// in "-ing", often a noun ("farming").
        func verb(before i: Int, in words: [String]) -> Int? {
            (0..<i).last { k in
                UnsupportedClaim.isInflectedVerb(at: k, in: words, lexicon: lexicon) && !words[k].hasSuffix("ing")
                    && !lexicon.lemmas(of: words[k]).contains { $0.pos == .noun && $0.lemma != words[k] }
            }
        }
        /// Whether the word at `i` follows a preposition of place, past articles.
        func placed(_ i: Int, in words: [String]) -> Bool {
            var q = i - 1
            while q >= 0, SentenceScope.determiners.contains(words[q]) { q -= 1 }
            return q >= 0 && Substitution.prepositions.contains(words[q]) && words[q] != "by"
        }
        for (p, place) in statement.enumerated() where names.contains(place) && !(p > 0 && names.contains(statement[p - 1])) {
            guard placed(p, in: statement), let q = (0..<p).last(where: { Substitution.prepositions.contains(statement[$0]) }),
                  let v = verb(before: q, in: statement), q - v <= reach else { continue }
            let said = lemmas(statement[v]), meaning = lexicon.meaning(of: statement[v], opposites: false)
            // The sentence gives the statement's verb, and the place only in other verbs' clauses.
            guard sentence.indices.contains(where: { !lemmas(sentence[$0]).isDisjoint(with: said)
                && !($0 > 0 && SentenceScope.determiners.contains(sentence[$0 - 1])) }) else { continue }
            let places = sentence.indices.filter { sentence[$0] == place && placed($0, in: sentence) }
            let others = places.compactMap { at in verb(before: at, in: sentence).map { (verb: $0, place: at) } }
            // The place is another verb's when neither that verb nor any word up to the place (an infinitive: "agreed
            // to send … to a hospital in Harlford") is the statement's verb.
            guard let u = others.first?.verb, others.allSatisfy({ other in
                sentence[other.verb..<other.place].allSatisfy { lemmas($0).isDisjoint(with: said) }
                    && !lexicon.meaning(of: sentence[other.verb], opposites: false).isSynonym(of: meaning)
            }) else { continue }
            let end = sentence[u...].firstIndex(of: place) ?? u
            let name = statement[p...].prefix { names.contains($0) }.joined(separator: " ")
            return (statement[q] + " " + name, sentence[u...end].joined(separator: " "))
        }
        return nil
    }
}
