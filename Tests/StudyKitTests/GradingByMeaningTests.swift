import XCTest
@testable import StudyKit

/// Grading by meaning, measured: right answers in other words must be accepted, and answers that say the opposite
/// (an antonym, a negation, a negating prefix, a different real word one letter away) must never be. The sentences
/// are written for these tests. Needs WordNet (`make deps`).
final class GradingByMeaningTests: XCTestCase {
    let grader = Grader()

    struct Case {
        let question: Question
        let answer: String
        let right: Bool
        /// An inverted or negated answer: accepting it is never allowed.
        let inverted: Bool
    }

    static func typed(_ key: String) -> Question {
        Question(kind: .cloze, prompt: "Fill the gap", answer: key, evidence: ["S1.1"], section: nil, hints: [], explanation: "")
    }

    static func choice(_ options: [String], _ answer: Int) -> Question {
        Question(kind: .thesis, prompt: "Which?", options: options, answer: options[answer], evidence: ["S1.1"], section: nil,
                 hints: [], explanation: "")
    }

    static let roles = choice(["It gives background without arguing.", "It states the author's main position.",
                               "It gives a reason for a claim.", "It makes a claim that supports the main position."], 2)
    static let thesis = choice(["A skeptic might say that the army's real task is to let the mayor keep denying the flood.",
                                "That leaves coordinated international assistance as the only option.",
                                "Our volunteers, above all, deserve a straight answer."], 1)
    static let holders = choice(["the cynic", "the author", "the Balkans", "the city council"], 0)
    static let places = choice(["the Balkans", "the Baltic states", "the Caucasus"], 0)
    static let mainPosition = choice(["It gives a reason for a claim.", "It states the author's main position.",
                                      "It predicts what will happen.", "It grants a point to the other side."], 1)
    static let explain = Question(kind: .explain, prompt: "Why does the author hold that outside help is needed?", answer: "",
                                  keyPoints: [
                                      .init(point: "the divisions are deep", words: ["divisions", "deep", "groups"],
                                            sentence: "The divisions between the groups are deep and old.", evidence: "S2.1"),
                                      .init(point: "the government lacks leverage", words: ["leverage", "deal", "government"],
                                            sentence: "The government lacks the leverage to force a deal.", evidence: "S2.2"),
                                      .init(point: "only coordinated international help works", words: ["international", "coordinated", "help"],
                                            sentence: "Only coordinated international help can end the fighting.", evidence: "S2.3"),
                                  ], evidence: ["S2.1", "S2.2", "S2.3"], section: nil, hints: [], explanation: "")

    static func right(_ q: Question, _ a: String) -> Case { Case(question: q, answer: a, right: true, inverted: false) }
    static func wrong(_ q: Question, _ a: String) -> Case { Case(question: q, answer: a, right: false, inverted: false) }
    static func inverted(_ q: Question, _ a: String) -> Case { Case(question: q, answer: a, right: false, inverted: true) }

