import Foundation

/// Learns `ComponentModel` weights from a `TrainingCorpus`: multinomial logistic regression with an L2 penalty,
/// fitted by full-batch gradient descent with AdaGrad steps for a fixed number of iterations. Features seen in
/// fewer than `minCount` training sentences are dropped. Everything is in a fixed order, so the same corpus and
/// settings give the same weights, bit for bit.
public struct ComponentModelTrainer: Sendable {
    /// The settings of one training run.
    public struct Settings: Sendable, CustomStringConvertible {
        /// L2 penalty on the weights (per training sentence).
        public var l2 = 0.002
        public var iterations = 400
        public var learningRate = 0.3
        /// A feature must occur in at least this many training sentences.
        public var minCount = 2
        /// Each class's examples weigh (majority count / class count) to this power: 0 leaves them as they are.
        public var balance = 0.0
        /// Features whose name contains any of these are left out (to measure what a family of features adds).
        public var without: [String] = []
        /// Features whose weights differ across components by less than this (the most minus the least) are left
        /// out after fitting: they change no probability by much, and every feature kept is read at start-up.
        public var minSpread = 0.0
        /// Whether the weights are learned with each paragraph's chain (`ParagraphChain`) rather than per sentence.
        public var chain = false
        /// With `chain`: pairs also scored by the opening cue, the claim counts scored, the fit started from the
        /// per-sentence weights.
        public var cued = true, counted = true, warm = false
        /// With `chain`: the softmax-margin cost added to every wrong component of a training sentence.
        public var margin = 0.0
        /// With `chain`: a further cost when the sentence is a claim or a major claim (the rarer components).
        public var minorMargin = 0.0

        public init() {}

        public var description: String {
            "l2 \(l2), \(iterations) AdaGrad iterations at rate \(learningRate), features in at least \(minCount) sentences, class balance \(balance)"
                + (minSpread > 0 ? ", features whose weights spread less than \(minSpread) left out" : "")
                + (without.isEmpty ? "" : ", without features naming " + without.map { "'\($0)'" }.joined(separator: ", "))
                + (chain ? ", paragraph chain (cues \(cued), counts \(counted), warm \(warm), margin \(margin), minor \(minorMargin))" : "")
        }
    }

    /// Per-class and macro F1 of decoded predictions against gold labels.
    public struct Scores: Sendable, CustomStringConvertible {
        public let f1: [Double]
        public let accuracy: Double
        public let confusion: [[Int]]
        /// The confusion in the introduction, the body paragraphs and the conclusion (empty when not counted).
        public var byKind: [[[Int]]] = []
        public var macroF1: Double { f1.reduce(0, +) / Double(f1.count) }

        /// The macro-F1 and each class's F1 on one line.
        public var summary: String {
            String(format: "%.3f (", macroF1) + f1.map { String(format: "%.3f", $0) }.joined(separator: " ") + ")"
        }

        public var description: String {
            let names = ArgumentComponent.allCases.map(\.corpusName)
            var out = String(format: "macro-F1 %.3f  accuracy %.3f  ", macroF1, accuracy)
            out += zip(names, f1).map { String(format: "%@ %.3f", $0, $1) }.joined(separator: "  ")
            out += "\n  gold \\ predicted " + names.joined(separator: " ")
            for (g, row) in confusion.enumerated() { out += "\n  \(names[g]) " + row.map(String.init).joined(separator: " ") }
            for (kind, matrix) in zip(["introduction", "body", "conclusion"], byKind) {
                out += "\n  in the \(kind): " + matrix.enumerated().map { g, row in "\(names[g]) " + row.map(String.init).joined(separator: " ") }.joined(separator: " | ")
            }
            return out
        }
    }

    public var settings: Settings
    /// The decoding that `thesis(of:)` tries (the shipped one by default).
    public var decoder: ComponentDecoder

    public init(settings: Settings = Settings(), decoder: ComponentDecoder = ComponentDecoder()) {
        self.settings = settings
        self.decoder = decoder
    }

    /// Trains on the essays of one split of the corpus; `provenance` heads the weights file.
    public func train(_ corpus: TrainingCorpus, split: String, provenance: [String]) -> String {
        let essays = corpus.split(split)
        let model = fit(essays)
        return ComponentModel(names: model.table.names, weights: model.weights, provenance: provenance + [
            "\(essays.count) essays, \(essays.reduce(0) { $0 + $1.labels.count }) sentences of split \(split)", "settings: \(settings)",
        ]).tsv()
    }

    /// k-fold cross-validation on one split (essays dealt to folds in file order), each decoder on the same fitted
    /// models: the pooled scores of each.
    public func crossValidate(_ corpus: TrainingCorpus, split: String, folds: Int, decoders: [ComponentDecoder]) -> [Scores] {
        let essays = corpus.split(split)
        var tested: [TrainingCorpus.Essay] = []
        var predicted = Array(repeating: [ArgumentComponent](), count: decoders.count)
        for fold in 0..<folds {
            let train = essays.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            let test = essays.enumerated().filter { $0.offset % folds == fold }.map(\.element)
            let model = fit(train)
            tested += test
            for (d, decoder) in decoders.enumerated() {
                for e in test { predicted[d] += decode(model, e, with: decoder) }
            }
        }
        return predicted.map { Self.scores(tested, predicted: $0) }
    }

    /// Trains on one split and scores the predictions of each decoder on another.
    public func evaluate(_ corpus: TrainingCorpus, trainOn: String, testOn: String, decoders: [ComponentDecoder]) -> [Scores] {
        let model = fit(corpus.split(trainOn))
        let essays = corpus.split(testOn)
        return decoders.map { decoder in Self.scores(essays, predicted: essays.flatMap { decode(model, $0, with: decoder) }) }
    }

