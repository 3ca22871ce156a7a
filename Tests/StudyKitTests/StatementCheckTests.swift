import XCTest
@testable import StudyKit

/// `StatementCheck` on a small text written for it: what a statement finds in the sentence `where` puts first.
final class StatementCheckTests: XCTestCase {
    static let text = """
    The council seems willing to repair the old bridge this summer. The mayor lacks any power over the harbour \
    budget. Repairs cost 4 million pounds, paid from the road fund. The new ferry is safe in a storm. Ferries crossed the river before the bridge \
    was built in the last century. The harbour board is unlikely to sell the old ferry. The town will keep the \
    ferry running at night, as its owners are reluctant to buy a new boat.
    """

    func check(_ statement: String) -> (sentence: Int, check: StatementCheck) {
        let index = EvidenceIndex(model: Fixtures.model(Self.text))
        let top = index.locate(statement, limit: 1).first!
        return (top.sentence, index.check(statement, against: top.sentence))
    }

    func testAStatementSaidInOtherWordsIsStated() {
        let (sentence, c) = check("the council is ready to fix the old bridge in summer")
        XCTAssertEqual(sentence, 0)
        XCTAssertNil(c.conflict)
        XCTAssertTrue(c.states, "\(c)")
    }

    func testAnAntonymOfTheStatementsWordIsAConflict() {
        let c = check("the new ferry is dangerous in a storm").check
        XCTAssertEqual(c.conflict, .antonym(statement: "dangerous", sentence: "safe"))
        XCTAssertFalse(c.states)
    }

    func testAnAntonymThatIsANounAgainstAVerbIsNoConflict() {
        let index = EvidenceIndex(model: Fixtures.model("Beef exports fell sharply after the country banned growth hormones in cattle."))
        XCTAssertEqual(index.dominantPartOfSpeech("fell"), .verb)
        XCTAssertEqual(index.dominantPartOfSpeech("growth"), .noun)
        XCTAssertNil(index.check("exports of beef fell once growth hormones were banned for cattle", against: 0).conflict)
        XCTAssertEqual(index.check("beef exports rose sharply after the country banned growth hormones", against: 0).conflict,
                       .antonym(statement: "rose", sentence: "fell"))
    }

    func testADenialInTheSentenceOpposesAStatementThatDoesNotDeny() {
        let has = check("the mayor has power over the harbour budget").check
        XCTAssertEqual(has.conflict, .denial("lacks"))
        XCTAssertFalse(has.states)
        // A statement that denies or lessens agrees with the denial.
        let lost = check("the mayor has lost all power over the harbour budget").check
        XCTAssertNil(lost.conflict)
        XCTAssertTrue(lost.states, "\(lost)")
    }

    func testADoubtInTheSentenceOpposesAStatementThatDoesNotDeny() {
        let (sentence, eager) = check("the harbour board is eager to sell the old ferry")
        XCTAssertEqual(sentence, 5)
        XCTAssertEqual(eager.conflict, .denial("unlikely"))
        XCTAssertNil(check("the harbour board will probably not sell the old ferry").check.conflict)
        // A doubt in a clause of its own is about something else.
        let (other, running) = check("the town keeps the ferry running at night")
        XCTAssertEqual(other, 6)
        XCTAssertNil(running.conflict)
    }

    func testNotXButYDeniesXAndStatesY() {
        let index = EvidenceIndex(model: Fixtures.model("The new tax did not create the housing shortage, but it made the shortage worse in the cities."))
        XCTAssertEqual(index.check("the new tax created the housing shortage", against: 0).conflict, .denial("not"))
        XCTAssertNil(index.check("the new tax made the housing shortage in the cities worse", against: 0).conflict)
    }

    func testAStatementThatDeniesNeedsASentenceThatDenies() {
        let c = check("the council refused to repair the old bridge this summer").check
        XCTAssertEqual(c.conflict, .affirmation("refused"))
        XCTAssertFalse(c.states)
        // "a few" and "a little" are amounts: nothing to deny.
        XCTAssertNil(check("a few repairs cost 4 million pounds from the road fund").check.conflict)
    }

    func testANumberTheSentenceReplacesIsAConflict() {
        XCTAssertEqual(check("the repairs cost 9 million pounds from the road fund").check.conflict,
                       .amount(statement: "9 million pounds", sentence: "4 million pounds"))
        XCTAssertNil(check("the repairs cost 4 million pounds from the road fund").check.conflict)
    }

    func testAStatementSharingOneCommonWordIsNotStated() {
        let c = check("the bridge should carry trains to the airport").check
        XCTAssertNil(c.conflict)
        XCTAssertLessThan(c.evidence, StatementCheck.evidenceNeeded)
        XCTAssertFalse(c.states)
    }
}
