/// Reads an essay written in Markdown as the plain text a reader sees: the text of links and emphasis kept and
/// their markup dropped, block quotes unwrapped, each list item a paragraph of its own, code fences, rules and
/// link definitions dropped. `#` headings stay as `#` lines (setext headings become them) so that `DocumentParser`
/// makes sections of them; paragraphs stay separated by blank lines.
///
/// Only the common block and inline forms are read (CommonMark's emphasis, links, images, code spans, escapes,
/// autolinks, block quotes, lists, fences, thematic breaks); raw HTML other than comments and `<br>` is kept as text.
enum MarkdownReader {
    /// Whether normalised text looks like Markdown: one sure sign (a `#` heading, a setext heading, a link or
    /// image, `**strong**`, a code fence), or two weaker ones (a block quote, `*emphasis*`, a list item).
    static func looksLikeMarkdown(_ text: String) -> Bool {
        var weak = Set<Int>()
        var previousWasText = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if DocumentParser.heading(in: line) != nil || line.hasPrefix("```") || line.hasPrefix("~~~") { return true }
            if previousWasText, isSetextUnderline(line, "=") { return true }
            if line.contains("](") && line.contains("[") { return true }
            // Characters are read only for a line that has a mark of emphasis.
            let chars = line.utf8.contains(where: { $0 == 0x2A || $0 == 0x5F }) ? Array(line) : []
            if hasDelimitedPair(chars, "**") || hasDelimitedPair(chars, "__") { return true }
            if line.hasPrefix("> ") || line == ">" { weak.insert(0) }
            if listItemContent(line) != nil { weak.insert(1) }
            if hasDelimitedPair(chars, "*") || hasDelimitedPair(chars, "_") { weak.insert(2) }
            previousWasText = !line.isEmpty
        }
        return weak.count >= 2
    }

    /// The plain text of Markdown `text` (normalised: LF line ends, no trailing spaces).
    static func plainText(_ text: String) -> String {
        var out: [String] = []
        var inFence: Substring?
        var inComment = false
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        func blank() { if let last = out.last, !last.isEmpty { out.append("") } }

        while let raw = lines.popFirst() {
            var line = raw
            if let fence = inFence {
                if line.hasPrefix(fence) { inFence = nil; blank() } else { out.append(String(line)) }
                continue
            }
            if inComment {
                if line.contains("-->") { inComment = false }
                continue
            }
            if line.hasPrefix("<!--") {
                if !line.contains("-->") { inComment = true }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                inFence = line.prefix(3)
                blank()
                continue
            }
            // Block quotes: the text inside, one level or several.
            while line.hasPrefix(">") { line = line.dropFirst().drop { $0 == " " } }
            if line.isEmpty || isThematicBreak(line) || isLinkDefinition(line) {
                blank()
                continue
            }
            if let next = lines.first, DocumentParser.heading(in: line) == nil, listItemContent(line) == nil {
                let level = isSetextUnderline(next, "=") ? 1 : (isSetextUnderline(next, "-") && !next.isEmpty ? 2 : 0)
                if level > 0, out.last?.isEmpty ?? true {
                    lines = lines.dropFirst()
                    blank()
                    out.append(String(repeating: "#", count: level) + " " + inline(line))
                    out.append("")
                    continue
                }
            }
            if let heading = DocumentParser.heading(in: line) {
                blank()
                out.append(String(repeating: "#", count: heading.level) + " " + inline(Substring(heading.title)))
                out.append("")
            } else if let item = listItemContent(line) {
                blank()
                out.append(inline(item))
            } else {
                var body = line.drop { $0 == " " }
                if body.hasSuffix("\\") { body = body.dropLast() }
                out.append(inline(body))
            }
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Blocks

    static func isSetextUnderline(_ line: Substring, _ mark: Character) -> Bool {
        let trimmed = line.trimmingSpaces()
        return trimmed.count >= 2 && trimmed.allSatisfy { $0 == mark }
    }

    /// `---`, `***`, `___` (three or more, spaces allowed between).
    static func isThematicBreak(_ line: Substring) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `[label]: https://…`
    static func isLinkDefinition(_ line: Substring) -> Bool {
        guard line.first == "[", let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(": ")
    }

    /// The text of a list item line (`- `, `* `, `+ `, `1. `, `1) `, indented or not), or nil.
    static func listItemContent(_ line: Substring) -> Substring? {
        let body = line.drop { $0 == " " }
        if let first = body.first, "-*+".contains(first), body.dropFirst().first == " " {
            let rest = body.dropFirst(2).drop { $0 == " " }
            return rest.isEmpty ? nil : rest
        }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let after = body.dropFirst(digits.count)
        guard after.hasPrefix(". ") || after.hasPrefix(") ") else { return nil }
        let rest = after.dropFirst(2).drop { $0 == " " }
        return rest.isEmpty ? nil : rest
    }

    // MARK: Inlines

    /// Whether a line (its characters) has `delimiter`text`delimiter`: runs of exactly the delimiter, the text
    /// hugging both, the opener at a word start (`**strong**`, `*em*`, not `2*3*4` or a line of stars).
    static func hasDelimitedPair(_ chars: [Character], _ delimiter: String) -> Bool {
        let mark = delimiter.first!, width = delimiter.count
        func run(at i: Int) -> Bool {
            guard i >= 0, i + width <= chars.count, chars[i..<(i + width)].allSatisfy({ $0 == mark }) else { return false }
            return (i == 0 || chars[i - 1] != mark) && (i + width == chars.count || chars[i + width] != mark)
        }
        // Where the last closing run (one not after a space) starts: an opening run before it has its pair. Found
        // once, from the right, so the line is read a bounded number of times whatever it holds.
        var lastClosing = chars.count - 1
        while lastClosing >= 1, !(run(at: lastClosing) && chars[lastClosing - 1] != " ") { lastClosing -= 1 }
        guard lastClosing >= 1 else { return false }
        var i = 0
        while i + width + 1 <= lastClosing {
            if run(at: i), i == 0 || chars[i - 1] == " " || chars[i - 1] == "(",
               chars[i + width].isLetter || chars[i + width].isNumber {
                return true
            }
            i += 1
        }
        return false
    }

    /// One line's inline markup reduced to its text.
    static func inline(_ line: Substring) -> String {
        let chars = Array(line)
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1].isPunctuation || chars[i + 1].isSymbol {
                out.append(chars[i + 1]); i += 2; continue
            }
            if c == "`" {
                var ticks = 0
                while i + ticks < chars.count && chars[i + ticks] == "`" { ticks += 1 }
                if let end = closingTicks(chars, from: i + ticks, count: ticks) {
                    out += chars[(i + ticks)..<end]
                    i = end + ticks
                    continue
                }
                out += chars[i..<(i + ticks)]; i += ticks; continue
            }
            if c == "<", let end = chars[i...].firstIndex(of: ">") {
                let inside = String(chars[(i + 1)..<end])
                if inside.hasPrefix("http://") || inside.hasPrefix("https://") || inside.hasPrefix("mailto:") {
                    out += inside.replacingPrefix("mailto:"); i = end + 1; continue
                }
                if ["br", "br/", "br /"].contains(inside.lowercased()) { out.append(" "); i = end + 1; continue }
            }
            if c == "!" || c == "[", let link = linkText(chars, at: c == "!" ? i + 1 : i), c == "[" || chars[i + 1] == "[" {
                out += inline(Substring(String(link.text)))
                i = link.end
                continue
            }
            if c == "&", let (decoded, length) = entity(chars, at: i) {
                out.append(decoded); i += length; continue
            }
            out.append(c)
            i += 1
        }
        return removingEmphasis(out)
    }

    static func closingTicks(_ chars: [Character], from start: Int, count: Int) -> Int? {
        var j = start
        while j < chars.count {
            if chars[j] == "`" {
                var run = 0
                while j + run < chars.count && chars[j + run] == "`" { run += 1 }
                if run == count { return j }
                j += run
            } else {
                j += 1
            }
        }
        return nil
    }

    /// `[text](url)`, `[text][ref]` or `[text][]` at `i`: the text and where the link ends.
    static func linkText(_ chars: [Character], at i: Int) -> (text: ArraySlice<Character>, end: Int)? {
        guard i < chars.count, chars[i] == "[" else { return nil }
        var depth = 0
        var j = i
        while j < chars.count {
            if chars[j] == "[" { depth += 1 } else if chars[j] == "]" { depth -= 1; if depth == 0 { break } }
            j += 1
        }
        guard j + 1 < chars.count else { return nil }
        let text = chars[(i + 1)..<j]
        let opener = chars[j + 1], closer: Character = opener == "(" ? ")" : "]"
        guard opener == "(" || opener == "[" else { return nil }
        var k = j + 2
        var nesting = 1
        while k < chars.count {
            if chars[k] == opener { nesting += 1 } else if chars[k] == closer { nesting -= 1; if nesting == 0 { break } }
            k += 1
        }
        guard k < chars.count else { return nil }
        return (text, k + 1)
    }

    static let entities: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“",
    ]

    /// A named or numeric character reference (`&amp;`, `&#39;`) at `i`.
    static func entity(_ chars: [Character], at i: Int) -> (Character, Int)? {
        guard let semicolon = chars[i...].prefix(10).firstIndex(of: ";") else { return nil }
        let name = String(chars[(i + 1)..<semicolon])
        if let c = entities[name] { return (c, semicolon + 1 - i) }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let v = value, v >= 0x20, let scalar = Unicode.Scalar(v) { return (Character(scalar), semicolon + 1 - i) }
        }
        return nil
    }

    /// Drops the `*`, `_` and `~~` runs that open and close emphasis, keeping unmatched ones (`5 * 3`, `snake_case`).
    static func removingEmphasis(_ chars: [Character]) -> String {
        struct Run { var start: Int; var length: Int; var mark: Character; var canOpen: Bool; var canClose: Bool }
        var runs: [Run] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "*" || c == "_" || c == "~" else { i += 1; continue }
            var j = i
            while j < chars.count && chars[j] == c { j += 1 }
            let before: Character = i > 0 ? chars[i - 1] : " "
            let after: Character = j < chars.count ? chars[j] : " "
            var canOpen = !after.isWhitespace
            var canClose = !before.isWhitespace
            if c == "_" {
                canOpen = canOpen && !(before.isLetter || before.isNumber)
                canClose = canClose && !(after.isLetter || after.isNumber)
            }
            if c == "~" && j - i != 2 { canOpen = false; canClose = false }
            runs.append(Run(start: i, length: j - i, mark: c, canOpen: canOpen, canClose: canClose))
            i = j
        }
        var drop = Set<Int>()
        var openers: [Int] = []
        for (index, run) in runs.enumerated() {
            if run.canClose, let o = openers.lastIndex(where: { runs[$0].mark == run.mark }) {
                let opener = runs[openers[o]]
                let count = min(opener.length, run.length)
                for k in 0..<count { drop.insert(opener.start + opener.length - 1 - k); drop.insert(run.start + k) }
                openers.removeSubrange(o...)
                continue
            }
            if run.canOpen { openers.append(index) }
        }
        var out = ""
        for (k, c) in chars.enumerated() where !drop.contains(k) { out.append(c) }
        return out
    }
}

private extension String {
    func replacingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
