import Foundation

/// Per-component score offsets (an experiment of `study train --evaluate --chain ... --offsets`): a bias added to
/// the log of each component's probability before the decoder, chosen to maximise macro-F1, which can trade a few
/// sentences of a frequent component for a rarer one.
extension ComponentModelTrainer {
    /// The probabilities with `offsets` added to their logs, normalised again.
    static func shifted(_ probabilities: [[Double]], by offsets: [Double]) -> [[Double]] {
        probabilities.map { row in
            let e = zip(row, offsets).map { $0 * Foundation.exp($1) }
            let sum = e.reduce(0, +)
            return e.map { $0 / sum }
        }
    }

    /// The offsets (None's fixed at 0) that maximise the macro-F1 of `decoder` on these essays' probabilities:
    /// coordinate ascent over -1…1 in steps of 0.25, twice round.
    static func chooseOffsets(_ essays: [TrainingCorpus.Essay], _ probabilities: [[[Double]]], decoder: ComponentDecoder) -> [Double] {
        func macro(_ offsets: [Double]) -> Double {
            let predicted = essays.indices.flatMap { k in
                decoder.decode(shifted(probabilities[k], by: offsets), paragraphs: essays[k].paragraphs, stems: essays[k].stems,
                               excluded: { ArgumentStage.voiceOfOther(essays[k].base[$0]) }).components
            }
            return scores(essays, predicted: predicted).macroF1
        }
        var offsets = Array(repeating: 0.0, count: ArgumentComponent.allCases.count)
        var best = macro(offsets)
        let none = ArgumentComponent.none.index
        for _ in 0..<2 {
            for c in offsets.indices where c != none {
                for v in stride(from: -1.0, through: 1.0, by: 0.25) where v != offsets[c] {
                    var tried = offsets
                    tried[c] = v
                    let s = macro(tried)
                    if s > best + 1e-9 { (best, offsets) = (s, tried) }
                }
            }
        }
        return offsets
    }

    /// The first decoder on the chain's marginals shifted by offsets: in cross-validation each fold's offsets chosen on
    /// the other folds' held-out marginals; for DEV, on all of TRAIN's held-out marginals.
    static func offsetScores(tested: [TrainingCorpus.Essay], foldOf: [Int], heldOut: [[[Double]]], folds: Int,
                             dev: [TrainingCorpus.Essay], devProbabilities: [[[Double]]], decoder: ComponentDecoder)
        -> (name: String, dev: Scores, cv: Scores) {
        var cv: [ArgumentComponent] = []
        var chosen: [String] = []
        func decode(_ e: TrainingCorpus.Essay, _ p: [[Double]], _ o: [Double]) -> [ArgumentComponent] {
            decoder.decode(shifted(p, by: o), paragraphs: e.paragraphs, stems: e.stems,
                           excluded: { ArgumentStage.voiceOfOther(e.base[$0]) }).components
        }
        for fold in 0..<folds {
            let learn = tested.indices.filter { foldOf[$0] != fold }
            let o = chooseOffsets(learn.map { tested[$0] }, learn.map { heldOut[$0] }, decoder: decoder)
            chosen.append(o.map { String(format: "%.2f", $0) }.joined(separator: "/"))
            for k in tested.indices where foldOf[k] == fold { cv += decode(tested[k], heldOut[k], o) }
        }
        let o = chooseOffsets(tested, heldOut, decoder: decoder)
        let devPredicted = dev.indices.flatMap { decode(dev[$0], devProbabilities[$0], o) }
        let name = "decoder 0 on chain marginals with offsets (MC/Claim/Prem/None; folds " + chosen.joined(separator: ", ")
            + "; DEV " + o.map { String(format: "%.2f", $0) }.joined(separator: "/") + ")"
        return (name, scores(dev, predicted: devPredicted), scores(tested, predicted: cv))
    }
}
