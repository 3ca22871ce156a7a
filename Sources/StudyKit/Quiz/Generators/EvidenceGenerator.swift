/// What kind of support the author gives for a claim: an authority or source, a precedent or example, or a
/// statistic or fact — from evidence sentences the analysis links to a claim. Rule: the kind must be written in the
/// sentence: a source named with "according to X" for an authority (an authority and a statistic are never both
/// options), "for example" or
/// "for instance" for an example ("such as" is too often no example: "such as these"), a figure for a statistic; otherwise no question (the model's label
/// alone is not a key). Neither sentence quoted.
struct EvidenceGenerator: QuestionGenerator {
    let kind = QuestionKind.evidence

    static let names: [EvidenceKind: String] = [
        .authority: "an authority or source",
        .example: "a precedent or example",
        .statistic: "a statistic or fact",
    ]

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        for a in c.argument.assignments where out.count < c.limit && a.role == .evidence && c.inScope(a.sentence) && a.confidence >= 0.3 {
            guard let kind = a.evidenceKind, let answer = Self.names[kind],
                  let claim = c.relations(from: a.sentence).first(where: { $0.kind == .supports && !$0.weak })?.to,
                  let signal = Self.signal(for: kind, a.sentence, c), !c.isQuoted(a.sentence), !c.isQuoted(claim)
            else { continue }
            // A source usually reports a fact, and a fact has a source: the two are never options together.
            let overlapping: EvidenceKind? = kind == .authority ? .statistic : kind == .statistic ? .authority : nil
            let options = (Self.names.filter { $0.key != overlapping }.map(\.value).sorted() + ["a question to the reader"])
                .shuffled(using: &random)
            out.append(Question(
                kind: self.kind, prompt: "What kind of support does the author give for “\(c.shortened(claim, words: 22))”?\n(\(c.id(a.sentence)): “\(c.shortened(a.sentence, words: 26))”)",
                options: options, answer: answer, evidence: [c.id(a.sentence), c.id(claim)], section: c.sectionID(a.sentence),
                hints: ["Is it someone cited, something that happened elsewhere, or facts and numbers?",
                        kind == .authority ? "Look for 'according to' or a named source." : kind == .example ? "Look for another time or place." : "Look for facts or figures."],
                explanation: "\(c.id(a.sentence)) gives \(answer) for \(c.id(claim)).", basis: signal))
        }
        return out
    }

    /// The words of the sentence that show its kind of support, if any.
    static func signal(for kind: EvidenceKind, _ i: Int, _ c: QuizContext) -> String? {
        switch kind {
        case .authority:
            // "according to" names a source; a reporting verb ("parents reported") may name anyone.
            guard let a = c.argument.attributions[i], a.isSource, a.cue.lowercased() == "according to" else { return nil }
            return "“\(a.cue)” names \(a.holder) as the source"
        case .example: return c.cue(in: i, ["for example", "for instance", "as an example"]).map { "\($0) marks an example" }
        case .statistic: return c.figure(in: i).map { "the figure \($0)" }
        case .unspecified: return nil
        }
    }
}
