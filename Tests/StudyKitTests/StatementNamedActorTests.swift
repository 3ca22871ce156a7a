import XCTest
@testable import StudyKit

/// `where` refuses a statement that gives a named person an action the sentence gives, through "he" or "she", to
/// someone else, or a view the sentence gives to another holder; and a claim whose verb and object the passage
/// never gives. On an essay written for the test.
final class StatementNamedActorTests: XCTestCase {
    static let text = """
    Ruth Calloway ran the Penwith ferry company for thirty years. She was born in Penzance and trained as a marine engineer.

    After leaving the company in 1999 she taught at the naval college and chaired the harbour safety board until 2006.

    Daniel Morrow, her partner in the business, remembers her as stubborn. He said she rebuilt the old steam engine by hand.

    The Mount Bay Fishermen's Association blamed the new breakwater for silting up the harbour mouth. Calloway never agreed that the breakwater had caused it.
    """
    static let model = Fixtures.model(text)
    static let index = EvidenceIndex(model: model)

    func sentence(_ start: String) -> Int {
        Self.model.sentences.firstIndex { Self.model.text(of: $0).hasPrefix(start) }!
    }

    func testPronounsReferToTheNearestPersonWhoFitsOrTheMainOne() {
        let chaired = sentence("After leaving")
        // No one named before "she" in its paragraph: the essay's main person.
        XCTAssertEqual(Self.index.personReferents(inSentence: chaired).values.map(\.name), ["Ruth Calloway"])
        // "He" is the man just named, "she" the woman named before him.
        let said = Self.index.personReferents(inSentence: sentence("He said"))
        XCTAssertEqual(said[0]?.name, "Daniel Morrow")
        XCTAssertEqual(said[2]?.name, "Ruth Calloway")
        // A name the essay files under no kind, whose last word WordNet does not know, may be a person's.
        let index = EvidenceIndex(model: Fixtures.model("Oliver Grant coached the team for ten years. Our keeper, Jess Aldwinkle, saved two penalties before she hurt her wrist."))
        XCTAssertEqual(index.personReferents(inSentence: 1)[8]?.name, "Jess Aldwinkle")
        // The main person stands for "she" only when the essay writes them as a woman.
        let unread = EvidenceIndex(model: Fixtures.model("Jon Pike ran the mill for years. Pike sold it in 1990.\n\nAfter that she moved to Leeds."))
        XCTAssertTrue(unread.personReferents(inSentence: 2).isEmpty)
    }

    func testAnotherPersonForAPronounsActionIsAConflict() {
        XCTAssertEqual(Self.index.check("Daniel Morrow chaired the harbour safety board", against: sentence("After leaving")).conflict,
                       .actor(statement: "morrow", sentence: "she (Ruth Calloway)"))
        XCTAssertEqual(Self.index.check("Ruth Calloway said that she rebuilt the old steam engine", against: sentence("He said")).conflict,
                       .actor(statement: "calloway", sentence: "he (Daniel Morrow)"))
        // The person the pronoun refers to.
        XCTAssertNil(Self.index.check("Calloway chaired the harbour safety board", against: sentence("After leaving")).conflict)
        XCTAssertNil(Self.index.check("Morrow said that she rebuilt the old steam engine by hand", against: sentence("He said")).conflict)
    }

    func testAViewGivenToAnotherHolderIsAConflict() {
        let blamed = sentence("The Mount Bay")
        XCTAssertEqual(Self.index.check("Calloway accepted that the breakwater had silted up the harbour mouth", against: blamed).conflict,
                       .actor(statement: "calloway", sentence: "association"))
    }

    func testSomeoneThePassageNeverNamesIsAConflictWhenTheSentenceNamesAnother() {
        XCTAssertEqual(Self.index.check("Peter Quinn ran the harbour safety board", against: sentence("After leaving")).conflict,
                       .actor(statement: "quinn", sentence: "Ruth Calloway"))
        // One the passage names is no such conflict.
        XCTAssertNil(Self.index.check("Ruth Calloway ran the harbour safety board", against: sentence("After leaving")).conflict)
        // A name before a noun is its owner, not the actor ("Morrow's crews" did it, not Morrow).
        XCTAssertNil(Self.index.check("Peter Quinn's crews chaired the harbour safety board", against: sentence("After leaving")).conflict)
    }

