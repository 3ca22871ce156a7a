/// A topical section of the essay: `§2`. From Markdown headings when the essay has them, otherwise from lexical
/// cohesion between paragraphs (see `SectionSegmenter`).
public struct Section: Sendable, Equatable {
    /// 1-based number; the id is `§\(number)`.
    public let number: Int
    /// Indexes into `KnowledgeModel.paragraphs`.
    public let paragraphs: Range<Int>
    /// A short label: the heading's text, or the section's top key terms.
    public let label: String
    /// Index into `KnowledgeModel.sentences` of the sentence most central to the section.
    public let centralSentence: Int

    public var id: ModelID { .section(number) }
}

/// The gap between two adjacent paragraphs, scored as a candidate section boundary. Kept for every gap, so the
/// choice of boundaries can be explained (`sections --explain`).
public struct SectionGap: Sendable, Equatable {
    /// Index of the paragraph after the gap (the first paragraph of a new section, when chosen).
    public let paragraphIndex: Int
    /// Lexical cohesion across the gap: cosine similarity of the stems before and after it (0…1).
    public let cohesion: Double
    /// How far cohesion dips here below the peaks on either side (TextTiling's depth score).
    public let depth: Double
    /// Discourse cues that open the paragraph after the gap ("Yet", "Given", a question…).
    public let cues: [String]
    /// The combined score the segmenter ranks gaps by.
    public let score: Double
    /// Whether a section starts here.
    public let isBoundary: Bool
    /// Why it was or was not chosen, in a sentence.
    public let reason: String
}
