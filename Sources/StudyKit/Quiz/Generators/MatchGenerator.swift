/// Which part of the essay says this? Rule: sections are named only by what the essay itself writes: its headings.
/// A section's central sentence is asked with the headings of three or four sections as options; an essay without
/// written headings for at least three sections gets no such question (the analysis's keyword labels are not
/// something the essay says).
struct MatchGenerator: QuestionGenerator {
    let kind = QuestionKind.match

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        let headed = c.model.sections.compactMap { s -> (Section, String)? in
            guard let h = c.model.paragraphs[s.paragraphs.lowerBound].heading?.title, !h.isEmpty else { return nil }
            return (s, h)
        }
        guard headed.count >= 3, Set(headed.map { $0.1.lowercased() }).count == headed.count else { return [] }
        var out: [Question] = []
        for (section, heading) in headed where out.count < c.limit && c.sentences.contains(section.centralSentence) {
            let i = section.centralSentence
            guard !c.isQuoted(i), !c.text(i).lowercased().contains(heading.lowercased()) else { continue }
            let others = headed.filter { $0.0.number != section.number }.shuffled(using: &random).prefix(3).map(\.1)
            let options = ([heading] + others).shuffled(using: &random)
            let range = "P\(section.paragraphs.lowerBound + 1)–P\(section.paragraphs.upperBound)"
            out.append(Question(
                kind: kind, prompt: "Under which heading does the essay say this?\n“\(c.text(i))”", options: options,
                answer: heading, evidence: [c.id(i)], section: section.id.description,
                hints: ["Think of what each part of the essay is about.", "It is in paragraphs \(range)."],
                explanation: "\(c.id(i)) is the central sentence of \(section.id) (\(range)), headed “\(heading)”.",
                basis: "the essay's own heading for \(section.id)"))
        }
        return out
    }
}
