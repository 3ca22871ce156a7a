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

    /// Every one-shot export with `--out` writes the file and says so in one line (CSV said nothing); a name of one
    /// letter too (it crashed).
    func testOneShotExportsToAFileSayWhatTheyWrote() throws {
        let folder = try StudyProcess.temporaryFolder()
        let sessions = StudyProcess.repositoryRoot.appendingPathComponent("Sessions").path
        let runs: [(arguments: [String], file: String, what: String)] = [
            (["export", "csv", "example", "--sessions", sessions, "--out", "a"], "a", "answers)"),
            (["export", "anki", "--count", "3", "--out", "cards.txt"], "cards.txt", "(3 cards)"),
            (["export", "markdown", "--count", "3", "--out", "sheet.md"], "sheet.md", "(study sheet, 3 questions)"),
        ]
        for run in runs {
            let r = try StudyProcess.run(run.arguments, directory: folder)
            XCTAssertEqual(r.status, 0, "\(run.arguments): \(r.stderr)")
            XCTAssertEqual(r.stdout.split(separator: "\n").count, 1, "\(run.arguments): one line: \(r.stdout)")
            XCTAssertTrue(r.stdout.hasPrefix("wrote \(run.file) ") && r.stdout.hasSuffix("\(run.what)\n"), r.stdout)
            let written = try Data(contentsOf: folder.appendingPathComponent(run.file))
            XCTAssertGreaterThan(written.count, 50, run.file)
        }
    }

    /// Escape sequences, C1 controls and formulas from a bank, a session or a file name never reach standard output
    /// or an export file: Anki, Markdown and CSV to the screen, JSON output, and the default export file's name.
    func testHostileBankSessionAndFileNameNeverReachTheScreenRaw() throws {
        let folder = try StudyProcess.temporaryFolder()
        let tricks = ["\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "\u{1B}[31m", "\u{1B}c", "\u{9D}0;x\u{9C}", "\u{85}", "\u{9B}2J"]
        var k = 0
        func poison(_ value: Any, skip: Set<String>) -> Any {
            if let s = value as? String { k += 1; return tricks[k % tricks.count] + s + tricks[(k + 1) % tricks.count] }
            if let a = value as? [Any] { return a.map { poison($0, skip: skip) } }
            if let d = value as? [String: Any] {
                return Dictionary(uniqueKeysWithValues: d.map { ($0.key, skip.contains($0.key) ? $0.value : poison($0.value, skip: skip)) })
            }
            return value
        }
        let bank = try JSONSerialization.jsonObject(with: Data(contentsOf: BadInputTests.bundledQuiz))
        let bankPath = folder.appendingPathComponent("evil.json")
        try JSONSerialization.data(withJSONObject: poison(bank, skip: ["kind", "evidence", "schemaVersion", "answer", "options", "order", "accepted"]))
            .write(to: bankPath)
        var session = try JSONSerialization.jsonObject(with: Data(contentsOf: BadInputTests.exampleSession)) as! [String: Any]
        var events = session["events"] as! [[String: Any]]
        let formulas = ["=cmd|' /C calc'!A0", "@SUM(1)", "+1+1", "-2\u{1B}]52;c;eA==\u{07}x"]
        for (n, i) in events.indices.filter({ events[$0]["answer"] != nil }).enumerated() {
            events[i]["answer"] = formulas[n % formulas.count]
        }
        session["events"] = events
        let sessionPath = folder.appendingPathComponent("evil-session.json")
        try JSONSerialization.data(withJSONObject: poison(session, skip: ["kind", "evidence", "id", "time", "createdAt", "updatedAt",
            "contentHash", "studyVersion", "section", "grade", "answer", "name", "options", "order", "accepted"])).write(to: sessionPath)
        let essayPath = folder.appendingPathComponent("evil\u{1B}[31mname\u{85}.txt")
        try FileManager.default.copyItem(at: StudyProcess.repositoryRoot.appendingPathComponent("seeds/albright-iraq-2007.txt"), to: essayPath)

        func assertClean(_ r: StudyProcess.Result, _ what: String, printing least: Int = 100) {
            XCTAssertEqual(r.status, 0, "\(what): \(r.stderr)")
            XCTAssertGreaterThan(r.stdout.count, least, what)
            for s in (r.stdout + r.stderr).unicodeScalars where s.value == 0x1B || s.value == 0x07 || (0x80...0x9F).contains(s.value) {
                return XCTFail("\(what): U+\(String(s.value, radix: 16)) printed: \(r.stdout.prefix(400).debugDescription)")
            }
        }
        assertClean(try StudyProcess.run(["export", "anki", "--bank", bankPath.path], directory: folder), "export anki --bank")
        assertClean(try StudyProcess.run(["export", "markdown", "--bank", bankPath.path], directory: folder), "export markdown --bank")
        let csv = try StudyProcess.run(["export", "csv", sessionPath.path], directory: folder)
        assertClean(csv, "export csv")
        for formula in ["=cmd", "@SUM", "+1+1", "-2"] {
            XCTAssertTrue(csv.stdout.contains("\"'\(formula)"), "\(formula) not neutralised: \(csv.stdout.prefix(800))")
        }
        assertClean(try StudyProcess.run(["export", "anki", essayPath.path, "--count", "3"], directory: folder), "export anki of an evil file name")
        assertClean(try StudyProcess.run(["quiz", "--bank", bankPath.path, "--json"], directory: folder), "quiz --bank --json")
        let shell = try StudyProcess.run([essayPath.path], input: "export markdown\n", directory: folder)
        assertClean(shell, "export markdown with the default name", printing: 20)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        XCTAssertEqual(names, ["evilname-study.md"], "\(names)")
    }
}
