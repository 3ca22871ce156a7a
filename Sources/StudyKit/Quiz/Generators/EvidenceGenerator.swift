/// What kind of support the author gives for a claim: an authority or source, a precedent or example, or a
/// statistic or fact — from evidence sentences the analysis links to a claim.
struct EvidenceGenerator: QuestionGenerator {
    let kind = QuestionKind.evidence

    static let names: [EvidenceKind: String] = [
        .authority: "an authority or source",
        .example: "a precedent or example",
        .statistic: "a statistic or fact",
    ]

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        for a in c.argument.assignments where out.count < c.limit && a.role == .evidence && c.inScope(a.sentence) && a.confidence >= 0.5 {
            guard let kind = a.evidenceKind, let answer = Self.names[kind],
                  let claim = c.relations(from: a.sentence).first(where: { $0.kind == .supports && !$0.weak })?.to
            else { continue }
            let options = (Self.names.values.sorted() + ["a question to the reader"]).shuffled(using: &random)
            out.append(Question(
                kind: self.kind, prompt: "What kind of support does the author give for “\(c.shortened(claim, words: 22))”?\n(\(c.id(a.sentence)): “\(c.shortened(a.sentence, words: 26))”)",
                options: options, answer: answer, evidence: [c.id(a.sentence), c.id(claim)], section: c.sectionID(a.sentence),
                hints: ["Is it someone cited, something that happened elsewhere, or facts and numbers?",
                        kind == .authority ? "Look for 'according to' or a named source." : kind == .example ? "Look for another time or place." : "Look for facts or figures."],
                explanation: "\(c.id(a.sentence)) gives \(answer) for \(c.id(claim))."))
        }
        return out
    }
}
