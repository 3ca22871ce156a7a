import Foundation

/// Scores the joint reading of roles and support links (`SupportLinkModel`, `SupportTreeDecoder`) on the chain's
/// marginals, an experiment of `study train --evaluate --chain ... --links L2 --tree W,V`.
extension ComponentModelTrainer {
    /// The chain's marginals of an essay's sentences (each paragraph read as a whole).
    static func marginals(_ model: ComponentModel, _ chain: ParagraphChain, _ e: TrainingCorpus.Essay) -> [[Double]] {
        let emissions = e.features.map { model.scores(model.rows($0)) }
        return chain.probabilities(emissions, paragraphs: e.paragraphs, cue: { ParagraphChain.cue(e.base[$0]) })
    }

    /// An essay's body paragraphs for the link model, by paragraph index.
    static func linkParagraphs(_ e: TrainingCorpus.Essay, _ probabilities: [[Double]]) -> [(Int, SupportLinkModel.Paragraph)] {
        let count = e.paragraphs.count
        guard count >= 3 else { return [] }
        return (1..<(count - 1)).compactMap { p in
            let r = e.paragraphs[p]
            guard !r.isEmpty else { return nil }
            return (p, SupportLinkModel.Paragraph(
                sentences: r.map { SupportLinkModel.Sentence(words: SupportLinkModel.descriptors(e.features[$0]),
                                                             probabilities: probabilities[$0], stems: Set(e.stems[$0])) },
                gold: r.map { k in Set(e.links[k].filter { r.contains($0) }.map { $0 - r.lowerBound }) }))
        }
    }

    /// Link precision, recall, F1 of each source's likeliest target (none: no link) against the gold links.
    static func linkScores(_ items: [(SupportLinkModel.Paragraph, [[Int: Double]])]) -> (Double, Double, Double) {
        var tp = 0, predicted = 0, gold = 0
        for (p, L) in items {
            let n = p.sentences.count
            for i in 0..<n {
                gold += p.gold[i].count
                guard let best = L[i].max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key, best != n else { continue }
                predicted += 1
                if p.gold[i].contains(best) { tp += 1 }
            }
        }
        let pr = predicted > 0 ? Double(tp) / Double(predicted) : 0, re = gold > 0 ? Double(tp) / Double(gold) : 0
        return (pr, re, pr + re > 0 ? 2 * pr * re / (pr + re) : 0)
    }

    /// The first decoder on the chain's marginals, then each tree decoder per link L2: k-fold CV on TRAIN (each
    /// fold's link model learned from the other folds' held-out marginals) and DEV (the link model from all of
    /// TRAIN's held-out marginals, DEV's marginals from the chain fitted on TRAIN).
    public func evaluateLinks(_ corpus: TrainingCorpus, folds: Int, decoder: ComponentDecoder, l2s: [Double],
                              trees: [(Double, Double)], iterations: Int) -> [(name: String, dev: Scores, cv: Scores)] {
        let essays = corpus.split("train"), devEssays = corpus.split("dev")
        var heldOut: [[[Double]]] = Array(repeating: [], count: essays.count)
        for fold in 0..<folds {
            let (m, c) = fitChain(essays.enumerated().filter { $0.offset % folds != fold }.map(\.element))
            for k in essays.indices where k % folds == fold { heldOut[k] = Self.marginals(m, c, essays[k]) }
        }
        let (m, c) = fitChain(essays)
        let devMarginals = devEssays.map { Self.marginals(m, c, $0) }
        // CV essays in fold order, as `evaluateChain` pools them.
        let order = (0..<folds).flatMap { f in essays.indices.filter { $0 % folds == f } }
        func base(_ e: TrainingCorpus.Essay, _ p: [[Double]]) -> [ArgumentComponent] {
            decoder.decode(p, paragraphs: e.paragraphs, stems: e.stems, excluded: { ArgumentStage.voiceOfOther(e.base[$0]) }).components
        }
        let cvBase = order.map { base(essays[$0], heldOut[$0]) }, devBase = devEssays.indices.map { base(devEssays[$0], devMarginals[$0]) }
        var out: [(name: String, dev: Scores, cv: Scores)] = [("decoder 0 on chain marginals",
            Self.scores(devEssays, predicted: devBase.flatMap { $0 }), Self.scores(order.map { essays[$0] }, predicted: cvBase.flatMap { $0 }))]
        let trainParagraphs = essays.indices.map { Self.linkParagraphs(essays[$0], heldOut[$0]) }
        let devParagraphs = devEssays.indices.map { Self.linkParagraphs(devEssays[$0], devMarginals[$0]) }
        for l2 in l2s {
            var cvLinks: [[Int: [[Int: Double]]]] = Array(repeating: [:], count: essays.count)
            var cvItems: [(SupportLinkModel.Paragraph, [[Int: Double]])] = []
            for fold in 0..<folds {
                let model = SupportLinkModel.fit(essays.indices.filter { $0 % folds != fold }.flatMap { trainParagraphs[$0].map { $0.1 } },
                                                 l2: l2, iterations: iterations)
                for k in essays.indices where k % folds == fold {
                    for (p, para) in trainParagraphs[k] {
                        let L = model.probabilities(para)
                        cvLinks[k][p] = L
                        cvItems.append((para, L))
                    }
                }
            }
            let model = SupportLinkModel.fit(trainParagraphs.flatMap { $0.map { $0.1 } }, l2: l2, iterations: iterations)
            var devLinks: [[Int: [[Int: Double]]]] = Array(repeating: [:], count: devEssays.count)
            var devItems: [(SupportLinkModel.Paragraph, [[Int: Double]])] = []
            for k in devEssays.indices {
                for (p, para) in devParagraphs[k] {
                    let L = model.probabilities(para)
                    devLinks[k][p] = L
                    devItems.append((para, L))
                }
            }
            let (cp, cr, cf) = Self.linkScores(cvItems), (dp, dr, df) = Self.linkScores(devItems)
            for (w, v) in trees {
                let tree = SupportTreeDecoder(linkWeight: w, supportWeight: v, secondClaimFloor: decoder.secondClaimFloor)
                let cv = order.enumerated().flatMap { x, k in
                    tree.decode(cvBase[x], probabilities: heldOut[k], paragraphs: essays[k].paragraphs, links: cvLinks[k])
                }
                let dev = devEssays.indices.flatMap { k in
                    tree.decode(devBase[k], probabilities: devMarginals[k], paragraphs: devEssays[k].paragraphs, links: devLinks[k])
                }
                let name = String(format: "links l2 %g (link P/R/F1 CV %.3f/%.3f/%.3f, DEV %.3f/%.3f/%.3f), tree w %g v %g",
                                  l2, cp, cr, cf, dp, dr, df, w, v)
                out.append((name, Self.scores(devEssays, predicted: dev), Self.scores(order.map { essays[$0] }, predicted: cv)))
            }
        }
        return out
    }
}
