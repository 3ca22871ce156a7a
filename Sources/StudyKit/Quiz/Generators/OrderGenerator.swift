/// Put the steps of the argument in the author's order: the central sentences of three or four sections (or the
/// opening sentences of a section's paragraphs), shortened and shuffled. Rule: the order is the text's own; items
/// must read differently once shortened, none may be quoted, and no two may number themselves ("The second
/// reason…": the ordinals give the order away).
struct OrderGenerator: QuestionGenerator {
    let kind = QuestionKind.order

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        let sections = c.model.sections.filter { c.sentences.contains($0.centralSentence) }
        if sections.count >= 3, !sections.prefix(4).contains(where: { c.isQuoted($0.centralSentence) }),
           !Self.numbersItsSteps(sections.prefix(4).map(\.centralSentence), c) {
            let picked = Array(sections.prefix(4))
            out.append(make(picked.map(\.centralSentence), section: nil, what: "steps of the argument", c, &random))
        }
        for section in sections where out.count < c.limit && section.paragraphs.count >= 3 {
            let openers = section.paragraphs.prefix(4).map { c.model.paragraphs[$0].sentences.lowerBound }
            guard !openers.contains(where: c.isQuoted), Set(openers.map { c.shortened($0, words: 16) }).count == openers.count,
                  !Self.numbersItsSteps(openers, c) else { continue }
            out.append(make(openers, section: section.id.description, what: "paragraphs of \(section.id)", c, &random))
        }
        return out
    }

    /// Words that number the steps of a text ("The second reason…", "Third, …"): items that carry them give
    /// their order away.
    static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "firstly", "secondly",
                                        "thirdly", "fourthly", "fifthly", "sixthly", "finally", "lastly", "next"]

    /// Whether two or more of the items carry an ordinal among their first five words.
    static func numbersItsSteps(_ sentences: [Int], _ c: QuizContext) -> Bool {
        sentences.filter { c.words($0).prefix(5).contains(where: ordinals.contains) }.count >= 2
    }

    private func make(_ sentences: [Int], section: String?, what: String, _ c: QuizContext,
                      _ random: inout SeededGenerator) -> Question {
        let items = sentences.map { c.shortened($0, words: 16) }
        var shown = items.shuffled(using: &random)
        if shown == items { shown = Array(items.reversed()) }
        let letters = items.map { Self.letter(shown.firstIndex(of: $0)!) }.joined(separator: " ")
        return Question(
            kind: kind, prompt: "Put these \(what) in the author's order (answer with letters, e.g. B A C):",
            options: shown, answer: letters, order: items, evidence: sentences.map(c.id), section: section,
            hints: ["The first one is \(Self.letter(shown.firstIndex(of: items[0])!)).",
                    "The first two are \(letters.split(separator: " ").prefix(2).joined(separator: " "))."],
            explanation: "In the essay: " + zip(sentences, items).map { "\(c.id($0.0)) \($0.1)" }.joined(separator: " → "),
            basis: "the order of \(sentences.map(c.id).joined(separator: ", ")) in the text")
    }
}
