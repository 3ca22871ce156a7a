import Foundation

/// Learns the component weights together with a `ParagraphChain`: a linear-chain conditional random field over
/// each paragraph's sentences (log-likelihood of each paragraph's gold reading, L2, full-batch AdaGrad as the
/// per-sentence fit), and scores its readings.
extension ComponentModelTrainer {
    /// One paragraph of a training essay, ready for the chain.
    struct ChainParagraph {
        let rows: [[(Int, Double)]]
        let labels: [Int]
        let kind: Int
        let cues: [Int]
    }

    /// The fitted emissions and chain.
    func fitChain(_ essays: [TrainingCorpus.Essay]) -> (model: ComponentModel, chain: ParagraphChain) {
        let classes = ComponentModel.classes, l2 = settings.l2
        var counts: [String: Int] = [:]
        for e in essays { for s in e.features { for f in s { counts[f.name, default: 0] += 1 } } }
        let names = counts.filter { f in f.value >= settings.minCount && !settings.without.contains { f.key.contains($0) } }.keys.sorted()
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        var paragraphs: [ChainParagraph] = []
        var sentences = 0
        for e in essays {
            for (p, r) in e.paragraphs.enumerated() where !r.isEmpty {
                paragraphs.append(ChainParagraph(
                    rows: r.map { k in e.features[k].compactMap { f in index[f.name].map { ($0, f.value) } } },
                    labels: r.map { e.labels[$0].index }, kind: ParagraphChain.kind(p, of: e.paragraphs.count),
                    cues: r.map { ParagraphChain.cue(e.base[$0]) }))
                sentences += r.count
            }
        }
        var w = Array(repeating: 0.0, count: names.count * classes)
        if settings.warm {
            var plain = self
            plain.settings.chain = false
            plain.settings.minSpread = 0
            let start = plain.fit(essays)
            for row in 0..<start.count {
                guard let i = index[start.table.name(row)] else { continue }
                for c in 0..<classes { w[i * classes + c] = start.weights[row * classes + c] }
            }
        }
        var chain = ParagraphChain(cued: settings.cued, counted: settings.counted)
        var history = Array(repeating: 0.0, count: w.count), gradient = history
        var chainHistory = Array(repeating: 0.0, count: ParagraphChain.size), chainGradient = chainHistory
        let scale = 1 / Double(max(sentences, 1))
        for _ in 0..<settings.iterations {
            for i in gradient.indices { gradient[i] = l2 * w[i] }
            for i in chainGradient.indices { chainGradient[i] = l2 * chain.weights[i] }
            for para in paragraphs {
                let emissions = zip(para.rows, para.labels).map { x, y in
                    var s = Array(repeating: 0.0, count: classes)
                    for (r, v) in x { for c in 0..<classes { s[c] += v * w[r * classes + c] } }
                    let cost = settings.margin + (y <= ArgumentComponent.claim.index ? settings.minorMargin : 0)
                    for c in 0..<classes where c != y { s[c] += cost }
                    return s
                }
                let mu = chain.marginals(emissions, kind: para.kind, cues: para.cues, expected: &chainGradient, scale: scale)
                for i in chain.used(para.labels, kind: para.kind, cues: para.cues) { chainGradient[i] -= scale }
                for (k, x) in para.rows.enumerated() {
                    let y = para.labels[k]
                    for (r, v) in x {
                        for c in 0..<classes { gradient[r * classes + c] += scale * v * (mu[k][c] - (c == y ? 1 : 0)) }
                    }
                }
            }
            for i in w.indices where gradient[i] != 0 {
                history[i] += gradient[i] * gradient[i]
                w[i] -= settings.learningRate * gradient[i] / (history[i].squareRoot() + 1e-8)
            }
            for i in chain.weights.indices where chainGradient[i] != 0 {
                chainHistory[i] += chainGradient[i] * chainGradient[i]
                chain.weights[i] -= settings.learningRate * chainGradient[i] / (chainHistory[i].squareRoot() + 1e-8)
            }
        }
        return (ComponentModel(names: names, weights: w, provenance: []), chain)
    }

