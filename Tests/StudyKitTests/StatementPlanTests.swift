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
}
