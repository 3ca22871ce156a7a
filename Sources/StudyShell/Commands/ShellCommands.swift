import StudyKit

extension Command {
    static let load = Command(
        "load", group: .shell, usage: "FILE", summary: "Open another essay (the current one stays if it fails)",
        example: "load essays/federalist-10.txt", completion: .files, maximumArguments: 1
    ) { context, arguments in
        guard let path = arguments.positional.first else {
            throw CommandError("load: which file? write load FILE, e.g. load essay.txt")
        }
        try context.load(path: path)
        let m = context.model
        if arguments.json { context.output.json(EssayInfo(m)); return }
        context.output.line([Span("loaded ", .dim), Span(m.displayTitle, .heading),
                             Span(" (\(m.wordCount) words, \(m.paragraphs.count) paragraphs)", .dim)])
    }

    static let quit = Command(
        "quit", aliases: ["exit"], group: .shell, summary: "Leave the shell (Ctrl-D does the same)", example: "quit"
    ) { context, _ in
        context.wantsToQuit = true
    }

    static let help = Command(
        "help", group: .shell, usage: "[COMMAND | all]",
        summary: "The commands by group on a few lines; help all says what each does; help COMMAND explains one",
        example: "help read", completion: .commands, maximumArguments: 1
    ) { context, arguments in
        let out = context.output
        let all = arguments.positional.first?.lowercased() == "all"
        if let name = arguments.positional.first, !all {
            guard let command = CommandTable.command(named: name) else {
                throw CommandError("help: no command '\(name)'; type help to list them")
            }
            if arguments.json { context.output.json(HelpJSON(command)); return }
            out.line(command.synopsis, .heading)
            out.wrapped([Span(command.summary)])
            if !command.aliases.isEmpty { out.line([Span("also: ", .dim), Span(command.aliases.joined(separator: ", "))]) }
            let options = command.flags + command.options.map { "\($0) VALUE" } + ["--json"]
            out.line([Span("options: ", .dim), Span(options.joined(separator: "  "))])
            out.line([Span("example: ", .dim), Span(command.example, .emphasis)])
            return
        }
        if arguments.json { context.output.json(CommandTable.all.map(HelpJSON.init)); return }
        guard all else {
            // A screenful: each group's command names on its line.
            let label = (Command.Group.allCases.map { $0.rawValue.count }.max() ?? 8) + 2
            for group in Command.Group.allCases {
                let names = CommandTable.all.filter { $0.group == group }.map(\.name)
                guard !names.isEmpty else { continue }
                out.wrapped([Span(names.joined(separator: "  "), .id)],
                            prefix: [Span("  "), Span(group.rawValue.padding(label), .heading)], indent: label + 2)
            }
            out.wrapped([Span("help all", .emphasis), Span(" says what each does; "), Span("help COMMAND", .emphasis),
                         Span(" explains one with an example.")])
            out.wrapped([Span("Ids: P3 is paragraph 3, S3.2 its second sentence, §2 section 2. Every command takes --json.", .dim)])
            return
        }
        // Name and usage in a column of at most 30; a longer usage gets a line of its own.
        let width = min(30, CommandTable.all.map { $0.synopsis.count }.max() ?? 10) + 2
        for group in Command.Group.allCases {
            let commands = CommandTable.all.filter { $0.group == group }
            guard !commands.isEmpty else { continue }
            out.line(group.rawValue, .heading)
            for c in commands {
                if c.synopsis.count + 2 > width {
                    out.wrapped([Span(c.synopsis, .id)], prefix: [Span("  ")], indent: 4)
                    out.wrapped([Span(c.summary)], prefix: [Span(String(repeating: " ", count: width + 2))], indent: width + 2)
                } else {
                    let pad = String(repeating: " ", count: width - c.synopsis.count)
                    out.wrapped([Span(c.summary)], prefix: [Span("  "), Span(c.synopsis, .id), Span(pad)], indent: width + 2)
                }
            }
        }
        out.line([Span("Ids: P3 is paragraph 3, S3.2 its second sentence, §2 section 2. Every command takes --json.", .dim)])
        out.line([Span("Type help COMMAND for details and an example.", .dim)])
    }
}

/// `help --json`.
struct HelpJSON: Encodable {
    let name: String
    let aliases: [String]
    let group: String
    let usage: String
    let summary: String
    let example: String
    let options: [String]

    init(_ c: Command) {
        name = c.name
        aliases = c.aliases
        group = c.group.rawValue
        usage = c.synopsis
        summary = c.summary
        example = c.example
        options = c.flags + c.options + ["--json"]
    }
}
