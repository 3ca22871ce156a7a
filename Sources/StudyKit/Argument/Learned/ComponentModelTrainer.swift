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
        /// Folds of the first pass's out-of-fold probabilities that the second pass learns from (0: no second pass).
        public var secondPassFolds = 5
        /// L2 penalty of the second pass.
        public var secondPassL2 = 0.002

        public init() {}

        public var description: String {
            "l2 \(l2), \(iterations) AdaGrad iterations at rate \(learningRate), features in at least \(minCount) sentences, class balance \(balance)"
                + (minSpread > 0 ? ", features whose weights spread less than \(minSpread) left out" : "")
                + (secondPassFolds > 1 ? ", second pass (l2 \(secondPassL2)) on \(secondPassFolds)-fold out-of-fold first-pass probabilities" : ", no second pass")
                + (without.isEmpty ? "" : ", without features naming " + without.map { "'\($0)'" }.joined(separator: ", "))
        }
    }

    /// Per-class and macro F1 of decoded predictions against gold labels.
    public struct Scores: Sendable, CustomStringConvertible {
        public let f1: [Double]
        public let accuracy: Double
        public let confusion: [[Int]]
        public var macroF1: Double { f1.reduce(0, +) / Double(f1.count) }

        public var description: String {
            let names = ArgumentComponent.allCases.map(\.corpusName)
            var out = String(format: "macro-F1 %.3f  accuracy %.3f  ", macroF1, accuracy)
            out += zip(names, f1).map { String(format: "%@ %.3f", $0, $1) }.joined(separator: "  ")
            out += "\n  gold \\ predicted " + names.joined(separator: " ")
            for (g, row) in confusion.enumerated() { out += "\n  \(names[g]) " + row.map(String.init).joined(separator: " ") }
            return out
        }
    }

    public var settings: Settings
    /// The decoding whose floors are being tried (the shipped ones by default).
    public var decoder: ComponentDecoder

    public init(settings: Settings = Settings(), decoder: ComponentDecoder = ComponentDecoder()) {
        self.settings = settings
        self.decoder = decoder
    }

    /// Trains on the essays of one split of the corpus; `provenance` heads the weights file.
    public func train(_ corpus: TrainingCorpus, split: String, provenance: [String]) -> String {
        let essays = corpus.split(split)
        let passes = fitPasses(essays)
        let model = passes.combined(provenance: provenance + [
            "\(essays.count) essays, \(essays.reduce(0) { $0 + $1.labels.count }) sentences of split \(split)", "settings: \(settings)",
        ])
        return model.tsv()
    }

    /// Trains on one split and scores the decoded predictions on another.
    public func evaluate(_ corpus: TrainingCorpus, trainOn: String, testOn: String) -> Scores {
        let passes = fitPasses(corpus.split(trainOn))
        return score(passes, on: corpus.split(testOn))
    }

    /// k-fold cross-validation on one split (essays dealt to folds in file order); the pooled scores. The second
    /// pass of each fold learns from out-of-fold probabilities of that fold's training essays only.
    public func crossValidate(_ corpus: TrainingCorpus, split: String, folds: Int) -> Scores {
        let essays = corpus.split(split)
        var gold: [ArgumentComponent] = [], predicted: [ArgumentComponent] = []
        for fold in 0..<folds {
            let train = essays.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            let test = essays.enumerated().filter { $0.offset % folds == fold }.map(\.element)
            let passes = fitPasses(train)
            for e in test {
                gold += e.labels
                predicted += decode(passes, e)
            }
        }
        return Self.scores(gold: gold, predicted: predicted)
    }

    /// Trains on one split and reads the thesis of an essay with the decoder being tried: its sentence ids, main first.
    public func thesis(of text: String, trainedOn corpus: TrainingCorpus, split: String) -> [String] {
        let passes = fitPasses(corpus.split(split))
        let draft = ArgumentStage.draftBeforeArgument(Document(rawText: text), source: EssaySource(name: "essay", path: nil))
        let (base, features) = ArgumentStage().features(draft)
        let paragraphs = draft.paragraphs.map(\.sentences)
        let probabilities = passes.probabilities(features, paragraphs: paragraphs)
        let reading = decoder.decode(probabilities, paragraphs: paragraphs,
                                     stems: ComponentFeatures.contentStems(draft), excluded: { ArgumentStage.voiceOfOther(base[$0]) })
        return reading.thesis.map { draft.sentences[$0].id.description }
    }

    func score(_ passes: Passes, on essays: [TrainingCorpus.Essay]) -> Scores {
        var gold: [ArgumentComponent] = [], predicted: [ArgumentComponent] = []
        for e in essays {
            gold += e.labels
            predicted += decode(passes, e)
        }
        return Self.scores(gold: gold, predicted: predicted)
    }

    func decode(_ passes: Passes, _ e: TrainingCorpus.Essay) -> [ArgumentComponent] {
        let probabilities = passes.probabilities(e.features, paragraphs: e.paragraphs)
        return decoder.decode(probabilities, paragraphs: e.paragraphs, stems: e.stems, excluded: { ArgumentStage.voiceOfOther(e.base[$0]) }).components
    }

    /// The two passes of a trained model (the second nil when the settings have none).
    struct Passes {
        let first: ComponentModel
        let second: ComponentModel?

        /// The component probabilities of an essay's sentences: the second pass's, else the first's.
        func probabilities(_ features: [[ComponentFeatures.Value]], paragraphs: [Range<Int>]) -> [[Double]] {
            let p = features.map { first.probabilities(first.rows($0)) }
            guard let second else { return p }
            return ComponentModelTrainer.secondPassValues(p, paragraphs: paragraphs).map { second.probabilities(second.rows($0)) }
        }

        /// Both passes as one model (their feature names never coincide).
        func combined(provenance: [String]) -> ComponentModel {
            ComponentModel(names: first.table.names + (second?.table.names ?? []),
                           weights: first.weights + (second?.weights ?? []), provenance: provenance)
        }
    }

    /// The second pass's features by name.
    static func secondPassValues(_ p: [[Double]], paragraphs: [Range<Int>]) -> [[ComponentFeatures.Value]] {
        SecondPassFeatures.extract(p, paragraphs: paragraphs).map { $0.map { ComponentFeatures.Value(name: SecondPassFeatures.names[$0.slot], value: $0.value) } }
    }

    /// Fits the first pass on the essays, and the second on the first pass's probabilities for each essay from a
    /// model that did not see it (`secondPassFolds` folds, in file order).
    func fitPasses(_ essays: [TrainingCorpus.Essay]) -> Passes {
        let first = fit(essays)
        let folds = settings.secondPassFolds
        guard folds > 1 else { return Passes(first: first, second: nil) }
        var examples: [[ComponentFeatures.Value]] = [], labels: [ArgumentComponent] = []
        var outOfFold = Array(repeating: [[Double]](), count: essays.count)
        for fold in 0..<folds {
            let model = fit(essays.enumerated().filter { $0.offset % folds != fold }.map(\.element))
            for i in essays.indices where i % folds == fold {
                outOfFold[i] = essays[i].features.map { model.probabilities(model.rows($0)) }
            }
        }
        for (i, e) in essays.enumerated() {
            examples += Self.secondPassValues(outOfFold[i], paragraphs: e.paragraphs)
            labels += e.labels
        }
        return Passes(first: first, second: fit(examples, labels, l2: settings.secondPassL2))
    }

    static func scores(gold: [ArgumentComponent], predicted: [ArgumentComponent]) -> Scores {
        let n = ArgumentComponent.allCases.count
        var confusion = Array(repeating: Array(repeating: 0, count: n), count: n)
        for (g, p) in zip(gold, predicted) { confusion[g.index][p.index] += 1 }
        var f1: [Double] = []
        for c in 0..<n {
            let tp = Double(confusion[c][c])
            let predictedCount = Double((0..<n).reduce(0) { $0 + confusion[$1][c] })
            let goldCount = Double(confusion[c].reduce(0, +))
            let p = predictedCount > 0 ? tp / predictedCount : 0, r = goldCount > 0 ? tp / goldCount : 0
            f1.append(p + r > 0 ? 2 * p * r / (p + r) : 0)
        }
        let correct = (0..<n).reduce(0) { $0 + confusion[$1][$1] }
        return Scores(f1: f1, accuracy: gold.isEmpty ? 0 : Double(correct) / Double(gold.count), confusion: confusion)
    }

    /// Fits the first pass's weights on some essays.
    func fit(_ essays: [TrainingCorpus.Essay]) -> ComponentModel {
        fit(essays.flatMap(\.features), essays.flatMap(\.labels), l2: settings.l2)
    }

    /// Fits weights on examples (a sentence's features and its gold component).
    func fit(_ examples: [[ComponentFeatures.Value]], _ gold: [ArgumentComponent], l2: Double) -> ComponentModel {
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
