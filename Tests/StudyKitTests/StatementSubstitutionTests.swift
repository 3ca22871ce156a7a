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
}