    /// The answers the issue reported (multiple choice by words, synonyms, opposites), then our own.
    static let cases: [Case] = [
        // From the issue: refused right answers.
        right(holders, "the cynic"), right(places, "the balkans"), right(thesis, "coordinated international assistance"),
        right(mainPosition, "main position"), right(roles, "gives a reason for a claim"),
        right(typed("international"), "global"), right(typed("war"), "conflict"), right(typed("country"), "nation"),
        right(typed("armed forces"), "military"), right(typed("connection"), "connexion"), right(typed("death"), "dying"),
        // From the issue: accepted wrong answers.
        inverted(typed("stabilizing"), "destabilizing"), inverted(typed("independence"), "dependence"),
        inverted(typed("coordinated"), "uncoordinated"),
        inverted(explain, "the divisions are shallow, and the government has plenty of leverage"),
        // Ours: right answers in other words.
        right(typed("global cooperation"), "international cooperation"), right(typed("the United States"), "America"),
        right(typed("Petraeus"), "Petreus"), right(typed("stabilizing"), "stabilising"), right(typed("independence"), "independance"),
        right(typed("elections"), "election"), right(typed("economic sanctions"), "sanctions economic"),
        right(typed("reconciliation"), "reconcile"), right(typed("three goals"), "3 goals"), right(typed("fear"), "fright"),
        right(typed("assistance"), "help"), right(typed("start"), "beginning"), right(typed("large"), "big"),
        right(typed("rebuild"), "reconstruct"), right(typed("poverty"), "poorness"), right(typed("liberty"), "freedom"),
        right(typed("agreement"), "accord"), right(typed("the armed forces"), "the military"), right(typed("die"), "death"),
        right(roles, "a reason"), right(roles, "3"), right(roles, "C)"), right(thesis, "international assistance is the only option"),
        right(explain, "The splits between the groups run deep; the government has no leverage; only global help can stop it."),
        right(explain, "Deep divisions, the government lacks leverage, so coordinated international help"),
        // Ours: wrong answers that share words with the key, or say its opposite.
        inverted(typed("deep divisions"), "shallow divisions"), inverted(typed("support"), "not support"),
        inverted(typed("legal"), "illegal"), inverted(typed("possible"), "impossible"), inverted(typed("increase"), "decrease"),
        inverted(typed("strong economy"), "weak economy"), inverted(typed("success"), "failure"), inverted(typed("rich"), "poor"),
        inverted(typed("agree"), "disagree"), inverted(typed("international assistance"), "national assistance"),
        inverted(typed("victory"), "defeat"), inverted(typed("friends"), "enemies"), inverted(typed("will end"), "will not end"),
        inverted(typed("can win"), "cannot win"), inverted(explain, "the divisions are not deep"),
        inverted(explain, "The government has all the leverage it needs"),
        inverted(explain, "the groups are united and only local help works"),
        inverted(roles, "it does not give a reason"),
        wrong(typed("war"), "was"), wrong(typed("1997"), "1996"), wrong(typed("peace"), "war"), wrong(typed("country"), "river"),
        wrong(typed("armed forces"), "armed robbery"), wrong(typed("coordinated international assistance"), "bananas"),
        wrong(roles, "a"), wrong(thesis, "our volunteers deserve an answer"),
        // A second set, written after the grader and first run blind (3 false rejects, 1 false accept then).
        right(typed("rapid"), "quick"), right(typed("purchase"), "buy"), right(typed("enormous"), "huge"),
        right(typed("physician"), "doctor"), right(typed("reduce taxes"), "lower taxes"), right(typed("the president"), "president"),
        right(typed("inflation"), "inflaton"), right(typed("protect"), "protection"), right(typed("children"), "child"),
        right(typed("ancient"), "old"), right(typed("employment"), "jobs"), right(typed("farmers"), "farmer"),
        right(typed("prohibit"), "ban"), right(typed("wealthy"), "rich"), right(typed("Massachusetts"), "Massachusets"),
        right(thesis, "the only option is international assistance"), right(typed("twenty"), "20"), right(typed("conflict"), "battle"),
        right(explain, "Old deep divisions among groups, the government cannot force a deal, and international coordinated help is the only way"),
        inverted(typed("rapid"), "slow"), inverted(typed("increase"), "reduce"), inverted(typed("legal"), "unlawful"),
        inverted(typed("visible"), "invisible"), inverted(typed("guilty"), "innocent"), inverted(typed("accept"), "reject"),
        inverted(typed("majority"), "minority"), inverted(typed("import"), "export"), inverted(typed("sufficient"), "insufficient"),
        inverted(typed("will succeed"), "will not succeed"), inverted(typed("honest"), "dishonest"), inverted(typed("always"), "never"),
        inverted(typed("expensive"), "cheap"), inverted(roles, "it gives no reason"),
        inverted(explain, "the divisions are new and shallow, and only local help can work"),
        inverted(explain, "the government does not lack leverage"),
        wrong(typed("form"), "from"), wrong(typed("causal"), "casual"), wrong(typed("united"), "untied"), wrong(typed("1848"), "1849"),
        wrong(roles, "background"),
        // A third set, written with the verb siblings ("lower" ~ "reduce") and first run blind: 2 false rejects of 13
        // ("nearby" for "neighbouring", "defend" for "protect", still refused), "run" accepted for "walk" and half
        // credit for "keep the dam" (both fixed since).
        right(typed("reduce taxes"), "cut taxes"), right(typed("begin"), "start"), right(typed("coast"), "shore"),
        right(typed("physician shortage"), "doctor shortage"), right(typed("removal"), "removing"), right(typed("harbour"), "harbor"),
        right(typed("neighbouring cliffs"), "nearby cliffs"), right(typed("exhausted"), "tired"), right(typed("protect"), "defend"),
        right(typed("decline"), "decrease"), right(typed("answer"), "reply"), right(typed("choose"), "select"),
        right(explain, "The groups have long, deep divisions; the government can't force an agreement; only joint international aid can end it."),
        inverted(typed("raise"), "lower"), inverted(typed("rising sea level"), "falling sea level"), inverted(typed("approved"), "rejected"),
        inverted(typed("buy"), "sell"), inverted(typed("night shift"), "day shift"), inverted(typed("remove the dam"), "keep the dam"),
        inverted(explain, "the divisions are shallow"), inverted(explain, "the government has enough leverage to force a deal"),
        inverted(explain, "coordinated international help cannot end the fighting"),
        wrong(typed("walk"), "run"), wrong(typed("whisper"), "shout"), wrong(typed("salmon"), "trout"),
        wrong(typed("county council"), "county court"), wrong(typed("sea wall"), "sea level"), wrong(typed("spawn"), "swim"),
        wrong(typed("hospital"), "hotel"),
    ]

