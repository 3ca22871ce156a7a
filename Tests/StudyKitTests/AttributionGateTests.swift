import XCTest
@testable import StudyKit

/// The attribution kind asks only for particular holders of views introduced as clauses, with distractors that
/// cannot also be right: each test fails if the gate lets through what its rule in docs/question-quality.md excludes.
final class AttributionGateTests: XCTestCase {
    private let essay = """
    Keep the Harbour Baths Open

    The city council plans to close the Harbour Baths next year. It should keep them open, because the baths serve \
    three schools and the old town.

    The Swimming Trust reports that the baths teach eight hundred children a year. The council's finance officer \
    argues that the baths cost too much to heat. But the heating could be replaced for less than one year of the \
    subsidy.

    Some people say that the building is ugly. Critics argue that the old town needs a car park more than a pool. \
    Supporters of the plan claim that a new pool will be built elsewhere. Nobody has found the money for it.

    The Harbour Club has run the baths for a century, and the Rowing Association has trained there since 1950.
    """

    private func questions() -> [Question] {
        var random = SeededGenerator(seed: 3)
        return AttributionGenerator().questions(QuizContext(model: Fixtures.model(essay), section: nil), random: &random)
    }

    private func question(_ answer: String, in qs: [Question]) throws -> Question {
        try XCTUnwrap(qs.first { $0.answer == answer }, "a question on the view of \(answer)")
    }

    func testOnlyParticularHoldersAreAsked() throws {
        let qs = questions()
        XCTAssertFalse(qs.contains { $0.answer.lowercased().contains("people") }, "“some people” names nobody in particular")
        let officer = try question("the council's finance officer", in: qs)
        XCTAssertTrue((officer.options ?? []).contains("the author"), "a contrast answers the officer's view")
    }

    func testASideHasNoOtherHolderAsDistractor() throws {
        let qs = questions()
        let critics = try question("Critics", in: qs)
        for other in ["Supporters of the plan", "the council's finance officer", "the author"] {
            XCTAssertFalse((critics.options ?? []).contains(other), "\(other) may also be a critic, or the author is not said to answer")
        }
        let supporters = try question("Supporters of the plan", in: qs)
        let options = try XCTUnwrap(supporters.options)
        XCTAssertFalse(options.contains("Critics"))
        XCTAssertEqual(Set(options.map { $0.lowercased() }).count, options.count)
    }

    func testAHolderIsJudgedByItsHeadNoun() {
        let g = AttributionGenerator()
        XCTAssertTrue(g.isHolder("opponents of free entry", names: []))
        XCTAssertTrue(g.isHolder("the council's treasurer", names: []))
        XCTAssertFalse(g.isHolder("some people", names: []))
        XCTAssertFalse(g.isHolder("most men", names: []))
        XCTAssertFalse(g.isHolder("their wards", names: []))
        XCTAssertEqual(AttributionGenerator.head("Opponents of free entry"), "opponents")
        XCTAssertTrue(AttributionGenerator.isFinding("the Leeds figures", names: []), "figures that suggest are a source")
        XCTAssertFalse(AttributionGenerator.isFinding("Royal Mail", names: []), "a name is someone")
        XCTAssertFalse(AttributionGenerator.isFinding("the council's treasurer", names: []))
    }
}
