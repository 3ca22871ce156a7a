import Foundation

/// How long a summary may be.
public enum SummaryBudget: Sendable, Equatable {
    /// At most this many sentences.
    case sentences(Int)
    /// At most this many words (at least one sentence).
    case words(Int)
    /// About this share (0…1) of the selection's words (at least one sentence).
    case ratio(Double)
}

/// An extractive summary: sentences of the text, in document order, each with the score it was chosen by.
public struct Summary: Sendable {
    public struct Line: Sendable {
        /// Index into `KnowledgeModel.sentences`.
        public let sentence: Int
        public let score: SummaryScore
        /// 1-based order in which it was chosen (1 = the most relevant).
        public let rank: Int
    }

    /// The chosen sentences, in document order.
    public let lines: [Line]
    /// The sentences the summary was chosen from.
    public let sentences: Range<Int>
    /// Every sentence's score before selection (indexed like `sentences`, relative to its lower bound), so other
    /// services (the argument digest, `outline --summaries`) can rank sentences the same way.
    public let scores: [SummaryScore]

    public var sentenceIndexes: [Int] { lines.map(\.sentence) }

    /// The score of a sentence of the selection (nil outside it).
    public func score(of sentence: Int) -> SummaryScore? {
        sentences.contains(sentence) ? scores[sentence - sentences.lowerBound] : nil
    }
}

/// Picks the sentences that best summarise an essay, a section or a range of paragraphs. The scoring is documented
/// in `SummaryScore`; this type computes its parts and runs the MMR selection.
///
/// Everything is near-linear in the length of the text: the LexRank graph links only sentences that share a rare
/// stem (a stem in at most `rareStemLimit` sentences once the text has more than `fullGraphLimit` sentences), each
/// sentence keeps its `neighbours` strongest links, PageRank runs a bounded number of sparse iterations, and MMR
/// compares candidates only with the few sentences already chosen, within a pool of the most relevant.
public struct Summarizer: Sendable {
    public let model: KnowledgeModel
    /// The argument-role weight of a sentence (index into `model.sentences`): a multiplier, 1 for background.
    public let roleWeight: @Sendable (Int) -> Double

    /// Up to this many sentences, every shared stem links sentences (plain LexRank).
    public var fullGraphLimit = 500
    /// Beyond `fullGraphLimit`, only stems found in at most this many sentences link them.
    public var rareStemLimit = 60
    /// Strongest links kept per sentence.
    public var neighbours = 12
    /// PageRank damping factor.
    public var damping = 0.85
    /// Two sentences more similar than this (TF-IDF cosine) are never both chosen.
    public var duplicateSimilarity = 0.6

    public init(model: KnowledgeModel, roleWeight: @escaping @Sendable (Int) -> Double = { _ in 1 }) {
        self.model = model
        self.roleWeight = roleWeight
    }

    /// The budget used when none is given: 5 sentences for the whole essay, 3 for a part of it, 2 for a short part,
    /// never more than a third of the sentences (at least 1).
    public static func defaultBudget(for selection: Selection, sentenceCount: Int) -> Int {
        let wanted: Int
        switch selection {
        case .all: wanted = 5
        default: wanted = sentenceCount <= 8 ? 2 : 3
        }
        return max(1, min(wanted, (sentenceCount + 2) / 3))
    }

    /// Summarises a selection of the essay.
    public func summarize(_ selection: Selection = .all, budget: SummaryBudget? = nil) -> Summary {
        let range = selection.sentenceIndexes(in: model)
        let terms: [KeyTerm]
        if case .section(let n) = selection, model.sectionKeyTerms.indices.contains(n - 1) {
            terms = model.sectionKeyTerms[n - 1]
        } else {
            terms = model.keyTerms
        }
        let b = budget ?? .sentences(Self.defaultBudget(for: selection, sentenceCount: range.count))
        return summarize(sentences: range, budget: b, keyTerms: terms)
    }

