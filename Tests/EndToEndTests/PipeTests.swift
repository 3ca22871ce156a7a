import Foundation
import XCTest

/// The binary driven through pipes: scripted shell input, one-shot commands, bad input.
final class PipeTests: XCTestCase {
    func testScriptedShellPrintsNoPromptAndRunsEachLine() throws {
        let r = try StudyProcess.run([], input: "info\nread 2\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stdout.contains("> "), "a prompt was printed: \(r.stdout)")
        XCTAssertTrue(r.stdout.contains("Madeleine K. Albright"))
        XCTAssertTrue(r.stdout.contains("P2  In Iraq, the list of missions"))
        XCTAssertEqual(r.stderr, "")
    }

    func testAFailedCommandMakesTheExitStatusNonZeroAndTheRestStillRuns() throws {
        let r = try StudyProcess.run([], input: "read P99\nfrobnicate\nread 1\n")
        XCTAssertEqual(r.status, 1)
        let errors = r.stderr.split(separator: "\n")
        XCTAssertEqual(errors.count, 2, r.stderr)
        XCTAssertEqual(errors.first, "read: no paragraph P99: the essay has P1–P11")
        XCTAssertTrue(errors.last!.hasPrefix("unknown command 'frobnicate'"))
        XCTAssertTrue(r.stdout.contains("P1  The threshold question"))
    }

    func testLoadKeepsTheCurrentEssayWhenTheFileIsBad() throws {
        let r = try StudyProcess.run([], input: "load /no/such/essay.txt\nread 1\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "load: /no/such/essay.txt: no such file; check the path, or run study with no file for the bundled essay\n")
        XCTAssertTrue(r.stdout.contains("The threshold question"))
    }

    func testLoadSwitchesEssays() throws {
        let path = StudyProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/essays/gettysburg-address.txt").path
        let r = try StudyProcess.run([], input: "load \(path)\ninfo\nread 1\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("The Gettysburg Address"))
        XCTAssertTrue(r.stdout.contains("Four score and seven years ago"))
    }

    func testQuitEndsTheScript() throws {
        let r = try StudyProcess.run([], input: "quit\nread 1\n")
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "")
    }

    func testVersionAndHelp() throws {
        let version = try StudyProcess.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("0."), version.stdout)
        let help = try StudyProcess.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("info"))
        XCTAssertTrue(help.stdout.contains("read"))
    }

    func testInfoJSON() throws {
        let r = try StudyProcess.run(["info", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["paragraphs"] as? Int, 11)
        XCTAssertEqual(object["byline"] as? String, "Madeleine K. Albright, secretary of state of the EE.UU. from 1997 to 2001.")
        XCTAssertEqual(object["file"] as? String, "albright-iraq-2007.txt")
        XCTAssertEqual(object["readingMinutes"] as? Int, 4)
    }

    func testReadOneShotWithFileAndRange() throws {
        let path = StudyProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/essays/gettysburg-address.txt").path
        let r = try StudyProcess.run(["read", path, "2-3", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let paragraphs = try XCTUnwrap(object["paragraphs"] as? [[String: Any]])
        XCTAssertEqual(paragraphs.map { $0["id"] as? String }, ["P2", "P3"])
        let bare = try StudyProcess.run(["read", "S3.2"])
        XCTAssertEqual(bare.status, 0, bare.stderr)
        XCTAssertTrue(bare.stdout.hasPrefix("S3.2 A less jaded view"), bare.stdout)
    }

    func testOutputToAPipeHasNoEscapeCodes() throws {
        let r = try StudyProcess.run(["read", "all"])
        XCTAssertFalse(r.stdout.contains("\u{1B}"))
    }

    func testTextFromAHostileFileNeverReachesTheTerminalRaw() throws {
        let hostile = "Evil\u{1B}]0;pwned\u{07} title\n\nThe \u{1B}[31mred\u{1B}[0m text\u{08}\u{08} moves\r the cursor. It rings\u{07} a bell.\n"
        let path = try StudyProcess.file(named: "hostile.txt", text: hostile)
        for arguments in [["read", path, "all"], ["info", path]] {
            let r = try StudyProcess.run(arguments)
            XCTAssertEqual(r.status, 0, r.stderr)
            for byte in r.stdout.utf8 where byte < 0x20 {
                XCTAssertEqual(byte, 0x0A, "control byte \(byte) in output: \(r.stdout.debugDescription)")
            }
        }
    }

    func testBadEssaysGetOneLineThatNamesTheFile() throws {
        let folder = try StudyProcess.temporaryFolder()
        let cases: [(String, [UInt8]?, String)] = [
            ("missing.txt", nil, "no such file"),
            ("empty.txt", [], "is empty"),
            ("blank.txt", Array("  \n\n \t \n".utf8), "has no words"),
            ("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00], "binary"),
            ("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" au lait.".utf8), "not valid UTF-8 (bad byte at offset 3)"),
        ]
        for (name, bytes, expected) in cases {
            let path = folder.appendingPathComponent(name).path
            if let bytes { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
            let r = try StudyProcess.run(["info", path])
            XCTAssertEqual(r.status, 1, name)
            XCTAssertEqual(r.stdout, "", name)
            let lines = r.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 1, "\(name): \(r.stderr)")
            XCTAssertTrue(r.stderr.hasPrefix("study: \(path): "), r.stderr)
            XCTAssertTrue(r.stderr.contains(expected), "\(name): \(r.stderr)")
        }
        let directory = try StudyProcess.run(["info", folder.path])
        XCTAssertEqual(directory.status, 1)
        XCTAssertTrue(directory.stderr.contains("is a folder"), directory.stderr)
    }

    func testUnreadableFile() throws {
        guard getuid() != 0 else { throw XCTSkip("root can read any file") }
        let path = try StudyProcess.file(named: "secret.txt", text: "Hidden text.")
        chmod(path, 0)
        let r = try StudyProcess.run(["info", path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("cannot be read"), r.stderr)
    }

    func testWorksFromAnyFolder() throws {
        let r = try StudyProcess.run(["info"], directory: URL(fileURLWithPath: "/"))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("albright-iraq-2007"))
    }
}
