import Foundation
import XCTest
@testable import StudyKit

final class SessionStoreTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("study-store-\(UUID().uuidString)").path
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    let essay = StudySession.Essay(source: "e.txt", path: "essays/e.txt", title: "An essay", contentHash: "abc", text: "One. Two.")
    let question = Question(kind: .cloze, prompt: "Fill: ___", answer: "x", evidence: ["S1.1"], section: "§1",
                            hints: ["h"], explanation: "")

    func sampleEvents() -> [SessionEvent] {
        [SessionEvent(kind: .command, line: "quiz --count 2"),
         SessionEvent(kind: .quizStarted, quiz: 1, title: "Quiz", seed: 7, questions: [question, question]),
         SessionEvent(kind: .question, quiz: 1, question: 0, questionData: question),
         SessionEvent(kind: .answer, quiz: 1, question: 0, answer: "x", grade: Grade(.correct, score: 1, reason: "correct"), seconds: 2.5)]
    }

    func testCreateGivesUniqueNamesAndSaveRoundTrips() throws {
        let store = SessionStore(folder: folder)
        let date = Date(timeIntervalSince1970: 1_777_627_812)
        let a = try store.create(essay: essay, stem: "e", events: [], at: date)
        let b = try store.create(essay: essay, stem: "e", events: [], at: date)
        XCTAssertNotEqual(a.id, b.id)
        XCTAssertTrue(a.id.hasSuffix("-e"), a.id)
        XCTAssertTrue(b.id.hasSuffix("-e-2"), b.id)
        var s = a
        s.events = sampleEvents()
        s.refresh()
        try store.save(s)
        let back = try store.read(store.path(of: s.id))
        XCTAssertEqual(try back.jsonData(), try s.jsonData())
        XCTAssertEqual(back.seeds, [7])
        XCTAssertEqual(back.digest.answered.count, 1)
        // No temporary files are left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(names.filter { $0.hasPrefix(".") }, [])
    }

    func testSchemaRoundTripKeepsEveryField() throws {
        var s = StudySession(id: "x", name: "week1", createdAt: Date(timeIntervalSince1970: 1_777_627_812.25), essay: essay,
                             events: sampleEvents() + [SessionEvent(kind: .hint, quiz: 1, question: 1, hint: 1),
                                                       SessionEvent(kind: .undo, quiz: 1, question: 0),
                                                       SessionEvent(kind: .quizEnded, quiz: 1, reason: "quit")])
        s.refresh()
        let data = try s.jsonData()
        let back = try SessionUpgrade.decode(data, name: "x.json")
        XCTAssertEqual(try back.jsonData(), data)
        XCTAssertEqual(back.events.map(\.kind), s.events.map(\.kind))
        XCTAssertEqual(back.events[1].questions, [question, question])
        XCTAssertEqual(back.name, "week1")
        XCTAssertEqual(back.createdAt.timeIntervalSince1970, 1_777_627_812.25, accuracy: 0.001)
        XCTAssertEqual(back.digest.answered.count, 0, "undo takes the answer back")
    }

    func testCorruptAndNewerFilesAreReportedAndOthersStillList() throws {
        let store = SessionStore(folder: folder)
        var s = try store.create(essay: essay, stem: "e", events: [])
        s.events = sampleEvents()
        try store.save(s)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: folder + "/broken.json"))
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.json"))
        try Data(#"{"schemaVersion": 3, "id": "n"}"#.utf8).write(to: URL(fileURLWithPath: folder + "/newer.json"))
        let (entries, problems) = store.list()
        XCTAssertEqual(entries.map(\.session.id), [s.id])
        XCTAssertEqual(problems.count, 3, "\(problems)")
        XCTAssertTrue(problems.contains("\(folder)/newer.json: made by a newer study (schema 3); update study to open it"), "\(problems)")
        XCTAssertTrue(problems.allSatisfy { !$0.contains("\n") })
    }

    func testAFileDecodedBeforeIsReadAgainWhenItsBytesChange() throws {
        let store = SessionStore(folder: folder)
        var s = try store.create(essay: essay, stem: "e", events: [])
        let path = store.path(of: s.id)
        XCTAssertEqual(try store.read(path).events.count, 0)
        s.events = sampleEvents()
        try store.save(s)
        XCTAssertEqual(try store.read(path).events.count, 4)
        XCTAssertEqual(try store.read(path).events.count, 4)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try store.read(path))
        XCTAssertThrowsError(try store.read(path))
        try good.write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try store.read(path).events.count, 4)
    }

    func testTheDecodeCacheKeepsOneResultPerFileWithinItsBudget() throws {
        let data = try StudySession(id: "a", createdAt: Date(timeIntervalSince1970: 0), essay: essay, events: sampleEvents()).jsonData()
        let cache = SessionDecodeCache(budget: data.count * 2)
        XCTAssertEqual(try cache.decode(data, name: "a.json").events.count, 4)
        XCTAssertEqual(try cache.decode(data, name: "a.json").events.count, 4)
        XCTAssertEqual(cache.count, 1)
        _ = try cache.decode(data, name: "b.json")
        XCTAssertEqual(cache.count, 2)
        _ = try cache.decode(data, name: "c.json")
        XCTAssertEqual(cache.count, 1, "past its budget the cache starts again")
        XCTAssertEqual(try SessionDecodeCache(budget: 10).decode(data, name: "a.json").events.count, 4)
    }

    func testOlderSchemaIsUpgraded() throws {
        let old = """
        {"id": "old", "createdAt": "2026-05-01T09:30:12Z",
         "essay": {"source": "e.txt", "title": "An essay", "hash": "abc"},
         "events": [{"kind": "quiz-started", "time": "2026-05-01T09:30:13Z", "quiz": 1, "seed": 5}]}
        """
        let s = try SessionUpgrade.decode(Data(old.utf8), name: "old.json")
        XCTAssertEqual(s.schemaVersion, StudySession.currentSchemaVersion)
        XCTAssertEqual(s.essay.contentHash, "abc")
        XCTAssertEqual(s.essay.text, "")
        XCTAssertEqual(s.seeds, [5])
        XCTAssertEqual(s.studyVersion, "unknown")
    }

    func testUnsafeNamesAreRejected() throws {
        let store = SessionStore(folder: folder)
        for bad in ["../x", "/etc/passwd", "..", ".hidden", "a/b", "x\u{1B}[31m"] {
            XCTAssertThrowsError(try store.find(bad), bad)
            XCTAssertNil(SessionStore.validName(bad), bad)
        }
        XCTAssertEqual(SessionStore.validName("week-1_b"), "week-1_b")
        XCTAssertNil(SessionStore.validName("3"), "a bare number would clash with list numbers")
    }

    func testSymlinkPointingOutsideIsNotRead() throws {
        let store = SessionStore(folder: folder)
        _ = try store.create(essay: essay, stem: "e", events: [])
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("study-outside-\(UUID().uuidString).json").path
        var s = StudySession(id: "outside", createdAt: Date(), essay: essay)
        s.refresh()
        try s.jsonData().write(to: URL(fileURLWithPath: outside))
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: outside)
        let (entries, problems) = store.list()
        XCTAssertEqual(entries.count, 1)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("outside the sessions folder"), problems[0])
        XCTAssertThrowsError(try store.find("link"))
    }

    func testSaveToReadOnlyFolderThrowsOneLine() throws {
        let store = SessionStore(folder: folder)
        let s = try store.create(essay: essay, stem: "e", events: [])
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        if getuid() == 0 { throw XCTSkip("root can write anywhere") }
        XCTAssertThrowsError(try store.save(s)) { error in
            let message = (error as? SessionError)?.message ?? ""
            XCTAssertTrue(message.contains(store.path(of: s.id)), message)
        }
        // The old file is intact.
        XCTAssertNoThrow(try store.read(store.path(of: s.id)))
    }

    func testDigestResumeAndMissed() {
        var events = sampleEvents()
        events.append(SessionEvent(kind: .question, quiz: 1, question: 1, questionData: question))
        events.append(SessionEvent(kind: .skip, quiz: 1, question: 1))
        let d = SessionDigest(events: events)
        XCTAssertEqual(d.missed.count, 1)
        XCTAssertEqual(d.resumableQuiz.map { d.unanswered(in: $0) }, [1])
        XCTAssertEqual(ReviewDeck.rating(d.items[0]), .easy)
        XCTAssertEqual(ReviewDeck.rating(d.items[1]), .again)
    }

    /// An id read from a file is checked like a typed name: it never leaves the folder and must match its file.
    func testAnIdFromAFileCannotLeaveTheFolder() throws {
        let store = SessionStore(folder: folder)
        let made = try store.create(essay: essay, stem: "e", events: sampleEvents())
        var evil = made
        evil.id = "../../victim"
        XCTAssertThrowsError(try store.save(evil)) { XCTAssertTrue("\($0)".contains("is not a file name"), "\($0)") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/../../victim.json"))
        let planted = folder + "/planted.json"
        try evil.jsonData().write(to: URL(fileURLWithPath: planted))
        XCTAssertThrowsError(try store.read(planted)) { XCTAssertTrue("\($0)".contains("id: '../../victim' is not a session id"), "\($0)") }
        var renamed = made
        renamed.id = "another-id"
        try renamed.jsonData().write(to: URL(fileURLWithPath: folder + "/copied.json"))
        XCTAssertEqual(try store.read(folder + "/copied.json").id, "copied")
    }
}

