/// Wraps styled text to a width, breaking at spaces; a word longer than a line is cut where it must be.
public enum TextWrapper {
    /// Lines of spans. The first line starts with `firstPrefix` (its visible width counts); later lines are
    /// indented by `indent` spaces. A newline in the text starts a new line; runs of spaces become one.
    public static func wrap(_ spans: [Span], width: Int, firstPrefix: [Span] = [], indent: Int = 0) -> [[Span]] {
        let limit = max(width, indent + 10)
        var lines: [[Span]] = []
        var line = firstPrefix
        var column = firstPrefix.reduce(0) { $0 + displayWidth($1.text) }
        var lineHasWord = false

        func newLine() {
            lines.append(line)
            line = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
            column = indent
            lineHasWord = false
        }

        func place(_ word: [Span]) {
            let wordWidth = word.reduce(0) { $0 + displayWidth($1.text) }
            if lineHasWord {
                if column + 1 + wordWidth > limit { newLine() } else { line.append(" "); column += 1 }
            }
            for piece in word {
                let pieceWidth = displayWidth(piece.text)
                if column + pieceWidth <= limit {
                    line.append(piece)
                    column += pieceWidth
                    continue
                }
                // A word that cannot fit even on a line of its own is cut where it must be, one pass over its
                // characters (linear in its length), by columns so wide characters never overflow a line.
                var part = ""
                for ch in piece.text {
                    let w = characterWidth(ch)
                    if column + w > limit, column > indent || !part.isEmpty {
                        if !part.isEmpty { line.append(Span(part, piece.style)); part = "" }
                        newLine()
                    }
                    part.append(ch)
                    column += w
                }
                if !part.isEmpty { line.append(Span(part, piece.style)) }
            }
            lineHasWord = true
        }

        var word: [Span] = []
        func endWord() {
            if !word.isEmpty { place(word); word.removeAll() }
        }
        for span in spans {
            var current = ""
            for ch in span.text {
                if ch == " " || ch == "\n" {
                    if !current.isEmpty { word.append(Span(current, span.style)); current = "" }
                    endWord()
                    if ch == "\n" { newLine() }
                } else {
                    current.append(ch)
                }
            }
            if !current.isEmpty { word.append(Span(current, span.style)) }
        }
        endWord()
        lines.append(line)
        return lines
    }

    /// Columns a string takes on a terminal (wide East Asian characters count two; combining marks none).
    public static func displayWidth(_ s: String) -> Int {
        var n = 0
        for scalar in s.unicodeScalars { n += scalarWidth(scalar) }
        return n
    }

    /// Columns one character takes.
    static func characterWidth(_ c: Character) -> Int {
        if c.isASCII { return 1 }
        var n = 0
        for scalar in c.unicodeScalars { n += scalarWidth(scalar) }
        return n
    }

    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark || v == 0x200B || v == 0x200D { return 0 }
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
        return wide ? 2 : 1
    }
}
