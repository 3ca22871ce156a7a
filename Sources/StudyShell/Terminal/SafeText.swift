/// Makes text from a file safe to print: escape sequences (CSI, OSC, DCS and two-byte ESC forms) are removed whole,
/// and every other control character (C0 but newline, DEL, C1, bidirectional overrides) is dropped.
public enum SafeText {
    public static func clean(_ text: String) -> String {
        // Fast path: plain printable text needs no copy.
        if !text.unicodeScalars.contains(where: isUnsafe) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            if s.value == 0x1B {
                skipEscape(&scalars)
            } else if s.value == 0x9B {
                skipCSIBody(&scalars)
            } else if !isUnsafe(s) {
                out.append(s)
            }
        }
        return String(out)
    }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x0A { return false }
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    private static func skipEscape(_ it: inout String.UnicodeScalarView.Iterator) {
        guard let next = it.next() else { return }
        switch next {
        case "[": skipCSIBody(&it)
        case "]", "P", "X", "^", "_":
            // String commands end at BEL or ESC \.
            while let c = it.next() {
                if c.value == 0x07 || c.value == 0x9C { return }
                if c.value == 0x1B { _ = it.next(); return }
            }
        default: return  // two-byte sequence: ESC plus one character, both dropped
        }
    }

    private static func skipCSIBody(_ it: inout String.UnicodeScalarView.Iterator) {
        while let c = it.next() {
            if (0x40...0x7E).contains(c.value) { return }
        }
    }
}
