import XCTest
@testable import StudyKit

/// Paraphrases that checks once misread as conflicts, on a text written for it, each with the conflict the check is
/// meant for still caught: a number the sentence joins to a word by a hyphen ("aged 41" for "a 41-year-old"), a time
/// in the possessive ("last summer's regatta"), a verb in a relative clause beside the same verb under a modal
/// ("members who gave up … should give"), a phrasal verb for a denying verb ("turned down" for "rejected") and a
/// place's name in the possessive read as an actor ("Portugal's" against "the Portuguese"); and an amount given as a
/// bound ("fewer than a third") that the sentence's amount meets ("31 per cent").
final class StatementMisreadParaphraseTests: XCTestCase {
    static let text = """
    The Harbour Rowing Club elected Priya Sandhu, a 41-year-old dentist, as its captain on Friday. In last summer's \
    regatta the club's first crew won four of its six races. The treasurer said that members who gave up their places \
    during the pandemic should give the club a second try. In March the committee turned down a bid of £2,000 for \
    the old boathouse on the quay.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    func check(_ statement: String, sentence: Int, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck? {
        Self.index.checkFirstHit(statement, expecting: sentence, file: file, line: line)
    }

    func testANumberJoinedByAHyphenIsGiven() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertNil(check("the rowing club elected Priya Sandhu, a dentist aged 41, as captain", sentence: 0)?.conflict)
        XCTAssertEqual(check("the rowing club elected Priya Sandhu, a dentist aged 52, as captain", sentence: 0)?.conflict,
                       .unsupported("52"))
    }

    func testATimeInThePossessiveIsTheSameTime() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertNil(check("the club's first crew won four of six races at the regatta last summer", sentence: 1)?.conflict)
        guard case .time = check("the club's first crew won four of six races at the regatta last winter", sentence: 1)?.conflict
        else { return XCTFail("another time") }
    }

    func testAVerbBothPutUnderAModalIsNoneDone() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertNil(check("members who gave up during the pandemic should give the rowing club a second try, the treasurer said",
                           sentence: 2)?.conflict)
        guard case .modality = check("members who gave up during the pandemic have given the rowing club a second try",
                                     sentence: 2)?.conflict else { return XCTFail("a recommendation made a fact") }
    }

    func testAPhrasalVerbSaysADenyingVerb() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertTrue(Self.index.saysDenyingVerb("rejected", in: ["the", "committee", "turned", "down", "a", "bid"]))
        XCTAssertFalse(Self.index.saysDenyingVerb("rejected", in: ["the", "committee", "turned", "up", "a", "bid"]))
        XCTAssertNil(check("in March the committee rejected a £2,000 bid for the old boathouse", sentence: 3)?.conflict)
    }

    func testABoundIsMetByAnAmountOnItsSide() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        func holds(_ statement: String, _ sentence: String) -> Bool {
            let words = QueryParser.words(of: statement, dollarSigns: true)
            let said = Amount.amounts(in: words, lexicon: lexicon)
            let given = Amount.amounts(in: QueryParser.words(of: sentence, dollarSigns: true), lexicon: lexicon)
            guard let (a, b) = Amount.replaced(in: said, by: given) else { return false }
            return AmountBound.holds(a, in: words, by: b)
        }
        XCTAssertTrue(holds("fewer than a third of voters turned out", "turnout was 31 per cent"))
        XCTAssertFalse(holds("more than a third of voters turned out", "turnout was 31 per cent"))
        XCTAssertFalse(holds("a third of voters turned out", "turnout was 28 per cent"))
        XCTAssertTrue(holds("the tickets cost under £20", "the tickets cost £15"))
        XCTAssertFalse(holds("the tickets cost under £20", "the tickets cost £25"))
    }

    func testAPlaceInThePossessiveIsGivenByItsAdjective() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        let passage = WordSupport(QueryParser.words(of: "the most by any player in the Portuguese top division"), lexicon: lexicon)
        XCTAssertTrue(passage.supports("portugal's"))
        XCTAssertTrue(passage.supports("portugal"))
        XCTAssertFalse(passage.supports("spain's"))
    }

    func testAPlaceInThePossessiveIsNoActor() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        func actor(_ statement: String, _ sentence: String, names: Set<String>) -> [String]? {
            Actor.replaced(statement: QueryParser.words(of: statement), sentence: QueryParser.words(of: sentence), lexicon: lexicon,
                           names: names).map { [$0.statement, $0.sentence] }
        }
        XCTAssertNil(actor("he was the top scorer in Portugal's top division", "the most by any player in the Portuguese top division",
                           names: ["portugal's", "portuguese"]))
        XCTAssertEqual(actor("Ruth painted the mural", "Tom painted the mural.", names: ["ruth", "tom"]), ["ruth", "tom"])
    }
}
