import Foundation
import StudyKit

extension Command {
    static let export = Command(
        "export", group: .export, usage: "anki|markdown|csv [FILE | -] [--force] [--bank NAME | --review] [--count N] [--seed S]",
        summary: "Write the quiz (or the cards under review) as Anki cards, a Markdown study sheet, or this session's answers as CSV (- for the screen)",
        example: "export anki -", flags: ["--review", "--force"], options: ["--bank", "--count", "--seed", "--kinds"],
        completion: .words(["anki", "markdown", "csv"]), maximumArguments: 2
    ) { context, arguments in
        guard let format = arguments.positional.first?.lowercased() else {
            throw CommandError("export: what? write export anki, export markdown or export csv")
        }
        let m = context.model
        let stem = AnkiExport.essayTag(m)
        let text: String
        let file: String
        let what: String
        switch format {
        case "anki":
            let questions = try exportQuestions(context, arguments, command: "export anki")
            text = AnkiExport(model: m).text(questions)
            file = "\(stem)-anki.txt"
            what = "\(questions.count) cards"
        case "markdown", "md":
            let questions = try exportQuestions(context, arguments, command: "export markdown")
            text = MarkdownStudySheet(model: m, questions: questions).text()
            file = "\(stem)-study.md"
            what = "study sheet, \(counted(questions.count, "question"))"
        case "csv":
            let rows = CSVExport.rows(context.events)
            if rows.isEmpty {
                context.output.warning("export csv: no answers in this session yet; the file has only its header line")
            }
            text = CSVExport.text(rows)
            file = "\(stem)-answers.csv"
            what = "\(rows.count) answers"
        default:
            throw CommandError("export: no format '\(format)'; use anki, markdown or csv")
        }
        try writeExport(text, to: arguments.positional.count > 1 ? arguments.positional[1] : file, what: what,
                        force: arguments.has("--force"), context: context, command: "export \(format)")
    }

    static let `import` = Command(
        "import", group: .export, usage: "anki FILE [NAME]",
        summary: "Turn a tab-separated front/back file (an Anki export) into a quiz bank NAME.json in the quizzes folder",
        example: "import anki cards.txt week1", completion: .files, maximumArguments: 3
    ) { context, arguments in
        let p = arguments.positional
        guard p.first?.lowercased() == "anki" else {
            throw CommandError("import: write import anki FILE [NAME], e.g. import anki cards.txt week1")
        }
        guard p.count >= 2 else { throw CommandError("import anki: which file? e.g. import anki cards.txt week1") }
        let path = p[1]
        let name = p.count > 2 ? p[2] : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let (bank, written) = try importAnki(path: path, name: name, context: context, command: "import anki")
        if arguments.json { context.output.json(bank); return }
        context.output.line([Span("imported ", .dim), Span(written), Span(" (\(bank.questions.count) cards); quiz load \(DataFolders.safeName(name) ?? name) runs it", .dim)])
    }

    /// Reads an Anki file, checks it as a bank and writes it to the quizzes folder. Returns the bank and its path.
    public static func importAnki(path: String, name: String, context: ShellContext, command: String) throws -> (QuizBank, String) {
        guard let safe = DataFolders.safeName(name) else { throw CommandError("\(command): '\(name)' cannot be a bank name; use letters, digits and -") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("\(command): cannot read \(path); check the path")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandError("\(command): \(path) is not UTF-8 text; export it from Anki as plain text")
        }
        let bank: QuizBank
        do { bank = try AnkiImport(model: context.model).bank(from: text, name: path) } catch {
            throw CommandError("\(command): \(error.message)")
        }
        let folder = DataFolders.quizzes(environment: context.environment)
        let target = folder + "/" + safe + ".json"
        do {
            try AtomicFile.makeFolders(folder)
            try AtomicFile.write(try bank.jsonData(), to: target)
        } catch {
            throw CommandError("\(command): cannot write \(target) (\(FileErrorReason.of(error))); check the folder's permissions")
        }
        return (bank, target)
    }

    /// The questions to export: `--bank NAME`, else the current or last quiz, else a new quiz (`--count`, `--seed`,
    /// `--kinds`, defaults from the config; seed 1).
    public static func exportQuestions(_ context: ShellContext, _ arguments: Arguments, command: String) throws -> [Question] {
        // Flagged questions are never exported.
        let questions = context.unflagged(try chosenQuestions(context, arguments, command: command))
        guard !questions.isEmpty else { throw CommandError("\(command): every question is flagged (see flags); nothing to export") }
        return questions
    }

    /// The questions `exportQuestions` starts from, before flagged ones are left out.
    static func chosenQuestions(_ context: ShellContext, _ arguments: Arguments, command: String) throws -> [Question] {
        if let bank = arguments.options["--bank"] {
            return try loadBank(bank, context: context, command: command).questions
        }
        if arguments.has("--review") {
            // The cards under spaced review for this essay, the soonest due first.
            let deck = SessionActions.reviewDeck(context)
            guard !deck.cards.isEmpty else {
                throw CommandError("\(command): no cards under review for this essay yet; take a quiz first")
            }
            return deck.cards.sorted { $0.schedule.due < $1.schedule.due }.map { (card: ReviewDeck.Card) in card.question }
        }
        let makes = ["--count", "--seed", "--kinds"].contains { arguments.options[$0] != nil }
        if !makes, let run = context.quiz ?? context.lastQuiz { return run.questions }
        var quizArguments = Arguments(options: arguments.options.filter { $0.key != "--bank" })
        if quizArguments.options["--seed"] == nil { quizArguments.options["--seed"] = "1" }
        let options: QuizMaker.Options
        do { options = try quizOptions(context, quizArguments) } catch {
            throw CommandError(error.message.replacingOccurrences(of: "quiz:", with: "\(command):"))
        }
        let questions = unflaggedQuiz(context, options)
        guard !questions.isEmpty else { throw CommandError("\(command): this text gives no questions of those kinds") }
        return questions
    }

    /// Writes export text to a file (atomically; an existing file only with `--force`) or, for `-`, to standard
    /// output.
    static func writeExport(_ text: String, to path: String, what: String, force: Bool, context: ShellContext,
                            command: String) throws {
        let text = SafeText.cleanForFile(text)
        if path == "-" {
            context.output.raw(text)
            return
        }
        do { try AtomicFile.write(Data(text.utf8), to: path, existing: force ? .replace : .refuse) } catch {
            throw CommandError("\(command): cannot write \(SafeText.clean(path, limit: 120)): \(FileErrorReason.of(error))")
        }
        context.output.line([Span("wrote ", .dim), Span(path), Span(" (\(what))", .dim)])
    }
}
