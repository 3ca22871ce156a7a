import Foundation

/// ISO 8601 in UTC with milliseconds (`2026-05-01T09:30:12.250Z`); reading also accepts whole seconds.
/// One formatter of each kind, made once (making one compiles its pattern, which cost more than the rest of
/// encoding or decoding a session) and used under a lock (a formatter is not safe to share between threads).
/// Reading the two forms study writes is done by hand, to the same instant the formatter gives: ICU clones its
/// pattern on every parse, which was a quarter of decoding a session; any other text goes to the formatters.
public enum SessionDates {
    private static let lock = NSLock()
    nonisolated(unsafe) private static let milliseconds: ISO8601DateFormatter = {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }()
    nonisolated(unsafe) private static let seconds: ISO8601DateFormatter = {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f
    }()

    public static func format(_ date: Date) -> String {
        lock.withLock { milliseconds.string(from: date) }
    }

    public static func parse(_ s: String) -> Date? {
        parseExact(s) ?? parseByFormatter(s)
    }

    /// What the formatters read (the reference the hand-written reading is tested against).
    static func parseByFormatter(_ s: String) -> Date? {
        lock.withLock { milliseconds.date(from: s) ?? seconds.date(from: s) }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.mmmZ` with every field in range, years 1600–9999 (the Gregorian
    /// calendar throughout); nil for anything else. The instant is computed as ICU does: milliseconds since 1970 as
    /// a Double, divided by 1,000.
    static func parseExact(_ s: String) -> Date? {
        s.utf8.withContiguousStorageIfAvailable { parseExact(bytes: $0) } ?? nil
    }

    private static func parseExact(bytes b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard b.count == 20 || b.count == 24 else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for i in from..<(from + count) {
                let d = Int(b[i]) - 48
                guard d >= 0, d <= 9 else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[b.count - 1] == UInt8(ascii: "Z"),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
        var millis = 0
        if b.count == 24 {
            guard b[19] == UInt8(ascii: "."), let m = number(20, 3) else { return nil }
            millis = m
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1600...9999).contains(year), (1...12).contains(month), day >= 1, day <= monthDays[month - 1],
              hour < 24, minute < 60, second < 60 else { return nil }
        let seconds = daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
        return Date(timeIntervalSinceReferenceDate: Double(seconds * 1_000 + millis) / 1_000 - 978_307_200)
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (negative before it).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
