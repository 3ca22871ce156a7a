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
            var pieces = word
            let wordWidth = pieces.reduce(0) { $0 + displayWidth($1.text) }
            if lineHasWord {
                if column + 1 + wordWidth > limit { newLine() } else { line.append(" "); column += 1 }
            }
            // Cut a word that cannot fit even on a line of its own.
            while !pieces.isEmpty {
                var piece = pieces.removeFirst()
                while column + displayWidth(piece.text) > limit, limit > column {
                    let room = limit - column
                    line.append(Span(String(piece.text.prefix(room)), piece.style))
                    piece.text = String(piece.text.dropFirst(room))
                    newLine()
                }
                line.append(piece)
                column += displayWidth(piece.text)
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
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x300 { n += 1; continue }
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark { continue }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v)
            n += wide ? 2 : 1
        }
        return n
    }
}
