import Foundation

/// TextRank over BM25 similarity (Mihalcea & Tarau 2004, with the BM25 weighting of Barrios et al. 2016, as summa
/// and gensim do): sentences are nodes, the weight between two sentences is how well each, read as a query, retrieves
/// the other under Okapi BM25 (k1 1.2, b 0.75; a stem in more than half the sentences, whose IDF would be negative,
/// counts 0.25 × the average IDF), averaged over both directions, and PageRank with damping 0.85 is run by power
/// iteration until the ranks move less than `tolerance`.
///
/// The graph is sparse and built from an inverted index over stems: only sentences sharing a stem are ever compared.
/// Up to `fullGraphLimit` sentences every shared stem links them and every link is kept (the plain method); beyond
/// it only stems found in at most `rareStemLimit` sentences link them and each sentence keeps its `neighbours`
/// strongest links, so the cost stays linear in the length of the text.
struct SentenceRank {
    var fullGraphLimit = 500
    var rareStemLimit = 60
    var neighbours = 12
    var damping = 0.85
    var tolerance = 1e-7
    var maximumIterations = 200

    static let k1 = 1.2
    static let b = 0.75
    static let epsilon = 0.25

    /// Each sentence's PageRank (they sum to 1); 1 each when there is a single sentence.
    func rank(_ v: SentenceVectors) -> [Double] {
        let n = v.count
        guard n > 1 else { return Array(repeating: 1, count: n) }
        let limit = n <= fullGraphLimit ? n : rareStemLimit
        let keep = n <= fullGraphLimit ? n : neighbours

        // IDF with the average-IDF correction for stems in more than half the sentences.
        var idf = [Double](repeating: 0, count: v.dimension)
        var idfSum = 0.0, idfCount = 0
        for s in 0..<v.dimension where v.df[s] > 0 {
            let df = Double(v.df[s])
            idf[s] = log(Double(n) - df + 0.5) - log(df + 0.5)
            idfSum += idf[s]
            idfCount += 1
        }
        let floor = Self.epsilon * idfSum / Double(max(idfCount, 1))
        for s in 0..<v.dimension where v.df[s] > 0 && idf[s] < 0 { idf[s] = floor }

        // Postings of each linking stem: (sentence, BM25 term weight in that sentence), flat.
        var lengths = [Double](repeating: 0, count: n)
        for k in 0..<n { for e in v.entries(k) { lengths[k] += Double(v.counts[e]) } }
        let averageLength = max(lengths.reduce(0, +) / Double(n), 1)
        func links(_ s: Int) -> Bool { v.df[s] >= 2 && Int(v.df[s]) <= limit }
        var starts = [Int](repeating: 0, count: v.dimension + 1)
        for k in 0..<n { for e in v.entries(k) where links(Int(v.stems[e])) { starts[Int(v.stems[e]) + 1] += 1 } }
        for s in 0..<v.dimension { starts[s + 1] += starts[s] }
        var fill = starts
        var postSentence = [Int32](repeating: 0, count: starts[v.dimension])
        var postWeight = [Double](repeating: 0, count: starts[v.dimension])
        for k in 0..<n {
            let norm = Self.k1 * (1 - Self.b + Self.b * lengths[k] / averageLength)
            for e in v.entries(k) {
                let s = Int(v.stems[e])
                guard links(s) else { continue }
                let f = Double(v.counts[e])
                postSentence[fill[s]] = Int32(k)
                postWeight[fill[s]] = idf[s] * f * (Self.k1 + 1) / (f + norm)
                fill[s] += 1
            }
        }

        // Sentence k as a query against every sentence sharing a linking stem; half of each score goes each way, so
        // a pair found from both ends is joined by the mean of its two BM25 scores.
        var accumulated = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var edgeFrom: [Int32] = [], edgeTo: [Int32] = [], edgeWeight: [Double] = []
        for k in 0..<n {
            for e in v.entries(k) {
                let s = Int(v.stems[e])
                guard links(s) else { continue }
                let q = Double(v.counts[e])
                for p in starts[s]..<starts[s + 1] {
                    let j = Int(postSentence[p])
                    guard j != k else { continue }
                    if accumulated[j] == 0 { touched.append(j) }
                    accumulated[j] += q * postWeight[p]
                }
            }
            var found = touched.map { ($0, accumulated[$0]) }
            for j in touched { accumulated[j] = 0 }
            touched.removeAll(keepingCapacity: true)
            if found.count > keep {
                found.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                found.removeLast(found.count - keep)
            }
            for (j, w) in found where w > 0 {
                edgeFrom.append(Int32(k)); edgeTo.append(Int32(j)); edgeWeight.append(w / 2)
                edgeFrom.append(Int32(j)); edgeTo.append(Int32(k)); edgeWeight.append(w / 2)
            }
        }
        return pageRank(n, from: edgeFrom, to: edgeTo, weight: edgeWeight)
    }

    /// Weighted PageRank by power iteration; a sentence with no links spreads its rank evenly.
    func pageRank(_ n: Int, from: [Int32], to: [Int32], weight: [Double]) -> [Double] {
        var outWeight = [Double](repeating: 0, count: n)
        for e in from.indices { outWeight[Int(from[e])] += weight[e] }
        var share = [Double](repeating: 0, count: from.count)
        for e in from.indices { share[e] = damping * weight[e] / outWeight[Int(from[e])] }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = rank
        for _ in 0..<maximumIterations {
            var dangling = 0.0
            for k in 0..<n where outWeight[k] == 0 { dangling += rank[k] }
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            for k in 0..<n { next[k] = base }
            for e in from.indices { next[Int(to[e])] += rank[Int(from[e])] * share[e] }
            var change = 0.0
            for k in 0..<n { change += abs(next[k] - rank[k]) }
            swap(&rank, &next)
            if change < tolerance { break }
        }
        return rank
    }
}