/// The JSON scan finds duplicate keys and numbers no Double holds, with their place, on any bytes.
final class JSONScanTests: XCTestCase {
    func testDuplicateKeysAndHugeNumbersAreFoundWithTheirPlace() {
        XCTAssertEqual(JSONScan.duplicateKey(in: Data(#"{"a": 1, "b": [{"c": 1, "c": 2}]}"#.utf8)), "b[0].c")
        XCTAssertEqual(JSONScan.duplicateKey(in: Data(#"{"q": 1, "\u0071": 2}"#.utf8)), "q")
        XCTAssertNil(JSONScan.duplicateKey(in: Data(#"{"a": {"a": 1}, "b": "a"}"#.utf8)))
        XCTAssertEqual(JSONScan.numberOutOfRange(in: Data(#"{"x": [1, {"quizCount": 1e400}]}"#.utf8)), "x[1].quizCount")
        XCTAssertNil(JSONScan.numberOutOfRange(in: Data(#"{"x": -1.5e300}"#.utf8)))
        for junk in ["{", "[", "{\"a\"", "{\"a\":", "[1,,]", "{]}", "}}}", "\"", "{\"a\" 1}", "[{]"] {
            _ = JSONScan.duplicateKey(in: Data(junk.utf8))
            _ = JSONScan.numberOutOfRange(in: Data(junk.utf8))
        }
    }
}
