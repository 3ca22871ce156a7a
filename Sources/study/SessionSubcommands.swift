import ArgumentParser
import Foundation
import StudyKit
import StudyShell

/// `--sessions DIR`, shared by the session one-shots.
struct SessionsFolderOption: ParsableArguments {
    @Option(help: "Folder of saved sessions (default: $STUDY_SESSIONS, else the config's sessionsFolder, else Sessions/ in the repository, else $XDG_DATA_HOME/study/sessions).",
            completion: .directory)
    var sessions: String?
}

/// Runs a session command of the shell's table once, with a context whose sessions folder is set.
enum SessionOneShot {
    static func run(_ name: String, file: String?, folder: String?, positional: [String] = [], flags: Set<String> = [],
                    options: [String: String] = [:], record: Bool = false, corrections: String? = nil) throws {
        let environment = ProcessInfo.processInfo.environment
        let output = Output(terminal: TerminalInfo.current(environment: environment))
        let model = try OneShot.loadModel(file, output: output)
        let context = OneShot.context(model, output: output, environment: environment, sessions: folder,
                                      corrections: corrections)
        if record { context.recorder = SessionRecorder(store: SessionStore(folder: context.sessionsFolder!)) }
        guard let command = CommandTable.command(named: name) else { throw ExitCode(70) }
        do {
            try command.run(context, Arguments(positional: positional, flags: flags, options: options))
            output.flush()
        } catch let error as CommandError {
            output.error("study \(error.message)")
            throw ExitCode(1)
        }
        // `review` starts a quiz: answers come one a line from standard input.
        if let quiz = context.quiz {
            while !quiz.isFinished, let line = readLine() {
                quiz.handle(line, context)
                output.flush()
            }
            quiz.endOfInput(context)
            output.flush()
        }
        context.recorder?.finish(context)
    }
}

/// `study sessions [--json]`.
struct SessionsSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "List saved study sessions (date, essay, questions, score, duration).")

    @Flag(help: "Also list sessions where no question was asked.") var all = false
    @OptionGroup var folder: SessionsFolderOption
    @OptionGroup var format: JSONFlag

    func run() throws {
        try SessionOneShot.run("sessions", file: nil, folder: folder.sessions, flags: format.flags.union(all ? ["--all"] : []))
    }
}

/// `study replay FILE|NAME [--json]`.
struct ReplaySubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay", abstract: "Print what happened in a session, question by question, from its file.",
        discussion: "SESSION is a session file, or an id, name or number from study sessions. Example: study replay 1")

    @Argument(help: "A session file, or an id, name or number from study sessions.") var session: String
    @OptionGroup var folder: SessionsFolderOption
    @OptionGroup var format: JSONFlag

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let output = Output(terminal: TerminalInfo.current(environment: environment))
        let loaded: StudySession
        do {
            if session.hasSuffix(".json") && FileManager.default.fileExists(atPath: session) {
                loaded = try SessionStore.load(path: session)
            } else {
                loaded = try SessionStore(folder: OneShot.sessionsFolder(folder.sessions, environment: environment)).find(session).session
            }
        } catch {
            output.error("study replay: \(error.message)")
            output.flush()
            throw ExitCode(1)
        }
        if format.json { output.json(loaded); output.flush(); return }
        // Compare with the essay on disk, when the session names a file that still exists.
        let current = loaded.essay.path.flatMap { EssayLoader.isRegularFile($0) ? try? ShellContext.loadModel(path: $0) : nil }
            ?? (loaded.essay.path == nil ? try? ShellContext.loadModel(path: nil) : nil)
        SessionViews.replayHeader(loaded, loaded: current, output)
        for step in SessionViews.replaySteps(loaded, fallback: current) { step(output) }
        SessionViews.replayFooter(loaded, output)
        output.flush()
    }
}

/// `study stats [FILE] [--json]`.
struct StatsSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Accuracy per question kind and section over all sessions on an essay, and the trend.")

    @Argument(help: "The essay (default: the bundled essay).", completion: .file()) var file: String?
    @OptionGroup var folder: SessionsFolderOption
    @OptionGroup var format: JSONFlag
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func run() throws {
        try SessionOneShot.run("stats", file: file, folder: folder.sessions, flags: format.flags,
                               corrections: correctionsFolder.corrections)
    }
}

/// `study review [FILE] [--cram] [--due]`: answers are read one a line from standard input.
struct ReviewSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Spaced review (FSRS) of questions answered in earlier sessions.",
        discussion: "Asks the cards due now, reading answers one a line from standard input; the answers are saved as a session. --due lists what is due and when.")

    @Argument(help: "The essay (default: the bundled essay).", completion: .file()) var file: String?
    @Flag(help: "Ask the weakest cards, whatever their schedule.") var cram = false
    @Flag(help: "List the cards and when each is due.") var due = false
    @Option(help: "Most cards to ask (1–100).") var count: Int = 10
    @OptionGroup var folder: SessionsFolderOption
    @OptionGroup var format: JSONFlag
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func run() throws {
        var flags = format.flags
        if cram { flags.insert("--cram") }
        if due { flags.insert("--due") }
        try SessionOneShot.run("review", file: file, folder: folder.sessions, flags: flags,
                               options: ["--count": String(count)], record: !due, corrections: correctionsFolder.corrections)
    }
}
