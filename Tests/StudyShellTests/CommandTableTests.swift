import XCTest
@testable import StudyKit
@testable import StudyShell

final class CommandTableTests: XCTestCase {
    func testParsesFlagsOptionsAndArguments() throws {
        let (command, arguments) = try XCTUnwrap(try CommandTable.parse("entities --kind person --json"))
        XCTAssertEqual(command.name, "entities")
        XCTAssertEqual(arguments.options["--kind"], "person")
        XCTAssertTrue(arguments.json)
        let (_, read) = try XCTUnwrap(try CommandTable.parse("read 2-4"))
        XCTAssertEqual(read.positional, ["2-4"])
        XCTAssertNil(try CommandTable.parse("   "))
        XCTAssertEqual(try CommandTable.parse("exit")?.0.name, "quit")
    }

    func testErrorsNameTheCommandAndSayWhatToDo() {
        XCTAssertThrowsError(try CommandTable.parse("hlep")) {
            XCTAssertEqual(($0 as? CommandError)?.message, "unknown command 'hlep'; did you mean 'help'? (type help to list the commands)")
        }
        XCTAssertThrowsError(try CommandTable.parse("read --fast")) {
            XCTAssertEqual(($0 as? CommandError)?.message, "read: unknown option --fast; see help read")
        }
        XCTAssertThrowsError(try CommandTable.parse("info extra")) {
            XCTAssertEqual(($0 as? CommandError)?.message, "info: takes no arguments; usage: info")
        }
        XCTAssertThrowsError(try CommandTable.parse("entities --kind")) {
            XCTAssertEqual(($0 as? CommandError)?.message, "entities: --kind needs a value; see help entities")
        }
    }

    func testEveryCommandHasHelpAndAnExampleThatParses() throws {
        var names = Set<String>()
        for command in CommandTable.all {
            XCTAssertTrue(names.insert(command.name).inserted, "duplicate \(command.name)")
            XCTAssertFalse(command.summary.isEmpty)
            XCTAssertEqual(try CommandTable.parse(command.example)?.0.name, command.name, command.example)
        }
    }
}

final class CompleterTests: XCTestCase {
    let completer = Completer(commands: CommandTable.all, model: {
        let e = EssayLoader.bundled()
        return KnowledgeModel(text: e.text, source: e.source)
    }(), listFolder: { folder in
        folder == "." ? [("essays", true), ("essay.txt", false), (".hidden", false)]
            : folder == "essays/" ? [("one.txt", false)] : []
    })

    func testCommandNames() {
        XCTAssertEqual(completer.complete(before: "", word: "he").matches, ["help"])
        XCTAssertEqual(completer.complete(before: "", word: "q").matches, ["quit", "quiz"])
    }

    func testIDsFromTheLoadedEssay() {
        XCTAssertEqual(completer.complete(before: "read ", word: "P1").matches, ["P1", "P10", "P11"])
        XCTAssertEqual(completer.complete(before: "read ", word: "S3.").matches, ["S3.1", "S3.2", "S3.3", "S3.4", "S3.5"])
        XCTAssertEqual(completer.complete(before: "read ", word: "a").matches, ["all"])
        XCTAssertEqual(completer.complete(before: "section ", word: "§").matches.first, "§1")
    }

    func testOptionsAndFiles() {
        XCTAssertEqual(completer.complete(before: "sections ", word: "--e").matches, ["--explain"])
        XCTAssertEqual(completer.complete(before: "load ", word: "ess").matches, ["essay.txt", "essays/"])
        XCTAssertEqual(completer.complete(before: "load ", word: "essays/").matches, ["essays/one.txt"])
        let folder = completer.complete(before: "load ", word: "essays")
        XCTAssertEqual(folder.matches, ["essays/"])
        XCTAssertFalse(folder.appendSpace)
    }
}

final class RenderingTests: XCTestCase {
    func testSafeTextRemovesEscapeSequencesAndControls() {
        XCTAssertEqual(SafeText.clean("a\u{1B}[31mred\u{1B}[0m b"), "ared b")
        XCTAssertEqual(SafeText.clean("t\u{1B}]0;title\u{07}x"), "tx")
        XCTAssertEqual(SafeText.clean("x\u{08}\u{0D}y\u{9B}2Jz\u{202E}"), "xyz")
        XCTAssertEqual(SafeText.clean("plain\nlines"), "plain\nlines")
    }

    /// An error naming a file with a line break or escapes is still one clean line, and never a flood.
    func testErrorsAreOneBoundedLine() {
        var said = ""
        let output = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 80, useColor: false)) { _, bytes in
            said += String(decoding: bytes, as: UTF8.self)
        }
        output.error("load: bad\nname\u{1B}]0;x\u{07}.txt: no such file")
        XCTAssertEqual(said, "load: bad name.txt: no such file\n")
        said = ""
        output.warning(String(repeating: "w", count: 5000))
        XCTAssertEqual(said.count, Output.messageLimit + 1)
    }

    func testWrappingKeepsWordsAndIndents() {
        let lines = TextWrapper.wrap([Span("one two three four five six")], width: 16, firstPrefix: [Span("P1 ")], indent: 3)
        let text = lines.map { $0.map(\.text).joined() }
        XCTAssertEqual(text, ["P1 one two three", "   four five six"])
        XCTAssertTrue(text.allSatisfy { $0.count <= 16 })
        let long = TextWrapper.wrap([Span(String(repeating: "x", count: 25))], width: 10)
        XCTAssertEqual(long.map { $0.map(\.text).joined() }, ["xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"])
    }

    func testColourOnlyWhenEnabled() {
        let plain = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 80, useColor: false)) { _, _ in }
        XCTAssertEqual(plain.render([Span("x", .heading)]), "x")
        let colour = Output(terminal: TerminalInfo(isInteractive: true, stdoutIsTerminal: true, width: 80, useColor: true)) { _, _ in }
        XCTAssertEqual(colour.render([Span("x", .heading)]), "\u{1B}[1mx\u{1B}[0m")
        XCTAssertEqual(colour.render([Span("\u{1B}[31mx", .heading)]), "\u{1B}[1mx\u{1B}[0m", "file text is cleaned before colouring")
    }

    func testNoColorIsHonoured() {
        let info = TerminalInfo.current(environment: ["NO_COLOR": "1"])
        XCTAssertFalse(info.useColor)
    }

    func testKindsCompleteWithTheirOneName() {
        let e = EssayLoader.bundled()
        let completer = Completer(commands: CommandTable.all, model: KnowledgeModel(text: e.text, source: e.source))
        XCTAssertEqual(completer.complete(before: "quiz --kinds ", word: "tr").matches, ["true-false"])
        XCTAssertEqual(completer.complete(before: "quiz --kinds ", word: "cloze,ma").matches, ["cloze,match"])
        XCTAssertEqual(completer.complete(before: "entities --kind ", word: "pe").matches, ["person"])
    }
}
