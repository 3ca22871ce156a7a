import Foundation
import XCTest
@testable import StudyKit

/// Session dates are read by hand in the two forms study writes; the instant must be the formatter's to the bit,
/// and anything else must still go to the formatter.
final class SessionDatesTests: XCTestCase {
    /// A fixed sequence of pseudo-random numbers (the test is the same on every run).
    struct Sequence { var state: UInt64; mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    } }

    func text(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, _ ms: Int?) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(repeating: "0", count: 4 - String(y).count) + String(y)
        let fraction = ms.map { "." + String(repeating: "0", count: 3 - String($0).count) + String($0) } ?? ""
        return "\(year)-\(two(mo))-\(two(d))T\(two(h)):\(two(mi)):\(two(s))\(fraction)Z"
    }

    func testTheHandReadingGivesTheFormattersInstant() {
        var random = Sequence(state: 20)
        for i in 0..<20_000 {
            let year = i % 4 == 0 ? 1970 + random.next(130) : 1600 + random.next(8400)
            let s = text(year, 1 + random.next(12), 1 + random.next(28), random.next(24), random.next(60), random.next(60),
                         i % 3 == 0 ? nil : random.next(1000))
            let exact = SessionDates.parseExact(s)
            XCTAssertNotNil(exact, s)
            XCTAssertEqual(exact?.timeIntervalSinceReferenceDate.bitPattern,
                           SessionDates.parseByFormatter(s)?.timeIntervalSinceReferenceDate.bitPattern, s)
        }
        for s in ["2024-02-29T23:59:59.999Z", "2000-02-29T00:00:00Z", "1600-01-01T00:00:00.000Z", "9999-12-31T23:59:59Z",
                  "1969-12-31T23:59:59.001Z", "2026-11-30T06:10:08.299Z"] {
            XCTAssertEqual(SessionDates.parseExact(s), SessionDates.parseByFormatter(s), s)
            XCTAssertNotNil(SessionDates.parseExact(s), s)
        }
    }

    func testWhatItWritesReadsBackToTheSameMillisecond() {
        var random = Sequence(state: 7)
        for _ in 0..<5_000 {
            let date = Date(timeIntervalSinceReferenceDate: Double(random.next(4_000_000_000)) / 1_000 * 1_000 - 1e9
                            + Double(random.next(1000)) / 1_000)
            let s = SessionDates.format(date)
            XCTAssertEqual(SessionDates.parse(s), SessionDates.parseByFormatter(s), s)
            XCTAssertEqual(SessionDates.format(SessionDates.parse(s)!), s)
        }
    }

    func testOtherFormsAreLeftToTheFormatter() {
        for s in ["2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31T10:00:00Z", "2026-01-01T24:00:00Z",
                  "2026-01-01T10:60:00Z", "2026-01-01T10:00:60Z", "2026-01-01T10:00:00.5Z", "2026-01-01T10:00:00+01:00",
                  "2026-01-01 10:00:00Z", "1500-01-01T00:00:00Z", "2026-01-01T10:00:00.12aZ", "２026-01-01T10:00:00Z", ""] {
            XCTAssertNil(SessionDates.parseExact(s), s)
            XCTAssertEqual(SessionDates.parse(s), SessionDates.parseByFormatter(s), s)
        }
    }
}
