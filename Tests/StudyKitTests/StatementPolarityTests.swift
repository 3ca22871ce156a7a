import XCTest
@testable import StudyKit

/// The polarity checks of `where` (denials, antonyms, comparisons) on a text written for them: a denial, an antonym
/// or a comparison counts against a statement only where it speaks about what the statement says.
final class StatementPolarityTests: XCTestCase {
    static let text = """
    Towns that banned cars from their centres have seen air pollution fall, despite growth in traffic on the ring \
    roads. The mill cuts the logs into shorter planks that dry faster. Old keys turn in the lock harder than new ones. \
    When the market moved indoors, stalls sold more bread within a year, and the police recorded fewer thefts in the \
    square.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    /// The check of a statement against the sentence found first, which must be `sentence`.
    func check(_ statement: String, sentence: Int, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck? {
        let top = Self.index.locate(statement, limit: 1).first
        XCTAssertEqual(top?.sentence, sentence, statement, file: file, line: line)
        return top.map { Self.index.check(statement, against: $0.sentence) }
    }

    func testAnAntonymOpposesOnlyAWordTheSentenceDoesNotSayOtherwise() {
        // "fell" is the sentence's "fall": its "growth" opposes nothing.
        XCTAssertNil(check("air pollution fell in towns that banned cars from their centres", sentence: 0)?.conflict)
        // "shorter" is the statement's own word, not an antonym of its "lengths".
        XCTAssertNil(check("the mill cuts logs into shorter lengths that dry faster", sentence: 1)?.conflict)
        // "less easily" says what "harder" says; "more easily" is opposed by it.
        XCTAssertNil(check("old keys turn in the lock less easily than new ones", sentence: 2)?.conflict)
        XCTAssertEqual(check("old keys turn in the lock easily, unlike new ones", sentence: 2)?.conflict,
                       .antonym(statement: "easily", sentence: "harder"))
    }

    func testAComparisonInAnotherClauseTurnsNothing() {
        XCTAssertNil(check("after the market moved indoors stalls sold more bread within a year", sentence: 3)?.conflict)
        XCTAssertEqual(check("stalls sold less bread within a year after the market moved indoors", sentence: 3)?.conflict,
                       .direction(statement: "less", sentence: "more"))
    }

    func testASentenceIsCutIntoClausesAndTheStatementsAreKept() {
        let words = ["when", "it", "rained", "the", "club", "grew", "and", "the", "pitch", "flooded", "but", "fans", "came"]
        var punctuation = [Character?](repeating: nil, count: words.count)
        punctuation[3] = ","
        punctuation[6] = ","
        let matched = words.map { ["club", "grew", "rained"].contains($0) }
        let scope = SentenceScope(words: words, punctuation: punctuation, matched: matched)
        // The opening "when" clause ends at its comma, ", and" opens one, and "but" another.
        XCTAssertEqual(scope.clause, [0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3])
        XCTAssertEqual(scope.scopedWords, ["when", "it", "rained", "the", "club", "grew"])
    }
}
