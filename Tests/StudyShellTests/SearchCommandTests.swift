import Foundation
import XCTest
@testable import StudyKit
@testable import StudyShell

final class SearchCommandTests: XCTestCase {
    /// Runs a shell line on the bundled essay; returns standard output, or throws the command's error.
    private func run(_ line: String) throws -> String {
        var out: [UInt8] = []
        let output = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 100, useColor: false)) { fd, bytes in
            if fd == 1 { out += bytes }
        }
        let essay = EssayLoader.bundled()
        let context = ShellContext(model: KnowledgeModel(text: essay.text, source: essay.source), output: output, environment: [:])
        let (command, arguments) = try XCTUnwrap(try CommandTable.parse(line))
        try command.run(context, arguments)
        output.flush()
        return String(decoding: out, as: UTF8.self)
    }

    func testWhereFindsTheParaphrasedSentenceFirst() throws {
        let text = try run("where the UN wants to help more")
        XCTAssertTrue(text.hasPrefix("1. S8.3"), text)
        XCTAssertTrue(text.contains("The United Nations has pledged to become more involved."))
        XCTAssertEqual(text.components(separatedBy: "\n").filter { $0.range(of: #"^\d\. S"#, options: .regularExpression) != nil }.count, 3)
    }

    func testFindExplainsAndLimits() throws {
        let text = try run("find international assistance --explain --limit 2")
        XCTAssertTrue(text.hasPrefix("1. S6.3"), text)
        XCTAssertTrue(text.contains("score bm25"))
        XCTAssertTrue(text.contains("2. "))
        XCTAssertFalse(text.contains("3. "))
    }

    func testFindInASectionAndJSON() throws {
        let json = try run("find leaders in §2 --json")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["section"] as? String, "§2")
        let hits = try XCTUnwrap(object["hits"] as? [[String: Any]])
        XCTAssertFalse(hits.isEmpty)
        XCTAssertTrue(hits.allSatisfy { $0["section"] as? String == "§2" })
        XCTAssertNotNil(hits[0]["parts"])
    }

    func testClearMessagesWhenNothingMatches() {
        XCTAssertThrowsError(try run("find xyz")) {
            XCTAssertEqual(($0 as? CommandError)?.message, "find: no sentence mentions 'xyz'; try fewer or other words")
        }
        XCTAssertThrowsError(try run("find")) {
            XCTAssertEqual(($0 as? CommandError)?.message, "find: what? write find WORDS, e.g. find international assistance")
        }
        XCTAssertThrowsError(try run("find war in §9")) {
            XCTAssertTrue(($0 as? CommandError)?.message.hasPrefix("find: no section §9") ?? false)
        }
        XCTAssertThrowsError(try run("find war --limit 0")) {
            XCTAssertEqual(($0 as? CommandError)?.message, "find: --limit needs a positive number, e.g. --limit 10")
        }
    }

    func testHelpListsTheLookUpGroup() throws {
        let text = try run("help all")
        let lookUp = try XCTUnwrap(text.range(of: "Look up"))
        let understand = try XCTUnwrap(text.range(of: "Understand"))
        XCTAssertLessThan(understand.lowerBound, lookUp.lowerBound)
        XCTAssertTrue(text.contains("find WORDS"))
    }

    func testShortHelpFitsAScreenAndNamesEveryCommand() throws {
        let text = try run("help")
        XCTAssertLessThanOrEqual(text.split(separator: "\n").count, 14, text)
        for command in CommandTable.all { XCTAssertTrue(text.contains(command.name), command.name) }
        XCTAssertTrue(text.contains("help all"))
        XCTAssertFalse(text.contains("find WORDS"))
    }
}
