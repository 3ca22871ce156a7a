import Foundation
import StudyKit
import StudyShell

/// Takes fuzzed files and lines where a user would meet them: through the shell's command table, the quiz and the
/// rendering (into a discarded output), not just the decoder. Everything it writes stays in one temporary folder,
/// which is also the current folder (so the Makefile gives libFuzzer absolute paths) and is removed at exit.
enum RenderHarness {
    static let model: KnowledgeModel = {
        let (source, text) = EssayLoader.bundled()
        return KnowledgeModel(text: text, source: source)
    }()

    /// In memory when the system has a tmpfs at /dev/shm: every input writes and fsyncs a session file, which on a
    /// disk costs more than the rest of a short input.
    static let folder: String = {
        let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm/" : NSTemporaryDirectory()
        var template = Array((base + "study-fuzz-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("StudyFuzz: cannot make a temporary folder") }
        let path = String(cString: made)
        FileManager.default.changeCurrentDirectoryPath(path)
        atexit { try? FileManager.default.removeItem(atPath: RenderHarness.folder) }
        return path
    }()

    static var sessions: String { folder + "/sessions" }

    /// Runs lines as a piped shell on the bundled essay would, output discarded.
    static func shell(_ lines: [String], recording: Bool) {
        let output = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 72, useColor: true)) { _, _ in }
        let environment = ["STUDY_SESSIONS": sessions, "STUDY_QUIZZES": folder + "/quizzes", "HOME": folder]
        let context = ShellContext(model: model, output: output, environment: environment)
        context.sessionsFolder = sessions
        if recording { context.recorder = SessionRecorder(store: SessionStore(folder: sessions)) }
        _ = Shell(context: context, reader: PlainLineReader(lines: lines), interactive: false).run()
    }

    /// A session file through `sessions`, `replay`, `stats`, `review`, `resume` and `export csv`.
    static func session(_ data: Data) {
        reset()
        _ = FileManager.default.createFile(atPath: sessions + "/fuzz.json", contents: data)
        shell(["sessions --all", "sessions --json", "replay fuzz", "replay 1", "stats", "stats --json", "review", "A",
               "1", "skip", "quit", "resume fuzz", "B", "2", "quit"], recording: false)
        if let session = try? SessionStore.load(path: sessions + "/fuzz.json") {
            _ = CSVExport.text(CSVExport.rows(session.events))
        }
    }

    /// A quiz bank through `quiz load` with scripted answers and hints, and the Anki and Markdown exports.
    static func bank(_ data: Data) {
        reset()
        let path = folder + "/bank.json"
        _ = FileManager.default.createFile(atPath: path, contents: data)
        shell(["quiz load \(path)", "A", "hint", "hint", "B", "2", "skip", "B A C D", "an answer in words", "undo", "quit",
               "export anki - --bank \(path)", "export markdown - --bank \(path)", "export csv -"], recording: false)
    }

    /// Lines of shell input through the command table, a session recorded. Lines naming a path (`/`, `..`) are left
    /// out, so whatever a command writes stays in the temporary folder.
    static func lines(_ bytes: [UInt8]) {
        reset()
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(12).map(String.init)
            .filter { !$0.contains("/") && !$0.contains("..") && !$0.contains("~") }
        shell(lines, recording: true)
    }

    /// Empties the folder, so no input sees another's files.
    static func reset() {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: folder)) ?? [] { try? fm.removeItem(atPath: folder + "/" + name) }
        try? fm.createDirectory(atPath: sessions, withIntermediateDirectories: true)
    }
}
