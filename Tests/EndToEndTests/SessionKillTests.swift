import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The shell fed line by line through a pipe, so a test can wait for output and then kill it with SIGKILL.
final class LiveShell: @unchecked Sendable {
    let process = Process()
    let input = Pipe()
    private let lock = NSLock()
    private var collected = Data()

    init(arguments: [String], directory: URL) throws {
        process.executableURL = URL(fileURLWithPath: StudyProcess.binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["STUDY_HISTORY"] = nil
        process.environment = env
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.lock(); self.collected.append(data); self.lock.unlock()
        }
        try process.run()
    }

    var output: String { lock.lock(); defer { lock.unlock() }; return String(decoding: collected, as: UTF8.self) }

    func send(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

    @discardableResult
    func wait(for text: String, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if output.contains(text) { return true }
            usleep(20_000)
        }
        return false
    }

    /// Waits until `text` appears in what was written after the first `offset` bytes.
    @discardableResult
    func wait(for text: String, after offset: Int, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            lock.lock(); let tail = String(decoding: collected.dropFirst(offset), as: UTF8.self); lock.unlock()
            if tail.contains(text) { return true }
            usleep(10_000)
        }
        return false
    }

    var byteCount: Int { lock.lock(); defer { lock.unlock() }; return collected.count }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

final class SessionKillTests: XCTestCase {
    /// Answers readable for the first questions of `quiz --count 5 --seed 1 --kinds true-false` on the bundled essay.
    let answers = ["A", "B", "A", "B", "A"]

