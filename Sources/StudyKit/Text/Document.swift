/// An essay's text, normalised once, with its title, byline, headings and body paragraphs.
///
/// Every range is a half-open range of UTF-8 byte offsets into `text`, so any part of the model can be shown
/// exactly as the author wrote it.
public struct Document: Sendable, Equatable {
    /// A body paragraph (or list item) of the essay.
    public struct Block: Sendable, Equatable {
        /// Where the paragraph stands in `text`.
        public var range: Range<Int>
        /// The Markdown heading that this paragraph is the first one under, if any.
        public var heading: Heading?
    }

    /// A Markdown heading (`## Costs`) inside the body: a section boundary.
    public struct Heading: Sendable, Equatable {
        public var title: String
        public var level: Int
    }

    /// The normalised text (see `TextNormalizer`).
    public let text: String
    /// The essay's title, when it has one (a `#` heading, or a short first line; see `DocumentParser.isTitleLike`).
    public let title: String?
    /// The paragraph that names the author ("By Jane Doe", "Madeleine K. Albright, secretary of state …").
    public let byline: String?
    /// Body paragraphs in order, title and byline excluded.
    public let paragraphs: [Block]

    /// Normalises `rawText` (reading it as Markdown when it looks like Markdown, see `MarkdownReader`) and finds
    /// its title, byline, headings and paragraphs.
    public init(rawText: String) {
        self = DocumentParser.parse(Document.readingMarkdown(TextNormalizer.normalize(rawText)))
    }

    /// Normalised text as its reader sees it: the plain text of Markdown when it looks like Markdown (see
    /// `MarkdownReader`), else the text itself.
    public static func readingMarkdown(_ normalizedText: String) -> String {
        MarkdownReader.looksLikeMarkdown(normalizedText) ? MarkdownReader.plainText(normalizedText) : normalizedText
    }

    /// Finds title, byline, headings and paragraphs in text that `TextNormalizer` has already normalised.
    public init(normalizedText: String) {
        self = DocumentParser.parse(normalizedText)
    }

    init(text: String, title: String?, byline: String?, paragraphs: [Block]) {
        self.text = text
        self.title = title
        self.byline = byline
        self.paragraphs = paragraphs
    }

    /// The text of a range of `text`.
    public func slice(_ range: Range<Int>) -> String { text.slice(utf8: range) }
}
