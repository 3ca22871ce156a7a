import XCTest
@testable import StudyKit

/// `where` refuses a statement that pins down what the passage around its sentence never gives (an amount of a
/// measure, a year or a decade), reads "twice" and "once a …" as amounts and decades as times, on a text written for
/// it; the same statement with what the passage gives is stated.
final class StatementSpecificsTests: XCTestCase {
    static let text = """
    The harbour museum opened in 1998 in an old customs house. Its collection of ship models grew quickly in the \
    first years.

    The roof was repaired in the 1950s after a storm. The town spent forty thousand pounds on the work. The museum \
    closes twice a year for cleaning.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    func conflict(_ statement: String, sentence: Int, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck.Conflict? {
        let top = Self.index.locate(statement, limit: 1).first
        XCTAssertEqual(top?.sentence, sentence, statement, file: file, line: line)
        return top.flatMap { Self.index.check(statement, against: $0.sentence).conflict }
    }

    func testDecadesAndTimesCountedInWordsAreRead() {
        let lexicon = Self.index.lexicon
        XCTAssertEqual(TimeReference.references(in: ["in", "the", "1950s"], lexicon: lexicon).map(\.text), ["1950s"])
        XCTAssertTrue(TimeReference.references(in: ["in", "1955"], lexicon: lexicon)[0]
            .agrees(with: TimeReference.references(in: ["the", "1950s"], lexicon: lexicon)[0]), "a year of the decade")
        XCTAssertEqual(Amount.amounts(in: ["closes", "twice", "a", "year"], lexicon: lexicon).map(\.value), [2])
        XCTAssertEqual(Amount.amounts(in: ["once", "a", "week"], lexicon: lexicon).map(\.value), [1])
        XCTAssertEqual(Amount.amounts(in: ["once", "the", "roof", "was", "repaired"], lexicon: lexicon), [], "\"once\" as \"as soon as\"")
        // "Half" of a whole is 50 percent; "half an hour" is no share.
        let half = Amount.amounts(in: ["half", "the", "visitors"], lexicon: lexicon)
        XCTAssertNil(Amount.replaced(in: half, by: Amount.amounts(in: ["50", "percent", "of", "visitors"], lexicon: lexicon)))
        XCTAssertEqual(Amount.replaced(in: half, by: Amount.amounts(in: ["80", "percent", "of", "visitors"], lexicon: lexicon))?.sentence.text, "80 percent")
        XCTAssertEqual(Amount.amounts(in: ["half", "an", "hour"], lexicon: lexicon), [])
    }

    /// A year the passage writes counts wherever it stands, also before a word that is no stop word ("died in
    /// 1810, leaving …", "In 2025 the Trust …" reads as "in 2025 trust").
    func testAYearThePassageWritesSupportsTheStatement() {
        let lexicon = Self.index.lexicon
        let said = TimeReference.references(in: ["she", "died", "in", "1810", "in", "debt"], lexicon: lexicon)
        let passage = ["she", "died", "in", "1810", "leaving", "debts"]
        XCTAssertEqual(said.map(\.text), ["1810"])
        XCTAssertNil(Specifics.unsupportedYear(statement: said, passage: TimeReference.references(in: passage, lexicon: lexicon),
                                               passageWords: passage))
        let other = ["she", "died", "in", "1812", "leaving", "debts"]
        XCTAssertEqual(Specifics.unsupportedYear(statement: said, passage: TimeReference.references(in: other, lexicon: lexicon),
                                                 passageWords: other)?.text, "1810")
    }

    func testAnotherDecadeIsAConflict() {
        XCTAssertEqual(conflict("the roof was repaired in the 1970s after a storm", sentence: 2),
                       .time(statement: "1970s", sentence: "1950s"))
        XCTAssertNil(conflict("a storm damaged the roof and it was repaired in the 1950s", sentence: 2))
    }

    func testAnAmountOrYearThePassageNeverGivesIsUnsupported() {
        // The sentence gives no amount to set against it, and nothing around it gives 60 percent.
        XCTAssertEqual(conflict("the storm damaged 60 percent of the roof before it was repaired", sentence: 2),
                       .unsupported("60 percent"))
        // The amount the next sentence gives is no unsupported one.
        XCTAssertNil(Self.index.check("after the storm the roof was repaired for forty thousand pounds", against: 2).conflict)
        XCTAssertEqual(conflict("the museum's collection of ship models grew quickly after 2005", sentence: 1),
                       .unsupported("2005"))
        XCTAssertNil(conflict("the museum's collection of ship models grew fast after it opened in 1998", sentence: 1))
        // An amount of things, not of a measure, is said in other words too often to count ("both" for "two").
        XCTAssertNil(Specifics.unsupportedAmount(statement: Amount.amounts(in: ["two", "parties"], lexicon: Self.index.lexicon),
                                                 passage: [], lexicon: Self.index.lexicon))
    }

    func testATimeOnTheOtherSideOfTheSameEventIsAConflict() {
        func words(_ text: String) -> [String] { QueryParser.words(of: text) }
        XCTAssertEqual(TimeReference.otherSide(statement: words("visits rose after the storm"), sentence: words("Before the storm, visits rose."))
            .map { [$0.statement, $0.sentence] }, ["after the storm", "before the storm"])
        XCTAssertNil(TimeReference.otherSide(statement: words("visits rose after the storm"), sentence: words("After a storm, visits rose.")))
        XCTAssertNil(TimeReference.otherSide(statement: words("since the storm visits rose"), sentence: words("Visits rose after the storm.")))
    }

    func testTwiceIsAnAmount() {
        XCTAssertEqual(conflict("the museum closes four times a year for cleaning", sentence: 4),
                       .amount(statement: "four times", sentence: "twice"))
        XCTAssertNil(conflict("twice a year the museum shuts for cleaning", sentence: 4))
    }
}
