/// Stacking the support-link model under the component model: each essay's sentences get the features read from
/// `SupportLinkModel`'s probabilities. A training essay's come from a link model fitted without it (inner k-fold
/// over the training essays in their order), so the component model learns from link features as noisy as those
/// it meets at run time; the essays it is scored on get those of a link model fitted on all the training essays.
extension ComponentModelTrainer {
    /// How the link features are made.
    public struct Links: Sendable, CustomStringConvertible {
        var model = SupportLinkModel.Settings()
        var reading = SupportLinkFeatures.Reading()
        var innerFolds = 5

        public init() {}

        /// Reads `cap=6,l2=0.001,iterations=300,inner=5,body,kinds,without=a|b`.
        public init(_ spec: String) throws {
            for part in spec.split(separator: ",") {
                let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
                switch (kv[0], kv.count == 2 ? kv[1] : "") {
                case ("cap", let v): model.cap = Int(v) ?? model.cap
                case ("l2", let v): model.l2 = Double(v) ?? model.l2
                case ("iterations", let v): model.iterations = Int(v) ?? model.iterations
                case ("rate", let v): model.learningRate = Double(v) ?? model.learningRate
                case ("min", let v): model.minCount = Int(v) ?? model.minCount
                case ("inner", let v): innerFolds = Int(v) ?? innerFolds
                case ("without", let v): model.without = v.split(separator: "|").map(String.init)
                case ("body", _): reading.bodyOnly = true
                case ("kinds", _): reading.byKind = true
                case ("votes", _): reading.votes = true
                case ("on", _): break
                default: throw LinkSpecError(spec: spec)
                }
            }
        }

        public var description: String {
            "link features: \(model), \(innerFolds) inner folds" + (reading.bodyOnly ? ", body paragraphs only" : "")
                + (reading.byKind ? ", by paragraph kind" : "") + (reading.votes ? ", with votes" : "")
        }
    }

    /// A `--links` value that does not parse.
    public struct LinkSpecError: Error { let spec: String }

    /// The training and the tested essays with their link features added; the tested essays' pairs scored
    /// (true positives, false positives, false negatives at 0.5; gold links within the cap and at any distance).
    func stacked(_ train: [TrainingCorpus.Essay], _ test: [TrainingCorpus.Essay], names: [String],
                 links: Links) -> (train: [TrainingCorpus.Essay], test: [TrainingCorpus.Essay], counts: [Int]) {
        func fitLinks(_ essays: [TrainingCorpus.Essay]) -> SupportLinkModel {
            SupportLinkModel.fit(essays.flatMap { e in Array(zip(e.pairs, e.linked)) }, names: names, settings: links.model)
        }
        var counts = [0, 0, 0, 0, 0]
        func augmented(_ e: TrainingCorpus.Essay, _ model: SupportLinkModel, count: Bool) -> TrainingCorpus.Essay {
            var pairs: [SupportLinkFeatures.Pair] = [], probability: [Double] = []
            for (pair, gold) in zip(e.pairs, e.linked) where abs(Int(pair.target) - Int(pair.source)) <= links.model.cap {
                let p = model.probability(pair.features)
                pairs.append(pair)
                probability.append(p)
                if count {
                    if p >= 0.5 { counts[gold ? 0 : 1] += 1 } else if gold { counts[2] += 1 }
                    if gold { counts[3] += 1 }
                }
            }
            if count { counts[4] += e.goldLinks }
            let extra = SupportLinkFeatures.sentenceFeatures(paragraphs: e.paragraphs, pairs: pairs, probability: probability,
                                                             reading: links.reading)
            return TrainingCorpus.Essay(id: e.id, split: e.split, features: zip(e.features, extra).map { $0 + $1 }, base: e.base,
                                        paragraphs: e.paragraphs, stems: e.stems, labels: e.labels, pairs: e.pairs,
                                        linked: e.linked, goldLinks: e.goldLinks)
        }
        let full = fitLinks(train)
        let tested = test.map { augmented($0, full, count: true) }
        var trained = train
        let k = links.innerFolds
        for fold in 0..<k {
            let model = fitLinks(train.enumerated().filter { $0.offset % k != fold }.map(\.element))
            for i in train.indices where i % k == fold { trained[i] = augmented(train[i], model, count: false) }
        }
        return (trained, tested, counts)
    }
}
