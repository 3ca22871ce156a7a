import Foundation

/// Fits `BoostedTrees` by multiclass gradient boosting of the softmax log loss (Friedman 2001, with Newton leaf
/// values as in LogitBoost): each round, for each component, one shallow tree is fitted to the gradient of the loss
/// at the current scores, and its leaves, shrunk, are added to them. The scores start from given margins (the
/// linear model's), so the trees learn what those miss. Rows are subsampled each round with a fixed seed, real
/// values are cut into at most `bins` ranges, and sums run in a fixed order: the same data give the same trees.
public struct BoostedTreesTrainer: Sendable {
    /// The settings of one fit.
    public struct Settings: Sendable, CustomStringConvertible {
        public var rounds = 100
        public var depth = 3
        public var shrinkage = 0.1
        /// The share of sentences each round's trees see.
        public var subsample = 0.8
        /// A feature must occur in at least this many training sentences to be tested.
        public var minCount = 20
        /// L2 penalty on the leaf values.
        public var l2 = 1.0
        /// Each leaf needs at least this many sentences.
        public var minLeaf = 10
        public var bins = 16
        var seed: UInt64 = 1
        /// Whether the trees add to the linear model's scores (else they stand alone, from zero).
        public var onLinear = true
        /// Trees fitted alone count this much in the scores, the linear model's the rest.
        public var blend = 1.0
        /// Whether the trees, fitted alone, give the leaves each sentence reaches as features of a second linear model.
        public var leafFeatures = false
        /// Whether the linear model's scores are also features the trees may test.
        public var linearInputs = false

        public init() {}

        public var description: String {
            "\(rounds) rounds of depth-\(depth) trees, shrinkage \(shrinkage), subsample \(subsample), features in at least \(minCount) sentences, leaf l2 \(l2), at least \(minLeaf) sentences a leaf, seed \(seed)"
                + (onLinear ? ", added to the linear model's scores" : blend < 1 ? ", alone, blended at \(blend) with the linear model" : ", alone") + (linearInputs ? ", testing the linear scores" : "") + (leafFeatures ? ", their leaves features of the linear model" : "")
        }
    }

    var settings = Settings()

    /// Fits trees to sentences given as feature names and values, their gold components (indices) and the scores
    /// the trees add to (one per component; e.g. the linear model's held-out scores).
    func fit(_ examples: [[ComponentFeatures.Value]], labels: [Int], base: [[Double]]) -> BoostedTrees {
        var counts: [String: Int] = [:]
        for s in examples { for f in s where f.value != 0 { counts[f.name, default: 0] += 1 } }
        let names = counts.filter { $0.value >= settings.minCount }.keys.sorted()
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        let rows = examples.map { s in s.compactMap { f in index[f.name].map { ($0, f.value) } }.sorted { $0.0 < $1.0 } }
        return fit(rows, names: names, labels: labels, base: base)
    }

