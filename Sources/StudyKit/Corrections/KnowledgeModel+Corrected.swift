extension KnowledgeModel {
    /// A model as analysed, with the argument and sections the reader corrected (see `CorrectionApplier`).
    init(_ base: KnowledgeModel, argument: ArgumentMap, sections: [Section], sectionKeyTerms: [[KeyTerm]],
         sectionGaps: [SectionGap]) {
        source = base.source
        document = base.document
        paragraphs = base.paragraphs
        sentences = base.sentences
        tokens = base.tokens
        vocabulary = base.vocabulary
        self.sections = sections
        self.sectionGaps = sectionGaps
        keyTerms = base.keyTerms
        self.sectionKeyTerms = sectionKeyTerms
        entities = base.entities
        contentHash = base.contentHash
        self.argument = argument
    }
}
