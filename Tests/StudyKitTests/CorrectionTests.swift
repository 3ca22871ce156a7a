import XCTest
@testable import StudyKit

/// Corrections over the analysed model: each kind applies, ids that moved are followed by their text, ids that are
/// gone are set aside, and the file format refuses what it cannot read.
final class CorrectionTests: XCTestCase {
    static let essay = """
    Cities should plant more trees along their streets. Shade lowers the temperature of the pavement in summer.

    Some owners complain that roots break the sidewalks. Critics say the leaves block the drains. But careful planting avoids both problems.

    In Lisbon, a program planted ten thousand trees in five years. The city measured cooler streets after the program.

    Trees also give birds a home. Children learn the names of the species they see.

    Therefore every city should plant more trees along its streets.
    """
    static let model = Fixtures.model(essay)
    let time = Date(timeIntervalSince1970: 1_800_000_000)

    private func index(_ id: String, _ m: KnowledgeModel = model) -> Int {
        guard case .sentence(let p, let s)? = ModelID(id) else { return -1 }
        return m.sentenceIndex(paragraph: p, number: s) ?? -1
    }

    private func apply(_ corrections: [Correction], to m: KnowledgeModel = model) -> CorrectionApplier.Result {
        CorrectionApplier().apply(corrections, to: m)
    }

    func testThesisMovesAndTheFormerThesisSupportsIt() throws {
        let m = Self.model
        let c = try Correction.thesis("S3.1", in: m, time: time)
        let result = apply([c])
        let k = index("S3.1")
        XCTAssertEqual(result.model.argument.mainThesis, k)
        XCTAssertEqual(result.model.argument.role(of: k), .thesis)
        XCTAssertTrue(result.model.argument.relations(from: k).isEmpty, "the thesis links to nothing")
        if let former = m.argument.mainThesis, former != k, !result.model.argument.thesis.contains(former) {
            XCTAssertNotEqual(result.model.argument.role(of: former), .thesis)
            XCTAssertEqual(result.model.argument.relations(from: former).map(\.to), [k])
        }
        XCTAssertEqual(result.notes[k]?.action, .thesis)
        XCTAssertEqual(result.model.argument.assignments[k].features.first?.name, "set by you on 2027-01-15")
        XCTAssertThrowsError(try Correction.thesis("S3.1", in: result.model)) { error in
            XCTAssertTrue("\(error)".contains("already"))
        }
    }

    func testRoleEvidenceHolderAndLinks() throws {
        let m = Self.model
        var list = [try Correction.role("S4.2", "prediction", in: m, time: time),
                    try Correction.evidence("S3.2", "precedent", in: m, time: time),
                    try Correction.holder("S2.2", "the critics", in: m, time: time),
                    try Correction.link("S4.1", "attacks", "S2.3", in: m, time: time)]
        var result = apply(list)
        let a = result.model.argument
        XCTAssertEqual(a.role(of: index("S4.2")), .prediction)
        XCTAssertEqual(a.assignments[index("S3.2")].evidenceKind, .example)
        XCTAssertEqual(a.attributions[index("S2.2")]?.holder, "the critics")
        XCTAssertEqual(a.relations(from: index("S4.1")).map(\.to), [index("S2.3")])
        XCTAssertEqual(a.relations(from: index("S4.1")).first?.kind, .attacks)
        XCTAssertTrue(result.setAside.isEmpty)

        list.append(try Correction.unlink("S4.1", "S2.3", in: result.model, time: time))
        list.append(try Correction.holder("S2.2", "author", in: result.model, time: time))
        result = apply(list)
        XCTAssertTrue(result.model.argument.relations(from: index("S4.1")).isEmpty)
        XCTAssertNil(result.model.argument.attributions[index("S2.2")])
        XCTAssertThrowsError(try Correction.unlink("S4.1", "S2.3", in: result.model))
        XCTAssertThrowsError(try Correction.role("S4.2", "guess", in: m))
        XCTAssertThrowsError(try Correction.role("S9.9", "claim", in: m))
    }

    func testSectionsSplitMergeAndName() throws {
        let m = Self.model
        let s = try XCTUnwrap(m.sections.firstIndex { $0.paragraphs.count >= 2 }, "a section of two paragraphs or more")
        let first = m.sections[s]
        let split = try Correction.split("P\(first.paragraphs.lowerBound + 2)", in: m, time: time)
        let result = apply([split])
        XCTAssertEqual(result.model.sections.count, m.sections.count + 1)
        XCTAssertEqual(result.model.sections.map(\.number), Array(1...(m.sections.count + 1)))
        XCTAssertEqual(result.model.sections[s + 1].paragraphs.lowerBound, first.paragraphs.lowerBound + 1)
        XCTAssertEqual(result.model.sectionKeyTerms.count, result.model.sections.count)
        let gap = result.model.sectionGaps.first { $0.paragraphIndex == first.paragraphs.lowerBound + 1 }
        XCTAssertEqual(gap?.isBoundary, true, "sections --explain tells the reader's boundary")
        let merge = try Correction.merge("§\(s + 1)", "§\(s + 2)", in: result.model, time: time)
        XCTAssertEqual(apply([split, merge]).model.sections.map(\.paragraphs), m.sections.map(\.paragraphs))
        let named = apply([try Correction.name("§1", "Why streets need shade", in: m, time: time)])
        XCTAssertEqual(named.model.sections[0].label, "Why streets need shade")
        XCTAssertThrowsError(try Correction.split("P1", in: m)) { XCTAssertTrue("\($0)".contains("already starts")) }
    }

