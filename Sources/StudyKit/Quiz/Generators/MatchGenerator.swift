/// Which section is this? A section's central sentence (its summary in one sentence), with the sections' labels as
/// options. Needs at least three sections.
struct MatchGenerator: QuestionGenerator {
    let kind = QuestionKind.match

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        let sections = c.model.sections
        guard sections.count >= 3 else { return [] }
        var out: [Question] = []
        for section in sections where out.count < c.limit && c.sentences.contains(section.centralSentence) {
            let label = { (s: Section) in "\(s.id) \(s.label)" }
            let others = sections.filter { $0.number != section.number }.shuffled(using: &random).prefix(3)
            let options = ([label(section)] + others.map(label)).shuffled(using: &random)
            let i = section.centralSentence
            let range = "P\(section.paragraphs.lowerBound + 1)–P\(section.paragraphs.upperBound)"
            out.append(Question(
                kind: kind, prompt: "Which section does this sentence sum up?\n“\(c.text(i))”", options: options,
                answer: label(section), evidence: [c.id(i)], section: section.id.description,
                hints: ["Its key words: \(c.model.sectionKeyTerms[section.number - 1].prefix(3).map(\.text).joined(separator: ", ")).",
                        "It is in paragraphs \(range)."],
                explanation: "\(c.id(i)) is the central sentence of \(section.id) (\(range))."))
        }
        return out
    }
}
