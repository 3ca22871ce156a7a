import Foundation

/// Gives every sentence a role from weighted features (a hand-set linear score per role; the best wins).
///
/// The rules, by family:
/// - **markers**: a reason cue opening the sentence ("Because", "Given") → reason; "for example" → evidence
///   (example); "according to" → evidence (authority); a conclusion cue ("therefore", "that leaves") → claim;
///   a concession cue ("although", "admittedly") → concession; a contrast cue ("but", "however") right after a
///   concession or objection → rebuttal.
/// - **modality**: "should", "must", "ought to", "need to" → recommendation ("should have" is a past judgement, a
///   claim); "will", "would", "could", "unlikely" → prediction.
/// - **attribution**: a view reported as someone else's ("a cynic might suggest") → objection.
/// - **position**: the first sentence of a body paragraph leans to claim, inner sentences to reason, the first
///   paragraph to background; a question → question.
/// - **numbers and names**: digits and several names → evidence (statistic or fact).
/// - **thesis overlap**: sharing vocabulary with the thesis → claim.
/// The thesis is chosen by `ThesisFinder` and overrides the role of its sentences.
struct RoleClassifier: Sendable {
    typealias Feature = ArgumentMap.Feature

    /// The role of each sentence, in order (rebuttal depends on the role of the sentence before).
    func classify(_ features: [SentenceFeatures], thesis: [(sentence: Int, confidence: Double)],
                  thesisScores: [(Double, [Feature])]) -> [ArgumentMap.Assignment] {
        var result: [ArgumentMap.Assignment] = []
        result.reserveCapacity(features.count)
        var thesisConfidence: [Int: Double] = [:]
        for t in thesis { thesisConfidence[t.sentence] = t.confidence }
        for (k, f) in features.enumerated() {
            let previous: ArgumentRole? = k > 0 ? result[k - 1].role : nil
            let previousOpposes = (previous?.isOpposing ?? false) && (features[k - 1].paragraph == f.paragraph || f.isFirstInParagraph)
            var (role, score, confidence, alternative, kind, list) = decide(f, previousOpposes: previousOpposes)
            if let c = thesisConfidence[k] {
                alternative = role
                role = .thesis
                score = thesisScores[k].0
                confidence = c
                kind = nil
                list = thesisScores[k].1
                if thesis.first?.sentence != k { list.insert(.init("restates the thesis", 0), at: 0) }
            }
            result.append(.init(sentence: k, role: role, confidence: confidence, score: Self.round(score),
                                alternative: alternative, evidenceKind: kind, features: list,
                                thesisScore: Self.round(thesisScores[k].0), thesisFeatures: thesisScores[k].1))
        }
        return result
    }

