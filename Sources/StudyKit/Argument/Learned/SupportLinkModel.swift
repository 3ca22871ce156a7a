import Foundation

/// Which sentence of its body paragraph each sentence supports (an experiment of `study train --evaluate --links`):
/// for each source sentence, a softmax over "none" and the other sentences of its paragraph at most `cap` apart (a
/// premise supports one component). A candidate's features: the signed distance and direction, both sentences'
/// places, opening cues and first words (with the direction), their shared content stems, and both sentences'
/// component probabilities from a role model that did not see the essay. Learned from the corpus's relations by
/// the log-likelihood of the gold targets, L2, full-batch AdaGrad.
struct SupportLinkModel: Sendable {
    var index: [String: Int] = [:]
    var weights: [Double] = []

    /// What one sentence brings to its candidates: its descriptors (first word, opening cues, signals) and its
    /// component probabilities.
    struct Sentence {
        let words: [String]
        let probabilities: [Double]
        let stems: Set<Int32>
    }

    /// A body paragraph ready for the link model.
    struct Paragraph {
        let sentences: [Sentence]
        /// Per sentence, its gold targets (paragraph-relative); empty: none.
        let gold: [Set<Int>]
    }

    static let cap = 6

    /// The descriptors of a sentence read from its component features' names.
    static func descriptors(_ features: [ComponentFeatures.Value]) -> [String] {
        var out: [String] = []
        for f in features {
            let n = f.name
            if n.hasPrefix("word 1 is '"), !n.contains("' in ") { out.append(n) }
            else if n.hasPrefix("opens with a "), n.hasSuffix(" marker") { out.append(n) }
            else if n.hasSuffix(" marker inside") { out.append(n) }
            else if n.hasPrefix("modal '") { out.append(n) }
            else if ["a question", "a number", "several numbers", "names", "cites a source", "states someone else's view",
                     "mentions someone else's view", "the author says 'I'", "echoed by the rest of its paragraph"].contains(n) { out.append(n) }
        }
        return out
    }

    static func log(_ p: Double) -> Double { Foundation.log(max(p, 1e-4)) }

    static func place(_ i: Int, _ n: Int) -> String { i == 0 ? "first" : i == n - 1 ? "last" : "middle" }

    /// The candidates of source `i` (nil: none) with their features.
    static func candidates(_ p: Paragraph, _ i: Int) -> [(target: Int?, features: [(String, Double)])] {
        let n = p.sentences.count, s = p.sentences[i]
        let cl = ArgumentComponent.claim.index, pr = ArgumentComponent.premise.index, no = ArgumentComponent.none.index
        var out: [(target: Int?, features: [(String, Double)])] = []
        var none: [(String, Double)] = [("none", 1), ("none: source \(place(i, n))", 1), ("none: paragraph of \(min(n, 7))", 1),
                                        ("none: log claim", log(s.probabilities[cl])), ("none: log premise", log(s.probabilities[pr])),
                                        ("none: log none", log(s.probabilities[no]))]
        for w in s.words { none.append(("none: " + w, 1)) }
        out.append((nil, none))
        // The most similar sentence to the source.
        func cosine(_ a: Set<Int32>, _ b: Set<Int32>) -> Double {
            a.isEmpty || b.isEmpty ? 0 : Double(a.intersection(b).count) / (Double(a.count) * Double(b.count)).squareRoot()
        }
        let near = (0..<n).filter { $0 != i && abs($0 - i) <= cap }
        let cos = near.map { cosine(s.stems, p.sentences[$0].stems) }
        let top = cos.max() ?? 0
        let claimTop = (0..<n).max { p.sentences[$0].probabilities[cl] < p.sentences[$1].probabilities[cl] }
        for (x, j) in near.enumerated() {
            let t = p.sentences[j], d = j - i, dir = d < 0 ? "back" : "forward"
            var f: [(String, Double)] = [("distance \(max(-4, min(4, d)))", 1), ("\(dir)", 1),
                                         ("target \(place(j, n)) \(dir)", 1), ("source \(place(i, n)) \(dir)", 1),
                                         ("target \(place(j, n)), source \(place(i, n))", 1),
                                         ("cosine", cos[x]), ("cosine \(dir)", cos[x]),
                                         ("target log claim", log(t.probabilities[cl])), ("target log premise", log(t.probabilities[pr])),
                                         ("source log claim", log(s.probabilities[cl])), ("source log premise", log(s.probabilities[pr])),
                                         ("target claim", t.probabilities[cl])]
            if cos[x] == top, top > 0 { f.append(("most similar", 1)) }
            if cos[x] == 0 { f.append(("nothing shared", 1)) }
            if j == claimTop { f.append(("target likeliest claim", 1)) }
            for w in s.words { f.append(("source " + w + " " + dir, 1)) }
            for w in t.words { f.append(("target " + w + " " + dir, 1)) }
            if abs(d) == 1 { for w in s.words { f.append(("adjacent source " + w + " " + dir, 1)) } }
            out.append((j, f))
        }
        return out
    }

    /// Per source, the probability of each target (paragraph-relative index; `n` stands for none).
    func probabilities(_ p: Paragraph) -> [[Int: Double]] {
        let n = p.sentences.count
        return (0..<n).map { i in
            let c = Self.candidates(p, i)
            let scores = c.map { $0.features.reduce(0.0) { s, f in s + (index[f.0].map { weights[$0] } ?? 0) * f.1 } }
            let top = scores.max()!
            let e = scores.map { Foundation.exp($0 - top) }
            let sum = e.reduce(0, +)
            var out: [Int: Double] = [:]
            for (k, x) in c.enumerated() { out[x.target ?? n] = e[k] / sum }
            return out
        }
    }

    /// Learns from paragraphs with gold targets (sources whose gold targets are all out of reach are skipped).
    static func fit(_ paragraphs: [Paragraph], l2: Double, iterations: Int = 300, rate: Double = 0.2) -> SupportLinkModel {
        var model = SupportLinkModel()
        var examples: [(rows: [[(Int, Double)]], good: [Bool])] = []
        for p in paragraphs {
            for i in p.sentences.indices {
                let c = candidates(p, i)
                let good = c.map { x in x.target.map { p.gold[i].contains($0) } ?? p.gold[i].isEmpty }
                guard good.contains(true) else { continue }
                examples.append((c.map { x in x.features.map { f -> (Int, Double) in
                    if let k = model.index[f.0] { return (k, f.1) }
                    model.index[f.0] = model.index.count
                    return (model.index.count - 1, f.1)
                } }, good))
            }
        }
        var w = Array(repeating: 0.0, count: model.index.count)
        var history = w, gradient = w
        let scale = 1 / Double(max(examples.count, 1))
        for _ in 0..<iterations {
            for k in w.indices { gradient[k] = l2 * w[k] }
            for (rows, good) in examples {
                let scores = rows.map { $0.reduce(0.0) { $0 + w[$1.0] * $1.1 } }
                let top = scores.max()!
                let e = scores.map { Foundation.exp($0 - top) }
                let all = e.reduce(0, +)
                let kept = zip(e, good).reduce(0.0) { $0 + ($1.1 ? $1.0 : 0) }
                for (c, row) in rows.enumerated() {
                    let g = scale * (e[c] / all - (good[c] ? e[c] / kept : 0))
                    for (k, v) in row { gradient[k] += g * v }
                }
            }
            for k in w.indices where gradient[k] != 0 {
                history[k] += gradient[k] * gradient[k]
                w[k] -= rate * gradient[k] / (history[k].squareRoot() + 1e-8)
            }
        }
        model.weights = w
        return model
    }
}
