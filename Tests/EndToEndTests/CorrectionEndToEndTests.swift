import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The reader's corrections and flags through the real binary: what is set in one run holds in the next, every
/// command reads the corrected model, flagged questions leave retake, review and exports, and a corrections file that
/// cannot be used is named in one line and never overwritten.
final class CorrectionEndToEndTests: XCTestCase {
    /// A sessions folder of the test's own (corrections live in its `corrections/`).
    func folders() throws -> (sessions: String, environment: [String: String]) {
        let sessions = try StudyProcess.temporaryFolder().appendingPathComponent("s").path
        return (sessions, ["STUDY_SESSIONS": sessions])
    }

    static let thesisText = "A coordinated international effort could help Iraq by patrolling borders"

    func testSetThesisReachesSummaryQuizExportsAndHoldsAfterRestart() throws {
        let (sessions, env) = try folders()
        let shell = try StudyProcess.run([], input: "thesis S10.1\nsummarize\nexplain S10.1\nsave fix1\n", environment: env)
        XCTAssertEqual(shell.status, 0, shell.stderr)
        XCTAssertTrue(shell.stdout.contains("Set by you: S10.1 is the thesis"), shell.stdout)
        XCTAssertTrue(shell.stdout.contains("S10.1  ") || shell.stdout.contains("S10.1 "), shell.stdout)
        XCTAssertTrue(shell.stdout.contains("Set by you on "), shell.stdout)
        XCTAssertFalse(shell.stdout.contains("Features for"), "explain gives the reader's word, not the features")
        // A new process: the correction was saved.
        let thesis = try StudyProcess.run(["thesis"], environment: env)
        XCTAssertTrue(thesis.stdout.contains("S10.1 A coordinated international effort"), thesis.stdout)
        XCTAssertTrue(try StudyProcess.run(["summarize"], environment: env).stdout.contains("S10.1"))
        let quiz = try StudyProcess.run(["quiz", "--kinds", "thesis", "--count", "1", "--json"], environment: env)
        XCTAssertTrue(quiz.stdout.contains("\"answer\" : \"" + Self.thesisText), quiz.stdout)
        let markdown = try StudyProcess.run(["export", "markdown"], environment: env)
        XCTAssertTrue(markdown.stdout.contains("**Thesis:** " + Self.thesisText), markdown.stdout)
        let json = try StudyProcess.run(["explain", "S10.1", "--json"], environment: env)
        XCTAssertTrue(json.stdout.contains("set by you on"), json.stdout)
        // The session recorded it; replay shows it.
        let replay = try StudyProcess.run(["replay", "fix1", "--sessions", sessions], environment: env)
        XCTAssertTrue(replay.stdout.contains("Corrected: S10.1 is the thesis"), replay.stdout)
        // role auto gives the model its word back.
        let back = try StudyProcess.run(["role", "S10.1", "auto"], environment: env)
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertTrue(try StudyProcess.run(["thesis"], environment: env).stdout.contains("S6.3"))
        // Without the folder the model is as analysed.
        XCTAssertTrue(try StudyProcess.run(["thesis"]).stdout.contains("S6.3 That leaves"))
    }

