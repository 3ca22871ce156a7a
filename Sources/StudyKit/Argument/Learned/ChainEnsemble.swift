import Foundation

/// EXPERIMENT (issue 14k): one fitted chain of an ensemble.
struct ChainMember {
    let model: ComponentModel
    let chain: ParagraphChain

    /// The weights of several members averaged (a feature a member lacks weighs 0 there): one model whose score of
    /// a reading is the mean of the members' scores.
    static func soup(_ members: [ChainMember]) -> ChainMember {
        var sums: [String: [Double]] = [:]
        let classes = ComponentModel.classes
        for m in members {
            for row in 0..<m.model.table.count {
                let name = m.model.table.name(row)
                var v = sums[name] ?? Array(repeating: 0, count: classes)
                for c in 0..<classes { v[c] += m.model.weights[row * classes + c] / Double(members.count) }
                sums[name] = v
            }
        }
        let names = sums.keys.sorted()
        let weights = names.flatMap { sums[$0]! }
        var chain = members[0].chain
        for i in chain.weights.indices { chain.weights[i] = members.reduce(0) { $0 + $1.chain.weights[i] } / Double(members.count) }
        return ChainMember(model: ComponentModel(names: names, weights: weights, provenance: []), chain: chain)
    }
}

extension ComponentModelTrainer {
    /// The extra chains the settings ask for (bags, extra L2s, extra margins), each fitted on these essays or a
    /// resample of them (a fixed seed: the same essays give the same members).
    func members(_ essays: [TrainingCorpus.Essay]) -> [ChainMember] {
        var single = self
        single.settings.bags = 0
        single.settings.extraL2 = []
        single.settings.extraMargins = []
        var out: [ChainMember] = []
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        for _ in 0..<settings.bags {
            var sample: [TrainingCorpus.Essay] = []
            if settings.bootstrap {
                for _ in essays.indices { sample.append(essays[next() % essays.count]) }
            } else {
                var order = Array(essays.indices)
                for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, next() % (i + 1)) }
                sample = order.prefix(essays.count * 4 / 5).sorted().map { essays[$0] }
            }
            let (m, c) = single.fitChain(sample)
            out.append(ChainMember(model: m, chain: c))
        }
        for l2 in settings.extraL2 {
            var t = single
            t.settings.l2 = l2
            let (m, c) = t.fitChain(essays)
            out.append(ChainMember(model: m, chain: c))
        }
        for margin in settings.extraMargins {
            var t = single
            t.settings.margin = margin
            let (m, c) = t.fitChain(essays)
            out.append(ChainMember(model: m, chain: c))
        }
        return out
    }

    /// Each sentence's marginals under one chain.
    static func chainMarginals(_ model: ComponentModel, _ chain: ParagraphChain, _ e: TrainingCorpus.Essay) -> [[Double]] {
        let emissions = e.features.map { model.scores(model.rows($0)) }
        return chain.probabilities(emissions, paragraphs: e.paragraphs, cue: { ParagraphChain.cue(e.base[$0]) })
    }
}
