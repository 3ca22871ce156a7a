import Foundation

/// A linear-chain model over the sentences of one paragraph: besides each sentence's component scores (the
/// emissions, `ComponentModel.scores`), it scores the component that opens and ends the paragraph, each pair of
/// neighbouring components (by paragraph kind, and by the discourse cue that opens the second sentence), and how
/// many claims and major claims the paragraph holds (0, 1, 2, 3 or more). The counts make the search run over
/// states (component, claims so far, major claims so far): 64 of them, so exact inference stays linear in the
/// paragraph's length. `marginals` gives each sentence's component probabilities over all readings of the paragraph
/// (and the expected counts training needs); `best` gives the likeliest reading.
struct ParagraphChain: Sendable {
    static let labels = ArgumentComponent.allCases.count
    /// Introduction, body paragraph, conclusion.
    static let kinds = 3
    /// No opening cue, then each `DiscourseMarkers.Cue`.
    static let cues = DiscourseMarkers.Cue.allCases.count + 1
    /// Counts 0, 1, 2, 3 or more.
    static let buckets = 4
    static let states = labels * buckets * buckets

    static let startOffset = 0
    static let pairOffset = startOffset + kinds * labels
    static let cueOffset = pairOffset + kinds * labels * labels
    static let endOffset = cueOffset + kinds * cues * labels * labels
    static let countOffset = endOffset + kinds * labels
    /// The number of weights.
    static let size = countOffset + kinds * 2 * buckets

    /// The weights, laid out as the offsets say.
    var weights: [Double]
    /// Whether pairs are also scored by the cue opening the second sentence.
    var cued: Bool
    /// Whether the counts of claims and major claims are scored.
    var counted: Bool

    init(weights: [Double] = Array(repeating: 0, count: ParagraphChain.size), cued: Bool = true, counted: Bool = true) {
        (self.weights, self.cued, self.counted) = (weights, cued, counted)
    }

    /// The kind of paragraph `p` of `count`: 0 the introduction, 2 the conclusion, 1 a body paragraph.
    static func kind(_ p: Int, of count: Int) -> Int { p == 0 ? 0 : p == count - 1 ? 2 : 1 }

    /// The cue that opens a sentence (the first of `DiscourseMarkers.Cue` order), 0 for none.
    static func cue(_ f: SentenceFeatures) -> Int {
        guard f.initialCues != 0 else { return 0 }
        return f.initialCues.trailingZeroBitCount + 1
    }

    static let claim = ArgumentComponent.claim.index, major = ArgumentComponent.majorClaim.index

    /// The state after a state `s` and a sentence of component `y`.
    static let successor: [Int] = (0..<states).flatMap { s in
        (0..<labels).map { y in
            let a = (s / labels) % buckets, b = s / (labels * buckets)
            return y + labels * (min(a + (y == claim ? 1 : 0), buckets - 1) + buckets * min(b + (y == major ? 1 : 0), buckets - 1))
        }
    }

    func start(_ k: Int, _ y: Int) -> Int { Self.startOffset + k * Self.labels + y }
    func pair(_ k: Int, _ a: Int, _ b: Int) -> Int { Self.pairOffset + (k * Self.labels + a) * Self.labels + b }
    func cuePair(_ k: Int, _ c: Int, _ a: Int, _ b: Int) -> Int { Self.cueOffset + ((k * Self.cues + c) * Self.labels + a) * Self.labels + b }
    func end(_ k: Int, _ y: Int) -> Int { Self.endOffset + k * Self.labels + y }
    func count(_ k: Int, _ which: Int, _ n: Int) -> Int { Self.countOffset + (k * 2 + which) * Self.buckets + n }

    /// The score of moving from component `a` to `b` at a sentence opening with cue `c`.
    private func transition(_ k: Int, _ c: Int, _ a: Int, _ b: Int) -> Double {
        weights[pair(k, a, b)] + (cued ? weights[cuePair(k, c, a, b)] : 0)
    }