    /// Fits trees to sparse rows: per sentence, (feature number, value) pairs in feature order, absent meaning 0.
    func fit(_ rows: [[(Int, Double)]], names: [String], labels: [Int], base: [[Double]]) -> BoostedTrees {
        let classes = ArgumentComponent.allCases.count
        let bins = Binning(rows, features: names.count, bins: settings.bins)
        // The rows as flat arrays of global bin numbers.
        var start = [0], entryBin: [Int32] = [], entryFeature: [Int32] = [], entryValue: [Double] = []
        for r in rows {
            for (f, v) in r where v != 0 {
                entryBin.append(Int32(bins.bin(f, v)))
                entryFeature.append(Int32(f))
                entryValue.append(v)
            }
            start.append(entryBin.count)
        }
        var score = base
        var trees: [BoostedTrees.Tree] = []
        var random = SplitMix(seed: settings.seed)
        var g = [Double](repeating: 0, count: rows.count), h = g
        var histG = [Double](repeating: 0, count: bins.total), histH = histG, histN = [Int](repeating: 0, count: bins.total)
        var marked = [Bool](repeating: false, count: names.count)
        let settings = self.settings

        /// The value of feature `f` in row `i`.
        func value(_ i: Int, _ f: Int) -> Double {
            var lo = start[i], hi = start[i + 1]
            while lo < hi {
                let mid = (lo + hi) / 2
                let m = Int(entryFeature[mid])
                if m == f { return entryValue[mid] }
                if m < f { lo = mid + 1 } else { hi = mid }
            }
            return 0
        }

        /// Grows a node over `members`, appending it (and its subtree) to `nodes`; returns its number.
        func grow(_ members: [Int], depth: Int, into nodes: inout [BoostedTrees.Node]) -> Int {
            var sumG = 0.0, sumH = 0.0
            for i in members { sumG += g[i]; sumH += h[i] }
            let here = nodes.count
            nodes.append(.leaf(-settings.shrinkage * sumG / (sumH + settings.l2)))
            guard depth < settings.depth, members.count >= 2 * settings.minLeaf else { return here }
            // Histograms of the non-zero bins; the zero bin of each touched feature is what is left.
            var touched: [Int] = []
            for i in members {
                for e in start[i]..<start[i + 1] {
                    let b = Int(entryBin[e])
                    let f = Int(entryFeature[e])
                    if !marked[f] { marked[f] = true; touched.append(f) }
                    histG[b] += g[i]; histH[b] += h[i]; histN[b] += 1
                }
            }
            touched.sort()
            let parent = sumG * sumG / (sumH + settings.l2)
            var best = (gain: 1e-9, feature: -1, threshold: 0.0)
            for f in touched {
                let z = bins.zero[f]
                marked[f] = false
                var restG = sumG, restH = sumH, restN = members.count
                for b in bins.offset[f]..<bins.offset[f + 1] { restG -= histG[b]; restH -= histH[b]; restN -= histN[b] }
                histG[z] += restG; histH[z] += restH; histN[z] += restN
                var leftG = 0.0, leftH = 0.0, leftN = 0
                for b in bins.offset[f]..<(bins.offset[f + 1] - 1) {
                    leftG += histG[b]; leftH += histH[b]; leftN += histN[b]
                    let rightN = members.count - leftN
                    guard leftN >= settings.minLeaf, rightN >= settings.minLeaf else { continue }
                    let rightG = sumG - leftG, rightH = sumH - leftH
                    let gain = leftG * leftG / (leftH + settings.l2) + rightG * rightG / (rightH + settings.l2) - parent
                    if gain > best.gain { best = (gain, f, bins.threshold(b)) }
                }
                for b in bins.offset[f]..<bins.offset[f + 1] { histG[b] = 0; histH[b] = 0; histN[b] = 0 }
            }
            guard best.feature >= 0 else { return here }
            let goesLeft = members.map { value($0, best.feature) <= best.threshold }
            let left = zip(members, goesLeft).filter { $0.1 }.map(\.0), right = zip(members, goesLeft).filter { !$0.1 }.map(\.0)
            let l = grow(left, depth: depth + 1, into: &nodes)
            let r = grow(right, depth: depth + 1, into: &nodes)
            nodes[here] = BoostedTrees.Node(feature: Int32(best.feature), threshold: best.threshold, left: Int32(l), right: Int32(r), value: 0)
            return here
        }

        for _ in 0..<settings.rounds {
            let sample = rows.indices.filter { _ in settings.subsample >= 1 || random.unit() < settings.subsample }
            let probabilities = score.map(ComponentModel.softmax)
            var round: [BoostedTrees.Tree] = []
            for c in 0..<classes {
                for i in rows.indices {
                    let p = probabilities[i][c]
                    g[i] = p - (labels[i] == c ? 1 : 0)
                    h[i] = max(p * (1 - p), 1e-6)
                }
                var nodes: [BoostedTrees.Node] = []
                _ = grow(sample, depth: 0, into: &nodes)
                round.append(BoostedTrees.Tree(component: c, nodes: nodes))
            }
            for t in round {
                for i in rows.indices { score[i][t.component] += t.leaf { value(i, $0) } }
            }
            trees += round
        }
        // Only the features some tree tests are kept, renumbered in name order.
        let used = Set(trees.flatMap { $0.nodes.compactMap { $0.feature >= 0 ? Int($0.feature) : nil } }).sorted()
        var renumber: [Int: Int32] = [:]
        for (i, f) in used.enumerated() { renumber[f] = Int32(i) }
        let kept = trees.map { t in
            BoostedTrees.Tree(component: t.component, nodes: t.nodes.map { n in
                n.feature < 0 ? n : BoostedTrees.Node(feature: renumber[Int(n.feature)]!, threshold: n.threshold,
                                                      left: n.left, right: n.right, value: n.value)
            })
        }
        return BoostedTrees(features: used.map { names[$0] }, trees: kept)
    }

    /// The value ranges of every feature: a feature's bins are consecutive global numbers, in value order, one of
    /// them (`zero`) holding the value 0 (the feature absent).
    struct Binning {
        /// The first global bin of each feature (and the total at the end).
        var offset: [Int] = [0]
        var zero: [Int] = []
        /// The highest value of each global bin.
        var upper: [Double] = []
        var total: Int { upper.count }

        init(_ rows: [[(Int, Double)]], features: Int, bins: Int) {
            var values = Array(repeating: [Double](), count: features)
            for r in rows { for (f, v) in r where v != 0 { values[f].append(v) } }
            for f in 0..<features {
                let sorted = (values[f] + [0]).sorted()
                var edges: [Double] = []
                let distinct = Array(Set(sorted)).sorted()
                if distinct.count <= bins {
                    edges = distinct
                } else {
                    for q in 1...bins { edges.append(sorted[min(sorted.count - 1, q * sorted.count / bins)]) }
                    edges = Array(Set(edges + [0, sorted.last!])).sorted()
                }
                zero.append(upper.count + edges.firstIndex(of: 0)!)
                upper += edges
                offset.append(upper.count)
            }
        }

        /// The global bin of a feature's value: the first whose highest value is at least it.
        func bin(_ f: Int, _ v: Double) -> Int {
            var lo = offset[f], hi = offset[f + 1] - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if upper[mid] >= v { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }

        /// The threshold between bin `b` and the next of the same feature: their midpoint.
        func threshold(_ b: Int) -> Double { (upper[b] + upper[b + 1]) / 2 }
    }

    /// SplitMix64: a small seeded generator, the same numbers on every platform.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// A number in [0, 1).
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }
}
