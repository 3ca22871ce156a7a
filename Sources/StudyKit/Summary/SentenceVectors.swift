import Foundation

/// Unit-length TF-IDF vectors of content stems for a run of sentences, stored flat: sentence `k`'s entries are
/// `stems[entries(k)]` with `weights[entries(k)]`. `df` counts the sentences holding each stem.
struct SentenceVectors {
    var stems: [Int32] = []
    var weights: [Double] = []
    var counts: [Int32] = []
    var offsets: [Int] = [0]
    var df: [Int32]
    let dimension: Int

    init(model: KnowledgeModel, sentences range: Range<Int>) {
        dimension = model.vocabulary.stems.count
        df = [Int32](repeating: 0, count: dimension)
        var scratch = [Int32](repeating: 0, count: dimension)
        for i in range {
            let first = stems.count
            for t in model.sentences[i].tokens {
                let token = model.tokens[t]
                guard !token.flags.contains(.stopWord), !token.flags.contains(.numeric) else { continue }
                let s = Int(token.stem)
                if scratch[s] == 0 { stems.append(token.stem) }
                scratch[s] += 1
            }
            for e in first..<stems.count {
                let s = Int(stems[e])
                counts.append(scratch[s])
                scratch[s] = 0
                df[s] += 1
            }
            offsets.append(stems.count)
        }
        let n = Double(range.count)
        weights = [Double](repeating: 0, count: stems.count)
        for k in 0..<range.count {
            var norm = 0.0
            for e in entries(k) {
                let w = (1 + log(Double(counts[e]))) * log(1 + n / Double(df[Int(stems[e])]))
                weights[e] = w
                norm += w * w
            }
            norm = norm.squareRoot()
            if norm > 0 { for e in entries(k) { weights[e] /= norm } }
        }
    }

    var count: Int { offsets.count - 1 }
    func entries(_ k: Int) -> Range<Int> { offsets[k]..<offsets[k + 1] }
    /// Number of distinct content stems.
    func length(_ k: Int) -> Int { offsets[k + 1] - offsets[k] }
}

