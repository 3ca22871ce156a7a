import Foundation

/// The author's main position: the thesis sentence among views the author does not hold as her main point
/// (objections and concessions she reports, background). Asked only when the analysis is fairly sure of the thesis
/// and the text marks it as a position. Rule: the thesis is the sentence the essay's reasons lead to (confidence
/// ≥ 0.4), not quoted, in the first two paragraphs or the last (where essays state their position), and it takes a
/// position in so many words: a call to act ("should", "must") or the author's stance ("I believe", "I argue",
/// "make the case") — or the reader set it (a correction); distractors are whole sentences the essay reports,
/// grants or gives as background (never a prediction or a call to act, which often restate the position), none
/// quoted.
struct ThesisGenerator: QuestionGenerator {
    let kind = QuestionKind.thesis

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        guard let thesis = c.argument.mainThesis, let (_, confidence) = c.role(thesis), confidence >= 0.4,
              c.inScope(thesis) || c.sentences.count == c.model.sentences.count, !c.isQuoted(thesis),
              let signal = Self.positionSignal(thesis, c) else { return [] }
        let restatements = Set(c.argument.thesis)
        let supporting = Set(c.relations(to: thesis).map(\.from))
        let pool = c.model.sentences.indices.filter { i in
            guard let (role, _) = c.role(i), !restatements.contains(i), !supporting.contains(i), !c.isQuoted(i) else { return false }
            // A prediction or a call to act in the conclusion often restates the position: never a distractor.
            return [.objection, .concession, .background].contains(role) && c.roleCue(i, .recommendation) == nil
        }
        let others = c.distractors(from: pool, avoiding: restatements, count: 3, words: 22, random: &random)
        guard others.count >= 2 else { return [] }
        guard let answer = Self.statement(thesis, signal: signal, c) else { return [] }
        let options = ([answer] + others.map { c.shortened($0, words: 22) }).shuffled(using: &random)
        let paragraph = c.model.sentences[thesis].paragraphIndex + 1
        return [Question(
            kind: kind, prompt: "Which statement is the author's main position?", options: options, answer: answer,
            evidence: [c.id(thesis)], section: c.sectionID(thesis),
            hints: ["The main position is what the rest of the essay argues for, not what it reports or grants.",
                    "It is in paragraph P\(paragraph)."],
            explanation: "\(c.id(thesis)) is the thesis: the reasons in the essay lead to it. The other options are views the author reports or grants, or background.",
            basis: "the thesis (confidence \(Int((confidence * 100).rounded())) %), marked by \(signal): \(c.argument.assignments[thesis].thesisFeatures.prefix(2).map(\.name).joined(separator: ", "))")]
    }

    /// What the right option shows of thesis `i`: the sentence (shortened to 22 words), or, when it is longer and
    /// states the position after a colon or semicolon ("I am here to ask for one change: the hospital should…"),
    /// that clause; nil when the words that mark the position would be cut off.
    static func statement(_ i: Int, signal: String, _ c: QuizContext) -> String? {
        let text = c.text(i)
        let word = signal.trimmingCharacters(in: CharacterSet(charactersIn: "“”"))
        guard c.wordCount(i) > 22, let at = text.lowercased().range(of: word) else { return c.shortened(i, words: 22) }
        let head = text[..<at.lowerBound]
        if let cut = [head.range(of: ": ", options: .backwards), head.range(of: "; ", options: .backwards)]
            .compactMap({ $0 }).max(by: { $0.upperBound < $1.upperBound }) {
            let clause = String(text[cut.upperBound...])
            if clause.split(separator: " ").count <= 22 { return "… " + clause }
        }
        let shown = c.shortened(i, words: 22)
        return shown.lowercased().contains(word) ? shown : nil
    }

    /// Phrases by which an author states her own position.
    static let stances = ["i believe", "i argue", "i think", "i propose", "i am convinced", "make the case", "the case for",
                          "it is time"]

    /// The words that mark sentence `i` as the author's position, if it is where an essay states one (its first
    /// two paragraphs or its last): a call to act or a stance phrase.
    static func positionSignal(_ i: Int, _ c: QuizContext) -> String? {
        // The reader's own correction ("thesis S10.1") is a key the reader signed.
        if let note = c.argument.assignments[i].features.first?.name, note.hasPrefix(Correction.setByPrefix) { return note }
        let paragraph = c.model.sentences[i].paragraphIndex
        guard paragraph < 2 || paragraph == c.model.paragraphs.count - 1 else { return nil }
        return c.roleCue(i, .recommendation) ?? c.cue(in: i, stances)
    }
}
