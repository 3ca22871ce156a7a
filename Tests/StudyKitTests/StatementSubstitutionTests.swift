import XCTest
@testable import StudyKit

/// `where` refuses a statement that puts another place, thing or body where the sentence names one in the same role,
/// on sentences written for it; the same thing in other words, or a word the passage gives nearby, is no conflict.
final class StatementSubstitutionTests: XCTestCase {
    let lexicon = Lexicon.shared

    func substitution(_ statement: String, _ sentence: String, passage: String = "", names: Set<String> = []) -> [String]? {
        let sentenceWords = QueryParser.words(of: sentence)
        return Substitution.replaced(statement: QueryParser.words(of: statement), sentence: sentenceWords,
                                     passage: sentenceWords + QueryParser.words(of: passage), names: names, lexicon: lexicon)
            .map { [$0.statement, $0.sentence] }
    }

    func testAnotherThingInTheSameRoleIsAConflict() {
        // The object of a preposition after a shared word.
        XCTAssertEqual(substitution("the choir rehearses in the church on Fridays", "On Fridays the choir rehearses in the school hall."),
                       ["church", "school hall"])
        // A modifier of a shared noun.
        XCTAssertEqual(substitution("the parish council runs the swimming pool", "The town council, which runs the swimming pool, will raise prices."),
                       ["parish", "town"])
        // Not a body as modifier (people and bodies are `Actor`'s), nor a noun more general than the sentence's ("a
        // city is a district" in WordNet; "the building" for "the town hall").
        XCTAssertNil(substitution("local people use the swimming pool", "Residents use the swimming pool all year."))
        XCTAssertNil(substitution("the district council runs the swimming pool", "The city council, which runs the swimming pool, will raise prices."))
        XCTAssertNil(substitution("the choir rehearses in the building on Fridays", "On Fridays the choir rehearses in the town hall."))
        // Two names.
        XCTAssertEqual(substitution("the poet grew up in Ashby", "The poet grew up in Norbury, a mill town.", names: ["ashby", "norbury"]),
                       ["ashby", "norbury"])
    }

    func testTheSameThingOrOneThePassageGivesIsNoConflict() {
        // A synonym in WordNet.
        XCTAssertNil(substitution("the choir rehearses in the chapel on Fridays", "On Fridays the choir rehearses in the chapel."))
        XCTAssertNil(substitution("the boys play football on the pitch", "The boys play football on the field behind the school."))
        // The passage names it in the next sentence.
        XCTAssertNil(substitution("the choir rehearses in the church on Fridays", "On Fridays the choir rehearses in the school hall.",
                                  passage: "The hall belongs to the church next door."))
        // Another kind of word in the role (a time against a place).
        XCTAssertNil(substitution("the choir rehearses in the church", "The choir rehearses in the evening."))
        // An adjective first ("religious") is no thing to substitute.
        XCTAssertNil(substitution("religious divisions run deep", "Sectarian divisions run deep."))
    }

    func eventPlace(_ statement: String, _ sentence: String, names: Set<String>) -> [String]? {
        EventPlace.moved(statement: QueryParser.words(of: statement), sentence: QueryParser.words(of: sentence), names: names,
                         lexicon: lexicon).map { [$0.statement, $0.sentence] }
    }

