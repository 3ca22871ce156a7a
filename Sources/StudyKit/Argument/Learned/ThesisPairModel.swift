import Foundation

/// Chooses a student essay's major claims as one pair: a sentence of the introduction or none, and a sentence of the
/// conclusion or none, scored together by a log-linear model over every such pair (exact: the introduction's
/// sentences times the conclusion's, each with "none"). A pair's score adds what each sentence brings (the log of its
/// major-claim probability, whether it ends the introduction or opens the conclusion, a stance cue) and what the two
/// share (their words' binary cosine, both taking a stance). The weights, the "none" choices included, are learned
/// from the component probabilities of essays the component model did not see (held-out folds), so the pair replaces
/// the hand floors of `ThesisDecoder` for texts laid out like the training essays.
struct ThesisPairModel: Sendable, Equatable {
    /// The pair features, in weight order.
    enum Feature: Int, CaseIterable {
        case introBias, introLogMajor, introLogClaim, introLast, introStance
        case conclusionBias, conclusionLogMajor, conclusionLogClaim, conclusionFirst, conclusionStance
        case both, overlap, bothStance

        /// The feature's name in the weights resource and in `--pair` options.
        var name: String { String(describing: self) }
    }

    /// One weight per `Feature`.
    var weights: [Double]

    init(weights: [Double] = Array(repeating: 0, count: Feature.allCases.count)) {
        self.weights = weights
    }

    /// What one sentence of a pair is: its component probabilities and the cues and place it holds.
    struct Candidate {
        let sentence: Int
        let probabilities: [Double]
        let edge: Bool
        let stance: Bool
    }

    /// The candidates of an essay and their overlaps: the introduction's and the conclusion's sentences that may be
    /// the author's thesis.
    struct Essay {
        let intro: [Candidate]
        let conclusion: [Candidate]
        /// `overlap[a][b]`: binary cosine of intro candidate `a` and conclusion candidate `b`.
        let overlap: [[Double]]

        init(probabilities: [[Double]], paragraphs: [Range<Int>], stems: [[Int32]], stance: (Int) -> Bool,
             excluded: (Int) -> Bool) {
            let first = paragraphs.first ?? 0..<0, last = paragraphs.count > 1 ? paragraphs.last! : 0..<0
            let intro = first.filter { !excluded($0) }.map {
                Candidate(sentence: $0, probabilities: probabilities[$0], edge: $0 == first.upperBound - 1, stance: stance($0))
            }
            let conclusion = last.filter { !excluded($0) }.map {
                Candidate(sentence: $0, probabilities: probabilities[$0], edge: $0 == last.lowerBound, stance: stance($0))
            }
            (self.intro, self.conclusion) = (intro, conclusion)
            overlap = intro.map { a in
                let shared = ComponentDecoder.overlaps(stems, with: a.sentence)
                return conclusion.map { shared[$0.sentence] }
            }
        }
    }

    private static func log(_ p: Double) -> Double { Foundation.log(max(p, 1e-6)) }

    /// The features of the pair (intro candidate `a` or nil, conclusion candidate `b` or nil), as (feature, value).
    static func features(_ e: Essay, _ a: Int?, _ b: Int?) -> [(Feature, Double)] {
        let mc = ArgumentComponent.majorClaim.index, cl = ArgumentComponent.claim.index
        var out: [(Feature, Double)] = []
        if let a {
            let c = e.intro[a]
            out += [(.introBias, 1), (.introLogMajor, log(c.probabilities[mc])), (.introLogClaim, log(c.probabilities[cl])),
                    (.introLast, c.edge ? 1 : 0), (.introStance, c.stance ? 1 : 0)]
        }
        if let b {
            let c = e.conclusion[b]
            out += [(.conclusionBias, 1), (.conclusionLogMajor, log(c.probabilities[mc])),
                    (.conclusionLogClaim, log(c.probabilities[cl])), (.conclusionFirst, c.edge ? 1 : 0),
                    (.conclusionStance, c.stance ? 1 : 0)]
        }
        if let a, let b {
            out += [(.both, 1), (.overlap, e.overlap[a][b]), (.bothStance, e.intro[a].stance && e.conclusion[b].stance ? 1 : 0)]
        }
        return out
    }

