import ArgumentParser
import Foundation
import StudyKit

/// `study train`: learns the sentence-role weights from the annotated essays and writes them as StudyKit's
/// resource (used by `make train`; hidden from help). `--evaluate` scores settings instead of writing.
struct TrainSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Learn the sentence-role weights (used by make train).", shouldDisplay: false)

    @Option(help: "The annotated essays (the project's dev data).")
    var data: String = "../shared/dev/aaec-train.json"

    @Option(help: "Where to write the weights.")
    var output: String = "Sources/StudyKit/Argument/Learned/component-model.tsv"

    @Option(help: "L2 penalty (repeatable: with --evaluate, each is scored).") var l2: [Double] = []
    @Option(help: "Training iterations (repeatable with --evaluate).") var iterations: [Int] = []
    @Option(help: "AdaGrad learning rate.") var rate: Double?
    @Option(help: "Minimum sentences a feature occurs in.") var minCount: Int?
    @Option(help: "Class balance exponent, 0: none (repeatable with --evaluate).") var balance: [Double] = []
    @Option(help: "Leave out features whose weights spread less than this.") var minSpread: Double?

    @Option(help: "Leave out features whose name contains this (repeatable).") var without: [String] = []

    @Option(help: "Decoder settings to try with --evaluate (repeatable: each is scored on the same fitted models): thesis,restatement,claim,second-claim[,restatement-overlap,claim-overlap[,thesis-claim-weight,claim-by-odds]].")
    var floors: [String] = []

    @Option(help: "With --evaluate, learn with each paragraph's chain (repeatable): sentence, or chain[,nocue][,nocount][,warm].")
    var chain: [String] = []

    @Option(help: "Where to write the paragraph chain's weights.")
    var chainOutput: String = "Sources/StudyKit/Argument/Learned/paragraph-chain.tsv"

    @Option(help: "With --evaluate, also print the thesis that the decoder being tried finds in this essay.")
    var essay: String?

    @Flag(help: "Train on TRAIN and score on DEV instead of writing weights.")
    var evaluate = false

    @Option(help: "With --evaluate, also cross-validate on TRAIN with this many folds.")
    var folds: Int?

    func run() throws {
        guard let bytes = FileManager.default.contents(atPath: data) else {
            throw ValidationError("study train: cannot read \(data); run it from the repository root with ../shared/dev/ beside it, or pass --data FILE")
        }
        let corpus: TrainingCorpus
        do { corpus = try TrainingCorpus(data: bytes) } catch {
            throw ValidationError("study train: \(data) is not annotated essays in the expected JSON format")
        }
        var base = ComponentModelTrainer.Settings()
        if let rate { base.learningRate = rate }
        if let minCount { base.minCount = minCount }
        if let minSpread { base.minSpread = minSpread }
        base.without = without
        var grid: [ComponentModelTrainer.Settings] = [base]
        if !l2.isEmpty { grid = grid.flatMap { s in l2.map { var s = s; s.l2 = $0; return s } } }
        if !iterations.isEmpty { grid = grid.flatMap { s in iterations.map { var s = s; s.iterations = $0; return s } } }
        if !balance.isEmpty { grid = grid.flatMap { s in balance.map { var s = s; s.balance = $0; return s } } }
        let decoders = try floors.isEmpty ? [ComponentDecoder()] : floors.map(Self.decoder)
        guard evaluate || (grid.count == 1 && decoders.count == 1) else {
            throw ValidationError("study train: several --l2, --iterations, --balance or --floors are only for --evaluate")
        }
        if evaluate, !chain.isEmpty {
            for settings in grid {
                for kind in chain {
                    var settings = settings
                    let parts = kind.split(separator: ",").map(String.init)
                    settings.chain = parts.first == "chain"
                    settings.cued = !parts.contains("nocue")
                    settings.counted = !parts.contains("nocount")
                    settings.warm = parts.contains("warm")
                    if let m = parts.first(where: { $0.hasPrefix("margin=") }) { settings.margin = Double(m.dropFirst(7)) ?? 0 }
                    if let m = parts.first(where: { $0.hasPrefix("minor=") }) { settings.minorMargin = Double(m.dropFirst(6)) ?? 0 }
                    print("settings: \(settings)")
                    let trainer = ComponentModelTrainer(settings: settings, decoder: decoders[0])
                    for r in trainer.evaluateChain(corpus, trainOn: "train", testOn: "dev", folds: folds, decoders: decoders) {
                        print("  \(r.name): DEV \(r.dev.summary)" + (r.cv.map { "  CV \($0.summary)" } ?? ""))
                        print("    DEV \(r.dev)".replacingOccurrences(of: "\n", with: "\n    "))
                        if let cv = r.cv { print("    CV \(cv)".replacingOccurrences(of: "\n", with: "\n    ")) }
                    }
                }
            }
            return
        }
        if evaluate {
            for settings in grid {
                print("settings: \(settings)")
                let trainer = ComponentModelTrainer(settings: settings, decoder: decoders[0])
                let dev = trainer.evaluate(corpus, trainOn: "train", testOn: "dev", decoders: decoders)
                let cv = folds.map { trainer.crossValidate(corpus, split: "train", folds: $0, decoders: decoders) }
                if dev.count == 1 {
                    print("DEV (trained on TRAIN): \(dev[0])")
                    if let cv, let folds { print("TRAIN, \(folds)-fold cross-validation: \(cv[0])") }
                } else {
                    for (d, floors) in floors.enumerated() {
                        print("  floors \(floors): DEV \(dev[d].summary)" + (cv.map { "  CV \($0[d].summary)" } ?? ""))
                    }
                }
                if let essay {
                    guard let text = FileManager.default.contents(atPath: essay).map({ String(decoding: $0, as: UTF8.self) }) else {
                        throw ValidationError("study train: cannot read the essay \(essay); check the path")
                    }
                    print("thesis of \(essay): \(trainer.thesis(of: text, trainedOn: corpus, split: "train").joined(separator: ", "))")
                }
            }
            return
        }
        // Two resources: the per-sentence model (texts longer than the training essays) and the paragraph chain
        // with its own emissions (the others), each with the settings chosen by 5-fold cross-validation on TRAIN
        // (docs/argument-model-trials.md).
        let name = URL(fileURLWithPath: data).lastPathComponent
        let source = [
            "corpus: \(name) (Argument Annotated Essays v2, Stab & Gurevych 2017; weights only, no text of the corpus)",
            "labels: the component type (MajorClaim, Claim, Premise, else None) covering most of each study sentence",
            "settings chosen on the DEV split and by 5-fold cross-validation on TRAIN",
        ]
        let sentences = ComponentModelTrainer(settings: grid[0], decoder: decoders[0]).train(corpus, split: "train", provenance: [
            "study sentence-component model: multinomial logistic regression over ComponentFeatures, written by `make train`;"
                + " it reads texts with more paragraphs than the training essays (paragraph-chain.tsv reads the others)",
        ] + source)
        var settings = grid[0]
        settings.chain = true
        settings.margin = 0.5
        if l2.isEmpty { settings.l2 = 0.008 }
        let chained = ComponentModelTrainer(settings: settings, decoder: decoders[0]).trainChain(corpus, split: "train", provenance: [
            "study paragraph chain: linear-chain CRF over each paragraph's sentences, its emissions over ComponentFeatures"
                + " then its start, end, pair, cue-pair and count weights, written by `make train`; it reads texts laid out"
                + " like the training essays (component-model.tsv reads longer ones)",
        ] + source)
        try Data(sentences.utf8).write(to: URL(fileURLWithPath: output))
        try Data(chained.utf8).write(to: URL(fileURLWithPath: chainOutput))
        print("wrote \(output) and \(chainOutput)")
    }

    /// A decoder with the settings of one --floors value.
    static func decoder(_ floors: String) throws -> ComponentDecoder {
        var decoder = ComponentDecoder()
        let v = floors.split(separator: ",").compactMap { Double($0) }
        guard [4, 6, 8].contains(v.count) else { throw ValidationError("study train: --floors takes four, six or eight numbers, e.g. 0.15,0.4,0.3,0.9") }
        (decoder.thesisFloor, decoder.restatementFloor, decoder.claimFloor, decoder.secondClaimFloor) = (v[0], v[1], v[2], v[3])
        if v.count >= 6 { (decoder.restatementOverlap, decoder.claimOverlap) = (v[4], v[5]) }
        if v.count == 8 { (decoder.thesisClaimWeight, decoder.claimByOdds) = (v[6], v[7] != 0) }
        return decoder
    }
}
