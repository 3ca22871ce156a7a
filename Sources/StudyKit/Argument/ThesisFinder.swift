/// Scores every sentence as the essay's thesis and picks the main one and, when the author says it again, a
/// restatement.
///
/// The score adds: centrality (the sentence's share of the essay's key vocabulary), stance and conclusion markers
/// ("the only", "I believe", "therefore", "that leaves"), a recommendation modal, position (closing the first
/// paragraph, opening or closing the last, closing its own paragraph; never required) and a moderate length; it
/// subtracts for questions, views of others, cited evidence, concessions and past judgements. A restatement is a
/// sentence in another paragraph that scores at least `restatementRatio` of the best and shares its vocabulary.
struct ThesisFinder: Sendable {
    /// Below this score the essay has no clear thesis.
    var threshold = 0.45
    /// A restatement must score at least this share of the thesis's score.
    var restatementRatio = 0.6
    /// And share at least this much vocabulary with it (binary cosine of content stems).
    var restatementOverlap = 0.2

    /// The thesis score of one sentence and the features that make it.
    func score(_ f: SentenceFeatures) -> (Double, [ArgumentMap.Feature]) {
        var list: [ArgumentMap.Feature] = []
        func add(_ name: @autoclosure () -> String, _ w: Double) { list.append(.init(name(), w)) }
        if f.centrality > 0 { add("centrality \(Self.percent(f.centrality)) (its words recur across the essay)", 0.9 * f.centrality) }
        if f.keyOverlap > 0 { add("key terms \(Self.percent(f.keyOverlap)) of its words", 0.4 * f.keyOverlap) }
        if f.has(.stance) { add("stance marker \(f.marker(.stance))", 0.5) }
        if f.has(.conclusion) { add("conclusion marker \(f.marker(.conclusion))", f.opens(.conclusion) ? 0.35 : 0.25) }
        if f.opens(.summary) { add("summary marker \(f.marker(.summary))", 0.3) }
        if f.obliges { add("obligation modal \(f.marker(.obligation))", 0.25) }
        if f.has(.firstPerson), f.has(.stance) || f.obliges { add("the author speaks", 0.1) }
        if f.paragraphCount > 2 {
            if f.isFirstParagraph, f.isLastInParagraph { add("closes the first paragraph", 0.2) }
            if f.isFirstParagraph, f.isFirstInParagraph { add("opens the essay", 0.15) }
            if f.isLastParagraph, f.isFirstInParagraph || f.isLastInParagraph { add("in the conclusion", 0.15) }
        }
        if f.paragraphLength > 1, f.isLastInParagraph, !f.isFirstParagraph { add("closes its paragraph", 0.1) }
        if f.words >= 6 && f.words <= 35 { add("moderate length", 0.1) }
        if f.words < 5 { add("very short", -0.3) }
        if f.words > 70 { add("very long", -0.15) }
        if f.has(.signpost) { add("signposting \(f.marker(.signpost))", -0.4) }
        if f.quotes >= 2 { add("quotes someone's words", -0.15) }
        if f.question { add("a question", -0.5) }
        if f.statesOtherView { add("someone else's view", -0.6) }
        else if f.reportsOther { add("reports someone else's view", -0.2) }
        if f.has(.possibility), !f.has(.stance), !f.has(.conclusion) { add("hedged \(f.marker(.possibility))", -0.1) }
        if f.opens(.addition) || f.hasInside(.addition) { add("adds a further point \(f.marker(.addition))", -0.15) }
        if f.has(.source) || f.has(.example) || f.numbers > 1 { add("cites evidence", -0.3) }
        if f.opens(.concession) { add("opens with a concession \(f.marker(.concession))", -0.4) }
        if f.opens(.reason) { add("opens as a reason \(f.marker(.reason))", -0.15) }
        if f.has(.pastModal) { add("past judgement \(f.marker(.pastModal))", -0.15) }
        list.sort { abs($0.weight) > abs($1.weight) }
        return (list.reduce(0) { $0 + $1.weight }, list)
    }

    /// The thesis (first) and a restatement, if any, with the confidence of each.
    func find(_ features: [SentenceFeatures], scores: [Double], draft: AnalysisDraft) -> [(sentence: Int, confidence: Double)] {
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }),
              scores[best] >= threshold else { return [] }
        // Confidence: the margin over the best candidate in another paragraph.
        var runnerUp = 0.0
        for k in scores.indices where features[k].paragraph != features[best].paragraph { runnerUp = max(runnerUp, scores[k]) }
        let confidence = Self.clamp(0.45 + (scores[best] - runnerUp) * 1.5 + 0.1 * min(1, scores[best] - threshold))
        var result = [(best, confidence)]

        // A restatement: best candidate in another paragraph sharing the thesis's vocabulary.
        var f = features
        SentenceFeatures.measureOverlap(&f, thesis: [best], draft: draft)
        var restated: Int?
        for k in scores.indices where f[k].paragraph != f[best].paragraph && !f[k].question && !f[k].statesOtherView {
            guard scores[k] >= restatementRatio * scores[best], f[k].thesisOverlap >= restatementOverlap else { continue }
            if restated == nil || scores[k] + f[k].thesisOverlap > scores[restated!] + f[restated!].thesisOverlap { restated = k }
        }
        if let r = restated {
            result.append((r, Self.clamp(min(confidence, 0.3 + f[r].thesisOverlap * 0.5 + 0.2 * scores[r] / scores[best]) * 0.9)))
        }
        return result
    }

    static func clamp(_ x: Double) -> Double { min(0.99, max(0.05, (x * 100).rounded() / 100)) }
    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
