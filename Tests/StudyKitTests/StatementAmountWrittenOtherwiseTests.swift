import XCTest
@testable import StudyKit

/// `where` states a statement whose amounts the sentence writes otherwise: a sum with its multiplier written on
/// against one written out ("£2.7m", "£2.7 million"), a time of day with a colon against one with "pm" ("21:50",
/// "9.50 pm"), an age written in words before a hyphen ("a nineteen-year-old" for "aged 19"); on a text written for it.
final class StatementAmountWrittenOtherwiseTests: XCTestCase {
    static let text = """
    The ferry company spent £2.7 million on a new boat for the island crossing. The last sailing on Saturdays will \
    now leave the harbour at 21:50, half an hour later than before.

    The captain, who joined the company as a nineteen-year-old deckhand, has crossed to the island for 31 years.

    Buses to the harbour will run every half hour instead of every 45 minutes, and the ride will take 20 minutes.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    func check(_ statement: String, sentence: Int, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck? {
        Self.index.checkFirstHit(statement, expecting: sentence, file: file, line: line)
    }

    func testAmountsMultipliedDifferentlyAgree() {
        let lexicon = Self.index.lexicon
        let written = Amount.amounts(in: ["£2.7m"], lexicon: lexicon), spelled = Amount.amounts(in: ["£2.7", "million"], lexicon: lexicon)
        XCTAssertEqual(written.count, 1)
        XCTAssertEqual(spelled.count, 1)
        XCTAssertTrue(written[0].agrees(with: spelled[0]), "\(written[0].value) against \(spelled[0].value)")
        XCTAssertFalse(written[0].agrees(with: Amount.amounts(in: ["£2.8", "million"], lexicon: lexicon)[0]))
        XCTAssertNil(check("the ferry company paid £2.7m for a new boat for the crossing to the island", sentence: 0)?.conflict)
    }

    func testATimeOfDayWithAColonStaysOneWord() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertEqual(QueryParser.words(of: "leaves at 21:50 today", dollarSigns: true), ["leaves", "at", "21:50", "today"])
        XCTAssertEqual(QueryParser.words(of: "scores of 21, 50 and 60", dollarSigns: true), ["scores", "of", "21", "50", "and", "60"])
        XCTAssertEqual(Self.index.words(ofSentence: 1).filter { $0.contains(":") }, ["21:50"])
        let found = check("on Saturdays the last sailing will leave the harbour at 9.50 pm, thirty minutes later", sentence: 1)
        XCTAssertEqual(found?.conflict, nil)
        XCTAssertEqual(found?.states, true)
        XCTAssertNotNil(check("on Saturdays the last sailing will leave the harbour at 10.50 pm, thirty minutes later", sentence: 1)?.conflict)
    }

    func testAnAgeWrittenInWordsBeforeAHyphenGivesTheAge() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        let found = check("the captain joined the company as a deckhand aged 19 and has crossed to the island for 31 years", sentence: 2)
        XCTAssertEqual(found?.conflict, nil)
        XCTAssertEqual(found?.states, true)
        XCTAssertEqual(check("the captain joined the company as a deckhand aged 23 and has crossed to the island for 31 years",
                             sentence: 2)?.conflict, .unsupported("23"))
    }

    func testAPartWithAMultiplierIsTheWholeAmount() {
        let lexicon = Self.index.lexicon
        let sentence = Amount.amounts(in: QueryParser.words(of: "raised £1.1 million of the £3.4 million it needs", dollarSigns: true), lexicon: lexicon)
        XCTAssertEqual(sentence.map(\.role.isWhole), [false, true])
        if case .whole(let part) = sentence[1].role { XCTAssertEqual(part, 1_100_000, accuracy: 1) } else { XCTFail("no whole") }
        let statement = Amount.amounts(in: QueryParser.words(of: "has raised £1.1m of the £3.4m", dollarSigns: true), lexicon: lexicon)
        XCTAssertNil(Amount.replaced(in: statement, by: sentence))
    }

    func testTheLastFewIsNoFormerValue() {
        let lexicon = Self.index.lexicon
        XCTAssertEqual(Amount.amounts(in: QueryParser.words(of: "needing 40 from the last six overs"), lexicon: lexicon).first?.role, .plain)
        XCTAssertEqual(Amount.amounts(in: QueryParser.words(of: "sold 40 the year before"), lexicon: lexicon).first?.role, .former)
    }

    func testAnAmountThatLeavesOutItsUnitTakesTheOneBefore() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        let lexicon = Self.index.lexicon
        let amounts = Amount.amounts(in: QueryParser.words(of: "a bus every fifteen minutes rather than every forty from May"), lexicon: lexicon)
        XCTAssertEqual(amounts.map(\.text), ["fifteen minutes", "forty minutes"])
        XCTAssertEqual(Amount.amounts(in: QueryParser.words(of: "won by nine votes to six"), lexicon: lexicon).map(\.unit), ["vote", "vote"])
        XCTAssertEqual(Amount.amounts(in: QueryParser.words(of: "paid 40 pounds and 12 more"), lexicon: lexicon).last?.unit, nil)
    }

    func testAStretchOfTimeInOtherUnitsIsGiven() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertNil(check("buses will run to the harbour every thirty minutes rather than every 45 minutes", sentence: 3)?.conflict)
        XCTAssertNotNil(check("buses will run to the harbour every ten minutes rather than every 45 minutes", sentence: 3)?.conflict)
    }
}