    func testFalseAcceptsAndFalseRejectsOverTheAnswerSet() {
        var falseAccepts: [String] = [], falseRejects: [String] = [], invertedAccepts: [String] = []
        let rightCount = Self.cases.filter(\.right).count
        for c in Self.cases {
            let g = grader.grade(c.question, answer: c.answer)
            let accepted = g.verdict == .correct
            let label = "\(c.answer) → \(g.verdict) (\(g.reason))"
            if c.right && !accepted { falseRejects.append(label) }
            if !c.right && accepted { falseAccepts.append(label) }
            if c.inverted && (accepted || g.verdict == .partial && g.score >= 0.5) { invertedAccepts.append(label) }
        }
        print("grading: \(Self.cases.count) answers (\(rightCount) right, \(Self.cases.count - rightCount) wrong): "
            + "\(falseAccepts.count) false accepts, \(falseRejects.count) false rejects "
            + "(\(Int((Double(falseRejects.count) / Double(rightCount) * 100).rounded())) % of right answers)")
        for r in falseRejects { print("  false reject: \(r)") }
        for a in falseAccepts { print("  false accept: \(a)") }
        XCTAssertEqual(invertedAccepts, [], "an inverted or negated answer was accepted")
        XCTAssertEqual(falseAccepts, [])
        XCTAssertLessThan(Double(falseRejects.count), 0.1 * Double(rightCount), "\(falseRejects)")
    }

    func testAContradictedPointIsNamedWithTheEssaysWords() {
        let g = grader.grade(Self.explain, answer: "the divisions are shallow, and the government has plenty of leverage")
        XCTAssertEqual(g.verdict, .wrong)
        XCTAssertTrue(g.reason.contains("you said “the divisions are shallow”; the essay says “The divisions between the groups are deep and old.” [S2.1]"), g.reason)
        XCTAssertTrue(g.reason.contains("you said “the government has plenty of leverage”; the essay says “The government lacks the leverage to force a deal.” [S2.2]"), g.reason)
    }

    func testAnAnswerThatFitsTwoOptionsEquallyIsAskedAgain() {
        let q = Self.choice(["The war must end soon.", "The war will end soon.", "Taxes rise."], 0)
        let g = grader.grade(q, answer: "the war ends soon")
        XCTAssertEqual(g.verdict, .unreadable)
        XCTAssertTrue(g.reason.contains("fits A and B"), g.reason)
    }
}
