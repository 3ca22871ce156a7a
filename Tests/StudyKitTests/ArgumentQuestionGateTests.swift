import Foundation
import XCTest
@testable import StudyKit

/// The signals the argument kinds (thesis, reason, objection, role, evidence) need before they ask: each test
/// fails if a gate lets through what its rule in docs/question-quality.md excludes.
final class ArgumentQuestionGateTests: XCTestCase {
    /// The index of the sentence that starts with `start`.
    private func sentence(_ start: String, in c: QuizContext) throws -> Int {
        try XCTUnwrap(c.model.sentences.indices.first { c.text($0).hasPrefix(start) }, start)
    }

    func testAFigureIsAFactOnlyWhenStatedAsOne() throws {
        let c = QuizContext(model: Fixtures.model("""
        Counting Heads

        The survey found that 62 percent of the staff felt tired. The hall will seat at least 390 people next year. \
        Her friends are the women of ’87, and they still meet. Many tools, such as drills and saws, are rarely used.
        """), section: nil)
        XCTAssertEqual(c.statedFigure(in: try sentence("The survey", in: c)), "62")
        let plan = try sentence("The hall", in: c)
        XCTAssertEqual(c.figure(in: plan), "390")
        XCTAssertNil(c.statedFigure(in: plan), "a figure of what will be is a plan, no evidence")
        XCTAssertNil(c.roleCue(plan, .evidence))
        XCTAssertNil(c.figure(in: try sentence("Her friends", in: c)), "’87 is a year")
        XCTAssertNil(c.roleCue(try sentence("Many tools", in: c), .evidence), "“such as” lists kinds, it gives no evidence")
    }

    func testAnExampleOrAViewIsMarkedWhereItCountsForTheSentence() throws {
        let c = QuizContext(model: Fixtures.model("""
        Prices and Views

        In Oregon, for example, test scores fell after the change. Prices rise when people want to buy more than \
        the shops can sell, for example after a period of cheap borrowing. Suppose a family keeps 1,000 pounds in \
        a bank account. Some parents say that the school week is too long. And never let anyone tell you that a \
        harbour is just concrete and water. Second, teachers tell pupils that exams are hard.
        """), section: nil)
        XCTAssertEqual(c.exampleCue(in: try sentence("In Oregon", in: c)), "“for example”")
        XCTAssertNil(c.exampleCue(in: try sentence("Prices rise", in: c)), "a later “for example” qualifies a phrase")
        XCTAssertNil(c.statedFigure(in: try sentence("Suppose", in: c)), "a supposed case reports no figure")
        XCTAssertNotNil(c.roleCue(try sentence("Some parents", in: c), .objection))
        let denied = try sentence("And never", in: c)
        XCTAssertNotNil(c.argument.attributions[denied], "the reporting verb is found")
        XCTAssertNil(c.roleCue(denied, .objection), "a view denied before it is given is nobody's")
        let numbered = try sentence("Second, teachers", in: c)
        XCTAssertNotNil(c.argument.attributions[numbered], "the reporting verb is found")
        XCTAssertNil(c.roleCue(numbered, .objection), "a numbered point is the author's own")
    }

    func testAConcessionOpensWithItsMarkerAndAViewIsFoundAnywhere() throws {
        let c = QuizContext(model: Fixtures.model("""
        Parks and Views

        Of course the park will be busy on sunny days. Finally, of course, a park needs a keeper. Although the \
        park will surely be busy, the council can still keep it quiet at night. On the other hand, there are people who think that parks \
        waste land. We think that parks are worth their cost.
        """), section: nil)
        XCTAssertNotNil(c.roleCue(try sentence("Of course the park", in: c), .concession))
        XCTAssertNil(c.roleCue(try sentence("Finally, of course", in: c), .concession), "“of course” inside a sentence is emphasis")
        XCTAssertNil(c.roleCue(try sentence("Although the park", in: c), .concession), "“Although X, Y” claims Y")
        XCTAssertTrue(c.givesAView(try sentence("On the other hand", in: c)), "a view given late in the sentence")
        XCTAssertFalse(c.givesAView(try sentence("We think", in: c)), "the author's own view")
    }

    func testDistractorsAreWholeSentences() throws {
        let c = QuizContext(model: Fixtures.model("""
        A Letter

        To the people of the county of Westmere:

        The bridge has been closed for a year. Nobody has said when it will open.
        """), section: nil)
        XCTAssertFalse(c.isWholeSentence(try sentence("To the people", in: c)))
        XCTAssertTrue(c.isWholeSentence(try sentence("The bridge", in: c)))
    }

