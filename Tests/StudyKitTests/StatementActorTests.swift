import XCTest
@testable import StudyKit

/// `where` refuses a statement that gives the sentence's action to another person or group, on sentences written
/// for it; the same actor in other words, a passive or an infinitive is no conflict.
final class StatementActorTests: XCTestCase {
    let lexicon = Lexicon.shared

    func actor(_ statement: String, _ sentence: String) -> [String]? {
        Actor.replaced(statement: QueryParser.words(of: statement), sentence: QueryParser.words(of: sentence), lexicon: lexicon)
            .map { [$0.statement, $0.sentence] }
    }

    func testAnotherActorForTheSameActionIsAConflict() {
        // Active against passive with "by".
        XCTAssertEqual(actor("the government commissioned the survey of the wards", "A survey commissioned by the council found the wards short of staff."),
                       ["government", "council"])
        // Both active, past auxiliaries and adverbs.
        XCTAssertEqual(actor("farmers have abandoned the old canal", "Many villagers have since abandoned the old canal."),
                       ["farmers", "villagers"])
    }

    func actor(_ statement: String, _ sentence: String, names: Set<String>) -> [String]? {
        Actor.replaced(statement: QueryParser.words(of: statement), sentence: QueryParser.words(of: sentence), lexicon: lexicon,
                       names: names).map { [$0.statement, $0.sentence] }
    }

    func testTwoPeopleSwappedAreAConflict() {
        let names: Set<String> = ["ruth", "tom", "hale"]
        XCTAssertEqual(actor("Ruth painted the mural and Tom built the frame", "Tom painted the mural, and Ruth built its frame.", names: names),
                       ["ruth", "tom"])
        // One name in two words, or two people acting together, is no swap.
        XCTAssertNil(actor("Hale painted the mural", "Ruth Hale painted the mural.", names: names))
        XCTAssertNil(actor("Ruth painted the mural", "Tom and Ruth painted the mural.", names: names))
        XCTAssertNil(actor("Ruth painted the mural", "Ruth painted the mural while Tom watched.", names: names))
        // A clause that leaves the verb out shares it: the two products are not swapped ("and the Alder 3 litres").
        let products: Set<String> = ["alder", "birch"]
        XCTAssertNil(actor("the Alder used 3 litres while the Birch needed only 2 litres",
                           "On the long cycle the Birch used 2 litres and the Alder 3 litres.", names: products))
        XCTAssertEqual(actor("the Alder used 3 litres", "On the long cycle the Birch used 3 litres and the Alder needed 2.", names: products),
                       ["alder", "birch"])
        // A month or a place written with a capital is no one who acts.
        XCTAssertNil(actor("In January the club said the fee would rise", "The club in Dunford said the fee would rise.",
                           names: ["january", "dunford"]))
    }

    func testTwoActorsThatTradePlacesAreAConflict() {
        XCTAssertEqual(actor("the club lent the council money for the roof", "The council lent the club money for the new roof."),
                       ["club", "council"])
        // The same giver in other words or order, another verb, or the two acting together.
        XCTAssertNil(actor("the council lent money to the club for the roof", "The council lent the club money for the new roof."))
        XCTAssertNil(actor("the club borrowed money from the council", "The council lent the club money for the new roof."))
        XCTAssertNil(actor("the council and the club lent the trust money", "The club and the council lent the trust money."))
    }

    func testTheSameActorOrNoneToCompareIsNoConflict() {
        XCTAssertNil(actor("the council commissioned a survey of the wards", "A survey commissioned by the council found the wards short of staff."))
        // The statement's actor named elsewhere in the sentence ("nurses at the hospital").
        XCTAssertNil(actor("hospital nurses reported the shortage", "Nurses at the hospital reported the shortage."))
        // A passive subject is what is done to, and an infinitive's actor is not read.
        XCTAssertNil(actor("the villagers were helped by the canal", "Farmers helped the villagers dig the canal."))
        XCTAssertNil(actor("it is easier for city councils to help", "It is easier for local mayors to help."))
    }

    func testTheObjectOfAVerbBeforeAndOrButDoesNotActInTheNext() {
        let text = """
        The count ended at midnight. Ruth Tolley won the seat. Tolley thanked Jane Marsh but blamed the low turnout on the rain.
        """
        let index = EvidenceIndex(model: Fixtures.model(text))
        // "Marsh but blamed": Marsh is who was thanked, not who blamed.
        XCTAssertNil(index.check("Ruth Tolley blamed the low turnout on the rain", against: 2).conflict)
        XCTAssertNotNil(index.check("Jane Marsh thanked Ruth Tolley", against: 2).conflict)
    }
}

