import ArgumentParser
import Foundation
import StudyKit
import StudyShell

/// Runs one command of the shell's table on an essay and exits: the one-shot form of every shell command.
enum OneShot {
    /// Loads FILE (or the bundled essay); on failure prints the one-line reason and exits 1.
    static func loadModel(_ path: String?, output: Output) throws -> KnowledgeModel {
        do {
            return try ShellContext.loadModel(path: path)
        } catch {
            output.error("study: \(error.description)")
            throw ExitCode(1)
        }
    }

    /// The sessions folder: `--sessions DIR`, else the default (`DataFolders.sessions`).
    static func sessionsFolder(_ option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        return DataFolders.sessions(environment: environment, config: StudyConfig.load(environment: environment).config)
    }

    /// A context on a loaded essay with the reader's corrections applied: from `--corrections DIR`, else
    /// `$STUDY_CORRECTIONS`, else `corrections/` in the sessions folder (`--sessions DIR` or the default).
    static func context(_ model: KnowledgeModel, output: Output, environment: [String: String], sessions: String? = nil,
                        corrections: String? = nil) -> ShellContext {
        let context = ShellContext(model: model, output: output, environment: environment)
        context.sessionsFolder = sessionsFolder(sessions, environment: environment)
        context.useCorrections(folder: correctionsFolder(corrections, sessions: context.sessionsFolder!, environment: environment))
        return context
    }

    /// The corrections folder: `--corrections DIR`, else `DataFolders.corrections`.
    static func correctionsFolder(_ option: String?, sessions: String, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        return DataFolders.corrections(sessionsFolder: sessions, environment: environment)
    }

    /// Takes `--corrections DIR` (or `--corrections=DIR`) out of a one-shot's words; the error is one line.
    static func takeCorrectionsOption(_ words: inout [String], command: String) throws(CommandError) -> String? {
        var folder: String?
        var rest: [String] = []
        var i = 0
        while i < words.count {
            if words[i] == "--corrections" {
                guard i + 1 < words.count else {
                    throw CommandError("\(command): --corrections needs a folder, e.g. --corrections ~/study-corrections")
                }
                folder = words[i + 1]
                i += 2
                continue
            }
            if words[i].hasPrefix("--corrections=") {
                folder = String(words[i].dropFirst("--corrections=".count))
            } else {
                rest.append(words[i])
            }
            i += 1
        }
        words = rest
        return folder
    }

    /// Runs the named shell command with the given arguments, printing as the shell would.
    static func run(_ name: String, file: String?, positional: [String] = [], flags: Set<String> = [],
                    options: [String: String] = [:], corrections: String? = nil) throws {
        let environment = ProcessInfo.processInfo.environment
        let output = Output(terminal: TerminalInfo.current(environment: environment))
        let model = try loadModel(file, output: output)
        let context = context(model, output: output, environment: environment, corrections: corrections)
        guard let command = CommandTable.command(named: name) else { throw ExitCode(70) }
        do {
            try command.run(context, Arguments(positional: positional, flags: flags, options: options))
            output.flush()
        } catch let error as CommandError {
            output.error(error.message)
            throw ExitCode(1)
        }
    }

    /// Splits `[FILE] [SELECTION]` when both are optional: a lone word that names an existing file is the file,
    /// one that reads as a selection (P3, 2-4, S3.2, §2, all) is the selection.
    static func fileAndSelection(_ words: [String]) -> (file: String?, selection: String?) {
        switch words.count {
        case 0: return (nil, nil)
        case 1:
            let w = words[0]
            if FileManager.default.fileExists(atPath: w) { return (w, nil) }
            return looksLikeSelection(w) ? (nil, w) : (w, nil)
        default: return (words[0], words[1])
        }
    }

    static func looksLikeSelection(_ w: String) -> Bool {
        if w.lowercased() == "all" || ModelID(w) != nil || Int(w) != nil { return true }
        let parts = w.split(whereSeparator: { $0 == "-" || $0 == "–" })
        return parts.count == 2 && parts.allSatisfy { Int($0.drop { $0 == "P" || $0 == "p" }) != nil }
    }
}

/// `--corrections DIR`, shared by the one-shots that read the model.
struct CorrectionsFolderOption: ParsableArguments {
    @Option(help: ArgumentHelp("Folder of your corrections and flags (default: $STUDY_CORRECTIONS, else corrections/ in the sessions folder).",
                               valueName: "dir"),
            completion: .directory)
    var corrections: String?
}

/// `--json`, shared by every one-shot command.
struct JSONFlag: ParsableArguments {
    @Flag(help: "Print JSON instead of text.")
    var json = false

    var flags: Set<String> { json ? ["--json"] : [] }
}
