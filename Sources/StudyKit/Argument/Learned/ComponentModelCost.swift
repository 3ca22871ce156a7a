import Foundation

/// What the component model adds to an analysis, for `study bench --model-cost`: reading the shipped weights the
/// document needs (once per process, at the first analysis: what start-up pays; the paragraph chain with its emissions
/// for a text laid out like the training essays, the per-sentence model for another) and applying them to a text
/// (its features and their probabilities). Without the model, the argument stage would do neither.
public enum ComponentModelCost {
    /// The times in seconds, one per run, of reading the shipped weights and of applying them to the document.
    public static func measure(_ document: Document, runs: Int) -> (read: [Double], apply: [Double], features: Int) {
        let draft = ArgumentStage.draftBeforeArgument(document, source: EssaySource(name: "bench", path: nil))
        let base = ArgumentStage().baseFeatures(draft)
        let paragraphs = draft.paragraphs.map(\.sentences)
        let chained = ParagraphChainFile.reads(paragraphs: paragraphs.count, decoder: ComponentDecoder())
        var read: [Double] = [], apply: [Double] = []
        var features = 0
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            let file = chained ? ParagraphChainFile(tsv: PackageResources.paragraph_chain_tsv) : nil
            let model = file?.emissions ?? ComponentModel(tsv: PackageResources.component_model_tsv)
            let loaded = DispatchTime.now().uptimeNanoseconds
            var numbering = model
            let scores = ComponentFeatures.extract(draft, base: base, numbering: &numbering).map(model.scores)
            let probabilities = file?.chain.probabilities(scores, paragraphs: paragraphs, cue: { ParagraphChain.cue(base[$0]) })
                ?? scores.map(ComponentModel.softmax)
            let end = DispatchTime.now().uptimeNanoseconds
            precondition(probabilities.count == draft.sentences.count)
            features = model.count
            read.append(Double(loaded - start) / 1e9)
            apply.append(Double(end - loaded) / 1e9)
        }
        return (read, apply, features)
    }
}
