/// A sentence that denies the very verb a statement states, in whatever clause: "the council agreed to close the
/// path" against "The Trust asked the council to close the path, but the council has not agreed". The clauses the
/// statement's words fill most may be another ("asked … to close the path"); the verb itself is what it claims.
enum DeniedVerb {
    /// What may stand between a denial and its verb.
    static let between: Set<String> = ["be", "been", "have", "yet", "ever", "even", "really", "actually"]

    /// The sentence's denial of a verb the statement states (inflected, not after "to" or a modal), when the sentence
    /// does not also state that verb undenied; "not only" adds rather than denies.
    static func denied(statement: [String], sentence: [String], lexicon: Lexicon) -> String? {
        for (i, d) in sentence.enumerated() where ["not", "never", "n't"].contains(d) || d.hasSuffix("n't") {
            var j = i + 1
            while j < sentence.count, between.contains(sentence[j]) { j += 1 }
            guard j < sentence.count, sentence[j] != "only" else { continue }
            let lemmas = PlanAsDone.verbLemmas(sentence[j], lexicon: lexicon)
            guard !lemmas.isEmpty else { continue }
            let said = statement.indices.contains { k in
                PlanAsDone.isStated(k, in: statement, lexicon: lexicon)
                    && !PlanAsDone.verbLemmas(statement[k], lexicon: lexicon).isDisjoint(with: lemmas)
            }
            let statedToo = sentence.indices.contains { k in
                k != j && PlanAsDone.isStated(k, in: sentence, lexicon: lexicon) && !sentence[max(0, k - 3)..<k].contains(d)
                    && !PlanAsDone.verbLemmas(sentence[k], lexicon: lexicon).isDisjoint(with: lemmas)
            }
            if said, !statedToo { return d }
        }
        return nil
    }
}