    func testAPlaceTheSentenceGivesToAnotherEventIsAConflict() {
        let names: Set<String> = ["kelby", "moor", "ashby", "harlow"]
        XCTAssertEqual(eventPlace("the coins were found in a field on Kelby Moor",
                                  "In the ditch the team found coins and a brooch made by smiths who worked on Kelby Moor.", names: names),
                       ["on kelby moor", "worked on kelby"])
        // The place in the clause of the statement's verb, passive or active, before or after its object.
        XCTAssertNil(eventPlace("the coins were found in a field on Kelby Moor",
                                "On Kelby Moor, a farmer found the coins in a field that his family had ploughed.", names: names))
        XCTAssertNil(eventPlace("the coins were found on Kelby Moor",
                                "Coins made in Ashby were found by a farmer on Kelby Moor.", names: names))
        // A verb of the same sense for the place ("discovered" for "found"), or a sentence without the verb.
        XCTAssertNil(eventPlace("the coins were found on Kelby Moor",
                                "The team found nothing at first, but a farmer later discovered coins on Kelby Moor.", names: names))
        XCTAssertNil(eventPlace("the mill was sold to a family in Harlow",
                                "The mill passed to a family who lived in Harlow.", names: names))
        // The statement's verb as an infinitive before the place ("agreed to send … in Ashby"), or a verb too far from
        // the place to be its own ("said the cost …, up a third in Harlow, was …").
        XCTAssertNil(eventPlace("as many as 600 patients will be sent to a clinic in Ashby",
                                "The board agreed to send up to 600 patients to a clinic in Ashby.", names: names))
        XCTAssertNil(eventPlace("Lee said the cost of heating and lighting, up a third in Harlow, was the reason",
                                "Lee said the cost of heating and lighting had risen by a third in Harlow.", names: names))
    }

    func renamed(_ statement: String, _ sentence: String, passage: String = "", names: Set<String>) -> [String]? {
        let sentenceWords = QueryParser.words(of: sentence)
        return Substitution.renamed(statement: QueryParser.words(of: statement), sentence: sentenceWords,
                                    passage: QueryParser.words(of: passage) + sentenceWords, names: names, lexicon: lexicon)
            .map { [$0.statement, $0.sentence] }
    }

    func testAnotherNameInTheSameRoleIsAConflictEvenWhenThePassageNamesIt() {
        // The passage names the statement's town for something else.
        XCTAssertEqual(renamed("the chef cooked in Dunford for eight years", "The chef cooked for eight years in Harlow before coming home.",
                               passage: "We once ate better in Dunford.", names: ["dunford", "harlow"]), ["dunford", "harlow"])
        // A body of the essay's, by a phrase that is no name, against a named one.
        XCTAssertEqual(renamed("the roof was mended with a grant from the parish council",
                               "The roof was mended in 2010 with a grant from the Heritage Roofs Fund.",
                               passage: "The parish council meets monthly.", names: ["heritage", "roofs", "fund"]),
                       ["parish council", "heritage roofs fund"])
        // Two names that share a word ("fund").
        XCTAssertEqual(renamed("the roof was paid for by the Heritage Lottery Fund", "The roof was paid for by the Coastal Churches Fund.",
                               names: ["heritage", "lottery", "fund", "coastal", "churches"]), ["heritage lottery fund", "coastal churches fund"])
    }

    func testTheSameNameOrOneWithinTheOtherIsNoConflict() {
        // One place within the other, as the passage writes them together.
        XCTAssertNil(renamed("the boat was found in Somerset", "The boat was found in a quarry near Westhay.",
                             passage: "Westhay, in Somerset, is a small village.", names: ["somerset", "westhay"]))
        // The same name in another form, a time, a word too general, or the statement's name beside the sentence's.
        XCTAssertNil(renamed("pots made in the Mendips", "Pots were made by farmers on the Mendip Hills.", names: ["mendips", "mendip", "hills"]))
        XCTAssertNil(renamed("the fair was held in the town", "The fair was held in Harlow.", names: ["harlow"]))
        XCTAssertNil(renamed("the kettles were sold in Britain", "The kettles were sold in the United Kingdom.", names: ["britain", "united", "kingdom"]))
        XCTAssertNil(renamed("the fair was held in June", "The fair was held in Harlow.", names: ["june", "harlow"]))
        XCTAssertNil(renamed("the drain kit for the Alder costs £19", "The drain kit for the Birch and the Alder costs £19.",
                             names: ["alder", "birch"]))
    }
}
