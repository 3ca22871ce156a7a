import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Sessions at a real (pseudo-)terminal: answer three, SIGKILL, start again, resume at the fourth, replay step by step.
final class SessionTerminalTests: XCTestCase {
    func start(_ sessions: String, history: String) throws -> PseudoTerminal {
        let environment = ["TERM": "xterm", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin",
                           "STUDY_HISTORY": history, "LANG": "C.UTF-8", "NO_COLOR": "1"]
        let terminal = try PseudoTerminal(StudyProcess.binary, arguments: ["--sessions", sessions], environment: environment)
        XCTAssertTrue(terminal.read(until: "albright-iraq-2007> "), terminal.output)
        XCTAssertTrue(terminal.waitForRawMode())
        return terminal
    }

    func send(_ terminal: PseudoTerminal, _ line: String, expecting text: String) {
        let mark = terminal.transcript.count
        terminal.type(line + "\r")
        XCTAssertTrue(terminal.read(until: text, after: mark), "'\(line)' did not print '\(text)'; got: \(terminal.output)")
        XCTAssertTrue(terminal.waitForRawMode())
    }

    func testKillResumeAndReplayAtATerminal() throws {
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("s").path
        let history = dir.appendingPathComponent("history").path
        do {
            let first = try start(sessions, history: history)
            send(first, "quiz --count 5 --seed 1 --kinds true-false", expecting: "1/5> ")
            send(first, "A", expecting: "2/5> ")
            send(first, "B", expecting: "3/5> ")
            send(first, "A", expecting: "4/5> ")
            kill(first.pid, SIGKILL)
        }
        let second = try start(sessions, history: history)
        send(second, "sessions", expecting: "3/4")
        send(second, "resume 1", expecting: "4/5> ")
        XCTAssertTrue(second.output.contains("Question 4/5"))
        second.type("quit\r")
        XCTAssertTrue(second.read(until: "Quiz over"))
        send(second, "replay 1", expecting: "(Enter: next, q: stop)> ")
        XCTAssertTrue(second.output.contains("Question 1/5"))
        send(second, "", expecting: "Question 2/5")
        send(second, "", expecting: "Question 3/5")
        send(second, "q", expecting: "replay stopped")
        second.type("quit\r")
        XCTAssertEqual(second.waitForExit(), 0)
    }
}
