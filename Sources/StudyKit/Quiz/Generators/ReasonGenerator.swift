/// Why does the author hold a claim. Rule: the claim opens its paragraph and the key is a later sentence of that
/// paragraph the text itself marks as a reason or evidence for it (a strong link whose sentence carries a reason,
/// example or source cue: "because", "for example", "according to", a figure stated as a fact), neither of them
/// quoted; the distractors are whole sentences of the essay that argue nothing for that claim (background,
/// objections, predictions), are not in its paragraph and share no word with the claim beyond what the whole essay
/// is about, never another reason for it.
struct ReasonGenerator: QuestionGenerator {
    let kind = QuestionKind.reason

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        let claims = c.argument.thesis + c.argument.assignments.filter { $0.role == .claim && $0.confidence >= 0.5 }.map(\.sentence)
        // Distractors come from sentences that argue nothing for a claim: background, objections, predictions,
        // recommendations, questions.
        let neutral = c.model.sentences.indices.filter { i in
            guard let (role, _) = c.role(i) else { return false }
            // A sentence that numbers itself ("Secondly, …", "The third reason …") is one of the essay's points; one
            // that draws a conclusion ("Thus …") or gives a reason or evidence argues for something.
            let w = c.words(i)
            return [.background, .objection, .prediction, .concession, .recommendation, .question].contains(role) && !c.isQuoted(i)
                && !w.prefix(3).contains(where: OrderGenerator.ordinals.contains) && !Self.conclusions.contains(w.first ?? "")
                && c.roleCue(i, .reason) == nil && c.roleCue(i, .evidence) == nil
        }
        // What the whole essay is about (its ten commonest content stems) is shared by any two sentences of it.
        var stemCounts = [Int32: Int]()
        for t in c.model.tokens where !t.flags.contains(.stopWord) && !t.flags.contains(.numeric) { stemCounts[t.stem, default: 0] += 1 }
        let topic = Set(stemCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(10).map(\.key))
        for claim in claims where out.count < c.limit {
            guard !c.isQuoted(claim), !c.statesOpposingView(claim) else { continue }
            let reasons = c.paragraphSupports(of: claim).filter { c.inScope($0) && [.reason, .evidence].contains(c.role($0)?.0) }
            let marked = reasons.compactMap { r in (c.roleCue(r, .reason) ?? c.roleCue(r, .evidence)).map { (r, $0) } }
                .filter { !c.isQuoted($0.0) }
            guard let (reason, cue) = marked.first else { continue }
            let linked = Set(c.strongSupports(of: claim) + c.relations(from: claim).map(\.to) + [claim])
            // Nothing from the claim's own paragraph: what follows a claim there argues for it, linked or not.
            let paragraph = c.model.paragraphs[c.model.sentences[claim].paragraphIndex].sentences
            // A sentence that shares a word with the claim beyond the essay's topic may speak for it ("another great
            // advantage" for "many other advantages"): no distractor.
            let claimStems = c.contentStems(claim).subtracting(topic)
            let pool = neutral.filter { c.contentStems($0).isDisjoint(with: claimStems) }
            let others = c.distractors(from: pool, avoiding: linked.union(reasons).union(paragraph), count: 3, words: 20,
                                       random: &random)
            guard others.count >= 2 else { continue }
            let answer = c.shortened(reason, words: 20)
            out.append(Question(
                kind: kind, prompt: "Why does the author hold that “\(c.shortened(claim, words: 24))”?",
                options: ([answer] + others.map { c.shortened($0, words: 20) }).shuffled(using: &random), answer: answer,
                evidence: [c.id(reason), c.id(claim)], section: c.sectionID(reason),
                hints: ["The reason is near the claim (\(c.id(claim))).", "Look at \(c.id(reason))."],
                explanation: "\(c.id(reason)) supports \(c.id(claim)) (\(c.relations(to: claim).first { $0.from == reason }?.basis ?? "linked")); the other options do not argue for it.",
                basis: "\(c.id(reason)) is linked to \(c.id(claim)) and marked by \(cue)"))
        }
        return out
    }

    /// Words that open a conclusion drawn from what came before.
    static let conclusions: Set<String> = ["thus", "therefore", "hence", "so", "consequently", "accordingly"]
}
