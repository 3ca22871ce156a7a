/// Turns decoded essay text into the one normalised text that every later stage and every range refers to.
///
/// Normalisation: a leading byte-order mark is dropped; CRLF and lone CR become LF; Unicode line and paragraph
/// separators (and VT, FF, NEL) become LF; tabs and non-breaking or other exotic spaces become a plain space; runs
/// of spaces are folded into one and spaces at the start or end of a line are dropped; C0/C1 control characters,
/// DEL, zero-width and bidirectional-control characters are removed (so an essay can never smuggle an escape
/// sequence to the terminal). Smart quotes, dashes and all other characters are kept exactly as written.
/// Works on UTF-8 bytes: only a few lead bytes (0xC2, 0xE1, 0xE2, 0xE3, 0xEF) need a closer look.
public enum TextNormalizer {
    /// Normalises already-decoded (valid UTF-8) text.
    public static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input in
            // The output is never longer than the input: every byte written replaces at least one byte read.
            String(unsafeUninitializedCapacity: input.count) { out in normalize(input, into: out) }
        }
    }

    /// The length of the escape sequence at `i` (an ESC): CSI (`ESC [` … final byte), a string command (`ESC ]`,
    /// `ESC P`, `ESC X`, `ESC ^`, `ESC _`, up to BEL or `ESC \\` on the same line, at most 512 bytes) or ESC plus one
    /// character; 1 (the ESC alone) when the bytes after it form none of these.
    static func escapeLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count
        guard i + 1 < n else { return 1 }
        switch b[i + 1] {
        case 0x5B:
            var j = i + 2
            while j < n, j - i < 64, (0x20...0x3F).contains(b[j]) { j += 1 }
            return j < n && (0x40...0x7E).contains(b[j]) ? j + 1 - i : 1
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:
            var j = i + 2
            while j < n, j - i < 512, b[j] != 0x0A {
                if b[j] == 0x07 { return j + 1 - i }
                if b[j] == 0x1B { return j + 1 < n && b[j + 1] == 0x5C ? j + 2 - i : 1 }
                j += 1
            }
            return 1
        case 0x20...0x7E: return 2
        default: return 1
        }
    }

    /// Writes the normalised form of `input` into `out`; returns the number of bytes written.
    private static func normalize(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var w = 0
        var pendingSpace = false
        var atLineStart = true
        var i = 0
        let n = input.count
        if n >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { i = 3 }

        while i < n {
            let c = input[i]
            // What this character is: 0 keep `length` bytes, 1 space, 2 line break, 3 drop.
            var action = 0
            var length = 1
            if c >= 0x21 && c < 0x7F {
                action = 0
            } else {
                switch c {
                case 0x20, 0x09: action = 1
                case 0x0A, 0x0B, 0x0C: action = 2
                case 0x0D:
                    action = 2
                    if i + 1 < n && input[i + 1] == 0x0A { length = 2 }
                case 0x1B:
                    // A whole escape sequence (a colour code, a title set) goes, not only its ESC.
                    action = 3; length = escapeLength(input, at: i)
                case 0x00...0x1F, 0x7F: action = 3
                case 0xC2 where i + 1 < n:
                    let d = input[i + 1]
                    length = 2
                    action = d == 0x85 ? 2 : d == 0xA0 ? 1 : (d >= 0x80 && d <= 0x9F) ? 3 : 0
                case 0xE1 where i + 2 < n && input[i + 1] == 0x9A && input[i + 2] == 0x80:  // U+1680 ogham space
                    action = 1; length = 3
                case 0xE2 where i + 2 < n && (input[i + 1] == 0x80 || input[i + 1] == 0x81):
                    // U+2000–U+207F: spaces, zero-width and bidi controls, separators.
                    let scalar = 0x2000 + (UInt32(input[i + 1] & 0x0F) << 6) + UInt32(input[i + 2] & 0x3F)
                    length = 3
                    switch scalar {
                    case 0x2000...0x200A, 0x202F, 0x205F: action = 1
                    case 0x2028, 0x2029: action = 2
                    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F: action = 3
                    default: action = 0
                    }
                case 0xE3 where i + 2 < n && input[i + 1] == 0x80 && input[i + 2] == 0x80:  // U+3000
                    action = 1; length = 3
                case 0xEF where i + 2 < n && input[i + 1] == 0xBB && input[i + 2] == 0xBF:  // stray U+FEFF
                    action = 3; length = 3
                default:
                    length = min(c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1, n - i)
                }
            }
            switch action {
            case 0:
                if pendingSpace { out[w] = 0x20; w += 1; pendingSpace = false }
                atLineStart = false
                for k in 0..<length { out[w + k] = input[i + k] }
                w += length
            case 1:
                if !atLineStart { pendingSpace = true }
            case 2:
                pendingSpace = false
                out[w] = 0x0A
                w += 1
                atLineStart = true
            default:
                break
            }
            i += length
        }
        return w
    }
}
