/// A body paragraph: `P3`.
public struct Paragraph: Sendable, Equatable {
    /// 1-based number; the id is `P\(number)`.
    public let number: Int
    /// UTF-8 byte offsets into the model's text.
    public let range: Range<Int>
    /// Indexes into `KnowledgeModel.sentences`.
    public let sentences: Range<Int>
    /// The Markdown heading this paragraph opens, if the essay has headings.
    public let heading: Document.Heading?

    public var id: ModelID { .paragraph(number) }
}
