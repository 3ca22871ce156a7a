import Foundation
import XCTest
@testable import StudyKit

/// Sessions cost what they hold: the essay's text is stored once, an event is one journal line whatever the
/// essay's length, and the journal is read back, folded and survives a torn last line.
final class SessionJournalTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("study-journal-\(UUID().uuidString)").path
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func essay(sentences: Int) -> StudySession.Essay {
        let text = (0..<sentences).map { "Sentence number \($0) says something about the meadow." }.joined(separator: " ")
        return StudySession.Essay(source: "e.txt", path: nil, title: "E", contentHash: KnowledgeModel.contentHash(of: Array(text.utf8)),
                                  text: text)
    }

    func events(_ n: Int) -> [SessionEvent] {
        let time = Date(timeIntervalSince1970: 1_777_627_812)
        return (0..<n).map { SessionEvent(kind: .command, time: time, line: "where river \($0 % 10)") }
    }

    /// Bytes in the folder, every file counted (the session, its journal, the essays).
    func folderBytes() throws -> Int {
        var total = 0
        let walker = FileManager.default.enumerator(atPath: folder)
        while let name = walker?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + name)
            if attributes[.type] as? FileAttributeType == .typeRegular { total += (attributes[.size] as? Int) ?? 0 }
        }
        return total
    }

    /// Bytes written by 50 events after the first, and bytes written whole (not appended) meanwhile.
    func bytesPerEvent(_ essay: StudySession.Essay) throws -> (appended: Int, rewritten: Int) {
        try? FileManager.default.removeItem(atPath: folder)
        let rewritten = ByteCounter()
        var store = SessionStore(folder: folder)
        store.write = { data, path in rewritten.add(data.count); try AtomicFile.write(data, to: path) }
        let session = try store.create(essay: essay, stem: "e", events: events(1), at: Date(timeIntervalSince1970: 1_777_627_812))
        let before = try folderBytes()
        rewritten.reset()
        for (i, e) in events(51).enumerated().dropFirst() {
            try store.append(e, index: i, toSession: session.id, sync: false)
        }
        return (try folderBytes() - before, rewritten.bytes)
    }

    func testAnEventCostsTheSameOnAShortAndALongEssay() throws {
        let short = try bytesPerEvent(essay(sentences: 3))
        let long = try bytesPerEvent(essay(sentences: 20_000))
        XCTAssertEqual(short.rewritten, 0)
        XCTAssertEqual(long.rewritten, 0)
        XCTAssertEqual(short.appended, long.appended)
        XCTAssertLessThan(long.appended / 50, 200, "one short line an event")
    }

    func testTheEssayTextIsWrittenOnceAndReadBack() throws {
        let rewritten = ByteCounter()
        var store = SessionStore(folder: folder)
        store.write = { data, path in rewritten.add(data.count); try AtomicFile.write(data, to: path) }
        let e = essay(sentences: 2_000)
        let a = try store.create(essay: e, stem: "e", events: events(1))
        let afterFirst = rewritten.bytes
        XCTAssertGreaterThan(afterFirst, e.text.utf8.count)
        _ = try store.create(essay: e, stem: "e", events: events(1))
        XCTAssertLessThan(rewritten.bytes - afterFirst, e.text.utf8.count, "the second session does not copy the text")
        let json = try String(contentsOfFile: store.path(of: a.id), encoding: .utf8)
        XCTAssertFalse(json.contains("meadow"), "the session file does not hold the text")
        XCTAssertEqual(try store.read(store.path(of: a.id)).essay.text, e.text)
    }

    func testJournalEventsAreReadAndFoldedAndATornLineIsIgnored() throws {
        let store = SessionStore(folder: folder)
        var s = try store.create(essay: essay(sentences: 3), stem: "e", events: events(1))
        for (i, e) in events(4).enumerated().dropFirst() { try store.append(e, index: i, toSession: s.id, sync: i == 3) }
        let journal = SessionJournal.path(ofSession: store.path(of: s.id))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: journal))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"event":{"kind":"comm"#.utf8))
        handle.closeFile()
        var back = try store.read(store.path(of: s.id))
        XCTAssertEqual(back.events.map(\.line), events(4).map(\.line))
        // A fold interrupted after the file was written: the journal's events are not counted twice.
        s = back
        try store.write(try s.jsonData(), store.path(of: s.id))
        back = try store.read(store.path(of: s.id))
        XCTAssertEqual(back.events.count, 4)
        try store.save(s)
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal))
        XCTAssertEqual(try store.read(store.path(of: s.id)).events.count, 4)
    }

    func testASchemaOneFileWithItsTextStillLoads() throws {
        let e = essay(sentences: 3)
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: try StudySession(
            id: "old", createdAt: Date(timeIntervalSince1970: 1_777_627_812), essay: e, events: events(2)).jsonData()) as? [String: Any])
        object["schemaVersion"] = 1
        var essayObject = try XCTUnwrap(object["essay"] as? [String: Any])
        essayObject["text"] = e.text
        object["essay"] = essayObject
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/old.json"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        let s = try SessionStore.load(path: path)
        XCTAssertEqual(s.schemaVersion, 2)
        XCTAssertEqual(s.essay.text, e.text)
        XCTAssertEqual(s.events.count, 2)
    }
}

/// Bytes written through a store's `write`, counted from a `@Sendable` closure.
final class ByteCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    var bytes: Int { lock.lock(); defer { lock.unlock() }; return total }
    func add(_ n: Int) { lock.lock(); total += n; lock.unlock() }
    func reset() { lock.lock(); total = 0; lock.unlock() }
}
