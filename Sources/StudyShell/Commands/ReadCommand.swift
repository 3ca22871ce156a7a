import StudyKit

extension Command {
    static let read = Command(
        "read", group: .read, usage: "[P3 | 2-4 | S3.2 | §2 | all]",
        summary: "Show paragraphs (numbered), one sentence, or a section, as the author wrote them",
        example: "read 2-4", completion: .ids(paragraphs: true, sentences: true, sections: true, words: ["all"]),
        maximumArguments: 1
    ) { context, arguments in
        let model = context.model
        let selection = try Selection(arguments.positional.first ?? "all", in: model, command: "read")
        let out = context.output
        if case .sentence(let index) = selection {
            let sentence = model.sentences[index]
            if arguments.json {
                out.json(ReadJSON(paragraphs: [], sentences: [.init(id: sentence.id.description, text: model.text(of: sentence))]))
            } else {
                let label = sentence.id.description
                out.wrapped([Span(model.text(of: sentence))], prefix: [Span(label, .id), Span(" ")], indent: label.count + 1)
            }
            return
        }
        let indexes = selection.paragraphIndexes(in: model)
        if arguments.json {
            out.json(ReadJSON(paragraphs: indexes.map { i in
                let p = model.paragraphs[i]
                return .init(id: p.id.description, text: model.text(of: p))
            }, sentences: nil))
            return
        }
        if case .section(let n) = selection, let section = model.section(n) {
            out.line([Span("§\(n) ", .id), Span(section.label, .heading)])
        }
        let labelWidth = "P\(model.paragraphs.count)".count + 1
        for (k, i) in indexes.enumerated() {
            if k > 0 { out.line() }
            let p = model.paragraphs[i]
            if let heading = p.heading { out.line(heading.title, .heading) }
            let label = p.id.description
            let pad = String(repeating: " ", count: labelWidth - label.count)
            out.wrapped([Span(model.text(of: p))], prefix: [Span(label, .id), Span(pad)], indent: labelWidth)
        }
    }
}

/// `read --json`: the selected paragraphs (or one sentence) with their ids.
struct ReadJSON: Encodable {
    struct Item: Encodable {
        let id: String
        let text: String
    }
    let paragraphs: [Item]
    let sentences: [Item]?
}

extension Selection {
    /// Parses a selection, turning its error into a command error that names the command.
    init(_ text: String, in model: KnowledgeModel, command: String) throws(CommandError) {
        do { self = try Selection(text, in: model) } catch { throw CommandError("\(command): \(error.message)") }
    }
}
