import XCTest
@testable import StudyKit

/// `where` reads the statement and the sentence as clauses, each verb with who does it and how the clause holds it
/// (`ClauseFrames`), and refuses a statement whose verb the sentence gives to another named agent, or holds only as
/// a plan, under a condition or set aside. On an essay written for the test.
final class StatementFrameTests: XCTestCase {
    static let text = """
    Tollard breakwater approved

    The Tollard Harbour Trust approved the new breakwater on Monday by nine votes to two. Its chair, Megan Rhys, said the work would protect forty fishing boats. Councillor Idris Vaughan, who opposed the scheme, told the meeting that the cost of the stone would rise.

    To win support, the trust agreed to pay for a new slipway at Penmor Quay. It will also fund a ferry to Caldey Island for five summers. The trust plans to open a visitor centre beside the lifeboat station, provided the council grants a lease.

    If the lottery bid succeeds, the dredging of the inner basin will begin in May. The trust chose to repair the old stone pier rather than demolish it.
    """
    static let model = Fixtures.model(text)
    static let index = EvidenceIndex(model: model)

    func sentence(_ start: String) -> Int {
        Self.model.sentences.firstIndex { Self.model.text(of: $0).hasPrefix(start) }!
    }

    func check(_ statement: String, _ start: String, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck? {
        Self.index.checkFirstHit(statement, expecting: sentence(start), file: file, line: line)
    }

    func testClausesReadWhoDoesEachVerb() throws {
        try XCTSkipUnless(Lexicon.shared.isAvailable, "WordNet is not installed")
        let names: Set<String> = ["megan", "rhys", "idris", "vaughan", "councillor"]
        let said = ClauseFrames("Its chair, Megan Rhys, said the work would protect forty fishing boats.", names: names, lexicon: .shared)
        let verb = try XCTUnwrap(said.words.firstIndex(of: "said"))
        XCTAssertEqual(said.agent(of: verb, resolve: { _, _ in nil }), ["its", "chair", "megan", "rhys"])
        let told = ClauseFrames("Councillor Idris Vaughan, who opposed the scheme, told the meeting that the cost would rise.",
                                names: names, lexicon: .shared)
        // Past the relative clause set off by commas.
        XCTAssertEqual(told.agent(of: try XCTUnwrap(told.words.firstIndex(of: "told")), resolve: { _, _ in nil }),
                       ["councillor", "idris", "vaughan"])
        XCTAssertEqual(told.agent(of: try XCTUnwrap(told.words.firstIndex(of: "opposed")), resolve: { _, _ in nil }),
                       ["councillor", "idris", "vaughan"])
    }

    func testAVerbGivenToAnotherNamedAgentIsRefused() throws {
        try XCTSkipUnless(Lexicon.shared.isAvailable, "WordNet is not installed")
        XCTAssertEqual(check("Idris Vaughan said the work would protect forty fishing boats", "Its chair")?.states, false)
        XCTAssertEqual(check("Megan Rhys told the meeting the cost of the stone would rise", "Councillor Idris")?.states, false)
        XCTAssertNotNil(Self.index.agentFrameReplaced("Megan Rhys told the meeting the cost of the stone would rise", against: sentence("Councillor Idris")))
        // The same agent, named another way, is stated.
        XCTAssertEqual(check("Megan Rhys, who chairs the trust, said the work would protect forty fishing boats", "Its chair")?.states, true)
        XCTAssertEqual(check("Vaughan told the meeting that the stone would cost more", "Councillor Idris")?.states, true)
    }

    func testAVerbTheSentenceHoldsOnlyUnderAConditionIsRefused() throws {
        try XCTSkipUnless(Lexicon.shared.isAvailable, "WordNet is not installed")
        XCTAssertEqual(check("the dredging of the inner basin will begin in May", "If the lottery")?.states, false)
        XCTAssertNotNil(Self.index.heldFrameMismatch("the dredging of the inner basin will begin in May", against: sentence("If the lottery")))
        // What will be done, for a choice to do it.
        XCTAssertEqual(check("the trust will repair the old stone pier", "The trust chose")?.states, true)
        // The reply quotes how the sentence holds the verb, as written.
        XCTAssertEqual(Self.index.heldFrameMismatch("the dredging of the inner basin will begin in May", against: sentence("If the lottery"))?.sentence,
                       "if … begin")
    }

    func testAVerbTheSentenceSetsAsideIsRefused() throws {
        try XCTSkipUnless(Lexicon.shared.isAvailable, "WordNet is not installed")
        // A bare verb after "rather than" is a verb the sentence sets aside.
        let frames = ClauseFrames("The trust chose to repair the old stone pier rather than demolish it.", names: [], lexicon: .shared)
        let demolish = try XCTUnwrap(frames.words.firstIndex(of: "demolish"))
        XCTAssertTrue(frames.isVerb(demolish))
        XCTAssertEqual(frames.hold(of: demolish), .setAside)
        XCTAssertEqual(check("the trust demolished the old stone pier", "The trust chose")?.states, false)
        XCTAssertEqual(Self.index.heldFrameMismatch("the trust demolished the old stone pier", against: sentence("The trust chose"))?.sentence,
                       "rather than demolish")
        XCTAssertEqual(check("the trust chose to repair the old pier", "The trust chose")?.states, true)
    }
}
