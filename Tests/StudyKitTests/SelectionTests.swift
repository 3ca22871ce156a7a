import XCTest
@testable import StudyKit

final class SelectionTests: XCTestCase {
    let m = Fixtures.bundled

    func testIDsParseAndPrint() {
        XCTAssertEqual(ModelID("P3"), .paragraph(3))
        XCTAssertEqual(ModelID("s3.2"), .sentence(paragraph: 3, index: 2))
        XCTAssertEqual(ModelID("3.2"), .sentence(paragraph: 3, index: 2))
        XCTAssertEqual(ModelID("§2"), .section(2))
        XCTAssertEqual(ModelID("sec2"), .section(2))
        XCTAssertNil(ModelID("P0"))
        XCTAssertNil(ModelID("S3"))
        XCTAssertNil(ModelID("x"))
        XCTAssertEqual(ModelID.sentence(paragraph: 10, index: 1).description, "S10.1")
    }

    func testSelections() throws {
        XCTAssertEqual(try Selection("P3", in: m), .paragraphs(3...3))
        XCTAssertEqual(try Selection("2-4", in: m), .paragraphs(2...4))
        XCTAssertEqual(try Selection("P2-P4", in: m), .paragraphs(2...4))
        XCTAssertEqual(try Selection("all", in: m), .all)
        XCTAssertEqual(try Selection("S3.2", in: m).sentenceIndexes(in: m).count, 1)
        XCTAssertEqual(try Selection("2-4", in: m).paragraphIndexes(in: m), 1..<4)
    }

    func testBadSelectionsSayWhatExists() {
        XCTAssertThrowsError(try Selection("P99", in: m)) { XCTAssertEqual("\($0)", "no paragraph P99: the essay has P1–P11") }
        XCTAssertThrowsError(try Selection("S3.9", in: m)) { XCTAssertEqual("\($0)", "no sentence S3.9: P3 has sentences S3.1–S3.5") }
        XCTAssertThrowsError(try Selection("§0", in: m))
        XCTAssertThrowsError(try Selection("4-2", in: m)) { XCTAssertTrue("\($0)".contains("backwards")) }
        XCTAssertThrowsError(try Selection("banana", in: m))
    }
}