    func testAPersonOfTheSameFamilyNameIsAnotherPerson() {
        let model = Fixtures.model("""
        In 1990 Ann Tregarthen and Peter Tregarthen bought the old mill at Tregony. In March Peter Tregarthen told the parish council that the couple would keep the wheel turning.

        Their son, Mark Tregarthen, took over the mill in 2015. In the flood of 2019 he carried the mill's ledgers upstairs, for which he received a civic award.
        """)
        let index = EvidenceIndex(model: model)
        func sentence(_ start: String) -> Int { model.sentences.firstIndex { model.text(of: $0).hasPrefix(start) }! }
        let told = sentence("In March"), flood = sentence("In the flood")
        // Another given name before the same family name, for the same verb or one of the same sense ("told", "said").
        XCTAssertEqual(index.check("Ann Tregarthen said that the couple would keep the wheel turning", against: told).conflict,
                       .actor(statement: "tregarthen", sentence: "peter tregarthen"))
        XCTAssertEqual(index.check("Peter Tregarthen received a civic award for carrying the ledgers", against: flood).conflict,
                       .actor(statement: "tregarthen", sentence: "he (Mark Tregarthen)"))
        // The same person by all or part of the name, or two people who act together.
        XCTAssertNil(index.check("Peter Tregarthen said that the couple would keep the wheel turning", against: told).conflict)
        XCTAssertNil(index.check("Tregarthen said that the couple would keep the wheel turning", against: told).conflict)
        XCTAssertNil(index.check("Mark Tregarthen received a civic award for carrying the ledgers", against: flood).conflict)
        XCTAssertNil(index.check("Ann Tregarthen bought the old mill at Tregony in 1990", against: sentence("In 1990")).conflict)
        // A name after "of" belongs to the person before it; a sentence that names the person as an owner names them.
        XCTAssertNil(index.check("Mark Tregarthen of Tregony took over the mill in 2015", against: sentence("Their son")).conflict)
        let owner = Fixtures.model("Halden's chief executive, Fiona Marsh, will run the new society from Leeds.")
        XCTAssertNil(EvidenceIndex(model: owner).check("Fiona Marsh of Halden will run the new society from Leeds",
                                                       against: 0).conflict)
    }

    func unsupported(_ statement: String, _ passage: String) -> String? {
        let words = QueryParser.words(of: passage)
        return UnsupportedClaim.unsupported(statement: QueryParser.words(of: statement), sentence: words,
                                            passage: WordSupport(words, lexicon: Lexicon.shared), lexicon: Lexicon.shared)
    }

    func testAVerbAndObjectThePassageNeverGivesAreAClaimNeverMade() {
        XCTAssertEqual(unsupported("she was awarded a medal for her work on the bridge",
                                   "As chief engineer of the Tamar bridge, she led the work on its deck."), "awarded a medal")
        // The verb or the object in other words WordNet relates.
        XCTAssertNil(unsupported("she headed the work on the deck", "As chief engineer of the Tamar bridge, she led the work on its deck."))
        XCTAssertNil(unsupported("she was given a prize for the bridge", "She won an award for the Tamar bridge."))
        XCTAssertNil(unsupported("the council purchased the mill", "The council bought the old mill in 1990."))
        // An object that meets the sentence's noun just above both ("army", "military": armed forces).
        XCTAssertNil(unsupported("the king was using the army", "The king meant the military's men to keep order."))
        // A noun before the verb ("needs" is a noun first), an adjective before a noun, a clause after the verb.
        XCTAssertNil(unsupported("the town needs its playing fields", "The town rents out the pitches."))
        XCTAssertNil(unsupported("one abandoned plan was a bridge", "The council dropped the tunnel."))
        XCTAssertNil(unsupported("Ruth argued that fares caused the fall", "The council blamed the weather."))
    }

    func testAWordOfANameIsNoVerbAndAnUnknownFirstWordIsAName() {
        let text = """
        Owen Price limped off in the first half. Callum Reid kicked the winning goal in the last minute.

        The bakery's bread now costs more. Its owner, Mrs Nadia Brook, told me that the rise followed a jump in what she pays for flour. \
        Brook has run it since 2015.
        """
        let index = EvidenceIndex(model: Fixtures.model(text))
        // "Price" is a name here, not the verb "to price": the claim is who kicked the goal.
        XCTAssertEqual(index.check("Owen Price kicked the winning goal in the last minute", against: 1).conflict,
                       .actor(statement: "price", sentence: "reid"))
        XCTAssertNil(index.check("Callum Reid kicked the winning goal", against: 1).conflict)
        // A first word written with a capital that neither WordNet nor the essay knows names someone else.
        XCTAssertEqual(index.leadingName(in: "Kowalczyk said the rise followed a jump in what she pays for flour"), ["kowalczyk"])
        XCTAssertEqual(index.leadingName(in: "Bakers said the rise followed a jump"), [])
        // A surname the essay writes with a capital wherever it uses it, though it gives it no kind, is one too; a
        // first word followed by another name is a body's or a place's ("Okonjo Mills reported").
        let mill = EvidenceIndex(model: Fixtures.model("Okonjo bakes every morning at five. Okonjo sells the bread by noon."))
        XCTAssertEqual(mill.leadingName(in: "Okonjo said the rise followed a jump"), ["okonjo"])
        XCTAssertEqual(mill.leadingName(in: "Okonjo Mills reported a rise"), [])
        XCTAssertEqual(index.check("Kowalczyk said the rise followed a jump in what the bakery pays for flour", against: 3).conflict,
                       .actor(statement: "kowalczyk", sentence: "nadia brook"))
        XCTAssertNil(index.check("Nadia Brook said the rise followed a jump in what she pays for flour", against: 3).conflict)
    }
}

