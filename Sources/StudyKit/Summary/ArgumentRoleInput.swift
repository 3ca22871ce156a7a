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
