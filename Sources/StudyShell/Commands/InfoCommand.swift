import StudyKit

extension Command {
    static let info = Command(
        "info", group: .read, summary: "Title, author, length and reading time of the loaded essay",
        example: "info --json"
    ) { context, arguments in
        let model = context.model
        let info = EssayInfo(model)
        if arguments.json { context.output.json(info); return }
        let out = context.output
        out.wrapped([Span(info.title, .heading)])
        if let byline = info.byline { out.wrapped(bylineSpans(byline)) }
        out.line([Span("file      ", .dim), Span(info.file)])
        out.line([Span("length    ", .dim),
                  Span([counted(info.words, "word"), counted(info.paragraphs, "paragraph"), counted(info.sentences, "sentence"),
                        counted(info.sections, "section")].joined(separator: ", "))])
        out.line([Span("reading   ", .dim), Span("about \(info.readingMinutes) min")])
    }
}

/// What `info` shows, and its JSON form.
struct EssayInfo: Encodable {
    let title: String
    let hasTitle: Bool
    let byline: String?
    let file: String
    let path: String?
    let words: Int
    let paragraphs: Int
    let sentences: Int
    let sections: Int
    let readingMinutes: Int
    let contentHash: String

    init(_ model: KnowledgeModel) {
        title = model.displayTitle
        hasTitle = model.title != nil
        byline = model.byline
        file = model.source.name
        path = model.source.path
        words = model.wordCount
        paragraphs = model.paragraphs.count
        sentences = model.sentences.count
        sections = model.sections.count
        readingMinutes = model.readingMinutes
        contentHash = model.contentHash
    }
}
