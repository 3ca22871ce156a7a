/// A statement that denies a verb the sentence states without denying it, the sentence's own denial standing in
/// another clause: "the council did not vote to move the market" where it says "most residents do not want the market
/// moved, although the council voted to move it". The converse of `DeniedVerb`.
enum UndeniedVerb {
    /// How many words before a verb a denial of it may stand ("did not vote", "has never been").
    static let reach = 3

    /// The statement's denial of a verb ("not", "never", "n't") that the sentence states, inflected, with no denial
    /// in the words before it, and nowhere denies.
    static func stated(statement: [String], sentence: [String], lexicon: Lexicon) -> String? {
        guard lexicon.isAvailable else { return nil }
        func denies(_ w: String) -> Bool { EvidenceIndex.denials.contains(w) || w.hasSuffix("n't") }
        for (i, d) in statement.enumerated() where ["not", "never"].contains(d) || d.hasSuffix("n't") {
            var j = i + 1
            while j < statement.count, DeniedVerb.between.contains(statement[j]) { j += 1 }
            guard j < statement.count else { continue }
            let lemmas = PlanAsDone.verbLemmas(statement[j], lexicon: lexicon)
            guard !lemmas.isEmpty else { continue }
            var undenied = false, denied = false
            for (k, w) in sentence.enumerated() where !PlanAsDone.verbLemmas(w, lexicon: lexicon).isDisjoint(with: lemmas) {
                if sentence[max(0, k - reach)..<k].contains(where: denies) {
                    denied = true
                } else if PlanAsDone.isStated(k, in: sentence, lexicon: lexicon) {
                    undenied = true
                }
            }
            if undenied, !denied { return d }
        }
        return nil
    }
}
