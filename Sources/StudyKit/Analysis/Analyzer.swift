/// Builds the knowledge model of an essay by running the analysis stages in order.
///
/// The whole analysis, at a glance:
/// 1. `SentenceStage`: paragraphs into sentences (`SentenceSplitter`).
/// 2. `TokenStage`: words, lower-cased and stemmed (`Tokenizer`, `PorterStemmer`), with stop-word flags.
/// 3. `SectionStage`: topical sections from headings or lexical cohesion (`SectionSegmenter`).
/// 4. `KeyTermStage`: ranked words and phrases for the essay and each section (`KeyTermExtractor`).
/// 5. `EntityStage`: people, organisations, places, dates and numbers (`EntityRecognizer`).
/// 6. `ArgumentStage`: thesis, a role for every sentence, supports/attacks relations and attribution (`ArgumentMap`).
public struct Analyzer: Sendable {
    let stages: [any AnalysisStage] = [
        SentenceStage(),
        TokenStage(),
        SectionStage(),
        KeyTermStage(),
        EntityStage(),
        ArgumentStage(),
    ]

    public init() {}

    /// The names of the stages, in the order they run.
    public var stageNames: [String] { stages.map(\.name) }

    /// Analyses a document.
    public func analyze(_ document: Document, source: EssaySource) -> KnowledgeModel {
        var draft = AnalysisDraft(document: document, source: source)
        for stage in stages { stage.run(&draft) }
        return KnowledgeModel(draft)
    }

    /// Analyses a document, calling `progress` before each stage with its name and the share of the work done
    /// (0…1, weighted by how long the stages take on a long essay), and once more with "done" and 1.
    public func analyze(_ document: Document, source: EssaySource,
                        progress: (_ stage: String, _ fractionDone: Double) -> Void) -> KnowledgeModel {
        // Rough shares of the analysis time per stage, from `make bench` on a long book.
        let weights: [String: Double] = ["sentences": 0.15, "tokens": 0.25, "sections": 0.1, "key terms": 0.2,
                                         "entities": 0.15, "argument": 0.15]
        let total = stages.reduce(0) { $0 + (weights[$1.name] ?? 0.1) }
        var done = 0.0
        var draft = AnalysisDraft(document: document, source: source)
        for stage in stages {
            progress(stage.name, done / total)
            stage.run(&draft)
            done += weights[stage.name] ?? 0.1
        }
        progress("done", 1)
        return KnowledgeModel(draft)
    }

    /// Analyses a document and reports how long each stage took, in order (for `make bench`).
    public func analyzeTimed(_ document: Document, source: EssaySource) -> (KnowledgeModel, [(stage: String, seconds: Double)]) {
        var draft = AnalysisDraft(document: document, source: source)
        var timings: [(String, Double)] = []
        let clock = ContinuousClock()
        for stage in stages {
            let elapsed = clock.measure { stage.run(&draft) }
            timings.append((stage.name, Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)))
        }
        return (KnowledgeModel(draft), timings)
    }
}