    func score(_ e: Essay, _ a: Int?, _ b: Int?) -> Double {
        Self.features(e, a, b).reduce(0) { $0 + weights[$1.0.rawValue] * $1.1 }
    }

    /// Every pair of an essay: intro candidate or nil, conclusion candidate or nil.
    static func pairs(_ e: Essay) -> [(Int?, Int?)] {
        let a: [Int?] = [nil] + e.intro.indices.map { $0 }, b: [Int?] = [nil] + e.conclusion.indices.map { $0 }
        return a.flatMap { x in b.map { (x, $0) } }
    }

    /// The best pair's sentences (main first: the introduction's when the conclusion restates it by sharing a word,
    /// else the likelier major claim) and its probability among all pairs.
    func decode(_ e: Essay) -> (sentences: [Int], confidence: Double) {
        let all = Self.pairs(e)
        let scores = all.map { score(e, $0.0, $0.1) }
        let top = scores.max()!
        var best = 0
        for i in scores.indices where scores[i] > scores[best] { best = i }
        let total = scores.reduce(0) { $0 + Foundation.exp($1 - top) }
        let (a, b) = all[best]
        var sentences: [Int] = []
        let mc = ArgumentComponent.majorClaim.index
        if let a, let b {
            let x = e.intro[a], y = e.conclusion[b]
            sentences = e.overlap[a][b] > 0 || x.probabilities[mc] >= y.probabilities[mc] ? [x.sentence, y.sentence] : [y.sentence, x.sentence]
        } else if let a {
            sentences = [e.intro[a].sentence]
        } else if let b {
            sentences = [e.conclusion[b].sentence]
        }
        return (sentences, 1 / total)
    }

    /// Learns the weights from essays (their candidates built from held-out probabilities) and their gold major
    /// claims: the conditional log-likelihood of the pairs that agree with the gold (a paragraph without a gold
    /// major claim agrees with "none"), L2, full-batch AdaGrad. Features named in `without` stay at zero.
    static func fit(_ essays: [(Essay, Set<Int>)], l2: Double = 0.01, iterations: Int = 300, rate: Double = 0.2,
                    without: Set<Feature> = []) -> ThesisPairModel {
        var model = ThesisPairModel()
        let n = Feature.allCases.count
        var history = Array(repeating: 0.0, count: n)
        let lists = essays.map { e, gold -> (pairs: [[(Feature, Double)]], good: [Bool]) in
            let introGold = e.intro.contains { gold.contains($0.sentence) }
            let conclusionGold = e.conclusion.contains { gold.contains($0.sentence) }
            let all = pairs(e)
            return (all.map { features(e, $0.0, $0.1).filter { !without.contains($0.0) } }, all.map { a, b in
                (a.map { gold.contains(e.intro[$0].sentence) } ?? !introGold)
                    && (b.map { gold.contains(e.conclusion[$0].sentence) } ?? !conclusionGold)
            })
        }
        let scale = 1 / Double(max(essays.count, 1))
        for _ in 0..<iterations {
            var gradient = model.weights.map { l2 * $0 }
            for (pairs, good) in lists where good.contains(true) {
                let scores = pairs.map { $0.reduce(0) { $0 + model.weights[$1.0.rawValue] * $1.1 } }
                let top = scores.max()!
                let e = scores.map { Foundation.exp($0 - top) }
                let all = e.reduce(0, +)
                let kept = zip(e, good).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
                for (i, list) in pairs.enumerated() {
                    let g = scale * (e[i] / all - (good[i] ? e[i] / kept : 0))
                    for (f, v) in list { gradient[f.rawValue] += g * v }
                }
            }
            for i in 0..<n where gradient[i] != 0 {
                history[i] += gradient[i] * gradient[i]
                model.weights[i] -= rate * gradient[i] / (history[i].squareRoot() + 1e-8)
            }
        }
        return model
    }
}