    func testAThesisIsAskedOnlyWhereTheTextStatesAPosition() throws {
        let c = QuizContext(model: Fixtures.model("""
        Open the Wards

        Good evening, and thank you for hearing me. I have worked on this ward for nineteen years, and I am here to \
        ask the board for one change tonight: the hospital should end fixed visiting hours for the families of patients.

        Patients sleep better when their families are near. The wards are quiet at night.

        Visitors help with meals. Nurses have more time for care.
        """), section: nil)
        let thesis = try sentence("I have worked", in: c)
        let signal = try XCTUnwrap(ThesisGenerator.positionSignal(thesis, c))
        XCTAssertEqual(ThesisGenerator.statement(thesis, signal: signal, c),
                       "… the hospital should end fixed visiting hours for the families of patients.",
                       "a long thesis shows the clause that states the position")
        XCTAssertNil(ThesisGenerator.positionSignal(try sentence("Patients sleep", in: c), c),
                     "no position words, and a middle paragraph")
    }

    /// The argument questions of every essay of the project: their keys and options keep to the gates.
    func testArgumentQuestionsKeepToTheirSignals() throws {
        let models = try [Fixtures.bundled] + Fixtures.essayNames.map(Fixtures.essay) + Fixtures.ownEssayNames.map(Fixtures.ownEssay)
        var asked = 0
        for m in models {
            let c = QuizContext(model: m, section: nil)
            func index(_ id: String) throws -> Int { try XCTUnwrap(m.sentences.firstIndex { $0.id.description == id }, id) }
            func paragraph(_ id: String) throws -> Int { m.sentences[try index(id)].paragraphIndex }
            func paragraphOf(option: String) -> Int? {
                let bare = option.hasSuffix(" …") ? String(option.dropLast(2)) : option
                return m.sentences.first { m.text(of: $0).hasPrefix(bare) }?.paragraphIndex
            }
            let quiz = QuizMaker(model: m).make(.init(count: 60, kinds: [.thesis, .reason, .objection, .role, .evidence], seed: 5))
            asked += quiz.count
            for q in quiz {
                let label = "\(m.source.name): \(q.prompt.prefix(70))"
                switch q.kind {
                case .thesis:
                    XCTAssertNotNil(ThesisGenerator.positionSignal(try index(q.evidence[0]), c), label)
                case .reason:
                    // No distractor from the claim's paragraph.
                    let claim = try paragraph(q.evidence[1])
                    for option in q.options ?? [] where option != q.answer {
                        XCTAssertNotEqual(paragraphOf(option: option), claim, "\(label) → \(option)")
                    }
                case .objection:
                    XCTAssertNotNil(c.roleCue(try index(q.evidence[0]), .concession), "only a point the author grants: \(label)")
                    let answering = Set(try q.evidence.map(paragraph))
                    for option in q.options ?? [] where option != q.answer {
                        XCTAssertFalse(paragraphOf(option: option).map(answering.contains) ?? false, "\(label) → \(option)")
                    }
                case .role:
                    let i = try index(q.evidence[0])
                    XCTAssertTrue(c.readsAlone(i), label)
                    if q.basis?.contains("“for example”") == true || q.basis?.contains("“for instance”") == true {
                        XCTAssertFalse(["for example", "for instance"].contains { q.prompt.lowercased().contains($0) }, "the marker gives the answer: \(label)")
                    }
                    if q.answer == RoleGenerator.descriptions[.rebuttal] {
                        XCTAssertNotNil(RoleGenerator.answeredView(i, c), "a rebuttal answers a marked view: \(label)")
                        XCTAssertFalse((q.options ?? []).contains(RoleGenerator.descriptions[.evidence]!), label)
                    }
                case .evidence:
                    if q.answer == EvidenceGenerator.names[.example] {
                        XCTAssertFalse(["for example", "for instance"].contains { q.prompt.lowercased().contains($0) }, "the marker gives the answer: \(label)")
                    }
                    XCTAssertEqual(try paragraph(q.evidence[0]), try paragraph(q.evidence[1]), "the claim is in the paragraph: \(label)")
                    let options = Set(q.options ?? [])
                    XCTAssertFalse(options.contains(EvidenceGenerator.names[.statistic]!) && options.contains(EvidenceGenerator.names[.example]!)
                                   && q.answer != EvidenceGenerator.names[.statistic], "an example beside a statistic: \(label)")
                default: XCTFail("asked for argument kinds only: \(label)")
                }
            }
        }
        XCTAssertGreaterThan(asked, 50, "the gates leave questions to check")
    }
}
