import Foundation
import XCTest

/// The small text bugs of issue 17, through the real binary.
final class SmallTextTests: XCTestCase {
    func testMentionsFindsAcronymsAndPossessivesButNotPartsOfWords() throws {
        let un = try StudyProcess.run(["mentions", "UN"])
        XCTAssertTrue(un.stdout.hasPrefix("United Nations"), un.stdout)
        XCTAssertFalse(un.stdout.contains("Sunni"), un.stdout)
        let europe = try StudyProcess.run([], input: "mentions Europe's\n")
        XCTAssertEqual(europe.status, 0, europe.stderr)
        XCTAssertTrue(europe.stdout.hasPrefix("Europe"), europe.stdout)
    }

    func testExplainListsTheThesisFeaturesOnce() throws {
        let r = try StudyProcess.run(["explain", "S6.3"])
        let lines = r.stdout.split(separator: "\n").filter { $0.hasPrefix("    +") || $0.hasPrefix("    −") }
        XCTAssertFalse(lines.isEmpty, r.stdout)
        // Each feature once: the name after the weight.
        let names = lines.map { $0.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).last.map(String.init) ?? "" }
        XCTAssertEqual(Set(names).count, names.count, r.stdout)
        XCTAssertFalse(r.stdout.contains("As the thesis"), r.stdout)
    }

    func testEmptyJSONListsAreOneToken() throws {
        let dir = try StudyProcess.temporaryFolder()
        let r = try StudyProcess.run(["sessions", "--json", "--sessions", dir.appendingPathComponent("none").path])
        XCTAssertEqual(r.stdout, "[]\n")
    }

    func testReviewDueHonoursCount() throws {
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("s").path
        _ = try StudyProcess.run(["--sessions", sessions], input: "quiz --count 4 --seed 1 --kinds true-false\nA\nB\nA\nB\n", directory: dir)
        let r = try StudyProcess.run(["--sessions", sessions], input: "review --due --count 2\n", directory: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("4 cards"), r.stdout)
        XCTAssertTrue(r.stdout.contains("(the first 2 shown)"), r.stdout)
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 3, r.stdout)
    }

    func testWhyOnAClozeQuotesTheSentenceOnce() throws {
        let dir = try StudyProcess.temporaryFolder()
        let r = try StudyProcess.run(["--sessions", dir.appendingPathComponent("s").path],
                                     input: "quiz 1 --seed 3 --kinds cloze\nskip\nwhy\n", directory: dir)
        let after = try XCTUnwrap(r.stdout.components(separatedBy: "Quiz over").first?.components(separatedBy: "Skipped.").last)
        let whyPart = after.components(separatedBy: "reads:").last ?? ""
        XCTAssertFalse(whyPart.isEmpty, r.stdout)
        XCTAssertFalse(whyPart.contains("\n  S"), "the sentence was quoted again: \(r.stdout)")
    }

    func testHelpTextsSayWhatIsTrue() throws {
        let stats = try StudyProcess.run(["stats", "--help"])
        XCTAssertTrue(stats.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("$STUDY_SESSIONS, else the"), stats.stdout)
        let r = try StudyProcess.run([], input: "help import\nsummarize --explain\n")
        XCTAssertFalse(r.stdout.contains("Quizzes/"), r.stdout)
        XCTAssertFalse(r.stdout.contains("SummaryScore"), r.stdout)
        let entities = try StudyProcess.run(["entities"])
        for heading in entities.stdout.split(separator: "\n") where !heading.hasPrefix(" ") {
            XCTAssertTrue(heading == "People" || heading.hasSuffix("s"), String(heading))
        }
    }

    func testTheSessionsTableHasAHeaderAndNoRowWraps() throws {
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("s").path
        _ = try StudyProcess.run(["--sessions", sessions],
                                 input: "quiz --count 2 --seed 1 --kinds true-false\nA\nB\nsave a-rather-long-session-name-for-week-one\n",
                                 directory: dir)
        for columns in [60, 80, 120] {
            let r = try StudyProcess.run(["sessions", "--sessions", sessions], environment: ["COLUMNS": "\(columns)"], directory: dir)
            let lines = r.stdout.split(separator: "\n")
            XCTAssertTrue(lines.first?.hasPrefix("#   date") ?? false, r.stdout)
            XCTAssertTrue(lines.first?.hasSuffix("name") ?? false, r.stdout)
            for line in lines { XCTAssertLessThanOrEqual(line.count, columns, String(line)) }
        }
    }
}
