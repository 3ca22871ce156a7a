import Foundation

/// Questions as a tab-separated file that Anki imports as it is (File ▸ Import): one note a line with the fields
/// front, back and tags, after the header lines Anki reads (`#separator:tab`, `#html:false`, `#tags column:3`).
///
/// The back holds the answer and then each evidence sentence with its id (`answer — [S6.3] The sentence.`), so
/// `AnkiImport` can read the ids back. Tabs and line breaks inside a field become spaces; a field holding a quote
/// mark or starting with `#` is quoted (`"…"`, inner quotes doubled), as Anki's importer expects.
public struct AnkiExport: Sendable {
    /// One note.
    public struct Card: Equatable, Sendable {
        public var front: String
        public var back: String
        public var tags: [String]

        public init(front: String, back: String, tags: [String]) {
            self.front = front
            self.back = back
            self.tags = tags
        }
    }

    /// The header lines, in Anki's documented syntax.
    public static let header = "#separator:tab\n#html:false\n#tags column:3\n"
    /// Between the answer and the evidence on the back.
    public static let evidenceMark = " — "

    public let model: KnowledgeModel

    public init(model: KnowledgeModel) { self.model = model }

    /// A tag naming the essay (and the stem of default export file names): its file name without extension,
    /// lower-case, every character but letters, digits, `-`, `_` and `.` as `-`, at most 80 characters.
    public static func essayTag(_ model: KnowledgeModel) -> String {
        let s = SafeText.clean(model.source.stem).lowercased().map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." ? $0 : "-" }
        let tag = String(String(s).drop { $0 == "-" || $0 == "." }.prefix(80))
        return tag.isEmpty ? "essay" : tag
    }

    /// The note for one question.
    public func card(for q: Question) -> Card {
        var front = q.prompt
        if let order = q.order, !order.isEmpty {
            front += " (items: " + (q.options ?? order).joined(separator: "; ") + ")"
        } else if let options = q.options, !options.isEmpty {
            let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            front += " " + options.enumerated().map { "\(letters[$0.offset % 26])) \($0.element)" }.joined(separator: "  ")
        }
        let answer = q.order.map { $0.joined(separator: " → ") } ?? q.answer
        var back = answer
        let evidence = q.evidence.map { id -> String in "[\(id)] " + (sentenceText(id) ?? "") }
        if !evidence.isEmpty { back += Self.evidenceMark + evidence.joined(separator: " ") }
        var tags = [Self.essayTag(model)]
        if let section = q.section, let n = Int(section.drop { !$0.isNumber }) { tags.append("sec\(n)") }
        tags.append(q.kind.rawValue)
        return Card(front: Self.flatten(front), back: Self.flatten(back), tags: tags)
    }

    /// The whole file: header lines, then one line per question.
    public func text(_ questions: [Question]) -> String {
        Self.text(questions.map(card(for:)))
    }

    /// The file for cards already made.
    public static func text(_ cards: [Card]) -> String {
        var out = header
        for c in cards {
            out += field(c.front) + "\t" + field(c.back) + "\t" + field(c.tags.joined(separator: " ")) + "\n"
        }
        return out
    }

    /// A field made safe for one line of a tab-separated file.
    public static func field(_ s: String) -> String {
        let flat = flatten(s)
        if flat.contains("\"") || flat.hasPrefix("#") {
            return "\"" + flat.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return flat
    }

    /// Tabs and line breaks as single spaces, escape sequences and other control characters removed, ends trimmed.
    static func flatten(_ s: String) -> String {
        var out = ""
        var lastWasBreak = false
        for ch in SafeText.cleanForFile(s) {
            if ch == "\t" || ch == "\n" || ch == "\r" || ch == "\r\n" {
                if !lastWasBreak { out.append(" ") }
                lastWasBreak = true
            } else {
                out.append(ch)
                lastWasBreak = false
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    private func sentenceText(_ id: String) -> String? {
        guard case .sentence(let p, let n)? = ModelID(id), let i = model.sentenceIndex(paragraph: p, number: n) else { return nil }
        return model.text(of: model.sentences[i])
    }
}
