/// Makes the questions of one kind from the model: all it can, best first. `QuizMaker` picks among them.
public protocol QuestionGenerator: Sendable {
    var kind: QuestionKind { get }
    func questions(_ context: QuizContext, random: inout SeededGenerator) -> [Question]
}

extension QuestionGenerator {
    /// Letters for options: A, B, C, D.
    static func letter(_ i: Int) -> String { OptionLetter.of(i) }
}

extension Array {
    /// The array in a seeded random order.
    func shuffled(using random: inout SeededGenerator) -> [Element] {
        var copy = self
        copy.shuffle(using: &random)
        return copy
    }
}