    func sessionFiles(_ folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasPrefix(".") }
    }

    /// A session as stored: its JSON file, with the events of its journal (`x.journal`, one
    /// `{"event":…,"index":N}` a line) that follow the file's own; a last line cut short is ignored.
    static func storedSession(_ file: URL) throws -> [String: Any] {
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        var events = try XCTUnwrap(object["events"] as? [[String: Any]])
        let journal = file.deletingPathExtension().appendingPathExtension("journal")
        if let data = FileManager.default.contents(atPath: journal.path) {
            for line in data.split(separator: 0x0A) {
                guard let entry = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      let index = entry["index"] as? Int, let event = entry["event"] as? [String: Any],
                      index == events.count else { continue }
                events.append(event)
            }
        }
        object["events"] = events
        return object
    }

    func answeredCount(_ file: URL) throws -> Int {
        let events = try XCTUnwrap(try Self.storedSession(file)["events"] as? [[String: Any]])
        return events.filter { $0["kind"] as? String == "answer" }.count
    }

    func testKilledAfterThreeAnswersThenSessionsResumeAndReplay() throws {
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("s")
        let shell = try LiveShell(arguments: ["--sessions", sessions.path], directory: dir)
        shell.send("quiz --count 5 --seed 1 --kinds true-false")
        XCTAssertTrue(shell.wait(for: "Question 1/5"), shell.output)
        for (i, answer) in answers.prefix(3).enumerated() {
            shell.send(answer)
            XCTAssertTrue(shell.wait(for: "Question \(i + 2)/5"), shell.output)
        }
        shell.kill9()
        let files = try sessionFiles(sessions)
        XCTAssertEqual(files.count, 1)
        XCTAssertEqual(try answeredCount(files[0]), 3)

        let list = try StudyProcess.run(["sessions", "--sessions", sessions.path], directory: dir)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("3/4"), list.stdout)

        let resumed = try StudyProcess.run(["--sessions", sessions.path], input: "resume 1\nquit\n", directory: dir)
        XCTAssertTrue(resumed.stdout.contains("2 of 5 questions left"), resumed.stdout + resumed.stderr)
        XCTAssertTrue(resumed.stdout.contains("Question 4/5"), resumed.stdout)
        XCTAssertFalse(resumed.stdout.contains("Question 3/5"), resumed.stdout)

        let replay = try StudyProcess.run(["replay", "1", "--sessions", sessions.path], directory: dir)
        XCTAssertEqual(replay.status, 0, replay.stderr)
        for n in 1...3 { XCTAssertTrue(replay.stdout.contains("Question \(n)/5"), replay.stdout) }
        XCTAssertTrue(replay.stdout.contains("Answer: A"), replay.stdout)
    }

    func testKilledAfterEachEventLeavesEveryAnswerInAFileThatParses() throws {
        for cut in 0...4 {
            let dir = try StudyProcess.temporaryFolder()
            let sessions = dir.appendingPathComponent("s")
            let shell = try LiveShell(arguments: ["--sessions", sessions.path], directory: dir)
            shell.send("quiz --count 5 --seed 1 --kinds true-false")
            XCTAssertTrue(shell.wait(for: "Question 1/5"))
            for (i, answer) in answers.prefix(cut).enumerated() {
                shell.send(answer)
                if i + 2 <= 5 { XCTAssertTrue(shell.wait(for: "Question \(i + 2)/5"), shell.output) }
            }
            if cut > 0 { shell.send("hint") ; _ = shell.wait(for: "Hint", timeout: 5) }
            shell.kill9()
            let files = try sessionFiles(sessions)
            XCTAssertEqual(files.count, 1, "cut \(cut)")
            for file in files {
                XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(contentsOf: file)), "cut \(cut)")
                XCTAssertEqual(try answeredCount(file), cut, "cut \(cut)")
            }
            let list = try StudyProcess.run(["sessions", "--sessions", sessions.path, "--json"], directory: dir)
            XCTAssertEqual(list.status, 0)
            XCTAssertEqual(list.stderr, "", "every file parses")
        }
    }

    /// A scripted session: each line, what it prints when done, and the events it records.
    static let script: [(line: String, done: String, events: [String])] = [
        ("read 1", "P1  The threshold", ["command"]),
        ("quiz --count 6 --seed 1 --kinds true-false", "Question 1/6", ["command", "quiz-started", "question"]),
        ("hint", "Hint:", ["hint"]),
        ("A", "Question 2/6", ["answer", "question"]),
        ("B", "Question 3/6", ["answer", "question"]),
        ("skip", "Question 4/6", ["skip", "question"]),
        ("A", "Question 5/6", ["answer", "question"]),
        ("hint", "Hint:", ["hint"]),
        ("B", "Question 6/6", ["answer", "question"]),
        ("A", "Quiz over", ["answer", "quiz-ended"]),
        ("save week1", "named this session week1", ["command"]),
        ("read 2", "P2  In Iraq", ["command"]),
        ("quiz --count 2 --seed 2 --kinds true-false", "Question 1/2", ["command", "quiz-started", "question"]),
        ("A", "Question 2/2", ["answer", "question"]),
    ]

    /// SIGKILL after each event-making step of the script (14 kill points): the file then holds every event of
    /// the completed steps, in order, every answer given, and parses; `sessions` reads it without a complaint.
    func testKilledAfterEveryStepOfAScriptedSessionLosesNothing() throws {
        var survived = 0
        for cut in 1...Self.script.count {
            let dir = try StudyProcess.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: dir) }
            let sessions = dir.appendingPathComponent("s")
            let shell = try LiveShell(arguments: ["--sessions", sessions.path], directory: dir)
            for step in Self.script.prefix(cut) {
                let mark = shell.byteCount
                shell.send(step.line)
                XCTAssertTrue(shell.wait(for: step.done, after: mark), "cut \(cut), '\(step.line)': \(shell.output.suffix(800))")
            }
            shell.kill9()
            let done = Self.script.prefix(cut)
            let files = try sessionFiles(sessions)
            XCTAssertEqual(files.count, 1, "cut \(cut)")
            guard let file = files.first else { continue }
            let object = try Self.storedSession(file)
            let events = try XCTUnwrap(object["events"] as? [[String: Any]])
            XCTAssertEqual(events.map { $0["kind"] as? String ?? "?" }, done.flatMap(\.events), "cut \(cut)")
            let answers = events.filter { $0["kind"] as? String == "answer" }.compactMap { $0["answer"] as? String }
            XCTAssertEqual(answers, done.filter { $0.events.first == "answer" }.map(\.line), "cut \(cut)")
            if cut > 10 { XCTAssertEqual(object["name"] as? String, "week1", "cut \(cut)") }
            let list = try StudyProcess.run(["sessions", "--all", "--sessions", sessions.path, "--json"], directory: dir)
            XCTAssertEqual(list.status, 0, "cut \(cut)")
            XCTAssertEqual(list.stderr, "", "cut \(cut): every file parses")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: sessions.path).filter { $0.hasPrefix(".") }
            XCTAssertTrue(leftovers.isEmpty || leftovers.allSatisfy { $0.hasSuffix(".tmp") || $0.hasSuffix(".new") }, "cut \(cut): \(leftovers)")
            if testRun?.failureCount == 0 { survived = cut }
        }
        print("kill points survived: \(survived) of \(Self.script.count)")
        XCTAssertEqual(survived, Self.script.count)
    }

    func testTwoShellsAtOnceWriteTwoFiles() throws {
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("s")
        let a = try LiveShell(arguments: ["--sessions", sessions.path], directory: dir)
        let b = try LiveShell(arguments: ["--sessions", sessions.path], directory: dir)
        a.send("quiz --count 2 --seed 1 --kinds true-false"); b.send("quiz --count 2 --seed 1 --kinds true-false")
        XCTAssertTrue(a.wait(for: "Question 1/2")); XCTAssertTrue(b.wait(for: "Question 1/2"))
        a.send("A"); b.send("A")
        XCTAssertTrue(a.wait(for: "Question 2/2")); XCTAssertTrue(b.wait(for: "Question 2/2"))
        a.kill9(); b.kill9()
        let files = try sessionFiles(sessions)
        XCTAssertEqual(files.count, 2)
        for f in files { XCTAssertEqual(try answeredCount(f), 1) }
    }

    func testReadOnlyFolderWarnsOnceAndTheSessionGoesOn() throws {
        if getuid() == 0 { throw XCTSkip("root can write into a read-only folder") }
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        chmod(sessions.path, 0o555)
        defer { chmod(sessions.path, 0o755) }
        let r = try StudyProcess.run(["--sessions", sessions.path], input: "quiz --count 2 --seed 1 --kinds true-false\nA\nA\nsession\n", directory: dir)
        XCTAssertEqual(r.stderr.components(separatedBy: "cannot").count - 1, 1, r.stderr)
        XCTAssertTrue(r.stdout.contains("(not saved)"), r.stdout)
    }

    func testUnwritableSessionsPathWarnsOnceAndTheSessionGoesOn() throws {
        let dir = try StudyProcess.temporaryFolder()
        let blocker = dir.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let r = try StudyProcess.run(["--sessions", blocker.path + "/sub"], input: "quiz --count 2 --seed 1 --kinds true-false\nA\nA\nsession\n", directory: dir)
        // One warning when saving first fails, and one line at the end saying the session was not saved.
        XCTAssertEqual(r.stderr.components(separatedBy: "session:").count - 1, 2, r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("session: not saved; the last events could not be written to \(blocker.path)/sub\n"), r.stderr)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains(blocker.path), r.stderr)
        XCTAssertTrue(r.stdout.contains("Quiz over"), r.stdout)
        XCTAssertTrue(r.stdout.contains("(not saved)"), r.stdout)
    }

    func testTheCommittedExampleSessionReplays() throws {
        let folder = StudyProcess.repositoryRoot.appendingPathComponent("Sessions")
        let files = try sessionFiles(folder)
        XCTAssertFalse(files.isEmpty, "commit an example session in Sessions/")
        for file in files {
            let r = try StudyProcess.run(["replay", file.path])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains("Question 1/"), r.stdout)
            XCTAssertTrue(r.stdout.contains("Score:"), r.stdout)
        }
    }
}
