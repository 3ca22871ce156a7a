import XCTest
@testable import StudyKit
@testable import StudyShell

/// The argument commands on the bundled essay, with a captured output.
final class ArgumentCommandTests: XCTestCase {
    static let model: KnowledgeModel = {
        let e = EssayLoader.bundled()
        return KnowledgeModel(text: e.text, source: e.source)
    }()

    private func run(_ line: String) throws -> String {
        var bytes: [UInt8] = []
        let output = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 100, useColor: false)) { _, b in
            bytes += b
        }
        let context = ShellContext(model: Self.model, output: output, environment: [:])
        let (command, arguments) = try XCTUnwrap(try CommandTable.parse(line))
        try command.run(context, arguments)
        output.flush()
        return String(decoding: bytes, as: UTF8.self)
    }

    func testThesisWhyWhoExplain() throws {
        XCTAssertTrue(try run("thesis").contains("S6.3 That leaves coordinated international assistance as the only option."))
        let why = try run("why S6.3")
        XCTAssertTrue(why.contains("S6.1") && why.contains("S6.2"), why)
        XCTAssertTrue(try run("who S3.1").contains("a cynic"))
        let explain = try run("explain S6.3")
        XCTAssertTrue(explain.contains("learned component") && explain.contains("probability"), explain)
        XCTAssertTrue(explain.contains("runner-up:") && explain.contains("What weighed most for"), explain)
        // Each model feature line carries a signed weight.
        XCTAssertTrue(explain.split(separator: "\n").contains { $0.hasPrefix("    +") || $0.hasPrefix("    −") }, explain)
    }

    func testArgumentTreeAndLists() throws {
        let tree = try run("argument")
        XCTAssertTrue(tree.hasPrefix("S6.3 thesis"), tree)
        XCTAssertTrue(tree.contains("(weak)"))
        let objections = try run("objections")
        XCTAssertTrue(objections.contains("S3.1"))
        // The cynic's view (S3.1) has its answer: the next sentence, listed under it, not "(no answer found)".
        let block = objections.components(separatedBy: "\nS").first { $0.hasPrefix("S3.1") || $0.hasPrefix("3.1") } ?? ""
        XCTAssertTrue(block.contains("S3.2") && !block.contains("no answer found"), objections)
        XCTAssertTrue(try run("who S3.1").contains("a cynic"))
        XCTAssertTrue(try run("explain S3.1").contains("states the view of a cynic"))
        XCTAssertTrue(try run("claims").contains("S10.1"))
    }

    func testJSONAndErrors() throws {
        let json = try run("argument --json")
        XCTAssertTrue(json.contains("\"thesis\"") && json.contains("\"relations\""))
        XCTAssertTrue(try run("explain S6.3 --json").contains("thesisFeatures"))
        XCTAssertThrowsError(try run("why S99.1")) {
            XCTAssertEqual(($0 as? CommandError)?.message, "why: there is no S99.1 in this essay; type read to see the ids")
        }
        XCTAssertThrowsError(try run("who P3"))
    }

    func testIDsComplete() {
        let completer = Completer(commands: CommandTable.all, model: Self.model, listFolder: { _ in [] })
        XCTAssertEqual(completer.complete(before: "explain ", word: "S6.").matches, ["S6.1", "S6.2", "S6.3"])
    }
}
