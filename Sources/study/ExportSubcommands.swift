import ArgumentParser
import Foundation
import StudyKit
import StudyShell

/// `study export anki|markdown [FILE] [--out PATH] [--count N] [--seed S] [--kinds K] [--bank NAME]`.
struct ExportSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a quiz as Anki cards, a Markdown study sheet, or a saved session's answers as CSV.",
        discussion: "Writes to standard output unless --out is given. Example: study export anki --count 20 --out cards.txt",
        subcommands: [ExportAnkiSubcommand.self, ExportMarkdownSubcommand.self, ExportCSVSubcommand.self])
}

/// What both exports take.
struct ExportOptions: ParsableArguments {
    @Argument(help: "The essay (default: the bundled essay).", completion: .file())
    var file: String?

    @Option(name: .long, help: "Write to this file instead of standard output (- is standard output).", completion: .file())
    var out: String?

    @Flag(help: "Replace the --out file when it exists.")
    var force = false

    @Option(help: "Number of questions (1–100; default 10, or quizCount from the config).")
    var count: Int?

    @Option(help: "Seed for choosing questions; the same seed gives the same quiz.")
    var seed: UInt64 = 1

    @Option(help: "Question kinds, comma-separated (e.g. cloze,true-false).")
    var kinds: String?

    @Option(help: "Export a quiz bank (a name in Quizzes/ or a JSON file) instead of making questions.",
            completion: .file(extensions: ["json"]))
    var bank: String?

    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    /// The same options for the shell's `export` command.
    var shellArguments: Arguments {
        var options = ["--seed": String(seed)]
        if let count { options["--count"] = String(count) }
        if let kinds { options["--kinds"] = kinds }
        if let bank { options["--bank"] = bank }
        return Arguments(positional: [], options: options)
    }

    func run(_ format: String) throws {
        var arguments = shellArguments
        arguments.positional = [format, out ?? "-"]
        try OneShot.run("export", file: file, positional: arguments.positional, flags: force ? ["--force"] : [],
                        options: arguments.options, corrections: correctionsFolder.corrections)
    }
}

struct ExportAnkiSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anki",
        abstract: "Write a quiz as a tab-separated file that Anki imports as it is (front, back with evidence, tags).",
        discussion: "Example: study export anki --count 20 --seed 3 --out albright-anki.txt")

    @OptionGroup var options: ExportOptions

    func run() throws { try options.run("anki") }
}

struct ExportMarkdownSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markdown",
        abstract: "Write a Markdown study sheet: outline with summaries, argument map, key terms, questions and answers.",
        discussion: "Example: study export markdown --out albright-study.md")

    @OptionGroup var options: ExportOptions

    func run() throws { try options.run("markdown") }
}

/// `study export csv SESSION [--sessions DIR] [--out PATH]`: a saved session's answers, one row an answer.
struct ExportCSVSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Write a saved session's answers as CSV (time, quiz, question, kind, prompt, answer, verdict, score, reason, evidence).",
        discussion: "SESSION is a file, an id, a name given with save, or a number from study sessions (1 is the newest). Example: study export csv 1 --out answers.csv")

    @Argument(help: "The session: a file, an id, a name, or a number from `study sessions`.")
    var session: String

    @Option(help: "Folder of saved sessions (default: as for the shell).", completion: .directory)
    var sessions: String?

    @Option(name: .long, help: "Write to this file instead of standard output (- is standard output).", completion: .file())
    var out: String?

    @Flag(help: "Replace the --out file when it exists.")
    var force = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let output = Output(terminal: TerminalInfo.current(environment: environment))
        let store = SessionStore(folder: OneShot.sessionsFolder(sessions, environment: environment))
        let found: StudySession
        do {
            found = FileManager.default.fileExists(atPath: session) && session.hasSuffix(".json")
                ? try SessionStore.load(path: session) : try store.find(session).session
        } catch {
            output.error("study export csv: \(error.message)")
            throw ExitCode(1)
        }
        let rows = CSVExport.rows(found.events)
        let text = SafeText.cleanForFile(CSVExport.text(rows))
        if let out, out != "-" {
            do { try AtomicFile.write(Data(text.utf8), to: out, existing: force ? .replace : .refuse) } catch {
                output.error("study export csv: cannot write \(SafeText.clean(out, limit: 120)): \(FileErrorReason.of(error))")
                throw ExitCode(1)
            }
            output.line([Span("wrote ", .dim), Span(out), Span(" (\(rows.count) answers)", .dim)])
            output.flush()
        } else {
            output.raw(text)
            output.flush()
        }
    }
}

/// `study import anki FILE --name NAME [--essay FILE]`.
struct ImportSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn files from other tools into quiz banks.",
        subcommands: [ImportAnkiSubcommand.self])
}

struct ImportAnkiSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anki",
        abstract: "Turn a tab-separated front/back file (an Anki plain-text export) into a quiz bank in Quizzes/NAME.json.",
        discussion: "Cards without evidence ids ([S6.3] on the back) get the essay's best-matching sentence. Example: study import anki cards.txt --name week1")

    @Argument(help: "The tab-separated file.", completion: .file(extensions: ["txt", "tsv"]))
    var cards: String

    @Option(help: "The bank's name (default: the file's name).")
    var name: String?

    @Option(help: "The essay the cards are about (default: the bundled essay).", completion: .file())
    var essay: String?

    /// The sections the cards' `secN` tags name are the essay's as you corrected them.
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func run() throws {
        let name = name ?? ((cards as NSString).lastPathComponent as NSString).deletingPathExtension
        try OneShot.run("import", file: essay, positional: ["anki", cards, name], corrections: correctionsFolder.corrections)
    }
}

/// `study completions bash|zsh|fish`: the shell completion script, from the same definitions as the parser.
struct CompletionsSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Print a completion script for bash, zsh or fish.",
        discussion: """
            bash: study completions bash > ~/.local/share/bash-completion/completions/study
            zsh:  study completions zsh > ~/.zfunc/_study   (with fpath+=~/.zfunc before compinit)
            fish: study completions fish > ~/.config/fish/completions/study.fish
            """)

    enum Shell: String, ExpressibleByArgument, CaseIterable {
        case bash, zsh, fish
    }

    @Argument(help: "The shell: bash, zsh or fish.")
    var shell: Shell

    func run() throws {
        print(StudyCommand.completionScript(for: CompletionShell(rawValue: shell.rawValue)!), terminator: "")
    }
}
