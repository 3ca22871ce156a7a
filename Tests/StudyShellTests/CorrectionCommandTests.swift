import XCTest
@testable import StudyKit
@testable import StudyShell

/// The correction and flag commands in the shell: each changes what the other commands show at once, is saved, and
/// is recorded as a session event.
final class CorrectionCommandTests: XCTestCase {
    static let model: KnowledgeModel = {
        let e = EssayLoader.bundled()
        return KnowledgeModel(text: e.text, source: e.source)
    }()

    private var bytes: [UInt8] = []
    private var context: ShellContext!
    private var folder = ""

    override func setUp() {
        bytes = []
        folder = NSTemporaryDirectory() + "correction-commands-\(UUID().uuidString)"
        let output = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 100, useColor: false)) { [unowned self] fd, b in
            if fd == 1 { self.bytes += b }
        }
        context = ShellContext(model: Self.model, output: output, environment: [:], config: StudyConfig())
        context.useCorrections(folder: folder)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @discardableResult
    private func run(_ line: String) throws -> String {
        bytes = []
        let (command, arguments) = try XCTUnwrap(try CommandTable.parse(line))
        try command.run(context, arguments)
        context.output.flush()
        return String(decoding: bytes, as: UTF8.self)
    }

    func testThesisAndRoleChangeTheTreeAndAreSavedAndRecorded() throws {
        try run("thesis S10.1")
        XCTAssertTrue(try run("argument").hasPrefix("S10.1 thesis"))
        XCTAssertTrue(try run("explain S10.1").contains("Set by you on"))
        XCTAssertEqual(context.events.filter { $0.kind == .correction }.map(\.line), ["S10.1 is the thesis"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: try XCTUnwrap(context.correctionsStore).path(for: Self.model)))

        try run("role S8.8 prediction")
        XCTAssertTrue(try run("explain S8.8").contains("S8.8  prediction 1.00"))
        try run("role S8.8 auto")
        XCTAssertEqual(context.model.argument.role(of: try index("S8.8")), Self.model.argument.role(of: try index("S8.8")))
        XCTAssertThrowsError(try run("role S8.8 auto")) { XCTAssertTrue("\($0)".contains("you have not set the role")) }
        XCTAssertThrowsError(try run("role S8.8 hunch")) { XCTAssertTrue("\($0)".contains("no role 'hunch'")) }
        XCTAssertThrowsError(try run("link S6.3 supports S6.3")) { XCTAssertTrue("\($0)".contains("itself")) }
    }

    func testSectionsSplitMergeAndName() throws {
        let count = Self.model.sections.count
        let s = try XCTUnwrap(Self.model.sections.first { $0.paragraphs.count >= 2 })
        try run("section split P\(s.paragraphs.lowerBound + 2)")
        XCTAssertEqual(context.model.sections.count, count + 1)
        try run("section merge §\(s.number) §\(s.number + 1)")
        XCTAssertEqual(context.model.sections.map(\.paragraphs), Self.model.sections.map(\.paragraphs))
        try run("section name §1 \"The missions that did not fit\"")
        XCTAssertTrue(try run("outline").contains("The missions that did not fit"))
        XCTAssertThrowsError(try run("section merge §1 §3"))
        XCTAssertThrowsError(try run("section split P1")) { XCTAssertTrue("\($0)".contains("already starts")) }
    }

    func testFlagInAQuizSkipsTheQuestionAndLeavesTheNextQuiz() throws {
        try run("quiz --count 3 --seed 2 --kinds true-false")
        let run1 = try XCTUnwrap(context.quiz)
        let first = run1.questions[0]
        run1.handle("flag trivial", context)
        XCTAssertEqual(run1.index, 1, "the flagged question waiting is not asked")
        XCTAssertEqual(context.corrections.flags.map(\.reason), ["trivial"])
        XCTAssertEqual(context.events.filter { $0.kind == .flag }.count, 1)
        run1.handle("quit", context)
        context.quiz = nil
        try run("quiz --count 3 --seed 2 --kinds true-false")
        let run2 = try XCTUnwrap(context.quiz)
        XCTAssertFalse(run2.questions.contains { ReviewDeck.key($0) == ReviewDeck.key(first) })
        XCTAssertEqual(run2.questions.count, 3, "as many questions as asked for")
        run2.handle("quit", context)
        context.quiz = nil
        XCTAssertTrue(try run("flags").contains("trivial"))
        try run("unflag 1")
        XCTAssertTrue(context.corrections.flags.isEmpty)
        XCTAssertThrowsError(try run("unflag 1")) { XCTAssertTrue("\($0)".contains("no question is flagged")) }
    }

    func testImportAddsOnlyWhatIsNewAndCountsAReplacedThesis() throws {
        try run("section split P4")
        try run("thesis S10.1")
        let shared = folder + "-shared.json"
        defer { try? FileManager.default.removeItem(atPath: shared) }
        try run("corrections export \(shared)")
        // Your own file again: nothing is added twice, nothing set aside, nothing recorded.
        let events = context.events.count
        XCTAssertTrue(try run("corrections import \(shared)").contains("nothing to import"))
        XCTAssertEqual(context.corrections.corrections.count, 2)
        XCTAssertTrue(context.corrections.setAside.isEmpty)
        XCTAssertEqual(context.events.count, events)
        // Another thesis of your own is replaced by the file's, and that counts as imported.
        try run("thesis S8.8")
        XCTAssertTrue(try run("corrections import \(shared)").contains("imported 1 correction and 0 flags"))
        XCTAssertEqual(context.model.argument.thesis.first, try index("S10.1"))
        XCTAssertEqual(context.corrections.corrections.map(\.action), [.sectionSplit, .thesis])
    }

    func testAHolderYouNameIsShownWithYourNoteNotAsWordsOfTheText() throws {
        try run("holder S9.1 the critics")
        for line in ["who S9.1", "explain S9.1"] {
            let shown = try run(line)
            XCTAssertTrue(shown.contains("the critics") && shown.contains("set by you on "), shown)
            XCTAssertFalse(shown.contains("“set by you"), "the note is not quoted as the essay's words: \(shown)")
        }
    }

    func testSectionNameTakesTheRestOfTheLineAndFlagJSONNamesTheQuestionsOwnFlag() throws {
        try run("section name §2 Why only shared help works")
        XCTAssertEqual(context.model.sections[1].label, "Why only shared help works")
        XCTAssertThrowsError(try run("section frobnicate")) { XCTAssertTrue("\($0)".contains("is not a section; write section §2")) }

        try run("quiz --count 3 --seed 2 --kinds true-false")
        let quiz = try XCTUnwrap(context.quiz)
        quiz.handle("flag 2", context)
        quiz.handle("flag 3", context)
        context.output.flush()
        let json = try run("flag 2 --json")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["number"] as? Int, 1, "question 2 was flagged first")
        XCTAssertEqual(object["prompt"] as? String, quiz.questions[1].prompt)
        XCTAssertEqual(context.corrections.flags.count, 2)
    }

    func testCorrectionsOfAnotherVersionAreSavedToThisVersionsFileAtOnce() throws {
        // A file made on another version of the essay (another content hash, the same file name).
        var other = CorrectionsFile(model: Self.model)
        other.essay.contentHash = String(repeating: "0", count: 64)
        other.corrections = [try Correction.thesis("S10.1", in: Self.model)]
        let store = CorrectionsStore(folder: folder)
        try AtomicFile.makeFolders(folder)
        let otherPath = folder + "/" + CorrectionsStore.fileStem(Self.model.source.stem) + "-" + String(repeating: "0", count: 16) + ".json"
        let otherData = try other.jsonData()
        try otherData.write(to: URL(fileURLWithPath: otherPath))

        var warnings = ""
        let output = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 300, useColor: false)) { fd, b in
            if fd == 2 { warnings += String(decoding: b, as: UTF8.self) }
        }
        // The write fails: the line says so (it will be said again).
        var failing = store
        failing.write = { _, _ in throw CocoaError(.fileWriteNoPermission) }
        let first = ShellContext(model: Self.model, output: output, environment: [:], config: StudyConfig())
        first.correctionsStore = failing
        first.loadCorrections()
        output.flush()
        XCTAssertTrue(warnings.contains("another version of this essay; 1 of 1 apply; cannot write"), warnings)
        XCTAssertTrue(warnings.contains("said again at the next start"), warnings)
        XCTAssertEqual(warnings.split(separator: "\n").count, 1, warnings)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.path(for: Self.model)))

        // The write succeeds: this version's own file holds the correction, the other file is left as it was, and
        // the next load says nothing.
        warnings = ""
        let second = ShellContext(model: Self.model, output: output, environment: [:], config: StudyConfig())
        second.useCorrections(folder: folder)
        output.flush()
        XCTAssertEqual(warnings.split(separator: "\n").count, 1, warnings)
        XCTAssertFalse(warnings.contains("cannot write"), warnings)
        guard case .exact(let own, _) = store.find(for: Self.model) else { return XCTFail("no file of its own") }
        XCTAssertEqual(own.corrections.map(\.target), ["S10.1"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: otherPath)), otherData)
        warnings = ""
        let third = ShellContext(model: Self.model, output: output, environment: [:], config: StudyConfig())
        third.useCorrections(folder: folder)
        output.flush()
        XCTAssertEqual(warnings, "")
        XCTAssertEqual(third.model.argument.thesis, second.model.argument.thesis)
    }

    private func index(_ id: String) throws -> Int {
        guard case .sentence(let p, let s)? = ModelID(id) else { throw CommandError("bad id") }
        return try XCTUnwrap(Self.model.sentenceIndex(paragraph: p, number: s))
    }
}
