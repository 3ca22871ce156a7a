import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The quiz's rough edges, through the real binary: one score everywhere, hints, section numbers, `why` after the
/// last question, Ctrl-C on a half-typed answer and Ctrl-D in a quiz.
final class QuizFlowTests: XCTestCase {
    private func run(_ input: String) throws -> StudyProcess.Result {
        let dir = try StudyProcess.temporaryFolder()
        return try StudyProcess.run(["--sessions", dir.appendingPathComponent("s").path], input: input, directory: dir)
    }

    func testOneScoreEverywhereWithSkippedCountedAsAsked() throws {
        let r = try run("quiz --count 3 --seed 1 --kinds true-false\nA\nskip\nB\nsession\nsessions\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        let over = try XCTUnwrap(r.stdout.range(of: #"Quiz over: \S+ of 3 asked \(\d+%\)"#, options: .regularExpression), r.stdout)
        let score = String(r.stdout[over]).replacingOccurrences(of: "Quiz over: ", with: "")
        XCTAssertTrue(r.stdout.contains("score    " + score), "session disagrees with '\(score)': \(r.stdout)")
        XCTAssertTrue(r.stdout.contains("(answer, or hint, skip, why, override, undo, flag, quit)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Question 1/3 · true-false"), "the kind's one name, as in --kinds: \(r.stdout)")
        let table = r.stdout.components(separatedBy: "asked     ").last ?? ""
        XCTAssertTrue(table.contains("3/3"), r.stdout)
    }

    /// The missed questions' sentences are named, and the hint to read one names one of them (it named S3.2 always).
    func testRereadNamesAMissedSentence() throws {
        let r = try run("quiz --count 2 --seed 1 --kinds cloze\nzzz\nzzz\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        let line = try XCTUnwrap(r.stdout.components(separatedBy: "\n").first { $0.hasPrefix("Reread: ") }, r.stdout)
        let ids = line.dropFirst("Reread: ".count).components(separatedBy: " (").first?.components(separatedBy: " ") ?? []
        XCTAssertFalse(ids.isEmpty, line)
        XCTAssertTrue(line.contains("type read \(ids[0]) to see"), line)
    }

    func testAHintHalvesTheCreditAndSaysSo() throws {
        let r = try run("quiz --count 1 --seed 1 --kinds true-false\nhint\nA\nsession --json\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        if r.stdout.contains("✓ Right.") {
            XCTAssertTrue(r.stdout.contains("Half credit: you took a hint."), r.stdout)
            XCTAssertTrue(r.stdout.contains("Quiz over: 0.5 of 1 asked (50%)"), r.stdout)
        } else {
            XCTAssertTrue(r.stdout.contains("Quiz over: 0 of 1 asked (0%)"), r.stdout)
        }
    }

    func testWhyAfterTheLastQuestionShowsItsEvidence() throws {
        let r = try run("quiz --count 1 --seed 1 --kinds true-false\nA\nwhy\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        let after = try XCTUnwrap(r.stdout.components(separatedBy: "Quiz over").last)
        XCTAssertNotNil(after.range(of: #"S\d+\.\d+ "#, options: .regularExpression), r.stdout)
        XCTAssertFalse(after.contains("is the thesis"), "why ran the shell command: \(after)")
    }

    func testTheEndOfInputInAQuizEndsItWithItsScore() throws {
        let r = try run("quiz --count 3 --seed 1 --kinds true-false\nA\n")
        XCTAssertTrue(r.stdout.contains("Quiz over: "), r.stdout)
        XCTAssertTrue(r.stdout.contains(" of 1 asked"), r.stdout)
        let one = try run("quiz --count 1 --seed 2 --kinds true-false\nquit\n")
        XCTAssertTrue(one.stdout.contains(": 1 question ("), one.stdout)
        XCTAssertFalse(one.stdout.contains("1 questions"), one.stdout)
        XCTAssertTrue(one.stdout.contains("Quiz over: no question asked yet"), one.stdout)
    }

    func testCtrlCOnAHalfTypedAnswerShowsTheAnswerAndCtrlDEndsTheQuizNotTheShell() throws {
        let dir = try StudyProcess.temporaryFolder()
        let environment = ["TERM": "xterm", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin",
                           "STUDY_HISTORY": dir.appendingPathComponent("history").path, "LANG": "C.UTF-8", "NO_COLOR": "1"]
        let t = try PseudoTerminal(StudyProcess.binary, arguments: ["--sessions", dir.appendingPathComponent("s").path],
                                   environment: environment)
        XCTAssertTrue(t.read(until: "> "), t.output)
        XCTAssertTrue(t.waitForRawMode())
        t.type("quiz --count 3 --seed 1 --kinds true-false\r")
        XCTAssertTrue(t.read(until: "1/3> "), t.output)
        XCTAssertTrue(t.waitForRawMode())
        var mark = t.transcript.count
        t.type("Tru\u{03}")
        XCTAssertTrue(t.read(until: "2/3> ", after: mark), t.output)
        XCTAssertTrue(t.output.contains("Question abandoned. The answer:"), t.output)
        XCTAssertTrue(t.waitForRawMode())
        mark = t.transcript.count
        t.type("\u{04}")
        XCTAssertTrue(t.read(until: "Back at the shell", after: mark), t.output)
        XCTAssertTrue(t.output.contains("Quiz over"), t.output)
        XCTAssertTrue(t.waitForRawMode())
        t.type("quit\r")
        XCTAssertEqual(t.waitForExit(), 0)
    }

    func testTheWidthIsReadAgainAfterAResize() throws {
        let dir = try StudyProcess.temporaryFolder()
        let environment = ["TERM": "xterm", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin",
                           "STUDY_HISTORY": dir.appendingPathComponent("history").path, "LANG": "C.UTF-8", "NO_COLOR": "1"]
        let t = try PseudoTerminal(StudyProcess.binary, arguments: ["--sessions", dir.appendingPathComponent("s").path],
                                   environment: environment, columns: 120)
        XCTAssertTrue(t.read(until: "> "), t.output)
        XCTAssertTrue(t.waitForRawMode())
        var size = winsize(ws_row: 40, ws_col: 40, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(t.master, UInt(TIOCSWINSZ), &size)  // the kernel sends SIGWINCH to the shell
        usleep(200_000)
        let mark = t.transcript.count
        t.type("read 2\r")
        XCTAssertTrue(t.read(until: "in doing.", after: mark), t.output)
        let text = String(decoding: t.transcript[mark...], as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).filter { $0.contains(" ") && !$0.contains("read 2") }
        XCTAssertFalse(lines.isEmpty, text)
        for line in lines where !line.hasSuffix("> ") { XCTAssertLessThanOrEqual(line.count, 40, String(line)) }
        t.type("quit\r")
        _ = t.waitForExit()
    }

    func testResumeInANewShellPicksTheLastUnfinishedQuiz() throws {
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("s").path
        _ = try StudyProcess.run(["--sessions", sessions], input: "quiz --count 3 --seed 1 --kinds true-false\nA\nquit\n", directory: dir)
        let r = try StudyProcess.run(["--sessions", sessions], input: "resume\n", directory: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Resuming "), r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("2 of 3 questions left"), r.stdout)
    }

    func testAWholeEssayReadIsPagedAtATerminal() throws {
        let dir = try StudyProcess.temporaryFolder()
        let environment = ["TERM": "xterm", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin",
                           "STUDY_HISTORY": dir.appendingPathComponent("history").path, "LANG": "C.UTF-8", "NO_COLOR": "1"]
        let t = try PseudoTerminal(StudyProcess.binary, arguments: ["--sessions", dir.appendingPathComponent("s").path],
                                   environment: environment, columns: 80, rows: 20)
        XCTAssertTrue(t.read(until: "> "), t.output)
        XCTAssertTrue(t.waitForRawMode())
        var mark = t.transcript.count
        t.type("read all\r")
        XCTAssertTrue(t.read(until: "\r\n:", after: mark), "no pager prompt: \(t.output)")
        XCTAssertFalse(String(decoding: t.transcript[mark...], as: UTF8.self).contains("P11"), "all of it was printed at once")
        mark = t.transcript.count
        t.type("q")
        XCTAssertTrue(t.read(until: "albright-iraq-2007> ", after: mark), t.output)
        XCTAssertTrue(t.waitForRawMode())
        t.type("quit\r")
        XCTAssertEqual(t.waitForExit(), 0)
    }
}
