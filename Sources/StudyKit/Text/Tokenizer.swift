/// Finds the words of a text: runs of letters and digits, keeping an apostrophe, hyphen or dot that joins two of
/// them ("don't", "power-sharing", "U.S", "3.14"). Works on UTF-8 bytes for speed; any non-ASCII byte counts as
/// part of a word, so accented and non-Latin words stay whole.
public struct Tokenizer: Sendable {
    public init() {}

    /// Calls `body` with the byte range of each word in `bytes[range]`.
    public func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (Range<Int>) -> Void) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // Skip to a word character.
            while i < end, !Self.isWordByte(bytes, i, end) { i += 1 }
            guard i < end else { return }
            let start = i
            var segmentStart = i
            while i < end {
                if Self.isWordByte(bytes, i, end) { i += 1; continue }
                // A joiner between two word characters stays inside the word; a dot only inside a number
                // ("3.14") or after a single letter ("U.S", "e.g").
                let j = Self.joinerLength(bytes, i, end)
                guard j > 0, i + j < end, Self.isWordByte(bytes, i + j, end) else { break }
                if bytes[i] == UInt8(ascii: ".") {
                    let digits = Self.isDigit(bytes[i - 1]) && Self.isDigit(bytes[i + 1])
                    guard digits || i - segmentStart == 1 else { break }
                }
                i += j
                segmentStart = i
            }
            body(start..<i)
        }
    }

    @inline(__always)
    static func isWordByte(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let c = b[i]
        if c >= 0x80 {
            // Typographic punctuation (U+2000–U+206F: dashes, curly quotes, ellipsis) is not part of a word.
            if c == 0xE2, i + 1 < end, b[i + 1] == 0x80 || b[i + 1] == 0x81 { return false }
            if (c & 0xC0) == 0x80 {
                // A continuation byte: part of whatever its lead byte was.
                var k = i
                while k > 0, (b[k] & 0xC0) == 0x80 { k -= 1 }
                return !(b[k] == 0xE2 && k + 1 < end && (b[k + 1] == 0x80 || b[k + 1] == 0x81))
            }
            // Guillemets and inverted marks in Latin-1 are punctuation.
            if c == 0xC2, i + 1 < end, [0xAB, 0xBB, 0xBF, 0xA1].contains(b[i + 1]) { return false }
            return true
        }
        return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
    }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Length of an in-word joiner at `i`: `'`, `-`, `.`, or the right single quote `’` (3 bytes).
    @inline(__always)
    static func joinerLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        switch b[i] {
        case UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "."): return 1
        case 0xE2 where i + 2 < end && b[i + 1] == 0x80 && b[i + 2] == 0x99: return 3
        default: return 0
        }
    }
}
