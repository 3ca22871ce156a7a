import XCTest
@testable import StudyKit

extension EvidenceIndex {
    /// Checks `statement` against the sentence `locate` puts first, asserting that it is sentence `expected`; nil when
    /// nothing is found.
    func checkFirstHit(_ statement: String, expecting expected: Int, file: StaticString = #filePath,
                       line: UInt = #line) -> StatementCheck? {
        let top = locate(statement, limit: 1).first
        XCTAssertEqual(top?.sentence, expected, statement, file: file, line: line)
        return top.map { check(statement, against: $0.sentence) }
    }
}
