import XCTest
@testable import StudyKit

/// Golden tests on three short essays written for these tests (a long quotation, a speech, an op-ed with an
/// objection and its rebuttal), each with the key a careful reader gives: the thesis, the main claims, and whose
/// voice each quoted or reported view is.
final class ArgumentOwnEssayTests: XCTestCase {
    private func index(_ m: KnowledgeModel, _ id: String) -> Int {
        guard case .sentence(let p, let s)? = ModelID(id), let k = m.sentenceIndex(paragraph: p, number: s) else {
            XCTFail("no \(id)"); return -1
        }
        return k
    }

    private func thesis(_ m: KnowledgeModel) -> String? { m.argument.mainThesis.map { m.sentences[$0].id.description } }

    /// An essay that quotes a poem at length: the quotation is the poet's voice, never the thesis.
    static let quotation = """
    The Library Should Stay Open on Sundays

    Our town plans to close the library on Sundays to save money. The council says the building is quiet that day.

    A local poet once wrote about the reading room: "On Sunday the lamps are lit for us. The old men read their \
    papers there. The children find the dragons and the stars. Nobody asks who we are or what we paid." Those lines \
    hang by the front desk.

    Sunday is the only free day for many working families. Parents who work six days a week cannot bring their \
    children at any other time. The saving is small, because the building is heated all week anyway.

    The council should keep the library open on Sundays, because it is the one day everyone can come.
    """

    func testQuotationIsThePoetsVoiceNotTheThesis() {
        let m = Fixtures.model(Self.quotation)
        let quoted = m.paragraphs[1].sentences
        for k in quoted { XCTAssertFalse(m.argument.thesis.contains(k), "quoted \(m.sentences[k].id) taken as the thesis") }
        XCTAssertTrue(["S4.1", "S1.1"].contains(thesis(m) ?? ""), "thesis \(thesis(m) ?? "none")")
        XCTAssertEqual(m.argument.assignments[index(m, "S4.1")].component, .majorClaim)
        // The quoted lines are the poet's: `who` names the poet for each, and none is the author's claim.
        for id in ["S2.1", "S2.2", "S2.3", "S2.4"] {
            XCTAssertEqual(m.argument.attributions[index(m, id)]?.holder, "a local poet", id)
            XCTAssertEqual(m.argument.role(of: index(m, id)), .evidence, id)
            XCTAssertEqual(m.argument.assignments[index(m, id)].evidenceKind, .authority, id)
        }
        XCTAssertNil(m.argument.attributions[index(m, "S2.5")], "the author speaks again after the quotation")
        // Main claims: Sunday is the only free day for working families (S3.1); the council's view is answered.
        XCTAssertEqual(m.argument.role(of: index(m, "S3.1")), .claim)
        XCTAssertEqual(m.argument.role(of: index(m, "S1.2")), .objection)
        XCTAssertEqual(m.argument.attributions[index(m, "S1.2")]?.holder, "the council")
    }

    /// The essays of the role measurements: the thesis a reader names (the introduction's position or its
    /// restatement in the conclusion) and the objection each answers.
    func testMeasurementEssaysThesisAndObjections() {
        let E = RoleKeyOwnEssays.self
        let cases: [(String, [String], String, String)] = [
            (E.schoolWeek, ["S1.3", "S5.2"], "S3.1", "some parents"),
            (E.nightTrains, ["S1.3", "S5.1"], "S4.1", "airlines"),
            (E.homework, ["S1.3", "S5.1"], "S3.1", "teachers"),
            (E.harbourSpeech, ["S5.1"], "S3.1", "some of you"),
            (E.phones, ["S1.3", "S5.1"], "S3.1", "critics of a ban"),
        ]
        for (text, accepted, objection, holder) in cases {
            let m = Fixtures.model(text)
            let title = m.document.title ?? ""
            XCTAssertTrue(accepted.contains(thesis(m) ?? ""), "\(title): thesis \(thesis(m) ?? "none") not in \(accepted)")
            let k = index(m, objection)
            XCTAssertEqual(m.argument.role(of: k), .objection, title)
            XCTAssertEqual(m.argument.attributions[k]?.holder.lowercased(), holder, title)
            XCTAssertFalse(m.argument.relations(to: k).filter { $0.kind == .attacks }.isEmpty, "\(title): \(objection) unanswered")
        }
    }

