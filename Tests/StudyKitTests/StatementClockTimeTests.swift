import XCTest
@testable import StudyKit

/// A time of day written otherwise is the same time (`ClockTime`): "1pm" where the text says "one o'clock", "7.30pm"
/// where it says "half past seven", while another time is still not given; on a text written for it. (Against the
/// sentence itself, "7.30pm" is still read as another amount than its "seven": `Amount` reads no clock.)
final class StatementClockTimeTests: XCTestCase {
    static let text = """
    Holm Island has a chapel, a shop and a small pier. The island's one shop closes at one o'clock on Wednesdays. \
    The ferry leaves the pier at half past seven in the evening.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    func check(_ statement: String, sentence: Int, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck? {
        Self.index.checkFirstHit(statement, expecting: sentence, file: file, line: line)
    }

    func testTimesOfDayAreReadHoweverWritten() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        func minutes(_ text: String) -> [Int] { ClockTime.minutes(in: QueryParser.words(of: text), lexicon: lexicon) }
        XCTAssertEqual(minutes("closes at one o'clock"), [60])
        XCTAssertEqual(minutes("closes at 1pm"), [60])
        XCTAssertEqual(minutes("closes at 1 pm"), [60])
        XCTAssertEqual(minutes("leaves at half past seven"), [450])
        XCTAssertEqual(minutes("leaves at 7.30pm"), [450])
        XCTAssertEqual(minutes("leaves at a quarter to eight"), [465])
        XCTAssertEqual(minutes("costs 7.30 pounds"), [])
    }

    func testATimeOfDayWrittenOtherwiseIsGiven() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertNil(check("the shop on Holm Island shuts at 1pm on Wednesdays", sentence: 1)?.conflict)
        XCTAssertEqual(check("the shop on Holm Island shuts at 3pm on Wednesdays", sentence: 1)?.conflict, .unsupported("3pm"))
    }
}
