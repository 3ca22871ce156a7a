/// Turns raw essay bytes into the one normalised text that every later stage and every character range refers to.
///
/// Normalisation: a leading byte-order mark is dropped; CRLF and lone CR become LF; Unicode line and paragraph
/// separators become LF; tabs and non-breaking or other exotic spaces become a plain space; runs of spaces are
/// folded into one and trailing spaces on a line are dropped; C0/C1 control characters, DEL, zero-width and
/// bidirectional-override characters are removed (an essay can then never smuggle an escape sequence to the
/// terminal). Smart quotes, dashes and other punctuation are kept exactly as written.
public enum TextNormalizer {
    /// Normalises already-decoded text.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var atLineStart = true
        var first = true
        for scalar in text.unicodeScalars {
            defer { first = false }
            let v = scalar.value
            if first && v == 0xFEFF { continue }
            switch v {
            case 0x0A, 0x0D, 0x2028, 0x2029, 0x0B, 0x0C, 0x85:
                // CR handled by folding CRLF: a CR followed by LF yields one LF, see below.
                if v == 0x0A, let last = out.last, last == "\r" {
                    out.removeLast()
                }
                pendingSpace = false
                out.append(v == 0x0D ? "\r" : "\n")
                atLineStart = true
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                if !atLineStart { pendingSpace = true }
            case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF:
                continue
            default:
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                atLineStart = false
                out.append(scalar)
            }
        }
        // A trailing lone CR (or any CR not followed by LF) is a line break of its own.
        var result = String(out)
        if result.contains("\r") { result = result.replacingCRs() }
        return result
    }
}

private extension String {
    func replacingCRs() -> String {
        var scalars = String.UnicodeScalarView()
        for s in unicodeScalars { scalars.append(s == "\r" ? "\n" : s) }
        return String(scalars)
    }
}
