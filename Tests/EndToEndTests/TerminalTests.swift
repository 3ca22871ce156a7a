import Foundation
import XCTest

/// The shell at a real (pseudo-)terminal: libedit's line editing, completion, history, Ctrl-C and Ctrl-D.
final class TerminalTests: XCTestCase {
    var historyPath = ""
    let prompt = "albright-iraq-2007> "

    override func setUpWithError() throws {
        historyPath = try StudyProcess.temporaryFolder().appendingPathComponent("history").path
    }

    func startShell(arguments: [String] = [], history: String? = nil) throws -> PseudoTerminal {
        var environment = ["TERM": "xterm", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin",
                           "STUDY_HISTORY": history ?? historyPath, "LANG": "C.UTF-8"]
        environment["NO_COLOR"] = "1"
        let terminal = try PseudoTerminal(StudyProcess.binary, arguments: arguments, environment: environment)
        XCTAssertTrue(terminal.read(until: prompt), "no prompt; got: \(terminal.output)")
        XCTAssertTrue(terminal.waitForRawMode())
        return terminal
    }

    /// Types a line, then waits for its output and the next prompt.
    func enter(_ terminal: PseudoTerminal, _ line: String, expecting text: String) {
        let mark = terminal.transcript.count
        terminal.type(line + "\r")
        XCTAssertTrue(terminal.read(until: text, after: mark), "'\(line)' did not print '\(text)'; got: \(terminal.output)")
        XCTAssertTrue(terminal.read(until: prompt, after: mark + line.utf8.count))
        XCTAssertTrue(terminal.waitForRawMode())
    }

    func testBannerNamesTheEssayAndThePromptWorks() throws {
        let terminal = try startShell()
        XCTAssertTrue(terminal.output.contains("Madeleine K. Albright"))
        XCTAssertTrue(terminal.output.contains("type help") || terminal.output.contains("Type help"))
        enter(terminal, "info", expecting: "reading")
        terminal.type("quit\r")
        XCTAssertEqual(terminal.waitForExit(), 0)
    }

    func testTabCompletesHeToHelp() throws {
        let terminal = try startShell()
        let mark = terminal.transcript.count
        terminal.type("he\t")
        // libedit redraws the completed word with cursor moves; the rest of the word must arrive.
        XCTAssertTrue(terminal.read(until: "lp", after: mark), terminal.output)
        enter(terminal, "", expecting: "help COMMAND")
    }

    func testTabCompletesParagraphIDs() throws {
        let terminal = try startShell()
        let mark = terminal.transcript.count
        terminal.type("read P1\t\t")
        XCTAssertTrue(terminal.read(until: "P10", after: mark), terminal.output)
        XCTAssertTrue(terminal.read(until: "P11", after: mark), terminal.output)
    }

    func testUpRecallsThePreviousLine() throws {
        let terminal = try startShell()
        enter(terminal, "read 7", expecting: "The Balkans are at peace")
        let mark = terminal.transcript.count
        terminal.type("\u{1B}[A\r")
        XCTAssertTrue(terminal.read(until: "The Balkans are at peace", after: mark), terminal.output)
    }

    func testCtrlCAbandonsTheLineAndKeepsTheShell() throws {
        let terminal = try startShell()
        let mark = terminal.transcript.count
        terminal.type("read 7")
        XCTAssertTrue(terminal.read(until: "read 7", after: mark))
        terminal.type("\u{03}")
        XCTAssertTrue(terminal.read(until: prompt, after: mark), terminal.output)
        XCTAssertTrue(terminal.waitForRawMode())
        enter(terminal, "info", expecting: "reading")
        XCTAssertTrue(terminal.isRunning)
        XCTAssertFalse(terminal.output.contains("The Balkans are at peace"), "the abandoned line ran")
    }

    func testCtrlDOnAnEmptyLineExitsZero() throws {
        let terminal = try startShell()
        terminal.type("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
    }

    /// A Ctrl-D typed before libedit takes the terminal (during start-up, or just as the prompt appears) is held by
    /// the terminal as an end-of-file mark; it must still end the shell. Five launches each, as it was a race.
    func testCtrlDTypedBeforeOrAsThePromptAppearsExits() throws {
        var environment = ["TERM": "xterm", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin",
                           "STUDY_HISTORY": historyPath, "LANG": "C.UTF-8", "NO_COLOR": "1"]
        environment["STUDY_SESSIONS"] = try StudyProcess.temporaryFolder().path
        for attempt in 0..<10 {
            let terminal = try PseudoTerminal(StudyProcess.binary, environment: environment)
            if attempt % 2 == 0 {
                terminal.type("\u{04}")
            } else {
                XCTAssertTrue(terminal.read(until: prompt), "no prompt; got: \(terminal.output)")
                terminal.type("\u{04}")
            }
            XCTAssertEqual(terminal.waitForExit(timeout: 10), 0, "launch \(attempt) did not end on Ctrl-D: \(terminal.output)")
        }
    }

    func testHistoryPersistsBetweenRuns() throws {
        do {
            let first = try startShell()
            enter(first, "read 9", expecting: "President Bush could do his part")
            first.type("\u{04}")
            XCTAssertEqual(first.waitForExit(), 0)
        }
        let contents = try String(contentsOfFile: historyPath, encoding: .utf8)
        XCTAssertTrue(contents.contains("read"), contents)
        let second = try startShell()
        let mark = second.transcript.count
        second.type("\u{1B}[A\r")
        XCTAssertTrue(second.read(until: "President Bush could do his part", after: mark), second.output)
    }

    func testAnUnusableHistoryFileGivesOneWarningAndTheShellWorks() throws {
        // A history path under a regular file can be neither read nor created.
        let blocker = try StudyProcess.file(named: "not-a-folder", text: "x")
        let terminal = try startShell(history: blocker + "/history")
        XCTAssertTrue(terminal.output.contains("history: cannot"), terminal.output)
        enter(terminal, "info", expecting: "reading")
        let broken = try StudyProcess.temporaryFolder().appendingPathComponent("h")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        let second = try startShell(history: broken.path)
        XCTAssertTrue(second.output.contains("history: cannot read"), second.output)
        enter(second, "info", expecting: "reading")
    }
}
