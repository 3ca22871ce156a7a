import Foundation

/// A study sheet in Markdown: the title and author, the outline with each section's summary, the argument map
/// (thesis, what supports it, what objects and how the author answers), the key terms, and questions with their
/// answers at the end. Every sentence quoted carries its id (`S6.3`).
public struct MarkdownStudySheet: Sendable {
    public let model: KnowledgeModel
    public let questions: [Question]

    public init(model: KnowledgeModel, questions: [Question]) {
        self.model = model
        self.questions = questions
    }

    /// The sheet.
    public func text() -> String {
        let m = model
        var out = "# \(Self.escape(m.displayTitle))\n\n"
        if let byline = m.byline { out += "*\(Self.escape(byline))*\n\n" }
        out += "\(m.wordCount) words · \(m.paragraphs.count) paragraphs · \(m.sections.count) sections · about \(m.readingMinutes) min to read"
        out += " · `\(Self.escape(m.source.name))`\n\n"

        out += "## Outline\n\n"
        let summarizer = Summarizer(model: m)
        for s in m.sections {
            let range = s.paragraphs.count == 1 ? "P\(s.paragraphs.lowerBound + 1)"
                : "P\(s.paragraphs.lowerBound + 1)–P\(s.paragraphs.upperBound)"
            out += "### \(s.id) \(Self.escape(s.label.isEmpty ? "(no label)" : s.label)) (\(range))\n\n"
            let count = Selection.section(s.number).sentenceIndexes(in: m).count
            let summary = summarizer.summarize(.section(s.number), budget: Summarizer.outlineBudget(sentenceCount: count))
            for line in summary.lines { out += "- " + quote(line.sentence) + "\n" }
            out += "\n"
        }

        out += "## Argument\n\n"
        let a = m.argument
        if let thesis = a.mainThesis {
            out += "**Thesis:** " + quote(thesis) + "\n\n"
            let incoming = a.relations(to: thesis)
            let supports = incoming.filter { $0.kind == .supports }
            let attacks = incoming.filter { $0.kind == .attacks }
            out += "**Supports:**\n\n"
            if supports.isEmpty { out += "- (none found)\n" }
            for r in supports {
                out += "- " + roleTag(r.from) + quote(r.from) + "\n"
                for sub in a.relations(to: r.from) where sub.from != thesis {
                    out += "  - " + (sub.kind == .attacks ? "against: " : "") + roleTag(sub.from) + quote(sub.from) + "\n"
                }
            }
            out += "\n**Objections:**\n\n"
            var opposing = attacks.map(\.from)
            for k in a.sentences(with: .objection) + a.sentences(with: .concession) where !opposing.contains(k) { opposing.append(k) }
            if opposing.isEmpty { out += "- (none found)\n" }
            for k in opposing.sorted() {
                out += "- " + roleTag(k) + quote(k) + "\n"
                for r in a.relations(to: k) where r.kind == .attacks {
                    out += "  - answered by: " + quote(r.from) + "\n"
                }
            }
            out += "\n"
        } else {
            out += "(No clear thesis was found.)\n\n"
        }

        out += "## Key terms\n\n"
        if m.keyTerms.isEmpty { out += "- (none)\n" }
        for term in m.keyTerms.prefix(15) {
            let ids = term.sentences.prefix(3).map { m.sentences[$0].id.description }
            out += "- **\(Self.escape(term.text))** (\(ids.joined(separator: ", ")))\n"
        }
        out += "\n"

        out += "## Questions\n\n"
        if questions.isEmpty { out += "(none)\n" }
        for (n, q) in questions.enumerated() {
            out += "\(n + 1). \(Self.escape(Self.oneLine(q.prompt)))\n"
            if let options = q.options {
                for o in options { out += "   - \(Self.escape(Self.oneLine(o)))\n" }
            }
        }
        out += "\n## Answers\n\n"
        for (n, q) in questions.enumerated() {
            let answer = q.order.map { $0.joined(separator: " → ") } ?? q.answer
            out += "\(n + 1). **\(Self.escape(Self.oneLine(answer)))** (\(q.evidence.joined(separator: ", ")))"
            if !q.explanation.isEmpty { out += " — \(Self.escape(Self.oneLine(q.explanation)))" }
            out += "\n"
        }
        return out
    }

    private func quote(_ sentence: Int) -> String {
        let s = model.sentences[sentence]
        return "\(Self.escape(Self.oneLine(model.text(of: s)))) (\(s.id))"
    }

    private func roleTag(_ sentence: Int) -> String {
        guard let role = model.argument.role(of: sentence) else { return "" }
        return "*\(role.rawValue)*: "
    }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }

    /// Backslash-escapes the characters Markdown would read as formatting; escape sequences and control characters
    /// are removed first.
    public static func escape(_ s: String) -> String {
        var out = ""
        for ch in SafeText.cleanForFile(s) {
            if "\\`*_[]<>#|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