    func testMovedSentenceIsFollowedAndAGoneOneIsSetAside() throws {
        let c1 = try Correction.role("S4.2", "prediction", in: Self.model, time: time)
        let c2 = try Correction.role("S2.2", "background", in: Self.model, time: time)
        // A new paragraph at the top moves every id down by one; the critics' sentence is rewritten.
        let changed = Fixtures.model("A new opening paragraph comes first now. It says that streets grow hot in July.\n\n" + Self.essay
            .replacingOccurrences(of: "Critics say the leaves block the drains.", with: "Critics say leaves clog drains."))
        let result = apply([c1, c2], to: changed)
        XCTAssertEqual(result.applied.map(\.target), ["S5.2"])
        XCTAssertEqual(result.model.argument.role(of: index("S5.2", changed)), .prediction)
        XCTAssertEqual(result.setAside.count, 1)
        XCTAssertEqual(result.setAside.first?.setAsideBecause, "S2.2 is no longer in the essay")
        XCTAssertNotEqual(result.model.argument.assignments[index("S3.2", changed)].features.first?.name, "set by you on 2027-01-15")
    }

    func testFileAddsReplacesFlagsAndRoundTrips() throws {
        var file = CorrectionsFile(model: Self.model)
        file.add(try Correction.role("S4.2", "prediction", in: Self.model, time: time))
        file.add(try Correction.role("S4.2", "claim", in: Self.model, time: time))
        XCTAssertEqual(file.corrections.map(\.value), ["claim"], "a later role replaces the earlier one")
        XCTAssertEqual(file.returnToModel(quote: Self.model.text(of: Self.model.sentences[index("S4.2")])), 1)
        let q = Question(kind: .cloze, prompt: "Shade lowers the ____ of the pavement.", answer: "temperature", evidence: ["S1.2"], section: nil, hints: [], explanation: "")
        XCTAssertTrue(file.flag(q, reason: "trivial", time: time))
        XCTAssertFalse(file.flag(q, reason: nil, time: time))
        XCTAssertTrue(file.isFlagged(q))
        XCTAssertTrue(file.unflagged([q]).isEmpty)
        let decoded = try CorrectionsFile.decode(try file.jsonData())
        XCTAssertEqual(decoded, file)
    }

    func testBadFilesAreRefusedInOneLine() throws {
        let good = try CorrectionsFile(model: Self.model).jsonData()
        func problem(_ data: Data) -> String {
            do { _ = try CorrectionsFile.decode(data); return "" } catch { return error.message }
        }
        XCTAssertTrue(problem(good.prefix(good.count / 2)).contains("not valid JSON"))
        XCTAssertTrue(problem(Data("{\"kind\":\"command\"}".utf8)).contains("not a study corrections file"))
        let future = String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 9")
        XCTAssertTrue(problem(Data(future.utf8)).contains("newer study"), problem(Data(future.utf8)))
        let broken = String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"corrections\" : [", with: "\"corrections\" : [7")
        XCTAssertFalse(problem(Data(broken.utf8)).isEmpty)
    }

    func testReadRefusesWhatIsNotAPlainFileAndAnOversizeFileUnread() throws {
        func problem(_ path: String) -> String {
            do { _ = try CorrectionsFile.read(path: path); return "" } catch { return error.message }
        }
        XCTAssertTrue(problem("/dev/zero").contains("not a plain file"), "a device that never ends is not read")
        XCTAssertTrue(problem(NSTemporaryDirectory()).contains("not a plain file"))
        let big = NSTemporaryDirectory() + "corrections-big-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: big) }
        try Data(count: CorrectionsFile.maximumBytes + 10).write(to: URL(fileURLWithPath: big))
        XCTAssertTrue(problem(big).contains("too large"), problem(big))
        let good = NSTemporaryDirectory() + "corrections-good-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: good) }
        let file = CorrectionsFile(model: Self.model)
        try file.jsonData().write(to: URL(fileURLWithPath: good))
        XCTAssertEqual(try CorrectionsFile.read(path: good), file)
    }

    func testStoreFindsOwnChangedAndUnreadableFiles() throws {
        let folder = NSTemporaryDirectory() + "corrections-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = CorrectionsStore(folder: folder)
        guard case .none = store.find(for: Self.model) else { return XCTFail("an empty folder has no corrections") }
        var file = CorrectionsFile(model: Self.model)
        file.add(try Correction.role("S4.2", "prediction", in: Self.model, time: time))
        let path = try store.save(file, for: Self.model)
        XCTAssertTrue(path.hasPrefix(folder + "/test-") && path.hasSuffix(".json"))
        guard case .exact(let read, _) = store.find(for: Self.model) else { return XCTFail("its own file") }
        XCTAssertEqual(read, file)
        let changed = Fixtures.model(Self.essay + "\n\nOne more closing line.")
        guard case .changed(let other, _) = store.find(for: changed) else { return XCTFail("another version's file") }
        XCTAssertEqual(other.corrections, file.corrections)
        try Data("{\"format\": \"study-corr".utf8).write(to: URL(fileURLWithPath: path))
        guard case .unreadable(let p, let problem) = store.find(for: Self.model) else { return XCTFail("a cut file") }
        XCTAssertEqual(p, path)
        XCTAssertTrue(problem.message.contains("not valid JSON"))
    }
}