    /// Summarises a run of sentences, with the key terms that count for it.
    public func summarize(sentences range: Range<Int>, budget: SummaryBudget, keyTerms: [KeyTerm]) -> Summary {
        let vectors = SentenceVectors(model: model, sentences: range)
        let scores = score(range, vectors: vectors, keyTerms: keyTerms)
        let chosen = select(range, vectors: vectors, scores: scores, budget: budget)
        let lines = chosen.enumerated()
            .map { rank, pick in Summary.Line(sentence: pick.sentence, score: pick.score, rank: rank + 1) }
            .sorted { $0.sentence < $1.sentence }
        return Summary(lines: lines, sentences: range, scores: scores)
    }

    // MARK: - Scoring

    func score(_ range: Range<Int>, vectors v: SentenceVectors, keyTerms: [KeyTerm]) -> [SummaryScore] {
        let n = range.count
        guard n > 0 else { return [] }
        let centrality = normalised(lexRank(v))
        let centroid = normalised(centroidSimilarity(v))
        let terms = normalised(keyTermCoverage(range, keyTerms: keyTerms))
        let position = positions(range)
        return (0..<n).map { k in
            SummaryScore(centrality: centrality[k], centroid: centroid[k], keyTerms: terms[k], position: position[k],
                         role: roleWeight(range.lowerBound + k), form: form(range.lowerBound + k, contentWords: v.length(k)))
        }
    }

    private func normalised(_ xs: [Double]) -> [Double] {
        let top = xs.max() ?? 0
        return top > 0 ? xs.map { $0 / top } : xs.map { _ in 0 }
    }

    /// Min-max scaled to 0…1 (all 1 when every value is the same).
    private func stretched(_ xs: [Double]) -> [Double] {
        guard let lo = xs.min(), let hi = xs.max() else { return [] }
        return hi > lo ? xs.map { ($0 - lo) / (hi - lo) } : xs.map { _ in 1 }
    }

    /// Sparse LexRank: PageRank over a graph whose edges join sentences sharing a (rare) stem.
    func lexRank(_ v: SentenceVectors) -> [Double] {
        let n = v.count
        guard n > 1 else { return Array(repeating: 1, count: n) }
        let limit = n <= fullGraphLimit ? n : rareStemLimit
        // Postings of each linking stem: (sentence, weight), flat.
        var starts = [Int](repeating: 0, count: v.dimension + 1)
        for k in 0..<n { for e in v.entries(k) where v.df[Int(v.stems[e])] >= 2 && v.df[Int(v.stems[e])] <= limit { starts[Int(v.stems[e]) + 1] += 1 } }
        for s in 0..<v.dimension { starts[s + 1] += starts[s] }
        var fill = starts
        var postSentence = [Int32](repeating: 0, count: starts[v.dimension])
        var postWeight = [Double](repeating: 0, count: starts[v.dimension])
        for k in 0..<n {
            for e in v.entries(k) {
                let s = Int(v.stems[e])
                guard v.df[s] >= 2 && v.df[s] <= limit else { continue }
                postSentence[fill[s]] = Int32(k)
                postWeight[fill[s]] = v.weights[e]
                fill[s] += 1
            }
        }
        // Each sentence's strongest links (cosine over the shared linking stems).
        var accumulated = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var edgeFrom: [Int32] = [], edgeTo: [Int32] = [], edgeWeight: [Double] = []
        edgeFrom.reserveCapacity(n * neighbours * 2)
        for k in 0..<n {
            for e in v.entries(k) {
                let s = Int(v.stems[e])
                guard v.df[s] >= 2 && v.df[s] <= limit else { continue }
                let w = v.weights[e]
                for p in starts[s]..<starts[s + 1] {
                    let j = Int(postSentence[p])
                    guard j != k else { continue }
                    if accumulated[j] == 0 { touched.append(j) }
                    accumulated[j] += w * postWeight[p]
                }
            }
            var links = touched.map { ($0, accumulated[$0]) }
            for j in touched { accumulated[j] = 0 }
            touched.removeAll(keepingCapacity: true)
            if links.count > neighbours {
                links.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                links.removeLast(links.count - neighbours)
            }
            for (j, w) in links where w > 0 {
                // Both directions, so the graph is symmetric; a pair linked from both ends counts twice, equally.
                edgeFrom.append(Int32(k)); edgeTo.append(Int32(j)); edgeWeight.append(w)
                edgeFrom.append(Int32(j)); edgeTo.append(Int32(k)); edgeWeight.append(w)
            }
        }
        var outWeight = [Double](repeating: 0, count: n)
        for e in edgeFrom.indices { outWeight[Int(edgeFrom[e])] += edgeWeight[e] }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = rank
        for _ in 0..<50 {
            var dangling = 0.0
            for k in 0..<n where outWeight[k] == 0 { dangling += rank[k] }
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            for k in 0..<n { next[k] = base }
            for e in edgeFrom.indices {
                let from = Int(edgeFrom[e])
                next[Int(edgeTo[e])] += damping * rank[from] * edgeWeight[e] / outWeight[from]
            }
            var change = 0.0
            for k in 0..<n { change += abs(next[k] - rank[k]) }
            swap(&rank, &next)
            if change < 1e-7 { break }
        }
        return rank
    }

