import Foundation

/// Re-reads each body paragraph of a decoded essay (an experiment of `study train --evaluate --links`): the roles
/// and the support links decoded together. A reading picks the paragraph's claim (one sentence, or none); every
/// other sentence is a premise that supports its likeliest target among the paragraph's sentences (the claim or
/// another premise), or none (no link), or a second claim when very likely. The reading's score is the sum of the
/// role log-probabilities, `linkWeight` × the log-probabilities of the links it uses (a claim or none: the source's
/// "none"), and `supportWeight` × the support the claim receives (the sum of the others' probabilities of pointing
/// at it). Exact search over the claim: linear in the number of sentence pairs within reach.
struct SupportTreeDecoder: Sendable {
    var linkWeight = 1.0
    var supportWeight = 0.0
    var secondClaimFloor = 0.9

    /// - Parameters:
    ///   - reading: the decoder's components (its major claims are kept).
    ///   - links: per body paragraph index, per source, the probability of each target (key `count`: none).
    func decode(_ reading: [ArgumentComponent], probabilities: [[Double]], paragraphs: [Range<Int>],
                links: [Int: [[Int: Double]]]) -> [ArgumentComponent] {
        var out = reading
        let cl = ArgumentComponent.claim.index, pr = ArgumentComponent.premise.index, no = ArgumentComponent.none.index
        func log(_ p: Double) -> Double { Foundation.log(max(p, 1e-4)) }
        for (p, r) in paragraphs.enumerated() {
            guard let L = links[p] else { continue }
            let n = r.count
            let open = (0..<n).filter { reading[r.lowerBound + $0] != .majorClaim }
            guard !open.isEmpty else { continue }
            let m = { (i: Int) in probabilities[r.lowerBound + i] }
            // Each sentence's best reading when it is not the claim.
            var other: [Int: (score: Double, label: ArgumentComponent)] = [:]
            for i in open {
                var bestTarget = 0.0
                for j in open where j != i { bestTarget = max(bestTarget, L[i][j] ?? 0) }
                var best = (log(m(i)[pr]) + linkWeight * log(bestTarget), ArgumentComponent.premise)
                let none = log(m(i)[no]) + linkWeight * log(L[i][n] ?? 0)
                if none > best.0 { best = (none, .none) }
                if m(i)[cl] >= secondClaimFloor {
                    let second = log(m(i)[cl]) + linkWeight * log(L[i][n] ?? 0)
                    if second > best.0 { best = (second, .claim) }
                }
                other[i] = best
            }
            let base = open.reduce(0.0) { $0 + other[$1]!.score }
            var top = base, claim: Int? = nil
            for c in open {
                let support = open.reduce(0.0) { $0 + ($1 == c ? 0 : L[$1][c] ?? 0) }
                let s = base - other[c]!.score + log(m(c)[cl]) + linkWeight * log(L[c][n] ?? 0) + supportWeight * support
                if s > top { (top, claim) = (s, c) }
            }
            for i in open { out[r.lowerBound + i] = i == claim ? .claim : other[i]!.label }
        }
        return out
    }
}
