import XCTest
@testable import StudyKit

/// `where` reads an amount or a time in the slot it fills, not only its number: a former value, a whole counted in
/// part, a bound, the thing it counts, words of proportion against shares, and the event a time is given for. Sentences written for these tests; each not-said
/// statement is refused and its close paraphrase that is said is stated.
final class StatementAmountTests: XCTestCase {
    static let text = """
    The village co-operative paid a dividend of 4.2p a share this year, down from 4.8p a share last year. Its shop \
    sold more bread than ever.

    Five of the six village schools joined the reading scheme in its first term. A third of the parish members voted \
    for the merger with the town club.

    The new parish hall holds 120 chairs and 80 folding tables. The building appeal raised at least 40 thousand pounds \
    from local firms.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    func check(_ statement: String, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck? {
        guard let top = Self.index.locate(statement, limit: 1).first else {
            XCTFail("nothing found: \(statement)", file: file, line: line)
            return nil
        }
        return Self.index.check(statement, against: top.sentence)
    }

    func assertRefused(_ statement: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let c = check(statement, file: file, line: line) else { return }
        XCTAssertNotNil(c.conflict, statement, file: file, line: line)
    }

    func assertStated(_ statement: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let c = check(statement, file: file, line: line) else { return }
        XCTAssertTrue(c.states, "\(statement): \(String(describing: c.conflict))", file: file, line: line)
    }

    func skipWithoutWordNet() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
    }

    func testAFormerValueIsNoValueNow() throws {
        try skipWithoutWordNet()
        assertRefused("The co-operative paid a dividend of 4.8p a share.")
        assertStated("The co-operative paid a dividend of 4.2p a share.")
        assertStated("The co-operative's dividend fell from 4.8p to 4.2p a share.")
        assertStated("Last year the co-operative paid 4.8p a share.")
    }

    func testAWholeCountedInPartIsNotEveryOne() throws {
        try skipWithoutWordNet()
        assertRefused("All six village schools joined the reading scheme.")
        assertStated("Five out of six village schools joined the reading scheme.")
    }

    func testAWordOfProportionAgainstAShare() throws {
        try skipWithoutWordNet()
        assertRefused("Most parish members voted for the merger with the town club.")
        assertStated("One parish member in three voted for the merger with the town club.")
        let lexicon = Self.index.lexicon
        XCTAssertTrue(Amount.proportionWords(in: QueryParser.words(of: "the most important members"), lexicon: lexicon).isEmpty)
        XCTAssertTrue(Amount.proportionWords(in: QueryParser.words(of: "she won the most votes"), lexicon: lexicon).isEmpty)
        XCTAssertEqual(Amount.proportionWords(in: QueryParser.words(of: "most of the members agreed"), lexicon: lexicon).count, 1)
        // "Two of the nine" is a share too.
        let words = QueryParser.words(of: "two of the nine members agreed")
        XCTAssertEqual(Amount.proportionAgainstShare(statement: (QueryParser.words(of: "most members agreed"), []),
                                                     sentence: (words, Amount.amounts(in: words, lexicon: lexicon)), lexicon: lexicon)?.statement, "most")
    }

    func testNoneIsNotAFew() throws {
        try skipWithoutWordNet()
        let lexicon = Self.index.lexicon, none = QueryParser.words(of: "none of the schools joined")
        let denies = { (w: String) in EvidenceIndex.denials.contains(w) || EvidenceIndex.scarcity.contains(w) }
        XCTAssertEqual(Absolutes.unbacked(statement: none, sentence: QueryParser.words(of: "few schools joined"), lexicon: lexicon, denies: denies), "none")
        XCTAssertNil(Absolutes.unbacked(statement: none, sentence: QueryParser.words(of: "no school joined"), lexicon: lexicon, denies: denies))
    }

    func testANumberOfAnotherThing() throws {
        try skipWithoutWordNet()
        assertRefused("The new parish hall holds 120 folding tables.")
        assertStated("The new parish hall holds 120 chairs.")
    }

    func testABoundTheOtherWay() throws {
        try skipWithoutWordNet()
        assertRefused("The building appeal raised up to 40 thousand pounds from local firms.")
        assertStated("The building appeal raised more than 40 thousand pounds from local firms.")
    }

    func testNumbersWithLettersWrittenOn() {
        XCTAssertEqual(Amount.suffixed("4.8p")?.value, 4.8)
        XCTAssertEqual(Amount.suffixed("4.8p")?.unit, "p")
        XCTAssertEqual(Amount.suffixed("3m")?.value, 3_000_000)
        XCTAssertNil(Amount.suffixed("1930s"))
        XCTAssertNil(Amount.suffixed("19th"))
    }

    func testATimeMovedToAnotherEventIsFound() throws {
        let lexicon = Self.index.lexicon
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        let school = QueryParser.words(of: "The school was planned in 2019 and opened in 2021.")
        XCTAssertEqual(TimeReference.moved(statement: QueryParser.words(of: "the school opened in 2019"), sentence: school, lexicon: lexicon)?.sentence, "2021")
        XCTAssertNil(TimeReference.moved(statement: QueryParser.words(of: "the school was planned in 2019"), sentence: school, lexicon: lexicon))
        XCTAssertNil(TimeReference.moved(statement: QueryParser.words(of: "the school opened in 2021"), sentence: school, lexicon: lexicon))
        XCTAssertNil(TimeReference.moved(statement: QueryParser.words(of: "the school opened in 2019"),
                                         sentence: QueryParser.words(of: "In 2019 the school opened, and in 2021 it grew."), lexicon: lexicon))
    }

    func testAYearOnTheOtherSide() {
        func w(_ text: String) -> [String] { QueryParser.words(of: text) }
        XCTAssertEqual(TimeReference.otherSide(statement: w("the network closed in 2016"), sentence: w("The network grew after 2016."))?.sentence,
                       "after 2016")
        XCTAssertNil(TimeReference.otherSide(statement: w("the network grew after 2016"), sentence: w("After 2016 the network grew.")))
        XCTAssertNil(TimeReference.otherSide(statement: w("the network grew in 2016"), sentence: w("In 2016, and after 2016, it grew.")))
    }

    func testAllSaidOfAnotherNoun() throws {
        try skipWithoutWordNet()
        let lexicon = Self.index.lexicon
        func w(_ text: String) -> [String] { QueryParser.words(of: text) }
        let denies = { (x: String) in EvidenceIndex.denials.contains(x) }
        XCTAssertEqual(Absolutes.unbacked(statement: w("bonds remove all the damage"),
                                          sentence: w("Savings accounts, bonds and shares all reduce the damage."), lexicon: lexicon, denies: denies), "all")
        XCTAssertNil(Absolutes.unbacked(statement: w("all the schools joined the scheme"),
                                        sentence: w("The schools all joined the scheme."), lexicon: lexicon, denies: denies))
        XCTAssertNil(Absolutes.unbacked(statement: w("bonds remove all the damage"),
                                        sentence: w("Bonds remove all of the damage."), lexicon: lexicon, denies: denies))
    }
}
