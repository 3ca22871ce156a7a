import Foundation
import StudyKit
@testable import StudyShell
import XCTest

/// A session whose writes fail with ENOSPC: the shell says where it could not write, once, goes on, and says so
/// again when saving works again.
final class DiskFullTests: XCTestCase {
    final class Disk: @unchecked Sendable {
        let lock = NSLock()
        var full = true
        var attempts = 0
    }

    func testAFullDiskIsReportedOnceAndTheSessionGoesOn() throws {
        let folder = NSTemporaryDirectory() + "study-diskfull-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let disk = Disk()
        var store = SessionStore(folder: folder)
        store.write = { data, path in
            disk.lock.lock(); defer { disk.lock.unlock() }
            disk.attempts += 1
            if disk.full { throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(ENOSPC))) }
            try AtomicFile.write(data, to: path)
        }
        var errors: [String] = []
        var printed = ""
        let output = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 80, useColor: false)) { fd, bytes in
            if fd == 2 { errors.append(String(decoding: bytes, as: UTF8.self)) } else { printed += String(decoding: bytes, as: UTF8.self) }
        }
        let model = KnowledgeModel(text: EssayLoader.bundled().text, source: EssayLoader.bundled().source)
        let context = ShellContext(model: model, output: output, environment: [:])
        let recorder = SessionRecorder(store: store)
        context.recorder = recorder
        for line in ["read 1", "read 2", "info"] { context.recordCommand(line) }
        XCTAssertEqual(disk.attempts, 3, "every event tries to save")
        XCTAssertEqual(errors.count, 1, "\(errors)")
        XCTAssertTrue(errors[0].hasPrefix("session: cannot write in \(folder) (No space left on device)"), errors[0])
        XCTAssertTrue(errors[0].contains("kept in memory"), errors[0])
        XCTAssertNil(recorder.path)
        disk.lock.lock(); disk.full = false; disk.lock.unlock()
        context.recordCommand("read 3")
        XCTAssertEqual(errors.count, 2, "\(errors)")
        XCTAssertTrue(errors[1].hasPrefix("session: saved again to \(folder)/"), errors[1])
        let saved = try SessionStore.load(path: try XCTUnwrap(recorder.path))
        XCTAssertEqual(saved.events.count, 4, "the events made while the disk was full are saved too")
    }
}