    func testFlaggedQuestionLeavesRetakeReviewAndAnki() throws {
        let (sessions, env) = try folders()
        let script = "quiz --count 3 --seed 2 --kinds true-false\nskip\nskip\nskip\nflag 2 wrong key\nflags\nsave f1\n"
        let shell = try StudyProcess.run([], input: script, environment: env)
        XCTAssertEqual(shell.status, 0, shell.stderr)
        XCTAssertTrue(shell.stdout.contains("Flagged question 2 (wrong key)"), shell.stdout)
        let flags = try StudyProcess.run(["flags", "--json"], environment: env)
        let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(flags.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(list.count, 1)
        let prompt = try XCTUnwrap(list.first?["prompt"] as? String)
        // The statement inside the quotes, as any export writes it.
        let statement = String(prompt.split(separator: "“").last?.prefix(40) ?? "")
        XCTAssertFalse(statement.isEmpty)

        let retake = try StudyProcess.run([], input: "retake f1\nquit\n", environment: env)
        XCTAssertTrue(retake.stdout.contains("Retake: the 2 questions missed"), retake.stdout)
        XCTAssertFalse(retake.stdout.contains(statement), retake.stdout)
        let due = try StudyProcess.run(["review", "--due", "--json", "--sessions", sessions], environment: env)
        XCTAssertTrue(due.stdout.contains("\"key\""), due.stdout)
        XCTAssertFalse(due.stdout.contains(statement), due.stdout)
        let anki = try StudyProcess.run([], input: "export anki - --review\n", environment: env)
        XCTAssertTrue(anki.stdout.contains("#separator:tab"), anki.stdout + anki.stderr)
        XCTAssertFalse(anki.stdout.contains(statement), anki.stdout)
        let again = try StudyProcess.run(["export", "anki", "--count", "3", "--seed", "2", "--kinds", "true-false"], environment: env)
        XCTAssertFalse(again.stdout.contains(statement), again.stdout)
        // unflag takes it back: it is exported again.
        XCTAssertEqual(try StudyProcess.run(["unflag", "1"], environment: env).status, 0)
        XCTAssertTrue(try StudyProcess.run([], input: "export anki - --review\n", environment: env).stdout.contains(statement))
    }

    static let essay = """
    Cities should plant more trees along their streets. Shade lowers the temperature of the pavement in summer.

    Some owners complain that roots break the sidewalks. Critics say the leaves block the drains. But careful planting avoids both problems.

    In Lisbon, a program planted ten thousand trees in five years. The city measured cooler streets after the program.

    Trees also give birds a home. Children learn the names of the species they see.

    Therefore every city should plant more trees along its streets.
    """

    func testChangedEssayWarnsOnceAndAppliesWhatStillFits() throws {
        let (_, env) = try folders()
        let essay = try StudyProcess.file(named: "trees.txt", text: Self.essay)
        XCTAssertEqual(try StudyProcess.run(["role", essay, "S4.2", "prediction"], environment: env).status, 0)
        XCTAssertEqual(try StudyProcess.run(["role", essay, "S2.2", "background"], environment: env).status, 0)
        // The text changes: a paragraph at the top moves every id; the critics' sentence is rewritten.
        let changed = "A new opening paragraph comes first now. It says that streets grow hot in July.\n\n"
            + Self.essay.replacingOccurrences(of: "Critics say the leaves block the drains.", with: "Critics say leaves clog drains.")
        let folder = try XCTUnwrap(env["STUDY_SESSIONS"]) + "/corrections"
        let oldFiles = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(oldFiles.count, 1, "\(oldFiles)")
        let oldText = try String(contentsOfFile: folder + "/" + oldFiles[0], encoding: .utf8)
        try changed.write(toFile: essay, atomically: true, encoding: .utf8)
        let r = try StudyProcess.run(["explain", essay, "S5.2"], environment: env)
        XCTAssertEqual(r.status, 0, r.stderr)
        let warnings = r.stderr.split(separator: "\n")
        XCTAssertEqual(warnings.count, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("another version of this essay") && r.stderr.contains("1 of 2 apply")
                      && r.stderr.contains("S2.2 (S2.2 is no longer in the essay)"), r.stderr)
        XCTAssertTrue(r.stdout.contains("Set by you on") && r.stdout.contains("S5.2 is a prediction"), r.stdout)
        // The second start is silent: this version's own file was written at the first, the old one left as it was.
        let second = try StudyProcess.run(["explain", essay, "S3.2"], environment: env)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stderr, "", "the changed essay is reported once")
        // The rewritten sentence keeps the model's role.
        XCTAssertFalse(second.stdout.contains("Set by you"), second.stdout)
        XCTAssertTrue(try StudyProcess.run(["explain", essay, "S5.2"], environment: env).stdout.contains("S5.2 is a prediction"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(files.count, 2, "\(files)")
        XCTAssertEqual(try String(contentsOfFile: folder + "/" + oldFiles[0], encoding: .utf8), oldText,
                       "the other version's file is never overwritten")
        let own = try XCTUnwrap(files.first { $0 != oldFiles[0] })
        let saved = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/" + own)))
                                  as? [String: Any])
        XCTAssertEqual((saved["corrections"] as? [[String: Any]])?.map { $0["target"] as? String }, ["S5.2"])
        XCTAssertEqual((saved["setAside"] as? [[String: Any]])?.map { $0["target"] as? String }, ["S2.2"])
    }

    func testUnusableCorrectionsFileIsNamedOnceAndNeverOverwritten() throws {
        let (_, env) = try folders()
        XCTAssertEqual(try StudyProcess.run(["thesis", "S10.1"], environment: env).status, 0)
        let listed = try StudyProcess.run(["corrections", "--json"], environment: env)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let path = try XCTUnwrap(object["file"] as? String)
        let good = try String(contentsOfFile: path, encoding: .utf8)
        let cases = [
            "corrupt": "{\"format\": \"study-corrections\", \"version\": 1, \"essay\": [}",
            "truncated": String(good.prefix(good.count / 2)),
            "future": good.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 7"),
            "foreign": "{\"schemaVersion\": 3, \"events\": []}",
        ]
        for (name, text) in cases {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let r = try StudyProcess.run(["thesis"], environment: env)
            XCTAssertEqual(r.status, 0, name)
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "\(name): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(path), "\(name): \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("S6.3 That leaves"), "\(name): the model stays uncorrected")
            let write = try StudyProcess.run(["role", "S8.8", "prediction"], environment: env)
            XCTAssertNotEqual(write.status, 0, name)
            XCTAssertTrue(write.stderr.contains("not saved"), "\(name): \(write.stderr)")
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text, "\(name): the file is left as it is")
        }
    }

    func testCorrectionsFolderByOptionAndEnvironment() throws {
        let (_, env) = try folders()
        let dir = try StudyProcess.temporaryFolder().appendingPathComponent("mine").path
        XCTAssertEqual(try StudyProcess.run(["thesis", "S10.1", "--corrections", dir], environment: env).status, 0)
        XCTAssertTrue(try StudyProcess.run(["argument", "--corrections", dir], environment: env).stdout.hasPrefix("S10.1 thesis"))
        XCTAssertTrue(try StudyProcess.run(["export", "markdown", "--corrections", dir], environment: env).stdout
            .contains("**Thesis:** " + Self.thesisText))
        // find and where read the corrected sections: the name the reader gave §2 labels its hits.
        XCTAssertEqual(try StudyProcess.run(["section", "name", "§2", "Help from abroad", "--corrections", dir], environment: env).status, 0)
        for search in [["find", "coordinated", "international", "assistance"], ["where", "only", "international", "help", "can", "work"]] {
            let named = try StudyProcess.run(search + ["--limit", "1", "--corrections", dir], environment: env)
            XCTAssertEqual(named.status, 0, named.stderr)
            XCTAssertTrue(named.stdout.contains("§2 Help from abroad"), named.stdout)
            XCTAssertFalse(try StudyProcess.run(search + ["--limit", "1"], environment: env).stdout.contains("Help from abroad"))
        }
        // The option without its folder is one line that says what to write.
        let missing = try StudyProcess.run(["thesis", "--corrections"], environment: env)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "thesis: --corrections needs a folder, e.g. --corrections ~/study-corrections\n")
        var moved = env
        moved["STUDY_CORRECTIONS"] = dir
        XCTAssertTrue(try StudyProcess.run(["thesis"], environment: moved).stdout.contains("S10.1 A coordinated"))
        XCTAssertTrue(try StudyProcess.run(["thesis"], environment: env).stdout.contains("S6.3 That leaves"),
                      "the sessions folder's own corrections are untouched")
    }

    func testABankWhoseQuestionsAreAllFlaggedIsSaidInOneLine() throws {
        let folder = try StudyProcess.temporaryFolder()
        let env = ["STUDY_QUIZZES": folder.appendingPathComponent("Quizzes").path,
                   "STUDY_SESSIONS": folder.appendingPathComponent("s").path]
        let shell = try StudyProcess.run([], input: "quiz --count 1 --seed 1\nflag\nquiz save one\n", environment: env)
        XCTAssertEqual(shell.status, 0, shell.stderr)
        let r = try StudyProcess.run(["quiz", "--bank", "one"], environment: env)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "study quiz: every question of one is flagged (study flags lists them)\n")
        XCTAssertEqual(r.stdout, "")
    }

    func testImportAnkiTagsNameTheSectionsAsCorrected() throws {
        let folder = try StudyProcess.temporaryFolder()
        let dir = folder.appendingPathComponent("mine").path
        let env = ["STUDY_QUIZZES": folder.appendingPathComponent("Quizzes").path,
                   "STUDY_SESSIONS": folder.appendingPathComponent("s").path]
        try "#separator:tab\nWhat could help Iraq?\tA coordinated international effort [S10.1]\tsec5\n"
            .write(to: folder.appendingPathComponent("cards.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try StudyProcess.run(["section", "split", "P11", "--corrections", dir], environment: env).status, 0)
        for (name, extra) in [("mine", ["--corrections", dir]), ("plain", [])] {
            let r = try StudyProcess.run(["import", "anki", "cards.txt", "--name", name] + extra, environment: env, directory: folder)
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let mine = try String(contentsOf: folder.appendingPathComponent("Quizzes/mine.json"), encoding: .utf8)
        XCTAssertTrue(mine.contains("\"section\" : \"§5\""), "the fifth section is the one you made: \(mine)")
        let plain = try String(contentsOf: folder.appendingPathComponent("Quizzes/plain.json"), encoding: .utf8)
        XCTAssertFalse(plain.contains("§5"), "the essay as analysed has four sections: \(plain)")
    }

    func testExportAndImportShareCorrections() throws {
        let (_, teacher) = try folders()
        let (_, student) = try folders()
        XCTAssertEqual(try StudyProcess.run(["thesis", "S10.1"], environment: teacher).status, 0)
        let file = try StudyProcess.temporaryFolder().appendingPathComponent("class.json").path
        XCTAssertEqual(try StudyProcess.run(["corrections", "export", file], environment: teacher).status, 0)
        let imported = try StudyProcess.run(["corrections", "import", file], environment: student)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("imported 1 correction"), imported.stdout)
        XCTAssertTrue(try StudyProcess.run(["thesis"], environment: student).stdout.contains("S10.1"))
        // A file for another text is refused whole.
        let essay = try StudyProcess.file(named: "trees.txt", text: Self.essay)
        let other = try StudyProcess.run(["corrections", essay, "import", file], environment: student)
        XCTAssertEqual(other.status, 1)
        XCTAssertTrue(other.stderr.contains("was made for another text") && other.stderr.contains("nothing was imported"), other.stderr)
        let listed = try StudyProcess.run(["corrections", essay, "--json"], environment: student).stdout
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [String: Any])
        XCTAssertEqual((object["corrections"] as? [Any])?.count, 0, listed)
    }

    func testCorrectAndFlagAtATerminalThenRestart() throws {
        let (sessions, _) = try folders()
        let environment = ["TERM": "xterm", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                           "NO_COLOR": "1", "STUDY_HISTORY": sessions + "-history"]
        func start() throws -> PseudoTerminal {
            let t = try PseudoTerminal(StudyProcess.binary, arguments: ["--sessions", sessions], environment: environment)
            XCTAssertTrue(t.read(until: "albright-iraq-2007> "), t.output)
            XCTAssertTrue(t.waitForRawMode())
            return t
        }
        func send(_ t: PseudoTerminal, _ line: String, expecting text: String) {
            let mark = t.transcript.count
            t.type(line + "\r")
            XCTAssertTrue(t.read(until: text, after: mark), "'\(line)' did not print '\(text)'; got: \(t.output)")
            XCTAssertTrue(t.waitForRawMode())
        }
        let first = try start()
        send(first, "thesis S10.1", expecting: "Set by you")
        send(first, "quiz --count 2 --seed 4 --kinds cloze", expecting: "1/2> ")
        send(first, "nothing like it", expecting: "2/2> ")
        send(first, "flag 1 trivial", expecting: "Flagged question 1 (trivial)")
        send(first, "quit", expecting: "Quiz over")
        first.type("quit\r")
        XCTAssertEqual(first.waitForExit(), 0)
        let second = try start()
        send(second, "thesis", expecting: "S10.1")
        send(second, "summarize", expecting: "S10.1")
        send(second, "export markdown - --kinds thesis --count 1", expecting: "**Thesis:** A coordinated")
        send(second, "flags", expecting: "trivial")
        // The only answered question is flagged: nothing is left to review.
        send(second, "review --due", expecting: "no answered questions on this essay yet")
        second.type("quit\r")
        XCTAssertEqual(second.waitForExit(), 0)
    }
}
