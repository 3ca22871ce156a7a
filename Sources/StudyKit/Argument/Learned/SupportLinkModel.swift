import Foundation

/// A logistic regression over `SupportLinkFeatures` pairs: the probability that the source sentence's component
/// supports or attacks the target's. Fitted with an L2 penalty by full-batch AdaGrad for a fixed number of
/// iterations, features in a fixed order, so the same pairs and settings give the same weights, bit for bit.
struct SupportLinkModel: Sendable {
    /// The settings of one fit.
    struct Settings: Sendable, CustomStringConvertible {
        var cap = 6
        var l2 = 0.001
        var iterations = 300
        var learningRate = 0.3
        var minCount = 2
        /// Pair features whose name contains any of these are left out.
        var without: [String] = []

        var description: String {
            "pairs at most \(cap) apart, l2 \(l2), \(iterations) iterations at rate \(learningRate), features in at least \(minCount) pairs"
                + (without.isEmpty ? "" : ", without pair features naming " + without.map { "'\($0)'" }.joined(separator: ", "))
        }
    }

    /// The weight of each feature number (0 for one not kept).
    let weights: [Double]

    /// The probability of a link from its features.
    func probability(_ features: [ComponentFeatures.Row]) -> Double {
        var z = 0.0
        for f in features where Int(f.row) < weights.count { z += f.value * weights[Int(f.row)] }
        return 1 / (1 + Foundation.exp(-z))
    }

    /// Fits on labelled pairs; `names` are the feature numbers' names (for `without`), `distance` filters by `cap`.
    static func fit(_ pairs: [(SupportLinkFeatures.Pair, Bool)], names: [String], settings: Settings) -> SupportLinkModel {
        let kept = pairs.filter { abs(Int($0.0.target) - Int($0.0.source)) <= settings.cap }
        var counts = Array(repeating: 0, count: names.count)
        for (pair, _) in kept { for f in pair.features { counts[Int(f.row)] += 1 } }
        let use = names.indices.map { i in counts[i] >= settings.minCount && !settings.without.contains { names[i].contains($0) } }
        let rows = kept.map { $0.0.features.filter { use[Int($0.row)] } }
        let gold = kept.map { $0.1 ? 1.0 : 0.0 }
        var w = Array(repeating: 0.0, count: names.count)
        var history = w, gradient = w
        let scale = 1 / Double(max(kept.count, 1))
        for _ in 0..<settings.iterations {
            for i in gradient.indices { gradient[i] = settings.l2 * w[i] }
            for (x, y) in zip(rows, gold) {
                var z = 0.0
                for f in x { z += f.value * w[Int(f.row)] }
                let g = (1 / (1 + Foundation.exp(-z)) - y) * scale
                for f in x { gradient[Int(f.row)] += g * f.value }
            }
            for i in w.indices where gradient[i] != 0 {
                history[i] += gradient[i] * gradient[i]
                w[i] -= settings.learningRate * gradient[i] / (history[i].squareRoot() + 1e-8)
            }
        }
        return SupportLinkModel(weights: w)
    }
}
