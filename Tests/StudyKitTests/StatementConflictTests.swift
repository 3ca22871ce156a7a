import XCTest
@testable import StudyKit

/// The conflicts `where` names between a statement and the sentence it found first, one class at a time, on a text
/// written for it: each statement that swaps an amount, a time, a direction, an absolute or a modality is refused
/// with its reason, and the same statement said in other words is not.
final class StatementConflictTests: XCTestCase {
    static let text = """
    The library opened its new wing last September, after years of fundraising. The wing cost eighteen \
    thousand pounds, paid by a local charity. Borrowers now wait fewer days for popular novels. Only volunteers \
    staff the reading room on Sundays. Most branches keep late hours in the week, though a few close early. The town \
    council should extend the opening hours in winter. The mayor could help by opening the hall to readers. Visits to the children's corner rose by a third.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    /// The conflict between a statement and the sentence found first, which must be `sentence`.
    func conflict(_ statement: String, sentence: Int, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck.Conflict? {
        let top = Self.index.locate(statement, limit: 1).first
        XCTAssertEqual(top?.sentence, sentence, statement, file: file, line: line)
        return top.flatMap { Self.index.check(statement, against: $0.sentence).conflict }
    }

    func testNumbersAreReadFromWordNetAsValues() {
        let lexicon = Self.index.lexicon
        XCTAssertEqual(lexicon.numberValue(of: "twelve")?.value, 12)
        XCTAssertEqual(lexicon.numberValue(of: "fifty-five")?.value, 55)
        XCTAssertEqual(lexicon.numberValue(of: "dozen")?.value, 12)
        XCTAssertEqual(lexicon.numberValue(of: "19th"), Lexicon.NumberValue(value: 19, ordinal: true))
        XCTAssertNil(lexicon.numberValue(of: "pound"))
        XCTAssertNil(lexicon.numberValue(of: "single"))
        let amounts = Amount.amounts(in: ["it", "cost", "twenty", "five", "million", "pounds", "and", "4", "percent"], lexicon: lexicon)
        XCTAssertEqual(amounts.map(\.value), [25_000_000, 4])
        XCTAssertEqual(amounts.map(\.text), ["twenty five million pounds", "4 percent"])
        // "3,000" comes from the tokenizer as "3" and "000".
        XCTAssertEqual(Amount.amounts(in: ["lends", "3", "000", "items"], lexicon: lexicon).map(\.value), [3000])
    }

    /// A currency sign before a number is the amount's unit, whether the tokenizer keeps it on the number or not,
    /// and the number's thousands still join it.
    func testAnAmountInACurrencyIsReadWithItsSign() {
        let lexicon = Self.index.lexicon
        let kept = Amount.amounts(in: QueryParser.words(of: "the plan would save £460,000 a year"), lexicon: lexicon)
        XCTAssertEqual(kept.map(\.value), [460_000])
        XCTAssertEqual(kept.map(\.text), ["£460,000"])
        XCTAssertEqual(kept.map(\.unit), ["£"])
        XCTAssertEqual(kept.map(\.isMoney), [true])
        XCTAssertEqual(kept.map(\.unitWord), [nil])
        XCTAssertEqual(Specifics.unsupportedAmount(statement: kept, passage: Amount.amounts(in: ["it", "saves", "640", "000"], lexicon: lexicon),
                                                   lexicon: lexicon)?.text, "£460,000", "money the passage never gives")
        let apart = Amount.amounts(in: ["it", "cost", "$", "12", "500", "in", "all"], lexicon: lexicon)
        XCTAssertEqual(apart.map(\.value), [12_500])
        XCTAssertEqual(apart.map(\.unit), ["$"])
        // A dollar sign is no word character to the tokenizer: a statement's words keep it on the number.
        let dollars = Amount.amounts(in: QueryParser.words(of: "it cost $12,500 in all", dollarSigns: true), lexicon: lexicon)
        XCTAssertEqual(dollars.map(\.text), ["$12,500"])
        XCTAssertEqual(dollars.map(\.isMoney), [true])
        XCTAssertFalse(QueryParser.words(of: "it cost $12,500 in all").contains { $0.hasPrefix("$") }, "searching reads the bare number")
        let pair = Amount.replaced(in: Amount.amounts(in: QueryParser.words(of: "it saves £460,000 in two years"), lexicon: lexicon),
                                   by: Amount.amounts(in: QueryParser.words(of: "it saves £640,000 in two years"), lexicon: lexicon))
        XCTAssertEqual(pair.map { [$0.statement.text, $0.sentence.text] }, ["£460,000", "£640,000"])
    }

    /// "Per cent" makes a share as "percent" does, so that "a quarter" gives "25 per cent".
    func testPerCentIsAShare() {
        let lexicon = Self.index.lexicon
        let amounts = Amount.amounts(in: QueryParser.words(of: "the kettle used 25 per cent more power"), lexicon: lexicon)
        XCTAssertEqual(amounts.map(\.text), ["25 per cent"])
        XCTAssertEqual(amounts.map(\.isShare), [true])
        XCTAssertTrue(amounts[0].agrees(with: Amount.amounts(in: ["about", "a", "quarter", "more"], lexicon: lexicon)[0]))
        // A share's whole may be followed by a stop word that WordNet also knows as a noun ("in", an inch).
        let shares = Amount.amounts(in: QueryParser.words(of: "one flat in seven in 2016"), lexicon: lexicon)
        XCTAssertEqual(shares.first?.text, "one flat in seven")
        XCTAssertEqual(shares.first?.isShare, true)
    }

    /// Dollars are compared as money on both sides, the sentence's sign read from its text.
    func testDollarsAreReadAsMoney() {
        let index = EvidenceIndex(model: Fixtures.model("The music service charges $45 a term. The board meets in March."))
        XCTAssertEqual(index.check("lessons cost $54 a term", against: 0).conflict, .amount(statement: "$54", sentence: "$45"))
        XCTAssertNil(index.check("the music service charges 45 dollars a term", against: 0).conflict)
        XCTAssertNil(index.check("the music service charges $45 a term", against: 0).conflict)
    }

    func testAnAmountTheSentenceGivesOtherwiseIsAConflict() {
        XCTAssertEqual(conflict("the new wing cost twenty thousand pounds from a charity", sentence: 1),
                       .amount(statement: "twenty thousand pounds", sentence: "eighteen thousand pounds"))
        // The same amount in digits agrees.
        XCTAssertNil(conflict("a local charity paid 18000 pounds for the wing", sentence: 1))
        // An amount the statement repeats is no amount it replaces: the extra one is named against nothing.
        let lexicon = Self.index.lexicon
        XCTAssertNil(Amount.replaced(in: Amount.amounts(in: ["shut", "four", "times", "in", "six", "years"], lexicon: lexicon),
                                     by: Amount.amounts(in: ["shut", "often", "in", "six", "years"], lexicon: lexicon)))
        // Of two amounts the sentence does not give, the one of the same unit as the sentence's is named.
        let pair = Amount.replaced(in: Amount.amounts(in: ["four", "times", "in", "six", "years"], lexicon: lexicon),
                                   by: Amount.amounts(in: ["often", "in", "eight", "years"], lexicon: lexicon))
        XCTAssertEqual(pair.map { [$0.statement.text, $0.sentence.text] }, ["six years", "eight years"])
    }

    func testAComparisonTurnedTheOtherWayIsAConflict() {
        XCTAssertEqual(conflict("borrowers now wait more days for popular novels", sentence: 2),
                       .direction(statement: "more", sentence: "fewer"))
        XCTAssertNil(conflict("people borrowing popular novels wait fewer days than before", sentence: 2))
    }

    func testAComparisonWithItsSidesSwappedIsAConflict() {
        func words(_ text: String) -> [String] { QueryParser.words(of: text) }
        let lexicon = Self.index.lexicon
        let sentence = words("Repairing the old bridge would cost more than building a new one, and it would still need work.")
        XCTAssertEqual(Direction.swapped(statement: words("building a new bridge would cost more than repairing the old one"),
                                         sentence: sentence, lexicon: lexicon).map { [$0.statement, $0.sentence] },
                       ["more than repairing", "more than building"])
        XCTAssertNil(Direction.swapped(statement: words("repairing the old bridge costs more than building a new one"),
                                       sentence: sentence, lexicon: lexicon))
        XCTAssertNil(Direction.swapped(statement: words("a repair would be pricier than building anew"),
                                       sentence: sentence, lexicon: lexicon))
    }

    func testAnotherTimeIsAConflict() {
        XCTAssertEqual(conflict("the library opened its new wing two years ago", sentence: 0),
                       .time(statement: "two years ago", sentence: "last september"))
        XCTAssertNil(conflict("the new wing opened last September when years of fundraising ended", sentence: 0))
        // A point in time is set against a point, not against a stretch of the same length.
        let sentence = TimeReference.references(in: ["began", "last", "september", "after", "two", "years"], lexicon: Self.index.lexicon)
        let statement = TimeReference.references(in: ["began", "two", "years", "ago"], lexicon: Self.index.lexicon)
        XCTAssertEqual(TimeReference.replaced(in: statement, by: sentence)?.sentence.text, "last september")
        // A time the statement repeats is replaced by nothing: its other time is set against no time of the sentence.
        XCTAssertNil(TimeReference.replaced(in: TimeReference.references(in: ["open", "three", "days", "a", "week", "for", "two", "years"], lexicon: Self.index.lexicon),
                                            by: TimeReference.references(in: ["open", "at", "weekends", "for", "two", "years"], lexicon: Self.index.lexicon)))
        // "Two years back" is "two years ago"; "the past year" is "the last year".
        XCTAssertNil(TimeReference.replaced(in: TimeReference.references(in: ["two", "years", "back"], lexicon: Self.index.lexicon),
                                            by: statement))
        XCTAssertNil(TimeReference.replaced(in: TimeReference.references(in: ["the", "past", "year"], lexicon: Self.index.lexicon),
                                            by: TimeReference.references(in: ["the", "last", "year"], lexicon: Self.index.lexicon)))
    }

    func testAnAbsoluteTheSentenceDoesNotMakeIsAConflict() {
        XCTAssertEqual(conflict("volunteers staff the reading room every day", sentence: 3), .absolute("every"))
        XCTAssertNil(conflict("volunteers alone staff the reading room on Sundays", sentence: 3))
        XCTAssertNil(Absolutes.unbacked(statement: ["every", "house"], sentence: ["from", "any", "house"], lexicon: Self.index.lexicon,
                                        denies: { $0 == "not" }), "a free-choice \"any\" backs \"every\"")
        // "Never" claims for all time against a sentence that says how often, not against one past act.
        let denies: (String) -> Bool = { ["not", "fail", "never"].contains($0) }
        XCTAssertEqual(Absolutes.unbacked(statement: ["small", "dams", "never", "last"], sentence: ["small", "dams", "often", "fail"],
                                          lexicon: Self.index.lexicon, denies: denies), "never")
        XCTAssertNil(Absolutes.unbacked(statement: ["the", "mayor", "never", "replied"], sentence: ["the", "mayor", "did", "not", "reply"],
                                        lexicon: Self.index.lexicon, denies: denies))
        // "Most" backs no "all".
        XCTAssertEqual(conflict("all branches keep late hours in the week", sentence: 4), .absolute("all"))
    }

    func testAThingStatedAsDoneThatTheSentenceRecommendsIsAConflict() {
        XCTAssertEqual(conflict("the town council extended the opening hours in winter", sentence: 5),
                       .modality(statement: "extended", sentence: "should extend"))
        XCTAssertNil(conflict("the council ought to extend opening hours in winter", sentence: 5))
        // What the modal governs includes its means.
        XCTAssertEqual(conflict("the mayor opened the hall to readers", sentence: 6),
                       .modality(statement: "opened", sentence: "could help by opening"))
        // A verb governed through "to" is planned, not done.
        XCTAssertEqual(Modality.mismatch(statement: ["the", "council", "closed", "the", "pool"],
                                         sentence: ["the", "council", "proposed", "to", "close", "the", "pool"], lexicon: Self.index.lexicon)?.sentence,
                       "proposed to close")
        // "Already" or a perfect states as done what the sentence predicts or recommends.
        // ("funds" may be a noun: only "already" makes it a verb stated as done.)
        let funds = ["the", "county", "already", "funds", "the", "service"], shouldFund = ["the", "county", "should", "fund", "the", "service"]
        XCTAssertNil(Modality.mismatch(statement: funds, sentence: shouldFund, lexicon: Self.index.lexicon))
        XCTAssertEqual(Modality.doneAgainstModal(statement: funds, sentence: shouldFund, lexicon: Self.index.lexicon).map { [$0.statement, $0.sentence] },
                       ["already funds", "should fund"])
        XCTAssertEqual(Modality.doneAgainstModal(statement: ["the", "board", "has", "voted", "on", "the", "plan"],
                                                 sentence: ["the", "board", "will", "vote", "on", "the", "plan"], lexicon: Self.index.lexicon)?.sentence,
                       "will vote")
        XCTAssertNil(Modality.doneAgainstModal(statement: ["the", "board", "will", "vote", "on", "the", "plan"],
                                               sentence: ["the", "board", "will", "vote", "on", "the", "plan", "next", "week"], lexicon: Self.index.lexicon))
        // "Already" against a sentence that only looks ahead, by another verb; not when the sentence states the
        // statement's verb or says "already" too.
        func done(_ statement: String, _ sentence: String) -> [String]? {
            Modality.doneAgainstModal(statement: QueryParser.words(of: statement), sentence: QueryParser.words(of: sentence),
                                      lexicon: Self.index.lexicon).map { [$0.statement, $0.sentence] }
        }
        XCTAssertEqual(done("the trust has already bought the mill", "The trust will decide in May whether to sell the old mill."),
                       ["already bought", "will decide"])
        XCTAssertNil(done("the trust has already bought the mill", "The trust bought the mill in May and will restore it."))
        XCTAssertNil(done("the trust has already bought the mill", "The trust has already bought the mill and will restore it."))
        // The reverse: a recommendation where the sentence reports.
        XCTAssertEqual(conflict("visits to the children's corner should rise by a third", sentence: 7),
                       .modality(statement: "should rise", sentence: "rose"))
    }
}
