import Foundation
import XCTest

/// Runs the built `study` binary (from `.build/debug`, or `$STUDY_BIN`) through pipes.
enum StudyProcess {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["STUDY_BIN"], !path.isEmpty { return path }
        return repositoryRoot.appendingPathComponent(".build/debug/study").path
    }

    struct Result {
        let stdout: String
        let stderr: String
        let status: Int32
        /// Whether the run was stopped because it passed its time limit.
        var timedOut = false
        /// How long the run took, in seconds.
        var seconds: Double = 0
    }

    /// Runs `study` with arguments, feeding `input` on standard input, in `directory` (default: a temp folder).
    /// `unsetting` removes variables from the environment; `timeout` kills the run (SIGKILL) when it takes longer.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                    unsetting: [String] = [], directory: URL? = nil, timeout: TimeInterval? = nil,
                    executable: String? = nil) throws -> Result {
        try run(arguments, inputData: Data(input.utf8), environment: environment, unsetting: unsetting,
                directory: directory, timeout: timeout, executable: executable)
    }

    static func run(_ arguments: [String], inputData: Data, environment: [String: String] = [:],
                    unsetting: [String] = [], directory: URL? = nil, timeout: TimeInterval? = nil,
                    executable: String? = nil) throws -> Result {
        let started = Date()
        signal(SIGPIPE, SIG_IGN)  // a child that exits before reading all its input must not kill the tests
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["STUDY_HISTORY"] = nil
        // Sessions go to a temporary folder unless a test chooses one: never into the repository's Sessions/.
        env["STUDY_SESSIONS"] = NSTemporaryDirectory() + "study-test-sessions-\(getpid())"
        for (k, v) in environment { env[k] = v }
        for k in unsetting { env[k] = nil }
        process.environment = env
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let timer = Collected()
        if let timeout {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                if process.isRunning { timer.data = Data([1]); kill(pid, SIGKILL) }
            }
        }
        // Write standard input on its own thread: a large input must not block while the child fills its pipes.
        let writer = DispatchGroup()
        writer.enter()
        DispatchQueue.global().async {
            try? stdin.fileHandleForWriting.write(contentsOf: inputData)
            try? stdin.fileHandleForWriting.close()
            writer.leave()
        }
        // Read both pipes fully before waiting, so a large output cannot block the child.
        let errors = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errors.data = stderr.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errors.data
        process.waitUntilExit()
        writer.wait()
        return Result(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                      status: process.terminationStatus, timedOut: !timer.data.isEmpty,
                      seconds: Date().timeIntervalSince(started))
    }

    private final class Collected: @unchecked Sendable { var data = Data() }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("study-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes bytes to a new file in a fresh temporary folder and returns its path.
    static func file(named name: String, bytes: [UInt8]) throws -> String {
        let url = try temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func file(named name: String, text: String) throws -> String {
        try file(named: name, bytes: Array(text.utf8))
    }
}
