import XCTest
@testable import StudyKit

/// A statement that denies a verb the sentence states, the sentence's own denial standing in another clause
/// (`UndeniedVerb`). Sentences written for these tests.
final class StatementUndeniedVerbTests: XCTestCase {
    func words(_ text: String) -> [String] { QueryParser.words(of: text) }

    func testAVerbTheSentenceStatesIsNotDeniedByItsDenialElsewhere() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        let sentence = words("Most residents do not want the market moved, although the council voted to move it to the square.")
        XCTAssertEqual(UndeniedVerb.stated(statement: words("the council did not vote to move the market"), sentence: sentence,
                                           lexicon: lexicon), "not")
        XCTAssertEqual(UndeniedVerb.stated(statement: words("the council never voted on the market"), sentence: sentence,
                                           lexicon: lexicon), "never")
        // The verb the sentence denies is denied in other words.
        XCTAssertNil(UndeniedVerb.stated(statement: words("most residents did not want the market moved"), sentence: sentence, lexicon: lexicon))
        // A sentence that both states and denies the verb is left to the other checks.
        XCTAssertNil(UndeniedVerb.stated(statement: words("the board did not vote on the plan"),
                                         sentence: words("The council voted on the plan, but the board did not vote."), lexicon: lexicon))
    }

    func testTheCheckRefusesAVerbDeniedAgainstOneStated() {
        let text = """
        The market has stood on Bridge Street since 1820. Most residents do not want the market moved, although the \
        council voted to move it to the square.
        """
        let index = EvidenceIndex(model: Fixtures.model(text))
        let check = index.check("the council did not vote to move the market", against: 1)
        XCTAssertEqual(check.conflict, .affirmation("not"))
    }
}
