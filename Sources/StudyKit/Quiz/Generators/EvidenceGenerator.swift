/// What kind of support the author gives for a claim: an authority or source, a precedent or example, or a
/// statistic (a figure) — from evidence sentences the analysis links to a claim. Rule: the kind must be written in the
/// sentence: a source named with "according to X" for an authority (an authority and a statistic are never both
/// options), "for example" or "for instance" among its first four words for an example (later it qualifies a
/// phrase; "such as" is too often no example: "such as these"), a figure stated as a fact (no "will", "should" …,
/// no "Suppose …") for a statistic; otherwise no question (the model's label alone is not a key). The
/// claim is the one the paragraph argues: linked to the evidence and before it in the same paragraph. Neither
/// sentence quoted; no option is a kind whose signal the sentence also has, and an authority or an example is
/// never asked beside a statistic (a source reports figures, an example is told with them), nor an example that
/// reports a source ("For example, studies have shown that…"). The sentence is shown
/// without its "for example", which would give the answer away.
struct EvidenceGenerator: QuestionGenerator {
    let kind = QuestionKind.evidence

    static let names: [EvidenceKind: String] = [
        .authority: "an authority or source",
        .example: "a precedent or example",
        // Not "or fact": an example or a source's report states facts too.
        .statistic: "a statistic or figure",
    ]

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        for a in c.argument.assignments where out.count < c.limit && a.role == .evidence && c.inScope(a.sentence) && a.confidence >= 0.3 {
            guard let kind = a.evidenceKind, let answer = Self.names[kind],
                  let claim = c.relations(from: a.sentence).first(where: { $0.kind == .supports && !$0.weak })?.to,
                  claim < a.sentence, c.model.sentences[claim].paragraphIndex == c.model.sentences[a.sentence].paragraphIndex,
                  let signal = Self.signal(for: kind, a.sentence, c), !c.isQuoted(a.sentence), !c.isQuoted(claim)
            else { continue }
            // "For example, studies from X have shown that…": an example that reports a source is an authority too.
            if kind == .example, c.givesAView(a.sentence) || c.cue(in: a.sentence, Self.sourceWords) != nil { continue }
            // A source usually reports a fact, and a fact has a source; an example is told with its figures ("two
            // tonnes", "48 percent"): such pairs are never options together.
            let overlapping: EvidenceKind? = kind == .authority || kind == .example ? .statistic : kind == .statistic ? .authority : nil
            // Another kind among the options written in the sentence too would be a second right answer.
            guard !Self.names.keys.contains(where: { $0 != kind && $0 != overlapping && Self.signal(for: $0, a.sentence, c) != nil })
            else { continue }
            let options = (Self.names.filter { $0.key != overlapping }.map(\.value).sorted() + ["a question to the reader"])
                .shuffled(using: &random)
            out.append(Question(
                kind: self.kind, prompt: "What kind of support does the author give for “\(c.shortened(claim, words: 22))”?\n(\(c.id(a.sentence)): “\(QuizContext.shortened(c.shownWithoutExampleMarker(a.sentence), words: 26))”)",
                options: options, answer: answer, evidence: [c.id(a.sentence), c.id(claim)], section: c.sectionID(a.sentence),
                hints: ["Is it someone cited, something that happened elsewhere, or facts and numbers?",
                        kind == .authority ? "Look for 'according to' or a named source." : kind == .example ? "Look for another time or place." : "Look for facts or figures."],
                explanation: "\(c.id(a.sentence)) gives \(answer) for \(c.id(claim)).", basis: signal))
        }
        return out
    }

    /// Nouns that name where a finding comes from.
    static let sourceWords = ["study", "studies", "research", "survey", "surveys", "report", "according to"]

    /// The words of the sentence that show its kind of support, if any.
    static func signal(for kind: EvidenceKind, _ i: Int, _ c: QuizContext) -> String? {
        switch kind {
        case .authority:
            // "according to" names a source; a reporting verb ("parents reported") may name anyone.
            guard let a = c.argument.attributions[i], a.isSource, a.cue.lowercased() == "according to" else { return nil }
            return "“\(a.cue)” names \(a.holder) as the source"
        case .example: return c.exampleCue(in: i).map { "\($0) marks an example" }
        case .statistic: return c.statedFigure(in: i).map { "the figure \($0)" }
        case .unspecified: return nil
        }
    }
}