    /// Trains on one split and reads the thesis of an essay with the decoder being tried: its sentence ids, main first.
    public func thesis(of text: String, trainedOn corpus: TrainingCorpus, split: String) -> [String] {
        let model = fit(corpus.split(split))
        let draft = ArgumentStage.draftBeforeArgument(Document(rawText: text), source: EssaySource(name: "essay", path: nil))
        let (base, features) = ArgumentStage().features(draft)
        let probabilities = features.map { model.probabilities(model.rows($0)) }
        let reading = decoder.decode(probabilities, paragraphs: draft.paragraphs.map(\.sentences),
                                     stems: ComponentFeatures.contentStems(draft), excluded: { ArgumentStage.voiceOfOther(base[$0]) })
        return reading.thesis.map { draft.sentences[$0].id.description }
    }

    func decode(_ model: ComponentModel, _ e: TrainingCorpus.Essay, with decoder: ComponentDecoder) -> [ArgumentComponent] {
        let probabilities = e.features.map { model.probabilities(model.rows($0)) }
        return decoder.decode(probabilities, paragraphs: e.paragraphs, stems: e.stems, excluded: { ArgumentStage.voiceOfOther(e.base[$0]) }).components
    }

    /// The scores of predictions for these essays' sentences, in order, with the confusion by paragraph kind.
    static func scores(_ essays: [TrainingCorpus.Essay], predicted: [ArgumentComponent]) -> Scores {
        var kinds: [Int] = []
        for e in essays {
            var kind = Array(repeating: 1, count: e.labels.count)
            for (p, r) in e.paragraphs.enumerated() { for k in r { kind[k] = p == 0 ? 0 : p == e.paragraphs.count - 1 ? 2 : 1 } }
            kinds += kind
        }
        return scores(gold: essays.flatMap(\.labels), predicted: predicted, kinds: kinds)
    }

    static func scores(gold: [ArgumentComponent], predicted: [ArgumentComponent], kinds: [Int] = []) -> Scores {
        let n = ArgumentComponent.allCases.count
        var confusion = Array(repeating: Array(repeating: 0, count: n), count: n)
        var byKind = Array(repeating: confusion, count: 3)
        for (i, (g, p)) in zip(gold, predicted).enumerated() {
            confusion[g.index][p.index] += 1
            if i < kinds.count { byKind[kinds[i]][g.index][p.index] += 1 }
        }
        var f1: [Double] = []
        for c in 0..<n {
            let tp = Double(confusion[c][c])
            let predictedCount = Double((0..<n).reduce(0) { $0 + confusion[$1][c] })
            let goldCount = Double(confusion[c].reduce(0, +))
            let p = predictedCount > 0 ? tp / predictedCount : 0, r = goldCount > 0 ? tp / goldCount : 0
            f1.append(p + r > 0 ? 2 * p * r / (p + r) : 0)
        }
        let correct = (0..<n).reduce(0) { $0 + confusion[$1][$1] }
        return Scores(f1: f1, accuracy: gold.isEmpty ? 0 : Double(correct) / Double(gold.count), confusion: confusion,
                      byKind: kinds.isEmpty ? [] : byKind)
    }

    /// Fits the weights on some essays, then leaves out the features whose weights spread less than `minSpread`.
    func fit(_ essays: [TrainingCorpus.Essay]) -> ComponentModel {
        let examples = essays.flatMap(\.features), gold = essays.flatMap(\.labels), l2 = settings.l2
        let classes = ComponentModel.classes
        // The features kept, numbered in name order.
        var counts: [String: Int] = [:]
        for s in examples { for f in s { counts[f.name, default: 0] += 1 } }
        let names = counts.filter { f in f.value >= settings.minCount && !settings.without.contains { f.key.contains($0) } }.keys.sorted()
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        // The examples as (row, value) lists.
        var rows: [[(Int, Double)]] = []
        var labels: [Int] = []
        for (s, label) in zip(examples, gold) {
            rows.append(s.compactMap { f in index[f.name].map { ($0, f.value) } })
            labels.append(label.index)
        }
        var classCount = Array(repeating: 0.0, count: classes)
        for l in labels { classCount[l] += 1 }
        let largest = classCount.max() ?? 1
        let classWeight = classCount.map { $0 > 0 ? Foundation.pow(largest / $0, settings.balance) : 1 }
        let totalWeight = labels.reduce(0.0) { $0 + classWeight[$1] }

        var w = Array(repeating: 0.0, count: names.count * classes)
        var history = Array(repeating: 0.0, count: w.count)
        var gradient = Array(repeating: 0.0, count: w.count)
        var scores = Array(repeating: 0.0, count: classes)
        for _ in 0..<settings.iterations {
            for i in gradient.indices { gradient[i] = l2 * w[i] }
            for (x, y) in zip(rows, labels) {
                for c in 0..<classes { scores[c] = 0 }
                for (r, v) in x { for c in 0..<classes { scores[c] += v * w[r * classes + c] } }
                let p = ComponentModel.softmax(scores)
                let scale = classWeight[y] / totalWeight
                for (r, v) in x {
                    for c in 0..<classes { gradient[r * classes + c] += scale * v * (p[c] - (c == y ? 1 : 0)) }
                }
            }
            for i in w.indices where gradient[i] != 0 {
                history[i] += gradient[i] * gradient[i]
                w[i] -= settings.learningRate * gradient[i] / (history[i].squareRoot() + 1e-8)
            }
        }
        return ComponentModel(names: names, weights: w, provenance: []).pruned(below: settings.minSpread)
    }
}
