import XCTest
@testable import StudyKit

/// Changes and comparisons turned round: a statement that says a thing grew where the sentence says it shrank, or
/// that compares two things the other way from the amounts the sentence gives, is refused; said the same way in
/// other words, it is not. Sentences written for these tests.
final class StatementDirectionTests: XCTestCase {
    static let lexicon = Lexicon.shared

    func words(_ text: String) -> [String] { QueryParser.words(of: text) }

    func testAWordsDirectionOfChangeComesFromWordNet() throws {
        try XCTSkipUnless(Self.lexicon.isAvailable, "WordNet is not installed")
        for w in ["grew", "rose", "increase", "growth", "expanded"] {
            XCTAssertEqual(ChangeDirection.sign(of: w, lexicon: Self.lexicon), 1, w)
        }
        for w in ["shrank", "fallen", "cut", "dropped", "decrease"] {
            XCTAssertEqual(ChangeDirection.sign(of: w, lexicon: Self.lexicon), -1, w)
        }
        // Neither: no change of amount, or a noun first ("branches", not "branch out").
        for w in ["passed", "walked", "branches", "the", "library"] {
            XCTAssertNil(ChangeDirection.sign(of: w, lexicon: Self.lexicon), w)
        }
    }

    func testAChangeTurnedRoundIsFound() throws {
        try XCTSkipUnless(Self.lexicon.isAvailable, "WordNet is not installed")
        func reversed(_ statement: String, _ sentence: String) -> [String]? {
            ChangeDirection.reversed(statement: words(statement), sentence: words(sentence), lexicon: Self.lexicon).map { [$0.statement, $0.sentence] }
        }
        XCTAssertEqual(reversed("the queue at the pharmacy grew in winter", "In winter the queue at the pharmacy shrank to ten minutes."),
                       ["grew", "shrank"])
        // "Up from" a number is a rise.
        XCTAssertEqual(reversed("the number of members of the choir has fallen since 2019",
                                "This year the choir has 64 members, up from 41 in 2019."), ["fallen", "up from"])
        // A transitive change: what is cut is named after the verb.
        XCTAssertEqual(reversed("the trust will cut the repair fund by 10%", "The repair fund will rise by 10% next year."), ["cut", "rise"])
        // Two changes both ways: the one about the statement's thing counts.
        let both = "After fares became free, the number of bus trips rose, and the share of journeys by car fell."
        XCTAssertNil(reversed("the number of bus trips rose after fares became free", both))
        XCTAssertEqual(reversed("the share of journeys by car rose after fares became free", both), ["rose", "fell"])
        // Said the same way, or a change of another thing ("raised the blinds" is about no falling temperature).
        XCTAssertNil(reversed("the repair fund will increase by a tenth", "The repair fund will rise by 10% next year."))
        XCTAssertNil(reversed("she saw the temperature falling before the alarm", "She noticed it before the alarm went off and raised the blinds."))
        // A change under a denial says no direction.
        XCTAssertNil(reversed("the fund grew last year", "The fund did not shrink last year."))
    }

    func testWhereRefusesAChangeTurnedRound() throws {
        try XCTSkipUnless(Self.lexicon.isAvailable, "WordNet is not installed")
        let index = EvidenceIndex(model: Fixtures.model("""
        The bakery opened in 2015 on the market square. The bakery sold 9000 loaves last year, up from 7500 in 2023. \
        The owners plan to open a second shop.
        """))
        XCTAssertEqual(index.check("sales of loaves at the bakery have dropped since 2023", against: 1).conflict,
                       .direction(statement: "dropped", sentence: "up from"))
        XCTAssertNil(index.check("sales of loaves at the bakery have grown since 2023", against: 1).conflict)
    }

    func testAComparisonAgainstTwoAmountsIsRead() throws {
        try XCTSkipUnless(Self.lexicon.isAvailable, "WordNet is not installed")
        func turned(_ statement: String, _ sentence: String, names: Set<String>) -> String? {
            Comparison.turned(statement: words(statement), sentence: words(sentence), names: names, lexicon: Self.lexicon)?.sentence
        }
        let race = "It finished the course in 1 hour 50 minutes, against 2 hours 5 minutes for the Brookfield crew."
        let crews: Set<String> = ["brookfield", "ashby"]
        // Faster is less time: the Brookfield crew took longer.
        XCTAssertEqual(turned("the Brookfield crew rowed the course faster than the Ashby crew", race, names: crews),
                       "1 hour 50 minutes against 2 hours 5 minutes")
        XCTAssertNil(turned("the Ashby crew rowed the course faster than the Brookfield crew", race, names: crews))
        XCTAssertNil(turned("the Brookfield crew was slower than the Ashby crew", race, names: crews))
        // Years name the sides; "up from" links the amounts; the words after the first amount up to the link go with it.
        let visits = "In 2024 the museum had 52,000 visitors in all, up from 47,000 in 2023."
        XCTAssertNotNil(turned("the museum had fewer visitors in 2024 than in 2023", visits, names: []))
        XCTAssertNil(turned("the museum had more visitors in 2024 than in 2023", visits, names: []))
        XCTAssertNil(turned("the museum had more visitors in 2024 than in 2023", "The museum had 52,000 visitors in 2024 and 47,000 in 2023.", names: []))
        XCTAssertNotNil(turned("the museum had fewer visitors in 2024 than in 2023", "The museum had 52,000 visitors in 2024 and 47,000 in 2023.", names: []))
    }

    func testAComparisonWithItsSidesSwappedIsFound() throws {
        try XCTSkipUnless(Self.lexicon.isAvailable, "WordNet is not installed")
        let sentence = "A survey found waiting times three times longer for rural patients than for patients in towns."
        func turned(_ statement: String) -> [String]? {
            Comparison.turned(statement: words(statement), sentence: words(sentence), names: [], lexicon: Self.lexicon).map { [$0.statement, $0.sentence] }
        }
        XCTAssertEqual(turned("a survey found longer waiting times for patients in towns than for rural patients"),
                       ["longer waiting times for patients in towns than", "longer for rural patients than"])
        XCTAssertNil(turned("a survey found longer waits for rural patients than for town patients"))
        XCTAssertNil(turned("a survey found shorter waiting times for patients in towns than for rural patients"))
    }

    /// A denying verb against its antonym in a rare sense: counted when that sense's gloss fits the context ("pass" a
    /// test), not otherwise ("go" as "begin" against "stop").
    func testADenyingVerbTurnsItsAntonymRound() throws {
        try XCTSkipUnless(Self.lexicon.isAvailable, "WordNet is not installed")
        let index = EvidenceIndex(model: Fixtures.model("The new boiler failed the safety test in March. The porters stopped work for a week."))
        func turned(_ statement: String, _ s: Int) -> [String]? {
            index.denyingVerbAntonym(statement: words(statement), sentence: index.words(ofSentence: s)).map { [$0.statement, $0.sentence] }
        }
        XCTAssertEqual(turned("the new boiler passed the safety test in March", 0), ["passed", "failed"])
        XCTAssertEqual(index.check("the new boiler passed the safety test in March", against: 0).conflict,
                       .antonym(statement: "passed", sentence: "failed"))
        XCTAssertNil(turned("the new boiler did not pass the safety test", 0), "the statement denies too")
        XCTAssertNil(turned("the porters went on strike for a week", 1))
    }
}