    /// A quotation whose speaker is not named is evidence of no kind shown, never the author's claim.
    func testUnattributedQuotationIsEvidenceOfNoKind() {
        let m = Fixtures.model("""
        Why We Plant Trees

        Our street lost six trees in the storm. We should plant new ones this autumn.

        "A society grows great when old men plant trees whose shade they know they shall never sit in." The street \
        will be cooler in twenty years.
        """)
        let quoted = index(m, "S2.1")
        XCTAssertEqual(m.argument.role(of: quoted), .evidence)
        XCTAssertEqual(m.argument.assignments[quoted].evidenceKind, .unspecified)
        XCTAssertFalse(m.argument.thesis.contains(quoted))
    }

    /// A speech: thanks to the audience are not claims; the call to act is the thesis.
    static let speech = """
    Remarks at the Opening of the River Path

    Thank you all for coming out this morning. It is good to see so many neighbours here.

    Ten years ago this river was full of rubbish. Volunteers pulled out four hundred tyres in a single summer. \
    Today the herons have come back, and children fish from the bridge.

    But a clean river does not stay clean on its own. Every storm washes litter from the streets into the water.

    We must keep this river clean for the children who will inherit it. Join the monthly clean-up, and bring a friend.
    """

    func testSpeechThesisIsTheCallToAct() {
        let m = Fixtures.model(Self.speech)
        XCTAssertEqual(thesis(m), "S4.1")
        XCTAssertNotEqual(m.argument.assignments[index(m, "S1.1")].component, .claim, "thanks are not a claim")
        XCTAssertNotEqual(m.argument.role(of: index(m, "S1.1")), .thesis)
        // "four hundred tyres" is a number written in words: it counts, once; "a single summer" does not.
        let base = ArgumentStage().features(ArgumentStage.draftBeforeArgument(Document(rawText: Self.speech),
                                                                              source: EssaySource(name: "speech", path: nil))).base
        XCTAssertEqual(base[index(m, "S2.2")].quantities, 1)
        XCTAssertEqual(base[index(m, "S1.2")].quantities, 0, "'so many neighbours' counts nothing")
    }

    /// An op-ed with an objection held by others and the author's answer.
    static let opEd = """
    Protected Bike Lanes Belong on Main Street

    Main Street is dangerous for anyone on a bicycle. Last year 14 cyclists were injured there. In my view, the \
    town should build protected bike lanes on Main Street.

    Protected lanes make cycling safe for children and older riders. When a kerb separates bikes from cars, \
    parents let their children ride to school.

    Some shop owners argue that bike lanes will drive customers away. But the evidence points the other way: \
    Dr. Maria Lopez, a planner at the state university, estimates that cyclists spend more per month in local shops \
    than drivers do.

    The council should approve the lanes this spring.
    """

    func testOpEdObjectionHasItsAnswer() {
        let m = Fixtures.model(Self.opEd)
        XCTAssertTrue(["S1.3", "S4.1"].contains(thesis(m) ?? ""), "thesis \(thesis(m) ?? "none")")
        let objection = index(m, "S3.1"), answer = index(m, "S3.2")
        XCTAssertEqual(m.argument.role(of: objection), .objection)
        XCTAssertEqual(m.argument.attributions[objection]?.holder.lowercased(), "some shop owners")
        XCTAssertEqual(m.argument.role(of: answer), .rebuttal)
        XCTAssertTrue(m.argument.relations.contains { $0.kind == .attacks && $0.from == answer && $0.to == objection })
        XCTAssertEqual(m.argument.attributions[answer]?.holder, "Maria Lopez")
        XCTAssertEqual(m.argument.assignments[index(m, "S1.2")].component == .premise
                       ? m.argument.assignments[index(m, "S1.2")].evidenceKind : .statistic, .statistic, "14 is a number")
        XCTAssertEqual(m.argument.assignments[index(m, "S2.1")].component, .claim)
    }
}
