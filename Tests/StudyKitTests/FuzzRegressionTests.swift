import Foundation
import XCTest
@testable import StudyKit

/// Inputs `make fuzz` found that crashed; each must now analyse or load without a crash.
final class FuzzRegressionTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    func testAYearRangeTokenOfManyDigitsDoesNotOverflow() {
        let model = KnowledgeModel(text: "In 666666666666666666666666s it rained. In 1990s it did not.", source: EssaySource(name: "x", path: nil))
        XCTAssertEqual(model.paragraphs.count, 1)
    }

    func testEverySavedCrashInput() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted() {
            let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
            if name.hasPrefix("analyzer") {
                _ = KnowledgeModel(text: String(decoding: bytes, as: UTF8.self), source: EssaySource(name: name, path: nil))
            } else if name.hasPrefix("quiz-bank") {
                _ = try? QuizBank.load(Data(bytes), name: name)
            } else if name.hasPrefix("session") {
                _ = try? SessionUpgrade.decode(Data(bytes), name: name)
            }
        }
    }
}
