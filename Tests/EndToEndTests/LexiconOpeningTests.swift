import Foundation
import XCTest

/// Start-up never opens WordNet: the analysis reads the table generated from it (`LexiconTable`), and WordNet's
/// files are mapped only when a quiz needs them. Seen from outside, in the process's memory map (Linux).
final class LexiconOpeningTests: XCTestCase {
    func testTheShellMapsWordNetOnlyWhenAQuizNeedsIt() throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["WNSEARCHDIR"] ?? "/usr/share/wordnet")
            .resolvingSymlinksInPath()
        guard FileManager.default.fileExists(atPath: "/proc/self/maps") else { throw XCTSkip("no /proc: not Linux") }
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("index.noun").path) else {
            throw XCTSkip("WordNet not installed (make deps installs wordnet-base)")
        }
        let folder = try StudyProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shell = try LiveShell(arguments: ["--sessions", folder.path], directory: folder)
        defer { shell.kill9() }
        /// Whether any of WordNet's files is mapped into the shell's memory.
        func mapsWordNet() throws -> Bool {
            let maps = try String(contentsOfFile: "/proc/\(shell.process.processIdentifier)/maps", encoding: .utf8)
            return maps.split(separator: "\n").contains { $0.hasSuffix(directory.path + "/index.noun") || $0.contains(directory.path + "/data.") }
        }
        shell.send("info")
        XCTAssertTrue(shell.wait(for: "sentences"), shell.output)
        XCTAssertFalse(try mapsWordNet(), "the essay was analysed and shown without opening WordNet")
        let before = shell.byteCount
        shell.send("quiz --count 1 --seed 1")
        XCTAssertTrue(shell.wait(for: "1/1", after: before) || shell.wait(for: "Question", after: before), shell.output)
        XCTAssertTrue(try mapsWordNet(), "a quiz opens WordNet")
    }
}
