import Foundation
import XCTest

/// Session commands through a pipe: changed essays, undo, retake, review, stats.
final class SessionCommandTests: XCTestCase {
    func testReplaySaysTheEssayChangedAndResumeRefusesAnotherText() throws {
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("s").path
        let essay = dir.appendingPathComponent("essay.txt")
        let text = try String(contentsOf: StudyProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/essays/federalist-10.txt"), encoding: .utf8)
        try text.write(to: essay, atomically: true, encoding: .utf8)
        let first = try StudyProcess.run([essay.path, "--sessions", sessions], input: "quiz --count 3 --seed 1 --kinds true-false\nA\nquit\nsave fed\n", directory: dir)
        XCTAssertTrue(first.stdout.contains("named this session fed"), first.stdout + first.stderr)
        try (text + "\n\nA new closing paragraph was added later.\n").write(to: essay, atomically: true, encoding: .utf8)
        let replay = try StudyProcess.run(["replay", "fed", "--sessions", sessions], directory: dir)
        XCTAssertEqual(replay.status, 0, replay.stderr)
        XCTAssertTrue(replay.stderr.contains("the essay has changed since"), replay.stderr)
        XCTAssertTrue(replay.stdout.contains("Question 1/3"), replay.stdout)
        let resume = try StudyProcess.run(["--sessions", sessions], input: "resume fed\n", directory: dir)
        XCTAssertTrue(resume.stderr.contains("load \(essay.path)"), resume.stderr)
    }

    func testUndoTakesBackTheLastGradeAndIsRecorded() throws {
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("s").path
        let r = try StudyProcess.run(["--sessions", sessions], input: "quiz --count 2 --seed 1 --kinds true-false\nA\nundo\nB\nquit\nundo\nsession --json\n", directory: dir)
        XCTAssertTrue(r.stdout.contains("Took back your answer A to question 1"), r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("Took back your answer B to question 1"), r.stdout)
        XCTAssertEqual(r.stdout.components(separatedBy: "\"kind\" : \"undo\"").count - 1, 2, r.stdout)
    }

    func testRetakeReviewAndStats() throws {
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("s").path
        _ = try StudyProcess.run(["--sessions", sessions], input: "quiz --count 3 --seed 1 --kinds true-false\nA\nB\nskip\n", directory: dir)
        let retake = try StudyProcess.run(["--sessions", sessions], input: "retake 1\n", directory: dir)
        XCTAssertNotNil(retake.stdout.range(of: #"the \d questions? missed"#, options: .regularExpression), retake.stdout + retake.stderr)
        let due = try StudyProcess.run(["review", "--due", "--sessions", sessions], directory: dir)
        XCTAssertEqual(due.status, 0, due.stderr)
        XCTAssertTrue(due.stdout.contains("3 cards"), due.stdout)
        let cram = try StudyProcess.run(["review", "--cram", "--count", "1", "--sessions", sessions], input: "A\n", directory: dir)
        XCTAssertTrue(cram.stdout.contains("Quiz over"), cram.stdout + cram.stderr)
        let stats = try StudyProcess.run(["stats", "--sessions", sessions, "--json"], directory: dir)
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["answered"] as? Int, 4)
        let text = try StudyProcess.run(["stats", "--sessions", sessions], environment: ["COLUMNS": "60"], directory: dir)
        for line in text.stdout.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 60, String(line)) }
    }

    func testExportAnkiOfTheCardsUnderReview() throws {
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("s").path
        _ = try StudyProcess.run(["--sessions", sessions], input: "quiz --count 3 --seed 1 --kinds true-false\nA\nB\nA\n", directory: dir)
        let r = try StudyProcess.run(["--sessions", sessions], input: "export anki - --review\n", directory: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.prefix(3), ["#separator:tab", "#html:false", "#tags column:3"])
        XCTAssertEqual(lines.count, 6, r.stdout)
        let none = try StudyProcess.run(["--sessions", dir.appendingPathComponent("empty").path], input: "export anki - --review\n", directory: dir)
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("no cards under review"), none.stderr)
    }
}