    /// The score of ending in state `s`.
    private func final(_ k: Int, _ s: Int) -> Double {
        let y = s % Self.labels, a = (s / Self.labels) % Self.buckets, b = s / (Self.labels * Self.buckets)
        return weights[end(k, y)] + (counted ? weights[count(k, 0, a)] + weights[count(k, 1, b)] : 0)
    }

    /// The weights' indices that a reading of the paragraph uses (each once per use).
    func used(_ labels: [Int], kind k: Int, cues: [Int]) -> [Int] {
        guard let y0 = labels.first else { return [] }
        var list = [start(k, y0)]
        var s = Self.successor[y0]
        for i in 1..<labels.count {
            list.append(pair(k, labels[i - 1], labels[i]))
            if cued { list.append(cuePair(k, cues[i], labels[i - 1], labels[i])) }
            s = Self.successor[s * Self.labels + labels[i]]
        }
        list.append(end(k, labels[labels.count - 1]))
        if counted {
            list.append(count(k, 0, (s / Self.labels) % Self.buckets))
            list.append(count(k, 1, s / (Self.labels * Self.buckets)))
        }
        return list
    }

    /// Each sentence's component probabilities, every paragraph of the text read as a whole (`marginals`).
    /// - Parameters:
    ///   - emissions: per sentence, the component scores (`ComponentModel.scores`).
    ///   - paragraphs: the sentence range of each paragraph.
    ///   - cue: the cue that opens a sentence (`cue(_:)`).
    func probabilities(_ emissions: [[Double]], paragraphs: [Range<Int>], cue: (Int) -> Int) -> [[Double]] {
        var result = emissions.map(ComponentModel.softmax)
        var ignored: [Double] = []
        for (p, r) in paragraphs.enumerated() where !r.isEmpty {
            let m = marginals(r.map { emissions[$0] }, kind: Self.kind(p, of: paragraphs.count), cues: r.map(cue),
                              expected: &ignored, scale: 0)
            for (i, k) in r.enumerated() { result[k] = m[i] }
        }
        return result
    }

