/// Splits normalised text into title, byline, headings and paragraphs.
///
/// Paragraphs are separated by blank lines. Inside a block of lines, each line is a paragraph of its own when the
/// lines are long (one paragraph a line, as in most plain-text essays); short lines that wrap one paragraph at a
/// fixed width are joined. Markdown headings (`#`…`######`) and list items (`- `, `* `, `1. `) always stand alone.
enum DocumentParser {
    /// Lines at most this long, in a block of several lines, are taken as a hard-wrapped paragraph.
    static let wrappedLineLimit = 100

    struct Line {
        var range: Range<Int>
        var text: Substring
        var isBlank: Bool { text.isEmpty }
    }

    enum Piece {
        case heading(Heading)
        case paragraph(Range<Int>)
    }

    struct Heading {
        var title: String
        var level: Int
    }

    static func parse(_ text: String) -> Document {
        let pieces = self.pieces(of: text)
        var body = pieces[...]
        var title: String?
        var byline: String?

        // Title: a first `#` heading, or a first short paragraph with no closing stop.
        if let first = body.first {
            switch first {
            case .heading(let h) where h.level == 1:
                title = h.title
                body = body.dropFirst()
            case .paragraph(let r) where isTitleLike(text.slice(utf8: r)) && body.count > 1:
                title = text.slice(utf8: r)
                body = body.dropFirst()
            default: break
            }
        }
        // Byline: an opening "By …" paragraph, or a short closing paragraph that names a person.
        if case .paragraph(let r)? = body.first, body.count > 1, BylineDetector.isOpeningByline(text.slice(utf8: r)) {
            byline = text.slice(utf8: r)
            body = body.dropFirst()
        }
        if byline == nil, case .paragraph(let r)? = body.last, body.count > 1,
           BylineDetector.isClosingByline(text.slice(utf8: r)) {
            byline = text.slice(utf8: r)
            body = body.dropLast()
        }

        var blocks: [Document.Block] = []
        var pendingHeading: Document.Heading?
        for piece in body {
            switch piece {
            case .heading(let h):
                pendingHeading = Document.Heading(title: h.title, level: h.level)
            case .paragraph(let r):
                blocks.append(Document.Block(range: r, heading: pendingHeading))
                pendingHeading = nil
            }
        }
        return Document(text: text, title: title, byline: byline, paragraphs: blocks)
    }

    /// Headings and paragraphs in order.
    static func pieces(of text: String) -> [Piece] {
        let lines = self.lines(of: text)
        var pieces: [Piece] = []
        var block: [Line] = []

        func flush() {
            guard !block.isEmpty else { return }
            defer { block.removeAll(keepingCapacity: true) }
            let standalone = block.count == 1 || block.contains { $0.text.utf8.count > wrappedLineLimit }
            var run: Range<Int>?
            func endRun() {
                if let r = run { pieces.append(.paragraph(r)) }
                run = nil
            }
            for line in block {
                if let heading = heading(in: line.text) {
                    endRun()
                    pieces.append(.heading(heading))
                } else if standalone || isListItem(line.text) {
                    endRun()
                    run = line.range
                    if standalone { endRun() }
                } else if let r = run {
                    run = r.lowerBound..<line.range.upperBound
                } else {
                    run = line.range
                }
            }
            endRun()
        }

        for line in lines {
            if line.isBlank { flush() } else { block.append(line) }
        }
        flush()
        return pieces
    }

    /// The lines of the text with their ranges (the normaliser already dropped spaces at line ends).
    static func lines(of text: String) -> [Line] {
        var lines: [Line] = []
        let utf8 = text.utf8
        var lineStart = 0
        var startIndex = utf8.startIndex
        var offset = 0
        for (index, byte) in zip(utf8.indices, utf8) {
            if byte == 0x0A {
                lines.append(Line(range: lineStart..<offset, text: text[startIndex..<index]))
                lineStart = offset + 1
                startIndex = utf8.index(after: index)
            }
            offset += 1
        }
        if lineStart < offset {
            lines.append(Line(range: lineStart..<offset, text: text[startIndex...]))
        }
        return lines
    }

    static func heading(in line: Substring) -> Heading? {
        var level = 0
        var rest = line[...]
        while rest.first == "#" { level += 1; rest = rest.dropFirst() }
        guard (1...6).contains(level), rest.first == " " else { return nil }
        var title = rest.trimmingSpaces()
        while title.last == "#" { title = title.dropLast() }
        let clean = title.trimmingSpaces()
        return clean.isEmpty ? nil : Heading(title: String(clean), level: level)
    }

    static func isListItem(_ line: Substring) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") || line.hasPrefix("• ") { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let after = line.dropFirst(digits.count)
        return after.hasPrefix(". ") || after.hasPrefix(") ")
    }

    /// A title is one short line with no final sentence stop.
    static func isTitleLike(_ s: String) -> Bool {
        guard let last = s.last, !s.contains("\n") else { return false }
        if ".!?;,".contains(last) { return false }
        let words = s.split(separator: " ").count
        return words <= 40 && s.utf8.count <= 300
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
