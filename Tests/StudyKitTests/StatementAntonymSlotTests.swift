import XCTest
@testable import StudyKit

/// An antonym counts against a statement only in the statement word's slot (`AntonymSlot`): "get to the final" is
/// not denied by "the ruling leaves the club …" where the sentence says "to reach the final", while "falling" is by
/// "rising" said of the same river, on a text written for it.
final class StatementAntonymSlotTests: XCTestCase {
    static let text = """
    The appeal panel met in Leeds on Tuesday. The ruling leaves Ashcombe Rovers with eight of their twelve points, \
    and the club will need a win at Denby on Saturday to reach the cup final. At noon the river at Kelton Weir was \
    rising by about 12 cm an hour. The wool cycle on the new washer failed our shrinkage test.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    func check(_ statement: String, sentence: Int, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck? {
        Self.index.checkFirstHit(statement, expecting: sentence, file: file, line: line)
    }

    func testASlotFilledByAnotherWordIsNotTheAntonyms() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        func filled(_ statement: String, _ sentence: String, antonym: String, word: String) -> Bool {
            let said = QueryParser.words(of: statement)
            return Self.index.slotFilledByAnother(statement: said, at: said.firstIndex(of: word) ?? 0,
                                                  sentence: QueryParser.words(of: sentence), antonym: antonym)
        }
        XCTAssertTrue(filled("the club needs a win to get to the cup final",
                             "the ruling leaves the club with eight points and it needs a win to reach the cup final",
                             antonym: "leaves", word: "get"))
        XCTAssertFalse(filled("the river was falling by about 12 cm an hour", "the river was rising by about 12 cm an hour",
                              antonym: "rising", word: "falling"))
        XCTAssertFalse(filled("the wool cycle passed our shrinkage test", "the wool cycle failed our shrinkage test",
                              antonym: "failed", word: "passed"))
    }

    func testAnAntonymInAnotherSlotDeniesNothing() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertNil(check("Ashcombe Rovers will need a win at Denby on Saturday to get to the cup final", sentence: 1)?.conflict)
    }

    func testAnAntonymInTheSameSlotStillDenies() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertEqual(check("at noon the river at Kelton Weir was falling by about 12 cm an hour", sentence: 2)?.conflict,
                       .antonym(statement: "falling", sentence: "rising"))
        XCTAssertEqual(check("the wool cycle on the new washer passed our shrinkage test", sentence: 3)?.conflict,
                       .antonym(statement: "passed", sentence: "failed"))
    }
}
