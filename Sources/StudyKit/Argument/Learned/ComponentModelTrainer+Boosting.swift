import Foundation

/// Boosted trees on top of the linear model: the trees are fitted to the linear model's held-out scores on the
/// training essays (each essay scored by a model fitted without it, `inner` folds), since its scores on the essays
/// it was fitted on are too sure to leave anything to learn; at run time they add to the scores of the linear model
/// fitted on all the training essays.
extension ComponentModelTrainer {
    /// One fitted pair: the linear model and the trees that add to it.
    struct Boosted {
        let linear: ComponentModel
        let trees: BoostedTrees?
        let onLinear: Bool
        let linearInputs: Bool
        let blend: Double
        var leafFeatures = false

        /// The component probabilities of a sentence.
        func probabilities(_ features: [ComponentFeatures.Value], index: [String: Int]) -> [Double] {
            guard let trees else { return ComponentModel.softmax(linear.scores(linear.rows(features))) }
            if leafFeatures { return ComponentModel.softmax(linear.scores(linear.rows(features + trees.leaves(features, index: index)))) }
            let lr = linear.scores(linear.rows(features))
            let t = trees.scores(linearInputs ? features + Self.inputs(lr) : features, index: index)
            var sum = [Double](repeating: 0, count: lr.count)
            for c in sum.indices { sum[c] = onLinear ? lr[c] + t[c] : (1 - blend) * lr[c] + blend * t[c] }
            return ComponentModel.softmax(sum)
        }

        /// The linear scores as features.
        static func inputs(_ scores: [Double]) -> [ComponentFeatures.Value] {
            zip(ArgumentComponent.allCases, scores).map { .init(name: "linear score of \($0.rawValue)", value: $1) }
        }
    }

    /// The linear model's scores of each sentence of these essays, each essay scored by a model fitted on the
    /// other folds (essays dealt to folds in order).
    func heldOutScores(_ essays: [TrainingCorpus.Essay], folds: Int) -> [[Double]] {
        var scores = Array(repeating: [[Double]](), count: essays.count)
        for fold in 0..<folds {
            let model = fit(essays.enumerated().filter { $0.offset % folds != fold }.map(\.element))
            for (i, e) in essays.enumerated() where i % folds == fold {
                scores[i] = e.features.map { model.scores(model.rows($0)) }
            }
        }
        return scores.flatMap { $0 }
    }

    /// Fits the linear model on these essays and, for each booster setting, trees on top of it (the first result
    /// has no trees).
    func fitBoosted(_ essays: [TrainingCorpus.Essay], inner: Int, boosters: [BoostedTreesTrainer.Settings]) -> [Boosted] {
        let linear = fit(essays)
        var out = [Boosted(linear: linear, trees: nil, onLinear: true, linearInputs: false, blend: 0)]
        guard !boosters.isEmpty else { return out }
        let heldOut = heldOutScores(essays, folds: inner)
        let examples = essays.flatMap(\.features), labels = essays.flatMap(\.labels).map(\.index)
        for b in boosters {
            guard !b.leafFeatures else {
                out.append(leafModel(essays, b))
                continue
            }
            let inputs = b.linearInputs ? zip(examples, heldOut).map { $0 + Boosted.inputs($1) } : examples
            let base = b.onLinear ? heldOut : heldOut.map { $0.map { _ in 0 } }
            let trees = BoostedTreesTrainer(settings: b).fit(inputs, labels: labels, base: base)
            out.append(Boosted(linear: linear, trees: trees, onLinear: b.onLinear, linearInputs: b.linearInputs, blend: b.blend))
        }
        return out
    }

    /// Trees fitted alone, then a linear model over the features and the leaves each sentence reaches.
    func leafModel(_ essays: [TrainingCorpus.Essay], _ b: BoostedTreesTrainer.Settings) -> Boosted {
        let examples = essays.flatMap(\.features), labels = essays.flatMap(\.labels).map(\.index)
        let trees = BoostedTreesTrainer(settings: b).fit(examples, labels: labels, base: labels.map { _ in [0, 0, 0, 0] })
        let index = trees.index
        let augmented = essays.map { e in
            TrainingCorpus.Essay(id: e.id, split: e.split, features: e.features.map { $0 + trees.leaves($0, index: index) },
                                 base: e.base, paragraphs: e.paragraphs, stems: e.stems, labels: e.labels)
        }
        return Boosted(linear: fit(augmented), trees: trees, onLinear: false, linearInputs: false, blend: 0, leafFeatures: true)
    }

    func decode(_ model: Boosted, _ e: TrainingCorpus.Essay, with decoder: ComponentDecoder) -> [ArgumentComponent] {
        let index = model.trees?.index ?? [:]
        let probabilities = e.features.map { model.probabilities($0, index: index) }
        return decoder.decode(probabilities, paragraphs: e.paragraphs, stems: e.stems, excluded: { ArgumentStage.voiceOfOther(e.base[$0]) }).components
    }

    /// k-fold cross-validation of the linear model alone (first) and with each booster setting, each with each
    /// decoder (booster-major).
    public func crossValidateBoosted(_ corpus: TrainingCorpus, split: String, folds: Int, inner: Int,
                                     boosters: [BoostedTreesTrainer.Settings], decoders: [ComponentDecoder]) -> [Scores] {
        let essays = corpus.split(split)
        var tested: [TrainingCorpus.Essay] = []
        var predicted = Array(repeating: [ArgumentComponent](), count: (boosters.count + 1) * decoders.count)
        for fold in 0..<folds {
            let train = essays.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            let test = essays.enumerated().filter { $0.offset % folds == fold }.map(\.element)
            let models = fitBoosted(train, inner: inner, boosters: boosters)
            tested += test
            for (m, model) in models.enumerated() {
                for (d, decoder) in decoders.enumerated() { for e in test { predicted[m * decoders.count + d] += decode(model, e, with: decoder) } }
            }
        }
        return predicted.map { Self.scores(tested, predicted: $0) }
    }

    /// Trains on one split and scores the linear model alone (first) and with each booster setting on another.
    public func evaluateBoosted(_ corpus: TrainingCorpus, trainOn: String, testOn: String, inner: Int,
                                boosters: [BoostedTreesTrainer.Settings], decoders: [ComponentDecoder]) -> [Scores] {
        let models = fitBoosted(corpus.split(trainOn), inner: inner, boosters: boosters)
        let essays = corpus.split(testOn)
        return models.flatMap { model in
            decoders.map { decoder in Self.scores(essays, predicted: essays.flatMap { decode(model, $0, with: decoder) }) }
        }
    }
}
