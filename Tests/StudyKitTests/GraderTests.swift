import XCTest
@testable import StudyKit

final class GraderTests: XCTestCase {
    let grader = Grader()

    func typed(_ answer: String) -> Question {
        Question(kind: .cloze, prompt: "Fill the gap", answer: answer, evidence: ["S1.1"], section: nil, hints: [], explanation: "")
    }

    func testCasePunctuationArticlesAndWordOrderDoNotMatter() {
        let q = typed("coordinated international assistance")
        XCTAssertEqual(grader.grade(q, answer: "Coordinated International Assistance.").verdict, .correct)
        XCTAssertEqual(grader.grade(q, answer: "the coordinated international assistance").verdict, .correct)
        XCTAssertEqual(grader.grade(q, answer: "international coordinated assistance").verdict, .correct)
        XCTAssertEqual(grader.grade(typed("the United Nations"), answer: "united nations").verdict, .correct)
    }

    func testTyposAndOtherFormsAreForgivenAndSaidSo() {
        let g = grader.grade(typed("Petraeus"), answer: "Petreus")
        XCTAssertEqual(g.verdict, .correct)
        XCTAssertEqual(g.reason, "accepted: 'petreus' for 'petraeus'")
        let forms = grader.grade(typed("stabilizing political arrangements"), answer: "stabilize political arrangement")
        XCTAssertEqual(forms.verdict, .correct)
        XCTAssertTrue(forms.reason.contains("another form"), forms.reason)
    }

    func testShortWordsNumbersAndNegationsAreExact() {
        XCTAssertEqual(grader.grade(typed("war"), answer: "was").verdict, .wrong)
        XCTAssertEqual(grader.grade(typed("1997"), answer: "1996").verdict, .wrong)
        XCTAssertEqual(grader.grade(typed("three goals"), answer: "3 goals").verdict, .correct, "number words are digits")
        XCTAssertEqual(grader.grade(typed("support"), answer: "not support").verdict, .wrong)
    }

    func testANearMissGetsPartialCreditWithTheReason() {
        let g = grader.grade(typed("coordinated international assistance"), answer: "international assistance")
        XCTAssertEqual(g.verdict, .partial)
        XCTAssertEqual(g.score, 0.5)
        XCTAssertTrue(g.reason.contains("missing: coordinated"), g.reason)
        XCTAssertEqual(grader.grade(typed("coordinated international assistance"), answer: "bananas").verdict, .wrong)
    }

    func testMultipleChoiceTakesALetterANumberOrTheText() {
        let q = Question(kind: .thesis, prompt: "Which?", options: ["Bees matter", "Tax is law", "Ash falls"], answer: "Tax is law",
                         evidence: ["S1.1"], section: nil, hints: [], explanation: "")
        for answer in ["b", "B)", "(b)", "2", "tax is law", "Tax is law."] {
            XCTAssertEqual(grader.grade(q, answer: answer).verdict, .correct, answer)
        }
        XCTAssertEqual(grader.grade(q, answer: "a").verdict, .wrong)
        XCTAssertEqual(grader.grade(q, answer: "a").reason, "the answer is B: Tax is law")
        XCTAssertEqual(grader.grade(q, answer: "e").verdict, .unreadable)
        XCTAssertEqual(grader.grade(q, answer: "9").verdict, .unreadable)
        XCTAssertEqual(grader.grade(q, answer: "").verdict, .unreadable)
    }

    func testTrueFalseWords() {
        let q = Question(kind: .trueFalse, prompt: "True or false?", options: ["True", "False"], answer: "False",
                         evidence: ["S1.1"], section: nil, hints: [], explanation: "")
        for yes in ["f", "false", "False", "no", "n", "b", "2"] { XCTAssertEqual(grader.grade(q, answer: yes).verdict, .correct, yes) }
        for no in ["t", "true", "yes", "a"] { XCTAssertEqual(grader.grade(q, answer: no).verdict, .wrong, no) }
    }

    func testOrderAnswers() {
        let q = Question(kind: .order, prompt: "Order", options: ["second", "first", "third", "fourth"], answer: "B A C D",
                         order: ["first", "second", "third", "fourth"], evidence: ["S1.1"], section: nil, hints: [], explanation: "")
        for answer in ["B A C D", "bacd", "B, A, C, D", "2 1 3 4"] { XCTAssertEqual(grader.grade(q, answer: answer).verdict, .correct, answer) }
        let partial = grader.grade(q, answer: "B A D C")
        XCTAssertEqual(partial.verdict, .partial)
        XCTAssertEqual(partial.score, 0.5)
        XCTAssertEqual(grader.grade(q, answer: "A B D C").verdict, .wrong)
        XCTAssertEqual(grader.grade(q, answer: "A B").verdict, .unreadable)
        XCTAssertEqual(grader.grade(q, answer: "A A B C").verdict, .unreadable)
    }

    func testOpenAnswersAgainstKeyPoints() {
        let q = Question(kind: .explain, prompt: "Why?", answer: "", keyPoints: [
            .init(point: "Iraqis cannot do it alone", words: ["alone", "sectarian"]),
            .init(point: "America lacks leverage", words: ["leverage"]),
            .init(point: "international help is needed", words: ["international", "coordinated"]),
        ], evidence: ["S6.1"], section: nil, hints: [], explanation: "")
        XCTAssertEqual(grader.grade(q, answer: "Sectarian divisions, America lacks leverage, so international coordination").verdict, .correct)
        let partial = grader.grade(q, answer: "Because the divisions are sectarian and it needs international help")
        XCTAssertEqual(partial.verdict, .partial)
        XCTAssertEqual(partial.score, 2.0 / 3.0, accuracy: 0.001)
        XCTAssertTrue(partial.reason.contains("missing: America lacks leverage"), partial.reason)
        XCTAssertEqual(grader.grade(q, answer: "It is not international").verdict, .wrong, "a negated point does not count")
    }

    func testANumberNamesTheSectionWhenTheOptionsAreSections() {
        let options = ["§1 Costs", "§3 Schools", "§2 Roads", "§4 Parks"]
        XCTAssertEqual(Grader().option(named: "2", in: options), 2)
        XCTAssertEqual(Grader().option(named: "§3", in: options), 1)
        XCTAssertEqual(Grader().option(named: "b", in: options), 1)
        XCTAssertNil(Grader().option(named: "7", in: options))
        XCTAssertEqual(Grader().option(named: "2", in: ["Costs", "Roads"]), 1)
    }
}
