import XCTest
@testable import StudyKit

/// Paraphrases `where` must not take for conflicts, on a text written for it: a share in other words ("one learner in
/// three" for "a third") and an amount of another thing ("three courses" against "£45"), a verb of the same sense for one that ends something ("stop" for "end"), a verb whose
/// antonym only a rare sense makes ("went on strike" for "stopped work"), a contrastive "not", "only" before a number,
/// a near noun or a group for an actor ("pupils" for "children", "people" for "adults"), an actor the sentence names
/// by a word of the same derivation ("savers" where it says "depositors … lost savings"), and a denial in other words
/// ("no one" for "nobody").
final class StatementParaphraseTests: XCTestCase {
    static let text = """
    The district will end evening classes at the two community centres next spring. About a third of the learners \
    who enrol pay nothing, and each course costs the others £45 a term. Last winter the cleaners stopped work for \
    three days over unpaid overtime. The heating takes a larger part of the centres' budget than the lighting. The \
    new manager arrived nine days after the old one left. Forty children attend the Saturday art club. Nobody was \
    seriously hurt when the boiler of the west centre caught fire.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    /// The check of a statement against the sentence found first, which must be `sentence`.
    func check(_ statement: String, sentence: Int, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck? {
        Self.index.checkFirstHit(statement, expecting: sentence, file: file, line: line)
    }

    func testASharePutInOtherWordsIsTheSameAmount() throws {
        let lexicon = Self.index.lexicon
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        func shares(_ text: String) -> [Double] {
            Amount.amounts(in: QueryParser.words(of: text), lexicon: lexicon).filter(\.isShare).map { ($0.value * 10).rounded() / 10 }
        }
        XCTAssertEqual(shares("about a third of the learners"), [33.3])
        XCTAssertEqual(shares("one learner in three pays nothing"), [33.3])
        XCTAssertEqual(shares("two thirds of them and a fifth of the rest"), [66.7, 20])
        XCTAssertEqual(shares("one out of every 500 is tested"), [0.2])
        XCTAssertEqual(shares("one in five homes"), [20])
        XCTAssertEqual(shares("she came third"), [])
        XCTAssertNil(check("one learner in three pays nothing", sentence: 1)?.conflict)
        // An amount of something else is not replaced: "three courses" counts no pounds.
        let said = Amount.amounts(in: QueryParser.words(of: "three courses were cut"), lexicon: lexicon)
        let given = Amount.amounts(in: QueryParser.words(of: "each course costs £45 a term"), lexicon: lexicon)
        XCTAssertNil(Amount.replaced(in: said, by: given).map(\.statement.text))
        // Another share, or another sum, is still one.
        XCTAssertEqual(check("two thirds of the learners who enrol pay nothing", sentence: 1)?.conflict,
                       .amount(statement: "two thirds", sentence: "a third"))
        XCTAssertEqual(check("each course costs the others £55 a term", sentence: 1)?.conflict, .amount(statement: "£55", sentence: "£45"))
    }

    func testAVerbOfTheSameSenseSaysWhatADenyingVerbSays() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertTrue(check("the district will stop evening classes at the community centres", sentence: 0)?.states ?? false)
        XCTAssertTrue(Self.index.saysDenyingVerb("stop", in: ["will", "end", "classes"]))
        XCTAssertFalse(Self.index.saysDenyingVerb("stop", in: ["will", "open", "classes"]))
        XCTAssertFalse(Self.index.saysDenyingVerb("not", in: ["will", "end", "classes"]), "a denial needs a denial")
    }

    func testADenialInOtherWordsAnswersADenial() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        let said = check("no one was badly injured when the boiler caught fire", sentence: 6)
        XCTAssertNil(said?.conflict)
        XCTAssertTrue(said?.states ?? false, "\(String(describing: said))")
    }

    func testAnAntonymInARareSenseOnlyIsNoConflict() throws {
        let lexicon = Self.index.lexicon
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        XCTAssertTrue(lexicon.opposesOnlyInRareSenses("went", "stopped"))
        XCTAssertFalse(lexicon.opposesOnlyInRareSenses("rose", "fell"))
        XCTAssertFalse(lexicon.opposesOnlyInRareSenses("walked", "stopped"), "no antonyms at all")
        let strike = check("the cleaners went on strike for three days last winter", sentence: 2)
        XCTAssertNil(strike?.conflict)
    }

    func testAContrastiveNotDeniesNothing() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertNil(Self.index.denyingWord(in: ContrastiveNegation.masked(QueryParser.words(of: "the heating, not the lighting, takes most of the budget"))))
        XCTAssertEqual(Self.index.denyingWord(in: ContrastiveNegation.masked(QueryParser.words(of: "the heating does not take most of the budget"))), "not")
        XCTAssertEqual(Self.index.denyingWord(in: ContrastiveNegation.masked(QueryParser.words(of: "they decided not to heat the hall"))), "not")
        XCTAssertNil(check("the heating, not the lighting, takes the larger part of the budget", sentence: 3)?.conflict)
    }

    func testOnlyBeforeANumberIsNoAbsolute() throws {
        try XCTSkipUnless(Self.index.lexicon.isAvailable, "WordNet is not installed")
        XCTAssertTrue(Absolutes.claims(in: ["arrived", "only", "nine", "days", "after"], denies: { _ in false }).isEmpty)
        XCTAssertEqual(Absolutes.claims(in: ["only", "volunteers", "staff", "it"], denies: { _ in false }).map(\.word), ["only"])
        XCTAssertNil(check("the new manager arrived only nine days after the old one left", sentence: 4)?.conflict)
    }

    func testANearNounNamesTheSameActor() throws {
        let lexicon = Self.index.lexicon
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        XCTAssertTrue(lexicon.nounsMeet("pupils", "children"))
        XCTAssertFalse(lexicon.nounsMeet("teachers", "children"), "they meet only in person")
        XCTAssertFalse(lexicon.nounsMeet("government", "company"), "groups, not people")
        XCTAssertTrue(lexicon.isMember("adults", of: "people"))
        XCTAssertTrue(lexicon.isMember("republicans", of: "parties"))
        XCTAssertFalse(lexicon.isMember("teachers", of: "companies"))
        XCTAssertTrue(lexicon.sharesDerivedWord("savers", "savings"), "both of 'save'")
        XCTAssertFalse(lexicon.sharesDerivedWord("teachers", "savings"))
        XCTAssertNil(check("forty pupils attend the Saturday art club", sentence: 5)?.conflict)
        XCTAssertEqual(check("forty teachers attend the Saturday art club", sentence: 5)?.conflict,
                       .actor(statement: "teachers", sentence: "children"))
    }
}
