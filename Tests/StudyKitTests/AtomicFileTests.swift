import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import StudyKit

/// The one write path: never through a link, never over a device, FIFO or folder, an existing export only when
/// asked, the file's mode kept, and no temporary file left behind.
final class AtomicFileTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("study-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func reason(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch { return (error as? AtomicFile.WriteError)?.reason ?? "\(error)" }
    }

    func testWritesAndReplacesLeavingNoTemporaryFile() throws {
        let target = folder + "/out.txt"
        try AtomicFile.write(Data("one".utf8), to: target)
        try AtomicFile.write(Data("two".utf8), to: target)
        XCTAssertEqual(contents(target), "two")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["out.txt"])
    }

    /// A path of one letter, relative to the current folder (Foundation's deletingLastPathComponent crashed on it;
    /// found by the shell fuzz target with `export csv t`).
    func testAOneLetterPathIsWritten() throws {
        XCTAssertTrue(AtomicFile.split("t") == (".", "t"))
        XCTAssertTrue(AtomicFile.split("/t") == ("/", "t"))
        XCTAssertTrue(AtomicFile.split("d/e/t.csv") == ("d/e", "t.csv"))
        let saved = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(folder))
        defer { FileManager.default.changeCurrentDirectoryPath(saved) }
        try AtomicFile.write(Data("x".utf8), to: "t")
        XCTAssertEqual(contents(folder + "/t"), "x")
    }

    func testASymlinkTargetIsRefusedAndItsFileKept() throws {
        let victim = folder + "/victim.txt"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
        let link = folder + "/link.md"
        XCTAssertEqual(symlink(victim, link), 0)
        XCTAssertEqual(reason { try AtomicFile.write(Data("x".utf8), to: link) }, "is a symbolic link, not a regular file")
        XCTAssertEqual(contents(victim), "precious")
        var st = stat()
        XCTAssertEqual(lstat(link, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFLNK)
    }

    func testDevicesFIFOsAndFoldersAreRefused() throws {
        XCTAssertEqual(reason { try AtomicFile.write(Data("x".utf8), to: "/dev/null") }, "is a device, not a regular file")
        let fifo = folder + "/fifo"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertEqual(reason { try AtomicFile.write(Data("x".utf8), to: fifo) }, "is a FIFO (named pipe), not a regular file")
        XCTAssertEqual(reason { try AtomicFile.write(Data("x".utf8), to: folder) }, "is a folder, not a regular file")
    }

    func testAnExistingFileNeedsReplaceAndKeepsItsMode() throws {
        let target = folder + "/cards.txt"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        XCTAssertEqual(chmod(target, 0o600), 0)
        XCTAssertEqual(reason { try AtomicFile.write(Data("new".utf8), to: target, existing: .refuse) },
                       "already exists; add --force to replace it")
        XCTAssertEqual(contents(target), "old")
        try AtomicFile.write(Data("new".utf8), to: target, existing: .replace)
        XCTAssertEqual(contents(target), "new")
        var st = stat()
        XCTAssertEqual(stat(target, &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o600)
    }

    func testAFileWithHardLinksIsNotSplit() throws {
        let target = folder + "/a.txt"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        XCTAssertEqual(link(target, folder + "/b.txt"), 0)
        XCTAssertEqual(reason { try AtomicFile.write(Data("new".utf8), to: target) }, "has 2 hard links, which replacing it would split")
        XCTAssertEqual(contents(folder + "/b.txt"), "old")
    }

    /// The temporary name is random and opened with O_EXCL|O_NOFOLLOW: links planted at the old guessable names
    /// (`.NAME.PID.tmp`) are never followed.
    func testAPlantedTemporaryLinkIsNotFollowed() throws {
        let victim = folder + "/victim.txt"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
        XCTAssertEqual(symlink(victim, folder + "/.out.json.\(getpid()).tmp"), 0)
        try AtomicFile.write(Data("session".utf8), to: folder + "/out.json")
        XCTAssertEqual(contents(victim), "precious")
        XCTAssertEqual(contents(folder + "/out.json"), "session")
    }
}
