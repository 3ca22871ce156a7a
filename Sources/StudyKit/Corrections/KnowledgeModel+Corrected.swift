extension KnowledgeModel {
    /// A model as analysed, with the argument and sections the reader corrected (see `CorrectionApplier`).
    init(_ base: KnowledgeModel, argument: ArgumentMap, sections: [Section], sectionKeyTerms: [[KeyTerm]]) {
        source = base.source
        document = base.document
        paragraphs = base.paragraphs
        sentences = base.sentences
        tokens = base.tokens
        vocabulary = base.vocabulary
        self.sections = sections
        sectionGaps = base.sectionGaps
        keyTerms = base.keyTerms
        self.sectionKeyTerms = sectionKeyTerms
        entities = base.entities
        contentHash = base.contentHash
        self.argument = argument
    }
}
