/// A time the statement gives to another event than the sentence does: "the school opened in 2019" where it says "the
/// school was planned in 2019 and opened in 2021". The sentence gives the statement's time, but the verb the statement
/// ties it to is followed in the sentence by another time and not by that one.
extension TimeReference {
    /// The statement's time and the one the sentence gives its verb instead, as written.
    static func moved(statement: [String], sentence: [String], lexicon: Lexicon) -> (statement: String, sentence: String)? {
        let said = references(in: statement, lexicon: lexicon), given = references(in: sentence, lexicon: lexicon)
        guard given.count >= 2 else { return nil }
        for t in said where t.isPoint && given.contains(where: t.agrees) {
            // The verb the statement ties the time to: the nearest stated verb before it, else after it.
            let verbs = statement.indices.filter { PlanAsDone.isStated($0, in: statement, lexicon: lexicon) }
            guard let v = verbs.last(where: { $0 < t.index }) ?? verbs.first(where: { $0 > t.index }) else { continue }
            let lemmas = PlanAsDone.verbLemmas(statement[v], lexicon: lexicon)
            for p in sentence.indices where !PlanAsDone.verbLemmas(sentence[p], lexicon: lexicon).isDisjoint(with: lemmas) {
                func verbBetween(_ a: Int, _ b: Int) -> Bool {
                    (a + 1..<max(a + 1, b)).contains { PlanAsDone.isStated($0, in: sentence, lexicon: lexicon) }
                }
                // The first time after the sentence's verb, before any other verb: the time it gives that verb; unless
                // the statement's time stands before the verb, with no verb before it or between ("in 2019 the school
                // opened", not "was planned in 2019 and opened").
                guard let next = given.first(where: { $0.index > p }), next.index - p <= 6, !verbBetween(p, next.index),
                      !given.contains(where: { $0.index < p && $0.agrees(with: t) && !verbBetween($0.index, p) && !verbBetween(max(-1, $0.index - 7), $0.index) })
                else { continue }
                if !next.agrees(with: t), !said.contains(where: next.agrees) { return (t.text, next.text) }
            }
        }
        return nil
    }
}
