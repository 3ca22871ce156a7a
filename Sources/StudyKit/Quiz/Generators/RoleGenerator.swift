/// What a sentence does in the argument. Rule: only evidence, a concession, an objection or a rebuttal, for
/// sentences whose role the analysis is sure of (confidence ≥ 0.6) and that carry the role's explicit cue
/// (`roleCue`: "according to", "for example" or a figure stated as a fact for evidence, "admittedly" for a
/// concession, a reporting verb giving the view to someone else, a contrast opening a rebuttal), never quoted, and
/// that read alone (shown without its neighbours, "This, according to Paley, …" says nothing). A rebuttal is asked
/// only when the text marks what it answers: an objection or concession with its own cue before it, in its
/// paragraph or the one before. The options never include the role that came second for that sentence, a role
/// whose cue the sentence also carries, nor a role that overlaps the key (`overlapping`), so no other option is
/// defensible; an example is shown without its "for example", which the key's "an example" would repeat.
struct RoleGenerator: QuestionGenerator {
    let kind = QuestionKind.role

    static let descriptions: [ArgumentRole: String] = [
        .thesis: "It states the author's main position.",
        .claim: "It makes a claim that supports the main position.",
        .reason: "It gives a reason for a claim.",
        .evidence: "It gives evidence: a source, an example or a fact.",
        .concession: "It grants a point to the other side.",
        // Not "a view the author then answers": an essay that weighs two sides may share the view it reports.
        .objection: "It reports a view that others hold.",
        .rebuttal: "It answers an objection.",
        .recommendation: "It recommends what someone should do.",
        .prediction: "It predicts what will happen.",
        .background: "It gives background without arguing.",
    ]

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        // Only roles whose cue marks the sentence itself: a source, example or figure; a concession; a view given
        // to someone else; an answer opening with a contrast. A "because" or a "should" inside a sentence says
        // nothing of what the sentence does for another (read by hand: 4 of 9 such keys were wrong).
        let asked: Set<ArgumentRole> = [.evidence, .concession, .objection, .rebuttal]
        for a in c.argument.assignments where out.count < c.limit && c.inScope(a.sentence) && asked.contains(a.role) && a.confidence >= 0.6 {
            guard let answer = Self.descriptions[a.role], c.wordCount(a.sentence) >= 6, !c.isQuoted(a.sentence),
                  c.readsAlone(a.sentence), var signal = c.roleCue(a.sentence, a.role) else { continue }
            if a.role == .rebuttal {
                guard let answered = Self.answeredView(a.sentence, c) else { continue }
                signal += ", answering \(c.id(answered))"
            }
            var excluded: Set<ArgumentRole> = [a.role, a.alternative ?? a.role, .claim, .prediction]
            excluded.formUnion(Self.overlapping[a.role] ?? [])
            excluded.formUnion(Self.descriptions.keys.filter { c.roleCue(a.sentence, $0) != nil })
            let pool = Self.descriptions.filter { !excluded.contains($0.key) }.map(\.value).sorted()
            let options = ([answer] + pool.shuffled(using: &random).prefix(3)).shuffled(using: &random)
            out.append(Question(
                kind: kind, prompt: "What does this sentence do in the argument? “\(c.shownWithoutExampleMarker(a.sentence))”", options: options,
                answer: answer, evidence: [c.id(a.sentence)], section: c.sectionID(a.sentence),
                hints: ["Look at how it opens and at its verbs (should, because, according to …).",
                        "Its role: \(a.role.rawValue.prefix(2))…"],
                explanation: "\(c.id(a.sentence)) is a \(a.role.rawValue): " + a.features.sorted { $0.weight > $1.weight }.prefix(3).map(\.name).joined(separator: ", ") + ".",
                basis: "a \(a.role.rawValue) with confidence \(Int((a.confidence * 100).rounded())) %, marked by \(signal)"))
        }
        return out
    }

    /// Roles a reader may fairly give a sentence of the key's role: an answer to an objection gives reasons and
    /// facts against it; evidence is a reason for its claim; a conceded point is a view the author then answers.
    static let overlapping: [ArgumentRole: Set<ArgumentRole>] = [
        .rebuttal: [.reason, .evidence, .recommendation],
        .evidence: [.reason, .background],
        .concession: [.objection, .rebuttal],
        .objection: [.concession],
    ]

    /// The objection or concession that rebuttal `i` answers, when the text marks both: a sentence with its own
    /// objection or concession cue that `i` attacks, before it in its paragraph or the one before.
    static func answeredView(_ i: Int, _ c: QuizContext) -> Int? {
        let paragraph = c.model.sentences[i].paragraphIndex
        return c.relations(from: i).first { r in
            r.kind == .attacks && r.to < i && c.model.sentences[r.to].paragraphIndex >= paragraph - 1
                && (c.roleCue(r.to, .objection) != nil || c.roleCue(r.to, .concession) != nil)
        }?.to
    }
}