    /// Each sentence's component probabilities over every reading of the paragraph. `expected` gains `scale` × the
    /// expected use of each chain weight (left alone, and may be empty, when `scale` is 0).
    func marginals(_ emissions: [[Double]], kind k: Int, cues: [Int], expected: inout [Double], scale: Double) -> [[Double]] {
        let n = emissions.count, L = Self.labels, S = Self.states
        guard n > 0 else { return [] }
        // Potentials, each position's emissions shifted by their largest.
        var psi = Array(repeating: 0.0, count: n * L * L)
        for i in 0..<n {
            let top = emissions[i].max()!
            for a in 0..<L {
                for b in 0..<L {
                    let t = i == 0 ? weights[start(k, b)] : transition(k, cues[i], a, b)
                    psi[(i * L + a) * L + b] = Foundation.exp(emissions[i][b] - top + t)
                }
            }
        }
        var alpha = Array(repeating: 0.0, count: n * S), beta = alpha
        for y in 0..<L { alpha[Self.successor[y]] = psi[y] } // from the empty state (label 0, no counts)
        func normalise(_ v: inout [Double], _ i: Int) {
            var sum = 0.0
            for s in 0..<S { sum += v[i * S + s] }
            if sum > 0 { for s in 0..<S { v[i * S + s] /= sum } }
        }
        normalise(&alpha, 0)
        for i in 1..<n {
            for s in 0..<S where alpha[(i - 1) * S + s] > 0 {
                let a = alpha[(i - 1) * S + s], y0 = s % L
                for y in 0..<L { alpha[i * S + Self.successor[s * L + y]] += a * psi[(i * L + y0) * L + y] }
            }
            normalise(&alpha, i)
        }
        for s in 0..<S { beta[(n - 1) * S + s] = Foundation.exp(final(k, s)) }
        normalise(&beta, n - 1)
        if n > 1 {
            for i in stride(from: n - 2, through: 0, by: -1) {
                for s in 0..<S {
                    let y0 = s % L
                    var sum = 0.0
                    for y in 0..<L { sum += psi[((i + 1) * L + y0) * L + y] * beta[(i + 1) * S + Self.successor[s * L + y]] }
                    beta[i * S + s] = sum
                }
                normalise(&beta, i)
            }
        }
        var result = Array(repeating: Array(repeating: 0.0, count: L), count: n)
        var gamma = Array(repeating: 0.0, count: S)
        for i in 0..<n {
            var total = 0.0
            for s in 0..<S { gamma[s] = alpha[i * S + s] * beta[i * S + s]; total += gamma[s] }
            guard total > 0 else { continue }
            for s in 0..<S { result[i][s % L] += gamma[s] / total }
            guard scale != 0 else { continue }
            if i == 0 { for y in 0..<L { expected[start(k, y)] += scale * result[0][y] } }
            if i == n - 1 {
                for s in 0..<S where gamma[s] > 0 {
                    let g = scale * gamma[s] / total, y = s % L
                    expected[end(k, y)] += g
                    if counted {
                        expected[count(k, 0, (s / L) % Self.buckets)] += g
                        expected[count(k, 1, s / (L * Self.buckets))] += g
                    }
                }
            }
            if i > 0 {
                // Pairs: alpha(i-1, s) psi(i, y(s), y) beta(i, successor).
                var pairs = Array(repeating: 0.0, count: L * L)
                var sum = 0.0
                for s in 0..<S where alpha[(i - 1) * S + s] > 0 {
                    let a = alpha[(i - 1) * S + s], y0 = s % L
                    for y in 0..<L {
                        let v = a * psi[(i * L + y0) * L + y] * beta[i * S + Self.successor[s * L + y]]
                        pairs[y0 * L + y] += v
                        sum += v
                    }
                }
                guard sum > 0 else { continue }
                for a in 0..<L {
                    for b in 0..<L where pairs[a * L + b] > 0 {
                        let g = scale * pairs[a * L + b] / sum
                        expected[pair(k, a, b)] += g
                        if cued { expected[cuePair(k, cues[i], a, b)] += g }
                    }
                }
            }
        }
        return result
    }

    /// The likeliest reading of the paragraph among those whose sentence `i` takes a component `allowed(i, y)`
    /// admits (nil when none does).
    func best(_ emissions: [[Double]], kind k: Int, cues: [Int], allowed: (Int, Int) -> Bool = { _, _ in true }) -> [Int]? {
        let n = emissions.count, L = Self.labels, S = Self.states
        guard n > 0 else { return [] }
        var delta = Array(repeating: -Double.infinity, count: n * S)
        var back = Array(repeating: -1, count: n * S)
        for y in 0..<L where allowed(0, y) { delta[Self.successor[y]] = emissions[0][y] + weights[start(k, y)] }
        for i in 1..<n {
            for s in 0..<S where delta[(i - 1) * S + s] > -.infinity {
                let d = delta[(i - 1) * S + s], y0 = s % L
                for y in 0..<L where allowed(i, y) {
                    let v = d + emissions[i][y] + transition(k, cues[i], y0, y)
                    let t = i * S + Self.successor[s * L + y]
                    if v > delta[t] { delta[t] = v; back[t] = s }
                }
            }
        }
        var top = -Double.infinity, state = -1
        for s in 0..<S where delta[(n - 1) * S + s] > -.infinity {
            let v = delta[(n - 1) * S + s] + final(k, s)
            if v > top { top = v; state = s }
        }
        guard state >= 0 else { return nil }
        var labels = Array(repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            labels[i] = state % L
            state = back[i * S + state]
        }
        return labels
    }
}
