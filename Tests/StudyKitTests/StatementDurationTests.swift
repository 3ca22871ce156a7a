import XCTest
@testable import StudyKit

/// Stretches of time said in other units are the same stretch (`Duration`): "every 30 minutes" where the text says
/// "every half hour", "200 years" where it says "two centuries", while another length still conflicts; on a text
/// written for it.
final class StatementDurationTests: XCTestCase {
    static let text = """
    Holm Island has a chapel, a shop and a small pier. Ferries to Holm Island leave the harbour steps every half \
    hour in summer. The chapel on the island was built some two centuries before the harbour wall.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    func check(_ statement: String, sentence: Int, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck? {
        Self.index.checkFirstHit(statement, expecting: sentence, file: file, line: line)
    }

    func testAStretchInOtherUnitsHasTheSameLength() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        func same(_ a: String, _ b: String) -> Bool {
            guard let x = Duration.lengths(in: QueryParser.words(of: a), lexicon: lexicon).first,
                  let y = Duration.lengths(in: QueryParser.words(of: b), lexicon: lexicon).first else { return false }
            return Duration.same(x, y)
        }
        XCTAssertTrue(same("two centuries", "200 years"))
        XCTAssertTrue(same("two decades", "twenty years"))
        XCTAssertTrue(same("a fortnight", "two weeks"))
        XCTAssertTrue(same("half an hour", "30 minutes"))
        XCTAssertTrue(same("every half hour", "every 30 minutes"))
        XCTAssertFalse(same("two decades", "twelve years"))
        XCTAssertFalse(same("half an hour", "20 minutes"))
    }

    func testAFrequencyInOtherUnitsIsGiven() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertNil(check("ferries to Holm Island leave the harbour steps every 30 minutes in summer", sentence: 1)?.conflict)
        XCTAssertEqual(check("ferries to Holm Island leave the harbour steps every 20 minutes in summer", sentence: 1)?.conflict,
                       .unsupported("20 minutes"))
    }

    func testAStretchInOtherUnitsIsTheSameTime() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertNil(check("the chapel on Holm Island was built about 200 years before the harbour wall", sentence: 2)?.conflict)
        guard case .time = check("the chapel on Holm Island was built about 300 years before the harbour wall", sentence: 2)?.conflict
        else { return XCTFail("another length") }
    }
}
