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
            let widths = word.map { displayWidth($0.text) }
            let wordWidth = widths.reduce(0, +)
            if lineHasWord {
                if column + 1 + wordWidth > limit { newLine() } else { line.append(" "); column += 1 }
            }
            for (piece, pieceWidth) in zip(word, widths) {
                if column + pieceWidth <= limit {
                    line.append(piece)
                    column += pieceWidth
                } else if pieceWidth == piece.text.utf8.count {
                    cutASCII(piece)
                } else {
                    cut(piece)
                }
            }
            lineHasWord = true
        }

        // An ASCII word (as wide as it is long) is cut into slices that fill each line.
        func cutASCII(_ piece: Span) {
            let bytes = Array(piece.text.utf8)
            var start = 0
            while start < bytes.count {
                if column >= limit, column > indent { newLine() }
                let end = min(bytes.count, start + max(1, limit - column))
                line.append(Span(String(decoding: bytes[start..<end], as: UTF8.self), piece.style))
                column += end - start
                start = end
            }
        }

        // A word that cannot fit even on a line of its own is cut where it must be, one pass over it (linear in its
        // length), by columns so wide characters never overflow a line. Lines are slices of the word: an ASCII
        // byte followed by another is a character of one column; anything else is read as a whole character.
        func cut(_ piece: Span) {
            let text = piece.text
            let utf8 = text.utf8
            var start = text.startIndex
            var i = start
            while i < text.endIndex {
                let next: String.Index
                let w: Int
                let after = utf8.index(after: i)
                if utf8[i] < 0x80, after == utf8.endIndex || utf8[after] < 0x80 {
                    next = after
                    w = 1
                } else {
                    next = text.index(after: i)
                    w = characterWidth(text[i])
                }
                if column + w > limit, column > indent || i > start {
                    if i > start { line.append(Span(String(text[start..<i]), piece.style)) }
                    newLine()
                    start = i
                }
                column += w
                i = next
            }
            if start < text.endIndex { line.append(Span(String(text[start...]), piece.style)) }
        }

        var word: [Span] = []
        func endWord() {
            if !word.isEmpty { place(word); word.removeAll() }
        }
        // Words are split at the bytes of a space and a newline (ASCII, so never inside a character).
        for span in spans {
            let text = span.text
            let utf8 = text.utf8
            var wordStart = utf8.startIndex
            var i = wordStart
            while i < utf8.endIndex {
                let byte = utf8[i]
                let after = utf8.index(after: i)
                if byte == 0x20 || byte == 0x0A {
                    if wordStart < i { word.append(Span(String(text[wordStart..<i]), span.style)) }
                    endWord()
                    if byte == 0x0A { newLine() }
                    wordStart = after
                }
                i = after
            }
            if wordStart < utf8.endIndex { word.append(Span(String(text[wordStart...]), span.style)) }
        }
        endWord()
        lines.append(line)
        return lines
    }

    /// Columns a string takes on a terminal (wide East Asian characters count two; combining marks none).
    public static func displayWidth(_ s: String) -> Int {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.utf8.count }
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