    /// The best role for one sentence.
    func decide(_ f: SentenceFeatures, previousOpposes: Bool)
        -> (ArgumentRole, Double, Double, ArgumentRole?, EvidenceKind?, [Feature]) {
        var scores = [Double](repeating: 0, count: ArgumentRole.allCases.count)
        var found: [(ArgumentRole, Feature)] = []
        func add(_ role: ArgumentRole, _ name: @autoclosure () -> String, _ w: Double) {
            scores[Self.index(role)] += w
            found.append((role, Feature(name(), w)))
        }
        let body = !f.isFirstParagraph || f.paragraphCount <= 2

        // Position.
        if f.isFirstParagraph && f.paragraphCount > 2 { add(.background, "in the first paragraph", 0.3) }
        if f.matches.allSatisfy({ $0.cue == .firstPerson || $0.cue == .addition }) { add(.background, "no argumentative marker", 0.1) }
        if body && f.isFirstInParagraph { add(.claim, "opens its paragraph", 0.3) }
        if f.isLastInParagraph && f.paragraphLength > 1 { add(.claim, "closes its paragraph", 0.12) }
        if !f.isFirstInParagraph && !f.isLastInParagraph { add(.reason, "inside its paragraph", 0.25) }
        add(.claim, "a statement", 0.15)
        add(.reason, "a statement", 0.1)

        // Markers.
        if f.has(.conclusion) { add(.claim, "conclusion marker \(f.marker(.conclusion))", f.opens(.conclusion) ? 0.45 : 0.25) }
        if f.has(.stance) { add(.claim, "stance marker \(f.marker(.stance))", 0.35) }
        if f.opens(.summary) { add(.claim, "summary marker \(f.marker(.summary))", 0.3) }
        if f.opens(.reason) { add(.reason, "reason marker \(f.marker(.reason, initialOnly: true)) opens it", 0.5) }
        else if f.has(.reason) { add(.reason, "reason marker \(f.marker(.reason))", 0.2); add(.claim, "gives its own reason \(f.marker(.reason))", 0.1) }
        if f.opens(.addition) { add(.reason, "addition marker \(f.marker(.addition))", 0.2) }
        if f.has(.example) { add(.evidence, "example marker \(f.marker(.example))", 0.55) }
        if f.has(.source) { add(.evidence, "source marker \(f.marker(.source))", 0.6) }
        if f.opens(.concession) {
            add(.concession, "concession marker \(f.marker(.concession, initialOnly: true)) opens it", 0.55)
            if f.hasInside(.contrast) || f.words > 12 {
                add(.concession, "answered in the same sentence", -0.25)
                add(.claim, "main clause after a concession", 0.25)
            }
        } else if f.has(.concession) { add(.concession, "concession marker \(f.marker(.concession))", 0.2) }
        if f.opens(.contrast) {
            if previousOpposes { add(.rebuttal, "contrast marker \(f.marker(.contrast, initialOnly: true)) after an opposing view", 0.65) }
            else { add(.claim, "contrast marker \(f.marker(.contrast, initialOnly: true))", 0.2) }
        } else if f.hasInside(.contrast), previousOpposes {
            add(.rebuttal, "contrast marker \(f.marker(.contrast)) after an opposing view", 0.35)
        }

        if f.has(.signpost) { add(.background, "signposting \(f.marker(.signpost))", 0.45) }

        // Modality.
        if f.obliges { add(.recommendation, "obligation modal \(f.marker(.obligation))", 0.55) }
        if f.has(.pastModal) { add(.claim, "past judgement \(f.marker(.pastModal))", 0.25) }
        if f.has(.possibility), !f.has(.pastModal) { add(.prediction, "modal \(f.marker(.possibility))", 0.4) }
        if f.has(.firstPerson), f.obliges { add(.recommendation, "the author's call", 0.1) }

        // Attribution, questions, numbers and names.
        if let a = f.attribution {
            if a.isSource { add(.evidence, "cites \(a.holder)", 0.3) }
            else if f.attributedAtStart {
                add(.objection, "view of \(a.holder) ('\(a.cue)')", 0.6)
                add(.background, "reports \(a.holder)", 0.15)
            } else {
                add(.objection, "mentions the view of \(a.holder) ('\(a.cue)')", 0.2)
            }
        }
        if f.question { add(.question, "ends with a question mark", 1.0) }
        if f.numbers > 0 { add(.evidence, "\(f.numbers) number\(f.numbers == 1 ? "" : "s")", min(0.45, 0.2 + 0.1 * Double(f.numbers))) }
        if f.names >= 2 { add(.evidence, "\(f.names) names", min(0.5, 0.12 * Double(f.names))) }

        // Overlap with the thesis.
        if f.thesisOverlap >= 0.15 { add(.claim, "shares \(ThesisFinder.percent(f.thesisOverlap)) of the thesis's words", 0.6 * f.thesisOverlap) }

        // Best and runner-up.
        var order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        if order.isEmpty { order = [Self.index(.background)] }
        let winner = ArgumentRole.allCases[order[0]]
        let s1 = scores[order[0]], s2 = order.count > 1 ? scores[order[1]] : 0
        let margin = s1 - s2
        let confidence = ThesisFinder.clamp((1 / (1 + Self.exp(-5 * margin))) * min(1, 0.4 + s1))
        let alternative = s2 > 0 ? ArgumentRole.allCases[order[1]] : nil
        var kind: EvidenceKind?
        if winner == .evidence {
            if f.has(.example) { kind = .example }
            else if f.has(.source) || f.attribution?.isSource == true { kind = .authority }
            else { kind = .statistic }
        }
        let list = found.filter { $0.0 == winner }.map(\.1).sorted { abs($0.weight) > abs($1.weight) }
        return (winner, s1, confidence, alternative, kind, list)
    }

    static func index(_ role: ArgumentRole) -> Int {
        switch role {
        case .thesis: 0
        case .claim: 1
        case .reason: 2
        case .evidence: 3
        case .concession: 4
        case .objection: 5
        case .rebuttal: 6
        case .recommendation: 7
        case .prediction: 8
        case .question: 9
        case .background: 10
        }
    }

    static func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
    static func exp(_ x: Double) -> Double { Foundation.exp(x) }
}