    /// Cosine between each sentence and the centroid of all of them.
    func centroidSimilarity(_ v: SentenceVectors) -> [Double] {
        var centroid = [Double](repeating: 0, count: v.dimension)
        for k in 0..<v.count { for e in v.entries(k) { centroid[Int(v.stems[e])] += v.weights[e] } }
        var norm = 0.0
        for x in centroid { norm += x * x }
        norm = norm.squareRoot()
        guard norm > 0 else { return Array(repeating: 0, count: v.count) }
        return (0..<v.count).map { k in
            var dot = 0.0
            for e in v.entries(k) { dot += v.weights[e] * centroid[Int(v.stems[e])] }
            return dot / norm
        }
    }

    /// The weight of the key terms each sentence mentions (the top 20 terms, by their scores).
    func keyTermCoverage(_ range: Range<Int>, keyTerms: [KeyTerm]) -> [Double] {
        var coverage = [Double](repeating: 0, count: range.count)
        for term in keyTerms.prefix(20) {
            let w = max(term.score, 0)
            for s in term.sentences where range.contains(s) { coverage[s - range.lowerBound] += w }
        }
        // Density rather than sum, so long sentences do not win by length alone.
        for k in coverage.indices where coverage[k] > 0 {
            coverage[k] /= Double(max(model.sentences[range.lowerBound + k].tokens.count, 8)).squareRoot()
        }
        return coverage
    }

    /// Half place in the selection (opening paragraph 1, decaying to 0.2 by the middle, closing paragraph 0.6),
    /// half place in the paragraph (first sentence 1, last 0.5, others 0.25).
    func positions(_ range: Range<Int>) -> [Double] {
        guard let first = range.first, let last = range.last else { return [] }
        let p0 = model.sentences[first].paragraphIndex
        let p1 = model.sentences[last].paragraphIndex
        let span = p1 - p0
        return range.map { i in
            let s = model.sentences[i]
            let k = s.paragraphIndex - p0
            let place: Double
            if k == 0 { place = 1 } else if k == span { place = 0.7 } else {
                place = max(0.4, 1 - 1.2 * Double(k) / Double(span))
            }
            let count = model.paragraphs[s.paragraphIndex].sentences.count
            let inParagraph: Double = s.number == 1 ? 1 : s.number == count ? 0.6 : 0.3
            return 0.5 * place + 0.5 * inParagraph
        }
    }

    /// Openings that point back at something the reader of a summary has not seen.
    static let pointingBack: Set<String> = ["this", "these", "such", "it", "they", "those"]

    /// 1, lowered for questions, very short or very long sentences and ones that open by pointing back.
    func form(_ i: Int, contentWords: Int) -> Double {
        let s = model.sentences[i]
        var f = 1.0
        let text = model.text(of: s)
        if let last = text.unicodeScalars.last(where: { !" \"'’”)\n".unicodeScalars.contains($0) }), last == "?" { f *= 0.55 }
        if contentWords < 5 { f *= 0.5 }
        if s.tokens.count > 60 { f *= 0.8 }
        if let t = s.tokens.first, Self.pointingBack.contains(model.word(of: model.tokens[t])) { f *= 0.85 }
        return f
    }

