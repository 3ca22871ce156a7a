import Foundation

/// A session's answers as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
/// quoted, quotes doubled). Columns: time, quiz, question, kind, prompt, answer, verdict, score, reason, evidence.
/// Skipped questions are rows with the verdict `skipped`; an `override` turns the answer's verdict to `correct`.
public enum CSVExport {
    public struct Row: Equatable, Sendable {
        public var time: Date
        public var quiz: Int
        /// 1-based, as the reader saw it.
        public var question: Int
        public var kind: String
        public var prompt: String
        public var answer: String
        public var verdict: String
        public var score: Double
        public var reason: String
        public var evidence: [String]
    }

    public static let columns = ["time", "quiz", "question", "kind", "prompt", "answer", "verdict", "score", "reason", "evidence"]

    /// The answer rows of a session's events, in order.
    public static func rows(_ events: [SessionEvent]) -> [Row] {
        var shown: [String: Question] = [:]
        var rows: [Row] = []
        var lastRow: [String: Int] = [:]
        for e in events {
            guard let quiz = e.quiz, let question = e.question else { continue }
            let key = "\(quiz).\(question)"
            switch e.kind {
            case .question:
                if let q = e.questionData { shown[key] = q }
            case .answer, .skip:
                let q = shown[key]
                let skipped = e.kind == .skip
                rows.append(Row(time: e.time, quiz: quiz, question: question == Int.max ? question : question + 1, kind: q?.kind.rawValue ?? "",
                                prompt: q?.prompt ?? "", answer: skipped ? "" : e.answer ?? "",
                                verdict: skipped ? "skipped" : e.grade?.verdict.rawValue ?? "",
                                score: skipped ? 0 : e.grade?.score ?? 0, reason: skipped ? "" : e.grade?.reason ?? "",
                                evidence: q?.evidence ?? []))
                lastRow[key] = rows.count - 1
            case .override:
                if let i = lastRow[key] {
                    rows[i].verdict = "correct"
                    rows[i].score = 1
                    rows[i].reason = "overridden by the reader" + (rows[i].reason.isEmpty ? "" : " (grader: \(rows[i].reason))")
                }
            default: break
            }
        }
        return rows
    }

    /// The CSV text: a header line, then one line per row.
    public static func text(_ rows: [Row]) -> String {
        let time = ISO8601DateFormatter()
        var out = columns.joined(separator: ",") + "\r\n"
        for r in rows {
            let score = !r.score.isFinite || abs(r.score) >= 1e15 ? "\(r.score)"
                : r.score == r.score.rounded() ? String(Int(r.score)) : String(format: "%.2f", r.score)
            let fields = [time.string(from: r.time), String(r.quiz), String(r.question), r.kind, r.prompt, r.answer,
                          r.verdict, score, r.reason, r.evidence.joined(separator: " ")]
            out += fields.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One field: escape sequences and control characters removed; a field a spreadsheet would run as a formula
    /// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'` (OWASP's advice); quoted when
    /// it holds a comma, a quote or a line break, or was neutralised (RFC 4180).
    public static func field(_ text: String) -> String {
        var s = SafeText.cleanForFile(text)
        var quote = false
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            s = "'" + s
            quote = true
        }
        guard quote || s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
