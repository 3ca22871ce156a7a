/// The one sanitizer for text that came from a file (essay, bank, session, file name, config) before it reaches a
/// terminal or a file a terminal may show: escape sequences (CSI, OSC, DCS and two-byte ESC forms) are removed whole,
/// and every other control character (C0 but newline, DEL, C1, bidirectional overrides) is dropped.
public enum SafeText {
    /// The text without escape sequences and control characters; newlines are kept.
    public static func clean(_ text: String) -> String {
        clean(text, keeping: [0x0A])
    }

    /// One line for a message: cleaned, line breaks and tabs as spaces, and shortened in the middle ("…") to at most
    /// `limit` characters, so a hostile file name cannot break or flood the line.
    public static func clean(_ text: String, limit: Int) -> String {
        let flat = String(String.UnicodeScalarView(clean(text, keeping: [0x09, 0x0A, 0x0D]).unicodeScalars.map {
            $0.value == 0x09 || $0.value == 0x0A || $0.value == 0x0D ? " " : $0
        }))
        guard flat.count > limit, limit > 1 else { return flat }
        let head = (limit - 1) * 2 / 3
        return String(flat.prefix(head)) + "…" + String(flat.suffix(limit - 1 - head))
    }

    /// For text files study writes (exports): cleaned, with tabs, carriage returns and newlines kept.
    public static func cleanForFile(_ text: String) -> String {
        clean(text, keeping: [0x09, 0x0A, 0x0D])
    }

    /// Whether a character is one `clean` removes.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    private static func clean(_ text: String, keeping kept: Set<UInt32>) -> String {
        // Fast paths: plain printable text needs no copy.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        if !text.unicodeScalars.contains(where: { isUnsafe($0) && !kept.contains($0.value) }) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            if s.value == 0x1B {
                skipEscape(&scalars)
            } else if s.value == 0x9B {
                skipCSIBody(&scalars)
            } else if s.value == 0x90 || s.value == 0x9D || s.value == 0x98 || s.value == 0x9E || s.value == 0x9F {
                skipString(&scalars)
            } else if !isUnsafe(s) || kept.contains(s.value) {
                out.append(s)
            }
        }
        return String(out)
    }

    private static func skipEscape(_ it: inout String.UnicodeScalarView.Iterator) {
        guard let next = it.next() else { return }
        switch next {
        case "[": skipCSIBody(&it)
        case "]", "P", "X", "^", "_": skipString(&it)
        default: return  // two-byte sequence: ESC plus one character, both dropped
        }
    }

    /// A string command (OSC, DCS, SOS, PM, APC) ends at BEL, ST (U+009C) or ESC \.
    private static func skipString(_ it: inout String.UnicodeScalarView.Iterator) {
        while let c = it.next() {
            if c.value == 0x07 || c.value == 0x9C { return }
            if c.value == 0x1B { _ = it.next(); return }
        }
    }

    private static func skipCSIBody(_ it: inout String.UnicodeScalarView.Iterator) {
        while let c = it.next() {
            if (0x40...0x7E).contains(c.value) { return }
        }
    }
}