    // MARK: - Selection

    /// MMR: repeatedly the candidate with the best `SummaryScore.choice`, never one nearly repeating a chosen one.
    func select(_ range: Range<Int>, vectors v: SentenceVectors, scores: [SummaryScore],
                budget: SummaryBudget) -> [(sentence: Int, score: SummaryScore)] {
        let n = range.count
        guard n > 0 else { return [] }
        let lengths = range.map { model.sentences[$0].tokens.count }
        let totalWords = lengths.reduce(0, +)
        var maxSentences = n
        var maxWords = Int.max
        switch budget {
        case .sentences(let k): maxSentences = max(0, min(k, n))
        case .words(let w): maxWords = max(w, 1)
        case .ratio(let r): maxWords = max(1, Int((Double(totalWords) * r).rounded()))
        }
        guard maxSentences > 0 else { return [] }
        let averageLength = max(1, totalWords / n)
        let expected = min(maxSentences, maxWords == Int.max ? maxSentences : maxWords / averageLength + 1)
        // Candidates: the most relevant sentences that have content; the pool is wide enough for MMR to skip
        // repeats. Sentences with no content words are used only when nothing else exists.
        var order = (0..<n).filter { v.length($0) > 0 }
        if order.isEmpty { order = Array(0..<n) }
        order.sort { scores[$0].relevance != scores[$1].relevance ? scores[$0].relevance > scores[$1].relevance : $0 < $1 }
        // The pool counts distinct sentences: copies of one sentence (same words) take one place, so a text that
        // repeats a sentence often still offers as many different ones as it has.
        let poolSize = max(4 * expected, 60)
        var pool: [Int] = []
        var seenWords = Set<[Int32]>()
        for k in order where pool.count < poolSize {
            let sentenceTokens = model.sentences[range.lowerBound + k].tokens
            if seenWords.insert(model.tokens[sentenceTokens].map(\.word)).inserted { pool.append(k) }
        }
        var redundancy = [Double](repeating: 0, count: pool.count)
        var taken = [Bool](repeating: false, count: pool.count)
        var dense = [Double](repeating: 0, count: v.dimension)
        var chosen: [(Int, SummaryScore)] = []
        var words = 0
        while chosen.count < maxSentences {
            var best = -1
            var bestValue = -Double.infinity
            for c in pool.indices where !taken[c] && redundancy[c] <= duplicateSimilarity {
                let k = pool[c]
                if maxWords != Int.max, words + lengths[k] > maxWords, !chosen.isEmpty { continue }
                var s = scores[k]
                s.redundancy = redundancy[c]
                if s.choice > bestValue { bestValue = s.choice; best = c }
            }
            guard best >= 0 else { break }
            let k = pool[best]
            if maxWords != Int.max, chosen.isEmpty, lengths[k] > maxWords {
                // Nothing fits: take the shortest of the best few rather than overrun by a long one.
                let shortest = pool.prefix(5).indices.min { lengths[pool[$0]] < lengths[pool[$1]] } ?? best
                if lengths[pool[shortest]] < lengths[k] { best = shortest }
            }
            let pick = pool[best]
            taken[best] = true
            var s = scores[pick]
            s.redundancy = redundancy[best]
            chosen.append((range.lowerBound + pick, s))
            words += lengths[pick]
            if words >= maxWords { break }
            // Update each candidate's similarity to the chosen set.
            for e in v.entries(pick) { dense[Int(v.stems[e])] = v.weights[e] }
            for c in pool.indices where !taken[c] {
                var dot = 0.0
                for e in v.entries(pool[c]) { dot += v.weights[e] * dense[Int(v.stems[e])] }
                redundancy[c] = max(redundancy[c], dot)
            }
            for e in v.entries(pick) { dense[Int(v.stems[e])] = 0 }
        }
        return chosen
    }
}

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

