import XCTest
@testable import StudyKit

/// A plan or a conditional stated as a done fact. Sentences written for these tests.
final class StatementPlanTests: XCTestCase {
    func words(_ text: String) -> [String] { QueryParser.words(of: text) }

    func testAConditionalStatedAsAFactIsFound() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        let sentence = words("If the rain holds off, the club would consider opening the outdoor pool in May.")
        XCTAssertEqual(PlanAsDone.mismatch(statement: words("the club opens the outdoor pool in May"), sentence: sentence, lexicon: lexicon)?.sentence,
                       "would consider opening")
        XCTAssertNil(PlanAsDone.mismatch(statement: words("the club may open the outdoor pool in May"), sentence: sentence, lexicon: lexicon))
        // The condition a "would" answers is no fact either.
        XCTAssertEqual(PlanAsDone.mismatch(statement: words("the club pays its coaches a wage"),
                                           sentence: words("If the coaches were paid a wage, the club would need twice its income."), lexicon: lexicon)?.sentence,
                       "if the coaches were paid")
        // Without a condition, "would" is left to the modality check ("would open" as a prediction).
        XCTAssertNil(PlanAsDone.conditional(statement: words("the club opens the outdoor pool in May"),
                                            sentence: words("The club would open the outdoor pool in May."), lexicon: lexicon))
    }

    func testAPlanStatedAsDoneIsFound() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        XCTAssertEqual(PlanAsDone.mismatch(statement: words("a new footbridge was built over the weir in 2024"),
                                           sentence: words("A footbridge over the weir was planned for 2024 but the money ran out."), lexicon: lexicon)?.sentence,
                       "planned")
        XCTAssertEqual(PlanAsDone.mismatch(statement: words("the charity has already planted 5,000 trees"),
                                           sentence: words("The charity's aim is to plant 5,000 trees by 2030."), lexicon: lexicon)?.statement,
                       "has already planted")
        // The sentence states the verb; the statement names the plan itself.
        XCTAssertNil(PlanAsDone.mismatch(statement: words("the footbridge was built in 2024"),
                                         sentence: words("The footbridge was built in 2024, as the plan said."), lexicon: lexicon))
        XCTAssertNil(PlanAsDone.mismatch(statement: words("a footbridge was planned for 2024"),
                                         sentence: words("A footbridge over the weir was planned for 2024 but the money ran out."), lexicon: lexicon))
    }

    func testAPromiseStatedAsDoneIsFound() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        let sentence = words("The mayor has promised to urge the council to commission a survey of the old pier.")
        XCTAssertEqual(PlanAsDone.mismatch(statement: words("the council has commissioned a survey of the old pier"), sentence: sentence,
                                           lexicon: lexicon)?.sentence, "promised")
        XCTAssertNil(PlanAsDone.mismatch(statement: words("the mayor has promised a survey of the old pier"), sentence: sentence, lexicon: lexicon))
        XCTAssertNil(PlanAsDone.mismatch(statement: words("the council has commissioned a survey"),
                                         sentence: words("As the mayor promised, the council has commissioned a survey."), lexicon: lexicon))
    }

    func testAConditionOrAPredictionStatedAsDoneIsFound() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        let loan = words("If the council agrees, the loan will be repaid over ten years.")
        XCTAssertEqual(PlanAsDone.mismatch(statement: words("the loan was repaid over ten years"), sentence: loan, lexicon: lexicon)?.sentence,
                       "will be repaid")
        XCTAssertEqual(PlanAsDone.mismatch(statement: words("the council agreed to the loan"), sentence: loan, lexicon: lexicon)?.sentence,
                       "if the council agrees")
        XCTAssertNil(PlanAsDone.mismatch(statement: words("if the council agrees, the loan will be repaid"), sentence: loan, lexicon: lexicon))
        XCTAssertNotNil(PlanAsDone.mismatch(statement: words("the hall opened in May"),
                                            sentence: words("Subject to approval, the hall will open in May."), lexicon: lexicon))
        // A prediction against a statement in the past; not against one in the present, nor where the sentence states the verb too.
        let pool = words("The club will close the pool in June.")
        XCTAssertEqual(Modality.mismatch(statement: words("the club closed the pool in June"), sentence: pool, lexicon: lexicon)?.sentence,
                       "will close")
        XCTAssertNil(Modality.mismatch(statement: words("the club closes the pool in June"), sentence: pool, lexicon: lexicon))
        XCTAssertNil(Modality.mismatch(statement: words("the club closed the pool"),
                                       sentence: words("The club will close the pool in June, as it closed it last year."), lexicon: lexicon))
    }

    func testDoneAgainstMayOrWill() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        // "Did not sail" states as done what "may not sail" holds possible.
        XCTAssertEqual(Modality.mismatch(statement: words("on Monday the ferry did not sail"),
                                         sentence: words("When the wind gets up, the ferry may not sail at all."), lexicon: lexicon)?.sentence, "may not sail")
        // A present perfect against a sentence that only looks ahead, with no form of its verb.
        XCTAssertEqual(Modality.doneAgainstModal(statement: words("the survey has confirmed the age of the wall"),
                                                 sentence: words("A survey will be carried out next spring to date the wall."), lexicon: lexicon)?.statement,
                       "has confirmed")
        XCTAssertNil(Modality.doneAgainstModal(statement: words("the survey has confirmed the age of the wall"),
                                               sentence: words("The survey confirmed the age of the wall, and a report will follow."), lexicon: lexicon))
    }
}