    /// The readings of an essay that `--evaluate` compares, by name: each decoder on the sentences' own
    /// probabilities and on the chain's marginals, the chain's likeliest reading of each paragraph, and that reading
    /// with the first decoder's thesis imposed (its sentences major claims, no other).
    func chainReadings(_ model: ComponentModel, _ chain: ParagraphChain, _ e: TrainingCorpus.Essay,
                       decoders: [ComponentDecoder], plain: ComponentModel?) -> [(String, [ArgumentComponent])] {
        let emissions = e.features.map { model.scores(model.rows($0)) }
        var marginals = emissions.map(ComponentModel.softmax)
        let count = e.paragraphs.count
        var ignored = Array(repeating: 0.0, count: ParagraphChain.size)
        for (p, r) in e.paragraphs.enumerated() where !r.isEmpty {
            let m = chain.marginals(r.map { emissions[$0] }, kind: ParagraphChain.kind(p, of: count),
                                    cues: r.map { ParagraphChain.cue(e.base[$0]) }, expected: &ignored, scale: 0)
            for (i, k) in r.enumerated() { marginals[k] = m[i] }
        }
        let excluded = { (k: Int) in ArgumentStage.voiceOfOther(e.base[k]) }
        var out: [(String, [ArgumentComponent])] = []
        for (d, decoder) in decoders.enumerated() {
            out.append(("decoder \(d) on sentence probabilities",
                        decoder.decode(emissions.map(ComponentModel.softmax), paragraphs: e.paragraphs, stems: e.stems, excluded: excluded).components))
            out.append(("decoder \(d) on chain marginals",
                        decoder.decode(marginals, paragraphs: e.paragraphs, stems: e.stems, excluded: excluded).components))
        }
        if let plain, let first = decoders.first {
            let mean = zip(e.features, marginals).map { f, m in zip(plain.probabilities(plain.rows(f)), m).map { ($0 + $1) / 2 } }
            out.append(("decoder 0 on the mean of the per-sentence model's probabilities and the chain marginals",
                        first.decode(mean, paragraphs: e.paragraphs, stems: e.stems, excluded: excluded).components))
        }
        func viterbi(_ thesis: Set<Int>?) -> [ArgumentComponent] {
            var labels = Array(repeating: ArgumentComponent.none, count: emissions.count)
            for (p, r) in e.paragraphs.enumerated() where !r.isEmpty {
                let best = chain.best(r.map { emissions[$0] }, kind: ParagraphChain.kind(p, of: count),
                                      cues: r.map { ParagraphChain.cue(e.base[$0]) }) { i, y in
                    guard let thesis else { return true }
                    return thesis.contains(r.lowerBound + i) == (y == ArgumentComponent.majorClaim.index)
                } ?? []
                for (i, y) in best.enumerated() { labels[r.lowerBound + i] = ArgumentComponent.allCases[y] }
            }
            return labels
        }
        out.append(("chain's likeliest reading", viterbi(nil)))
        if let first = decoders.first {
            for (name, p) in [("sentence probabilities", emissions.map(ComponentModel.softmax)), ("chain marginals", marginals)] {
                let thesis = first.decode(p, paragraphs: e.paragraphs, stems: e.stems, excluded: excluded).thesis
                out.append(("chain's likeliest reading with decoder 0's thesis on \(name)", viterbi(Set(thesis))))
            }
        }
        return out
    }

    /// Scores of every reading (`chainReadings`) by k-fold cross-validation on one split, and trained on one
    /// split and tested on another.
    public func evaluateChain(_ corpus: TrainingCorpus, trainOn: String, testOn: String, folds: Int?,
                              decoders: [ComponentDecoder])
        -> [(name: String, dev: Scores, cv: Scores?)] {
        func fitted(_ essays: [TrainingCorpus.Essay]) -> (ComponentModel, ParagraphChain, ComponentModel?) {
            if !settings.chain { return (fit(essays), ParagraphChain(cued: false, counted: false), nil) }
            var plain = self
            plain.settings.chain = false
            plain.settings.l2 = Settings().l2
            let (m, c) = fitChain(essays)
            return (m, c, plain.fit(essays))
        }
        func run(_ model: ComponentModel, _ chain: ParagraphChain, _ plain: ComponentModel?, _ essays: [TrainingCorpus.Essay]) -> [(String, [ArgumentComponent])] {
            var all: [(String, [ArgumentComponent])] = []
            for e in essays {
                let r = chainReadings(model, chain, e, decoders: decoders, plain: plain)
                if all.isEmpty { all = r } else { for i in all.indices { all[i].1 += r[i].1 } }
            }
            return all
        }
        let devEssays = corpus.split(testOn)
        let (model, chain, plain) = fitted(corpus.split(trainOn))
        let dev = run(model, chain, plain, devEssays).map { ($0.0, Self.scores(devEssays, predicted: $0.1)) }
        guard let folds else { return dev.map { ($0.0, $0.1, nil) } }
        let essays = corpus.split(trainOn)
        var tested: [TrainingCorpus.Essay] = []
        var predicted: [[ArgumentComponent]] = Array(repeating: [], count: dev.count)
        for fold in 0..<folds {
            let train = essays.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            let test = essays.enumerated().filter { $0.offset % folds == fold }.map(\.element)
            let (m, c, p) = fitted(train)
            tested += test
            for (i, r) in run(m, c, p, test).enumerated() { predicted[i] += r.1 }
        }
        return dev.indices.map { (dev[$0].0, dev[$0].1, Optional(Self.scores(tested, predicted: predicted[$0]))) }
    }
}

extension ComponentModelTrainer {
    /// Trains the emissions and the chain on one split: the text of the resource `paragraph-chain.tsv`
    /// (`ParagraphChainFile`), headed by `provenance`.
    public func trainChain(_ corpus: TrainingCorpus, split: String, provenance: [String]) -> String {
        let essays = corpus.split(split)
        let (model, chain) = fitChain(essays)
        let header = provenance + [
            "\(essays.count) essays, \(essays.reduce(0) { $0 + $1.labels.count }) sentences of split \(split)", "settings: \(settings)",
        ]
        let emissions = ComponentModel(names: model.table.names, weights: model.weights, provenance: header)
        return ParagraphChainFile(emissions: emissions, chain: chain).tsv()
    }
}
