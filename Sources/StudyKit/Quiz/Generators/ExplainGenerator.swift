/// In your own words: why does the author hold the thesis (or a main claim)? Graded against a checklist with one
/// point per supporting sentence; each point is made by naming any of that sentence's most specific words (or a
/// synonym). Rule: the claim opens its paragraph and the supports are later sentences of that paragraph linked
/// to it by links the analysis is sure of, none quoted, and each point keeps its sentence
/// so an answer that contradicts it is told so.
struct ExplainGenerator: QuestionGenerator {
    let kind = QuestionKind.explain

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        let stemmer = PorterStemmer()
        let keyWords = Set(c.model.keyTerms.flatMap { $0.text.lowercased().split(separator: " ").map(String.init) })
        var out: [Question] = []
        var counts = [Int](repeating: 0, count: c.model.vocabulary.words.count)
        for t in c.model.tokens { counts[Int(t.word)] += 1 }
        func frequency(_ word: String) -> Int { c.model.vocabulary.number(ofWord: word).map { counts[Int($0)] } ?? 0 }
        for claim in c.argument.thesis.prefix(1) + c.argument.assignments.filter({ $0.role == .claim && $0.confidence >= 0.6 }).map(\.sentence) where out.count < c.limit {
            // Reasons first, then evidence and claims; nearer the claim first.
            func rank(_ i: Int) -> (Int, Int) {
                let order: [ArgumentRole: Int] = [.reason: 0, .evidence: 1, .claim: 2]
                return (order[c.role(i)?.0 ?? .background] ?? 3, abs(i - claim))
            }
            guard !c.isQuoted(claim), !c.statesOpposingView(claim) else { continue }
            let supports = c.paragraphSupports(of: claim).filter { c.inScope($0) && c.role($0)?.0 != .question && !c.isQuoted($0) }
                .sorted { rank($0) < rank($1) }.prefix(3).sorted()
            guard supports.count >= 2 else { continue }
            let claimWords = Set(c.contentWords(claim))
            var points: [Question.KeyPoint] = []
            for s in supports {
                // The point's words: content words of the supporting sentence not already in the claim, rarest first.
                let words = c.contentWords(s).filter { w in
                    !claimWords.contains(w) && !CommonWords.stems.contains(stemmer.stem(w)) && !Self.connectives.contains(w)
                }
                // Words of the essay's key terms first, then the rarest.
                func rank(_ w: String) -> (Int, Int, String) { (keyWords.contains(w) ? 0 : 1, frequency(w), w) }
                let ranked = words.sorted { rank($0) < rank($1) }
                var unique: [String] = []
                for w in ranked where !unique.contains(w) && unique.count < 5 { unique.append(w) }
                guard !unique.isEmpty else { continue }
                points.append(.init(point: "\(c.shortened(s, words: 12)) (\(c.id(s)))", words: unique, sentence: c.text(s), evidence: c.id(s)))
            }
            guard points.count >= 2 else { continue }
            out.append(Question(
                kind: kind, prompt: "In your own words: why does the author hold that “\(c.shortened(claim, words: 24))”?",
                answer: supports.map { c.text($0) }.joined(separator: " "), keyPoints: points,
                evidence: supports.map(c.id), section: c.sectionID(claim),
                hints: ["There are \(points.count) points to make.", "Reread " + supports.map(c.id).joined(separator: ", ") + "."],
                explanation: "The essay supports \(c.id(claim)) with " + supports.map(c.id).joined(separator: ", ") + ".",
                basis: "links to \(c.id(claim)): " + supports.map { s in "\(c.id(s)) \(c.relations(to: claim).first { $0.from == s }?.basis ?? "")" }.joined(separator: "; ")))
        }
        return out
    }


    /// Words that frame a sentence rather than carry its point.
    static let connectives: Set<String> = ["according", "given", "despite", "although", "because", "therefore", "indeed"]
}
