/// Splits normalised text into title, byline, headings and paragraphs.
///
/// Paragraphs are separated by blank lines. Inside a block of lines, each line is a paragraph of its own (one
/// paragraph a line, as in most plain-text essays and web text), unless the block is a hard-wrapped paragraph:
/// then its line breaks become spaces, so no sentence keeps a break inside it. A block is hard-wrapped when the
/// text separates its paragraphs by blank lines and most of the block's lines end inside a sentence, or, in a text
/// of one block, when its lines also fill a fixed width (each break falls where the next word would not have fit).
/// Markdown headings (`#`…`######`) and list items (`- `, `* `, `1. `) always stand alone.
enum DocumentParser {
    /// Lines longer than this are never taken as part of a hard-wrapped paragraph.
    static let wrappedLineLimit = 100

    struct Line {
        var range: Range<Int>
        var text: Substring
        var isBlank: Bool { text.isEmpty }
    }

    enum Piece {
        case heading(Heading)
        /// A paragraph; `alone` when it was a single line followed by a blank line (or the end).
        case paragraph(Range<Int>, alone: Bool)
    }

    struct Heading {
        var title: String
        var level: Int
    }

    static func parse(_ text: String) -> Document {
        let (pieces, wrapped) = self.pieces(of: text)
        let text = wrapped.isEmpty ? text : joiningLines(of: text, in: wrapped)
        var body = pieces[...]
        var title: String?
        var byline: String?

        // Title: a first `#` heading, or a first short line (see `isTitleLike`).
        if let first = body.first {
            switch first {
            case .heading(let h) where h.level == 1:
                title = h.title
                body = body.dropFirst()
            case .paragraph(let r, let alone) where body.count > 1
                    && isTitleLike(text.slice(utf8: r), alone: alone, wordsAfter: wordsPerParagraph(body.dropFirst(), in: text)):
                title = text.slice(utf8: r)
                body = body.dropFirst()
            default: break
            }
        }
        // Byline: an opening "By …" paragraph, or a short closing paragraph that names a person.
        if case .paragraph(let r, _)? = body.first, body.count > 1, BylineDetector.isOpeningByline(text.slice(utf8: r)) {
            byline = text.slice(utf8: r)
            body = body.dropFirst()
        }
        if byline == nil, case .paragraph(let r, _)? = body.last, body.count > 1,
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
            case .paragraph(let r, _):
                blocks.append(Document.Block(range: r, heading: pendingHeading))
                pendingHeading = nil
            }
        }
        return Document(text: text, title: title, byline: byline, paragraphs: blocks)
    }

    /// The mean length in words of the first three paragraphs among `pieces`.
    static func wordsPerParagraph(_ pieces: ArraySlice<Piece>, in text: String) -> Double {
        var counts: [Int] = []
        for piece in pieces where counts.count < 3 {
            if case .paragraph(let r, _) = piece { counts.append(text.slice(utf8: r).split(separator: " ").count) }
        }
        return counts.isEmpty ? 0 : Double(counts.reduce(0, +)) / Double(counts.count)
    }

    /// `text` with every line break inside the given paragraphs turned into a space (same length, so every
    /// range stays valid).
    static func joiningLines(of text: String, in paragraphs: [Range<Int>]) -> String {
        var bytes = Array(text.utf8)
        for r in paragraphs {
            for i in r where bytes[i] == 0x0A { bytes[i] = 0x20 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Headings and paragraphs in order, and the paragraphs that were hard-wrapped over several lines.
    static func pieces(of text: String) -> (pieces: [Piece], wrapped: [Range<Int>]) {
        var blocks: [[Line]] = []
        var current: [Line] = []
        for line in lines(of: text) {
            if line.isBlank {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }

        // Blocks of body text (not headings alone), leaving out a first one-line block (a title).
        let textBlocks = blocks.enumerated().filter { index, block in
            block.contains { heading(in: $0.text) == nil } && !(index == 0 && block.count == 1)
        }.count
        let blankLineParagraphs = textBlocks >= 2

        var pieces: [Piece] = []
        var wrapped: [Range<Int>] = []
        for block in blocks {
            let reflow = isHardWrapped(block, blankLineParagraphs: blankLineParagraphs)
            var run: Range<Int>?
            func endRun() {
                if let r = run {
                    pieces.append(.paragraph(r, alone: block.count == 1))
                    if reflow { wrapped.append(r) }
                }
                run = nil
            }
            for line in block {
                if let heading = heading(in: line.text) {
                    endRun()
                    pieces.append(.heading(heading))
                } else if !reflow || isListItem(line.text) {
                    endRun()
                    run = line.range
                    if !reflow { endRun() }
                } else if let r = run {
                    run = r.lowerBound..<line.range.upperBound
                } else {
                    run = line.range
                }
            }
            endRun()
        }
        return (pieces, wrapped)
    }

    /// Whether a block of lines is one hard-wrapped paragraph (or list items wrapped over lines).
    static func isHardWrapped(_ block: [Line], blankLineParagraphs: Bool) -> Bool {
        let body = block.filter { heading(in: $0.text) == nil }
        guard body.count >= 2, !body.contains(where: { $0.text.utf8.count > wrappedLineLimit }) else { return false }
        let inner = body.dropLast()
        let open = inner.filter { !endsSentence($0.text) }.count
        // Lines that are full: the break falls where the next word would not have fit the block's width.
        let width = body.map { $0.text.utf8.count }.max() ?? 0
        var full = 0
        for (line, next) in zip(inner, body.dropFirst()) {
            let nextWord = next.text.prefix { $0 != " " }.utf8.count
            if line.text.utf8.count + 1 + nextWord > width { full += 1 }
        }
        if blankLineParagraphs { return open * 2 > inner.count || full * 4 >= inner.count * 3 }
        // A text of one block: wrapped only if it fills a width, nearly every break inside a sentence.
        return body.count >= 3 && open * 4 >= inner.count * 3 && full * 4 >= inner.count * 3
    }

    /// Whether a line ends as a sentence or a clause does: `.` `!` `?` `:` `;`, possibly before closing quotes.
    static func endsSentence(_ line: Substring) -> Bool {
        var s = line[...]
        while let last = s.last, "\"'”’)]*_".contains(last) { s = s.dropLast() }
        guard let last = s.last else { return false }
        return ".!?:;…".contains(last)
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

    /// A title is a short line: with no final stop, at most 40 words; ending in `.`, `!` or `?` ("Is homework
    /// useful?"), one sentence of at most 12 words, and only when it stands `alone` before a blank line and the
    /// paragraphs after it are paragraphs, not more lines like it (`wordsAfter`: their mean length in words, at
    /// least twice the title's).
    static func isTitleLike(_ s: String, alone: Bool, wordsAfter: Double) -> Bool {
        guard let last = s.last, !s.contains("\n") else { return false }
        if ";,".contains(last) { return false }
        let words = s.split(separator: " ").count
        if ".!?".contains(last) {
            let oneSentence = !s.dropLast().contains { ".!?".contains($0) }
            return alone && wordsAfter >= Double(2 * words) && oneSentence && words <= 12 && s.utf8.count <= 120
        }
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
