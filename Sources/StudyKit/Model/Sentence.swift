/// A sentence: `S3.2` is the second sentence of paragraph 3.
public struct Sentence: Sendable, Equatable {
    /// Index of the paragraph in `KnowledgeModel.paragraphs` (0-based).
    public let paragraphIndex: Int
    /// 1-based position inside its paragraph.
    public let number: Int
    /// UTF-8 byte offsets into the model's text.
    public let range: Range<Int>
    /// Indexes into `KnowledgeModel.tokens`.
    public let tokens: Range<Int>

    public var id: ModelID { .sentence(paragraph: paragraphIndex + 1, index: number) }
}
