import ArgumentParser
import Foundation
import StudyKit
import StudyShell

/// `study [shell] [FILE]`: the interactive shell (or a script of shell lines from a pipe).
struct ShellSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Open the study shell on an essay (the default command)."
    )

    @Argument(help: "The essay to study (plain text or Markdown, UTF-8). Default: the bundled essay.",
              completion: .file())
    var file: String?

    @Option(help: "Folder for saved sessions (default: $STUDY_SESSIONS, else the config's sessionsFolder, else Sessions/ in the repository, else $XDG_DATA_HOME/study/sessions).",
            completion: .directory)
    var sessions: String?

    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal = TerminalInfo.current(environment: environment)
        let output = Output(terminal: terminal)
        let model = try OneShot.loadModel(file, output: output)
        let context = OneShot.context(model, output: output, environment: environment, sessions: sessions,
                                      corrections: correctionsFolder.corrections)
        context.recorder = SessionRecorder(store: SessionStore(folder: context.sessionsFolder!))
        let reader: LineReader
        if terminal.isInteractive {
            reader = EditLineReader(
                historyPath: HistoryFile.path(environment: environment),
                completer: Completer(commands: CommandTable.all, model: context.model),
                warn: { output.warning($0) })
        } else {
            reader = PlainLineReader()
        }
        var status = Shell(context: context, reader: reader, interactive: terminal.isInteractive).run()
        if let recorder = context.recorder, recorder.isBehind {
            output.error("session: not saved; the last events could not be written to \(SafeText.clean(recorder.store.folder, limit: 120))")
            if !terminal.isInteractive { status = 1 }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
