import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A big essay on a terminal: progress on standard error, erased at the end; Ctrl-C during the analysis exits 130.
final class LargeInputTests: XCTestCase {
    /// About `megabytes` of text made of the fixture essays, repeated.
    static func bigEssay(megabytes: Int) throws -> String {
        let folder = StudyProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/essays")
        var chunk = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            chunk += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) + "\n\n"
        }
        let copies = max(1, megabytes * 1_048_576 / chunk.utf8.count)
        let path = try StudyProcess.temporaryFolder().appendingPathComponent("big.txt").path
        try Data(String(repeating: chunk, count: copies).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func environment() -> [String: String] {
        ["TERM": "xterm", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1",
         "STUDY_HISTORY": NSTemporaryDirectory() + "study-large-history-\(getpid())"]
    }

    func testCtrlCDuringAnalysisExits130() throws {
        let path = try Self.bigEssay(megabytes: 8)
        let pty = try PseudoTerminal(StudyProcess.binary, arguments: [path], environment: environment())
        XCTAssertTrue(pty.read(until: "analysing big.txt", timeout: 20), pty.output)
        pty.type("\u{03}")
        XCTAssertEqual(pty.waitForExit(timeout: 10), 130, pty.output)
        XCTAssertTrue(pty.output.hasSuffix("\u{1B}[K^C\r\n"), pty.output.suffix(200).debugDescription)
    }

    func testProgressIsShownThenErased() throws {
        let path = try Self.bigEssay(megabytes: 1)
        let pty = try PseudoTerminal(StudyProcess.binary, arguments: ["info", path], environment: environment())
        XCTAssertEqual(pty.waitForExit(timeout: 120), 0, pty.output)
        let output = pty.output
        XCTAssertTrue(output.contains("analysing big.txt ("), output.prefix(500).debugDescription)
        XCTAssertTrue(output.contains(": tokens "), output.prefix(500).debugDescription)
        // The last progress line is erased before the answer is printed.
        let erased = try XCTUnwrap(output.range(of: "\r\u{1B}[K", options: .backwards))
        XCTAssertTrue(output[erased.upperBound...].contains("file      big.txt"), output.suffix(400).debugDescription)
        XCTAssertFalse(output[erased.upperBound...].contains("analysing"))
        // Through a pipe, no progress at all.
        let piped = try StudyProcess.run(["info", path], timeout: 120)
        XCTAssertEqual(piped.stderr, "")
    }
}
