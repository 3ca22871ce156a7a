/// The author's main position: the thesis sentence among views the author does not hold as her main point
/// (objections and concessions she reports, background). Asked only when the analysis is fairly sure
/// of the thesis. Rule: the thesis is the sentence the essay's reasons lead to (confidence ≥ 0.4), not quoted;
/// distractors are sentences the essay reports, grants or gives as background (never a prediction or a call to
/// act, which often restate the position), none quoted.
struct ThesisGenerator: QuestionGenerator {
    let kind = QuestionKind.thesis

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        guard let thesis = c.argument.mainThesis, let (_, confidence) = c.role(thesis), confidence >= 0.4,
              c.inScope(thesis) || c.sentences.count == c.model.sentences.count, !c.isQuoted(thesis) else { return [] }
        let restatements = Set(c.argument.thesis)
        let supporting = Set(c.relations(to: thesis).map(\.from))
        let pool = c.model.sentences.indices.filter { i in
            guard let (role, _) = c.role(i), !restatements.contains(i), !supporting.contains(i), !c.isQuoted(i) else { return false }
            // A prediction or a call to act in the conclusion often restates the position: never a distractor.
            return [.objection, .concession, .background].contains(role) && c.roleCue(i, .recommendation) == nil
        }
        let others = c.distractors(from: pool, avoiding: restatements, count: 3, words: 22, random: &random)
        guard others.count >= 2 else { return [] }
        let answer = c.shortened(thesis, words: 22)
        let options = ([answer] + others.map { c.shortened($0, words: 22) }).shuffled(using: &random)
        let paragraph = c.model.sentences[thesis].paragraphIndex + 1
        return [Question(
            kind: kind, prompt: "Which statement is the author's main position?", options: options, answer: answer,
            evidence: [c.id(thesis)], section: c.sectionID(thesis),
            hints: ["The main position is what the rest of the essay argues for, not what it reports or grants.",
                    "It is in paragraph P\(paragraph)."],
            explanation: "\(c.id(thesis)) is the thesis: the reasons in the essay lead to it. The other options are views the author reports or grants, or background.",
            basis: "the thesis (confidence \(Int((confidence * 100).rounded())) %): \(c.argument.assignments[thesis].thesisFeatures.prefix(2).map(\.name).joined(separator: ", "))")]
    }
}
