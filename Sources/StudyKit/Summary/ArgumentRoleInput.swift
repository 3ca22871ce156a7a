/// What the summarizer takes from the argument map: a weight for each sentence's role, and the digest's input.
/// When the map found no thesis (a text with no argument to speak of), the discourse-marker guesses in
/// `HeuristicArgumentRoles.swift` stand in.
public enum ArgumentRoleWeight {
    /// How much a role is worth in a summary, before confidence: a thesis or main claim counts more than background.
    static func weight(of role: ArgumentRole) -> Double {
        switch role {
        case .thesis: return 1.6
        case .claim, .recommendation: return 1.3
        case .reason: return 1.1
        case .evidence, .rebuttal, .prediction: return 1.0
        case .concession: return 0.9
        case .objection: return 0.85
        case .background: return 0.8
        case .question: return 0.6
        }
    }

    /// Sentence index → weight, from the model's argument map; the weight moves from 1 towards the role's weight
    /// as the role's confidence grows.
    public static func weights(for model: KnowledgeModel) -> @Sendable (Int) -> Double {
        let map = model.argument
        guard map.mainThesis != nil else { return HeuristicRoleWeight.weights(for: model) }
        var weights = [Double](repeating: 1, count: model.sentences.count)
        for a in map.assignments where weights.indices.contains(a.sentence) {
            weights[a.sentence] = 1 + (weight(of: a.role) - 1) * max(0.3, a.confidence)
        }
        let table = weights
        return { table.indices.contains($0) ? table[$0] : 1 }
    }
}

extension ArgumentDigestInput {
    /// The digest's input from the model's argument map, within the summary's sentences: the thesis, what supports
    /// it, what the author grants and the answer, and what the author recommends; most relevant first.
    public static func from(model: KnowledgeModel, summary: Summary) -> ArgumentDigestInput {
        let map = model.argument
        let range = summary.sentences
        guard let main = map.mainThesis, range.contains(main) else { return heuristic(model: model, summary: summary) }
        func relevance(_ i: Int) -> Double { summary.score(of: i)?.relevance ?? 0 }
        func byRelevance(_ xs: [Int]) -> [Int] {
            xs.filter { range.contains($0) }.sorted { relevance($0) != relevance($1) ? relevance($0) > relevance($1) : $0 < $1 }
        }
        let supporting = map.relations(to: main).filter { $0.kind == .supports && !$0.weak }.map(\.from)
        let reasons = byRelevance(supporting.filter { [.reason, .evidence, .claim].contains(map.role(of: $0)) })
        let concessions = byRelevance(map.sentences(with: .concession) + map.sentences(with: .objection)).map { c in
            let answer = map.relations(to: c).first { $0.kind == .attacks && map.role(of: $0.from) == .rebuttal }?.from
            return Concession(sentence: c, answeredBy: answer)
        }
        let recommendations = byRelevance(map.sentences(with: .recommendation).filter { $0 != main })
        return ArgumentDigestInput(thesis: [main], reasons: reasons, concessions: concessions, recommendations: recommendations)
    }
}
