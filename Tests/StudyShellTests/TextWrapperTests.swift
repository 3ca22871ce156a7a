import Foundation
import XCTest
@testable import StudyShell

/// Wrapping is linear in the text (a word of megabytes is cut in one pass) and counts columns, not characters.
final class TextWrapperTests: XCTestCase {
    func testATwoMegabyteWordWrapsInLinearTime() {
        let word = String(repeating: "x", count: 2_000_000)
        let start = Date()
        let lines = TextWrapper.wrap([Span("a " + word + " b")], width: 80)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(lines.count, 2 + 2_000_000 / 80)
        XCTAssertTrue(lines.allSatisfy { $0.reduce(0) { $0 + TextWrapper.displayWidth($1.text) } <= 80 })
        // Release builds take well under 0.1 s; a quadratic cut took 25 s here. Debug builds are slower.
        XCTAssertLessThan(seconds, 2.0)
    }

    func testDoubleWidthCharactersNeverOverflowALine() {
        let text = String(repeating: "日本語の文章です。", count: 40) + " 한국어 " + String(repeating: "中", count: 100)
        for width in [20, 41, 60] {
            for line in TextWrapper.wrap([Span(text)], width: width, firstPrefix: [Span("  P1 ")], indent: 4) {
                XCTAssertLessThanOrEqual(line.reduce(0) { $0 + TextWrapper.displayWidth($1.text) }, width)
            }
        }
        XCTAssertEqual(TextWrapper.displayWidth("中a"), 3)
    }
}
