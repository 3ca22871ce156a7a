import Foundation
import XCTest

/// Every shell command that reads the model also runs once from the command line, with `--json`.
final class OneShotTableTests: XCTestCase {
    func testModelCommandsRunOnceWithJSON() throws {
        let runs: [[String]] = [["outline"], ["sections"], ["terms"], ["entities"], ["mentions", "Iraq"], ["claims"],
                                ["objections"], ["who"], ["why", "S6.3"], ["explain", "S6.3"]]
        for arguments in runs {
            let r = try StudyProcess.run(arguments + ["--json"])
            XCTAssertEqual(r.status, 0, "\(arguments): \(r.stderr)")
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)), "\(arguments): \(r.stdout.prefix(200))")
        }
    }

    func testAFileFirstAndTheShellsOwnErrors() throws {
        let path = StudyProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/essays/gettysburg-address.txt").path
        let outline = try StudyProcess.run(["outline", path])
        XCTAssertEqual(outline.status, 0, outline.stderr)
        XCTAssertTrue(outline.stdout.contains("Four score") || outline.stdout.contains("§1"), outline.stdout)
        let bad = try StudyProcess.run(["outline", "--bogus"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderr, "outline: unknown option --bogus; see help outline\n")
        let help = try StudyProcess.run(["who", "--help"])
        XCTAssertTrue(help.stdout.contains("Who holds the view"), help.stdout)
    }
}
