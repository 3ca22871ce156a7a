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
        // More than a screenful (the whole essay) goes through the pager at a terminal.
        out.paged(environment: context.environment) {
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

extension Command {
    static let sentences = Command(
        "sentences", group: .read, usage: "[P3 | 2-4 | §2]", summary: "The sentences of a paragraph (or range), one a line, with ids",
        example: "sentences P3", completion: .ids(paragraphs: true, sentences: false, sections: true, words: ["all"]),
        maximumArguments: 1
    ) { context, arguments in
        let m = context.model
        guard let word = arguments.positional.first else {
            throw CommandError("sentences: of which paragraph? write sentences P3 (or 2-4, §2, all)")
        }
        let selection = try Selection(word, in: m, command: "sentences")
        let indexes = selection.sentenceIndexes(in: m)
        let out = context.output
        if arguments.json {
            out.json(indexes.map { ReadJSON.Item(id: m.sentences[$0].id.description, text: m.text(of: m.sentences[$0])) })
            return
        }
        let width = indexes.map { m.sentences[$0].id.description.count }.max() ?? 4
        for i in indexes {
            let s = m.sentences[i]
            let label = s.id.description
            out.wrapped([Span(m.text(of: s))], prefix: [Span(label, .id), Span(String(repeating: " ", count: width - label.count + 1))],
                        indent: width + 1)
        }
    }

    static let analyze = Command(
        "analyze", group: .understand, summary: "Everything the analysis found (with --json: the whole model)",
        example: "analyze --json"
    ) { context, arguments in
        let m = context.model
        if arguments.json {
            // Streamed: a long book's JSON is never held whole (the same bytes as `output.json(m)`).
            let out = context.output
            ModelJSONWriter.write(m) { out.stream($0) }
            out.raw("\n")
            return
        }
        try Command.info.run(context, Arguments())
        context.output.line()
        try Command.outline.run(context, Arguments())
        context.output.line()
        try Command.terms.run(context, Arguments())
        context.output.line()
        try Command.entities.run(context, Arguments())
    }
}
