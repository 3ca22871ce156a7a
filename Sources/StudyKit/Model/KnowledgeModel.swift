/// Everything the analysis knows about one essay, as an immutable value. Every derived part (sections, key terms,
/// entities) points back at the sentences it came from.
public struct KnowledgeModel: Sendable {
    /// Version of the JSON that `study analyze --json` prints; raised on every incompatible change.
    public static let schemaVersion = 2

    public let source: EssaySource
    public let document: Document
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    public let tokens: [Token]
    public let vocabulary: Vocabulary
    public let sections: [Section]
    /// Every gap between paragraphs, scored as a candidate section boundary.
    public let sectionGaps: [SectionGap]
    /// Key terms of the whole essay, best first.
    public let keyTerms: [KeyTerm]
    /// Key terms of each section (same order as `sections`), best first.
    public let sectionKeyTerms: [[KeyTerm]]
    public let entities: [Entity]
    /// SHA-256 of the normalised text, in hex: the essay's identity in quiz banks and sessions (computed once).
    public let contentHash: String
    /// The argument: thesis, a role for every sentence, relations and attribution.
    public let argument: ArgumentMap

    init(_ draft: AnalysisDraft) {
        source = draft.source
        document = draft.document
        paragraphs = draft.paragraphs
        sentences = draft.sentences
        tokens = draft.tokens
        vocabulary = draft.vocabulary
        sections = draft.sections
        sectionGaps = draft.sectionGaps
        keyTerms = draft.keyTerms
        sectionKeyTerms = draft.sectionKeyTerms
        entities = draft.entities
        contentHash = Self.contentHash(of: draft.bytes)
        argument = draft.argument
    }

    /// The normalised text every range points into.
    public var text: String { document.text }
    public var title: String? { document.title }
    public var byline: String? { document.byline }

    /// A title to show: the essay's own, or, for an essay without a title line, "Untitled" and its first words
    /// ("Untitled (“The threshold question in any war…”)"), never its file name.
    public var displayTitle: String {
        if let title { return title }
        guard let first = sentences.first else { return "Untitled" }
        let words = text(of: first).split(separator: " ")
        let opening = words.prefix(6).joined(separator: " ")
        return "Untitled (“\(opening)\(words.count > 6 ? "…" : "")”)"
    }

    /// Number of words in the body.
    public var wordCount: Int { tokens.count }

    /// Minutes to read the body at 238 words a minute (the adult silent-reading average), at least 1.
    public var readingMinutes: Int { max(1, (wordCount + 237) / 238) }

    /// The text of a paragraph, sentence or any range, exactly as written (after normalisation).
    public func text(of range: Range<Int>) -> String { document.slice(range) }
    public func text(of paragraph: Paragraph) -> String { text(of: paragraph.range) }
    public func text(of sentence: Sentence) -> String { text(of: sentence.range) }

    /// The paragraph with this 1-based number.
    public func paragraph(_ number: Int) -> Paragraph? {
        paragraphs.indices.contains(number - 1) ? paragraphs[number - 1] : nil
    }

    /// The index in `sentences` of `S<paragraph>.<number>`.
    public func sentenceIndex(paragraph: Int, number: Int) -> Int? {
        guard let p = self.paragraph(paragraph), number >= 1, number <= p.sentences.count else { return nil }
        return p.sentences.lowerBound + number - 1
    }

    /// The section with this 1-based number.
    public func section(_ number: Int) -> Section? {
        sections.indices.contains(number - 1) ? sections[number - 1] : nil
    }

    /// The section that holds a paragraph (by index).
    public func sectionIndex(ofParagraph index: Int) -> Int? {
        sections.firstIndex { $0.paragraphs.contains(index) }
    }

    /// Every id in the model, in reading order: sections, then paragraphs with their sentences.
    public var allIDs: [ModelID] {
        sections.map(\.id) + paragraphs.flatMap { p in [p.id] + sentences[p.sentences].map(\.id) }
    }

    /// Whether an id names something in this model.
    public func contains(_ id: ModelID) -> Bool {
        switch id {
        case .paragraph(let n): return paragraph(n) != nil
        case .sentence(let p, let s): return sentenceIndex(paragraph: p, number: s) != nil
        case .section(let n): return section(n) != nil
        }
    }

    /// The words of a token, lower-cased.
    public func word(of token: Token) -> String { vocabulary.words[Int(token.word)] }
    /// The stem of a token.
    public func stem(of token: Token) -> String { vocabulary.stems[Int(token.stem)] }
}

extension KnowledgeModel {
    /// Analyses raw text (decoded, not yet normalised).
    public init(text: String, source: EssaySource) {
        self = Analyzer().analyze(Document(rawText: text), source: source)
    }

    /// Analyses raw text, reporting progress: "reading" while the text is normalised and split into paragraphs, then
    /// each stage of the analysis (see `Analyzer.analyze(_:source:progress:)`).
    public init(text: String, source: EssaySource, progress: (_ stage: String, _ fractionDone: Double) -> Void) {
        progress("reading", 0)
        let document = Document(rawText: text)
        self = Analyzer().analyze(document, source: source) { stage, done in progress(stage, 0.1 + 0.9 * done) }
    }
}
