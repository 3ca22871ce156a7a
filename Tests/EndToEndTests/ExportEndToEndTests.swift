import Foundation
import XCTest

/// Exports, imports, completions and the config file, through the built binary.
final class ExportEndToEndTests: XCTestCase {
    func testCompletionScriptsGenerateForEveryShell() throws {
        for (shell, marker) in [("bash", "complete"), ("zsh", "#compdef study"), ("fish", "complete -c 'study'")] {
            let r = try StudyProcess.run(["completions", shell])
            XCTAssertEqual(r.status, 0, "\(shell): \(r.stderr)")
            XCTAssertTrue(r.stdout.contains(marker), shell)
            XCTAssertTrue(r.stdout.contains("export"), "\(shell) completes the export subcommand")
        }
        let bad = try StudyProcess.run(["completions", "tcsh"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("'bash', 'zsh' or 'fish'"), bad.stderr)
    }

    func testAnkiExportImportsBackAsABank() throws {
        let folder = try StudyProcess.temporaryFolder()
        let env = ["STUDY_QUIZZES": folder.appendingPathComponent("Quizzes").path]
        let export = try StudyProcess.run(["export", "anki", "--count", "4", "--seed", "2", "--out", "cards.txt"],
                                          environment: env, directory: folder)
        XCTAssertEqual(export.status, 0, export.stderr)
        let text = try String(contentsOf: folder.appendingPathComponent("cards.txt"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("#separator:tab\n#html:false\n#tags column:3\n"))
        let imported = try StudyProcess.run(["import", "anki", "cards.txt", "--name", "week1"], environment: env, directory: folder)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("(4 cards)"), imported.stdout)
        let bank = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("Quizzes/week1.json"))) as? [String: Any]
        XCTAssertEqual((bank?["questions"] as? [Any])?.count, 4)
        // The shell runs the imported bank.
        let shell = try StudyProcess.run([], input: "quiz load week1\nquit\nexport csv -\n", environment: env, directory: folder)
        XCTAssertTrue(shell.stdout.contains("· card"), shell.stdout)
        XCTAssertTrue(shell.stdout.contains("time,quiz,question,kind,prompt,answer,verdict,score,reason,evidence"), shell.stdout)
    }

    func testMarkdownToStandardOutput() throws {
        let r = try StudyProcess.run(["export", "markdown", "--count", "3"])
        XCTAssertEqual(r.status, 0, r.stderr)
        for part in ["## Outline", "## Argument", "## Key terms", "## Questions", "## Answers"] {
            XCTAssertTrue(r.stdout.contains(part), part)
        }
    }

    func testABadConfigIsNamedInOneLineAndTheToolGoesOn() throws {
        let folder = try StudyProcess.temporaryFolder()
        let config = folder.appendingPathComponent("config.json")
        try Data(#"{"quizCount": "five"}"#.utf8).write(to: config)
        let r = try StudyProcess.run(["info"], environment: ["STUDY_CONFIG": config.path])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, "study: config.json: quizCount: must be a number from 1 to 100; using the default\n")
        try Data(#"{"quizCount": 2, "color": "always"}"#.utf8).write(to: config)
        let quiz = try StudyProcess.run(["quiz", "--json"], environment: ["STUDY_CONFIG": config.path])
        let bank = try JSONSerialization.jsonObject(with: Data(quiz.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((bank?["questions"] as? [Any])?.count, 2, "quizCount from the config")
        let given = try StudyProcess.run(["quiz", "--json", "--count", "3"], environment: ["STUDY_CONFIG": config.path])
        let bank3 = try JSONSerialization.jsonObject(with: Data(given.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((bank3?["questions"] as? [Any])?.count, 3, "the command line wins")
        let info = try StudyProcess.run(["info"], environment: ["STUDY_CONFIG": config.path])
        XCTAssertTrue(info.stdout.contains("\u{1B}["), "color: always colours a pipe")
        let noColor = try StudyProcess.run(["info"], environment: ["STUDY_CONFIG": config.path, "NO_COLOR": "1"])
        XCTAssertFalse(noColor.stdout.contains("\u{1B}["), "NO_COLOR wins over color: always")
    }

    func testCSVOfASavedSession() throws {
        let sessions = StudyProcess.repositoryRoot.appendingPathComponent("Sessions").path
        let r = try StudyProcess.run(["export", "csv", "example", "--sessions", sessions])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\r\n", omittingEmptySubsequences: true)
        XCTAssertEqual(lines.first, "time,quiz,question,kind,prompt,answer,verdict,score,reason,evidence")
        XCTAssertGreaterThanOrEqual(lines.count, 2, r.stdout)
        let missing = try StudyProcess.run(["export", "csv", "no-such-session", "--sessions", sessions])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.hasPrefix("study export csv: no session 'no-such-session'"), missing.stderr)
    }
}
