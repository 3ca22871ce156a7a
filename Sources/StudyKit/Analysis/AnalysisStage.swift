/// One step of the analysis. Each stage reads what earlier stages wrote into the draft and adds its own part.
protocol AnalysisStage: Sendable {
    /// A short name, shown by benchmarks and progress.
    var name: String { get }
    func run(_ draft: inout AnalysisDraft)
}

/// The model under construction, passed through the stages in order (spaCy's `Doc`, as a value).
struct AnalysisDraft {
    let document: Document
    let source: EssaySource
    /// The text's UTF-8 bytes, for stages that scan it.
    let bytes: [UInt8]
    var paragraphs: [Paragraph] = []
    var sentences: [Sentence] = []
    var tokens: [Token] = []
    var vocabulary = Vocabulary()
    var sections: [Section] = []
    var sectionGaps: [SectionGap] = []
    var keyTerms: [KeyTerm] = []
    var sectionKeyTerms: [[KeyTerm]] = []
    var entities: [Entity] = []
    var argument = ArgumentMap()

    init(document: Document, source: EssaySource) {
        self.document = document
        self.source = source
        self.bytes = Array(document.text.utf8)
    }
}
