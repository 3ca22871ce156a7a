/// True or false: an important sentence as the essay states it (true), or turned around (false) by swapping a name
/// for another of the same kind from the essay, or by negating its first auxiliary verb. Hedged sentences and
/// sentences that already hold a negation are not negated; a false statement is never one the essay also makes.
struct TrueFalseGenerator: QuestionGenerator {
    let kind = QuestionKind.trueFalse

    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "will", "can", "should", "must", "has", "have", "had", "does", "do", "did"]
    static let hedges: Set<String> = ["may", "might", "could", "would", "perhaps", "possibly", "likely", "unlikely", "often", "some"]
    static let negations: Set<String> = ["not", "no", "never", "nor", "neither", "cannot", "n't", "nothing", "none"]

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        for i in c.ranked where out.count < c.limit && c.isSelfContained(i, minimumWords: 8, maximumWords: 35) {
            let original = c.text(i)
            let makeFalse = random.next() % 2 == 0
            var statement = original
            var explanation = "\(c.id(i)) says exactly this."
            if makeFalse {
                if let swapped = swapName(in: i, c) {
                    statement = swapped.text
                    explanation = "The essay says \(swapped.original), not \(swapped.replacement): \(c.id(i)) reads “\(original)”"
                } else if let negated = negate(original) {
                    statement = negated
                    explanation = "The essay says the opposite. \(c.id(i)) reads “\(original)”"
                } else {
                    continue
                }
                guard !c.model.text.containsBytes(of: statement) else { continue }
            }
            out.append(Question(
                kind: kind, prompt: "True or false? “\(statement)”", options: ["True", "False"],
                answer: makeFalse ? "False" : "True", evidence: [c.id(i)], section: c.sectionID(i),
                hints: ["Look in \(c.sectionID(i).map { "section \($0)" } ?? "the essay") for what the author says about this.",
                        "Reread \(c.id(i))."],
                explanation: explanation))
        }
        return out
    }

    /// The sentence with one named person, place or organisation replaced by another of the same kind.
    func swapName(in i: Int, _ c: QuizContext) -> (text: String, original: String, replacement: String)? {
        let s = c.model.sentences[i]
        let here = c.mentions(in: i)
        let mentioned = Set(here.map(\.entity))
        let text = c.text(i)
        for (e, mention) in here {
            let entity = c.model.entities[e]
            guard [.person, .place, .organization].contains(entity.kind) else { continue }
            guard let other = c.model.entities.indices.first(where: { o in
                let candidate = c.model.entities[o]
                return candidate.kind == entity.kind && candidate.name != entity.name && !mentioned.contains(o)
                    && !text.contains(candidate.name)
            }).map({ c.model.entities[$0] }) else { continue }
            let before = c.model.text(of: s.range.lowerBound..<mention.range.lowerBound)
            let after = c.model.text(of: mention.range.upperBound..<s.range.upperBound)
            let replacement = mention.text.hasSuffix("'s") || mention.text.hasSuffix("’s") ? other.name + "'s" : other.name
            return (before + replacement + after, mention.text, replacement)
        }
        return nil
    }

    /// The sentence with "not" added after its first auxiliary, or nil when that would not be a clean negation.
    func negate(_ sentence: String) -> String? {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let bare = words.map { $0.lowercased().trimmingCharacters(inSet: ",;:.\"“”'") }
        if bare.contains(where: { Self.hedges.contains($0) || Self.negations.contains($0) || $0.hasSuffix("n't") }) { return nil }
        guard let k = bare.firstIndex(where: { Self.auxiliaries.contains($0) }), k > 0, k + 1 < words.count,
              words[k] == bare[k] else { return nil }
        var out = words
        out.insert("not", at: k + 1)
        return out.joined(separator: " ")
    }
}
