import Foundation
import StudyKit

/// How sessions are shown: the list, one session, a replay, the stats charts.
public enum SessionViews {
    /// One line of `sessions --json`.
    public struct Row: Encodable {
        public let id: String
        public let name: String?
        public let file: String
        public let date: String
        public let essay: String
        public let contentHash: String
        public let questions: Int
        public let answered: Int
        /// Answered or skipped: what `score` is out of.
        public let asked: Int
        public let score: Double
        public let seconds: Double

        public init(_ entry: SessionStore.Entry) {
            let s = entry.session, d = s.digest
            id = s.id
            name = s.name
            file = entry.path
            date = SessionDates.format(s.createdAt)
            essay = s.essay.title
            contentHash = s.essay.contentHash
            questions = d.items.count
            answered = d.answered.count
            asked = d.asked.count
            score = d.score
            seconds = s.updatedAt.timeIntervalSince(s.createdAt).rounded()
        }
    }

    /// The `sessions` table, fitted to the terminal's width (the essay column gives way).
    public static func table(_ entries: [SessionStore.Entry], all: Bool, folder: String, _ out: Output) {
        let numbered = SessionStore.numbered(entries).map(\.session.id)
        let shown = entries.filter { all || numbered.contains($0.session.id) }
        guard !shown.isEmpty else {
            out.line(entries.isEmpty ? "No saved sessions in \(folder) yet; a quiz starts one." :
                        "No sessions with questions yet (\(entries.count) without; sessions --all lists them).", .dim)
            return
        }
        // Below 80 columns the date loses its year and the time column goes, so that no row wraps.
        let narrow = out.width < 80
        let dateWidth = narrow ? 12 : 17
        let timeWidth = narrow ? 0 : 8
        let fixed = 4 + dateWidth + 2 + 2 + 6 + 2 + 12 + (narrow ? 0 : 2 + timeWidth)
        let named = shown.contains { $0.session.name != nil }
        // With names, a name column takes up to a third of what is left, the essay column the rest.
        let spare = max(8, out.width - fixed - 2)
        let nameWidth = named ? max(6, min(20, spare / 3)) : 0
        let essayWidth = max(6, min(40, spare - (named ? nameWidth + 2 : 0)))
        var header = "#".padding(4) + "date".padding(dateWidth) + "  " + "essay".padding(essayWidth) + "  "
            + "asked".padding(6) + "  " + "score".padding(12)
        if !narrow { header += "  " + "time".padding(timeWidth) }
        if named { header += "  name" }
        out.line([Span(header, .heading)])
        for entry in shown {
            let s = entry.session, d = s.digest
            let date = String(SessionViews.localDate(s.createdAt).suffix(dateWidth - 1))
            let score = d.asked.isEmpty ? "–" : "\(format(d.score))/\(d.asked.count) \(percent(d.score, d.asked.count))"
            let essay = clip(s.essay.title, essayWidth - 1)
            let number = numbered.firstIndex(of: s.id).map { String($0 + 1) } ?? "-"
            var spans = [Span(number.padding(4), .id), Span(date.padding(dateWidth)), Span("  " + essay.padding(essayWidth) + "  "),
                         Span("\(d.asked.count)/\(d.items.count)".padding(6)), Span("  " + score.padding(s.name != nil || !narrow ? 12 : 0))]
            if !narrow {
                spans.append(Span("  " + duration(s.updatedAt.timeIntervalSince(s.createdAt)).padding(s.name != nil ? timeWidth : 0), .dim))
            }
            if let name = s.name { spans.append(Span("  " + clip(name, nameWidth), .emphasis)) }
            out.line(spans)
        }
        let hidden = entries.count - shown.count
        if hidden > 0 { out.line("(\(hidden) session\(hidden == 1 ? "" : "s") without questions not shown; sessions --all)", .dim) }
        out.wrapped([Span("resume N, replay N or retake N opens one (N from the first column, or an id or name)", .dim)])
    }

    /// `session`: what the current session holds.
    public static func describe(_ s: StudySession, path: String?, _ out: Output) {
        let d = s.digest
        out.line([Span("Session ", .heading), Span(s.name ?? s.id, .heading)])
        out.line([Span("file     ", .dim), Span(path ?? "(not saved)")])
        out.line([Span("essay    ", .dim), Span(s.essay.title), Span(" (\(s.essay.contentHash.prefix(12)))", .dim)])
        out.line([Span("started  ", .dim), Span(localDate(s.createdAt)), Span(", \(duration(s.updatedAt.timeIntervalSince(s.createdAt))) so far", .dim)])
        out.line([Span("events   ", .dim), Span("\(s.events.count)"), Span(", \(d.quizzes.count) quiz\(d.quizzes.count == 1 ? "" : "zes")", .dim)])
        guard !d.items.isEmpty else { out.line("No questions yet; quiz starts one.", .dim); return }
        out.line([Span("score    ", .dim), Span(scoreText(d))])
        for item in d.items {
            out.wrapped([mark(item), Span(" " + item.question.prompt)], prefix: [Span("  \(item.quiz).\(item.index + 1) ", .id)], indent: 6)
        }
    }

    static func mark(_ item: SessionDigest.Item) -> Span {
        guard let g = item.grade else { return item.skipped ? Span("–", .dim) : Span("·", .dim) }
        switch g.verdict {
        case .correct: return Span("✓", .success)
        case .partial: return Span("~", .warning)
        case .wrong, .unreadable: return Span("✗", .error)
        }
    }

    public static func replayHeader(_ s: StudySession, loaded: KnowledgeModel?, _ out: Output) {
        out.line([Span("Replay of \(s.name ?? s.id)", .heading), Span(" · \(s.essay.title) · \(localDate(s.createdAt)) · study \(s.studyVersion)", .dim)])
        if let loaded, loaded.contentHash != s.essay.contentHash {
            if loaded.source.name == s.essay.source || loaded.displayTitle == s.essay.title {
                out.warning("replay: the essay has changed since this session; quoting the text as it was then")
            } else {
                out.line("(this session is about \(s.essay.title), not the loaded essay; quoting its stored text)", .dim)
            }
        }
    }

    /// One printable step per question shown, as it happened, quoting evidence from the stored essay text (the
    /// loaded essay's model when that is the same text, which then needs no second analysis).
    public static func replaySteps(_ s: StudySession, fallback: KnowledgeModel?) -> [(Output) -> Void] {
        let model: KnowledgeModel? = s.essay.text.isEmpty || fallback?.text == s.essay.text ? fallback
            : KnowledgeModel(text: s.essay.text, source: EssaySource(name: s.essay.source, path: s.essay.path))
        let d = s.digest
        // The reader's corrections and flags, shown where they happened among the questions.
        let changes: [(time: Date, step: (Output) -> Void)] = s.events.compactMap { e in
            let label: String
            switch e.kind {
            case .correction: label = "Corrected: "
            case .flag: label = "Flagged: "
            case .unflag: label = "Unflagged: "
            default: return nil
            }
            var text = e.line ?? ""
            for prefix in ["flagged: ", "unflagged: "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
            text += e.reason.map { " (\($0))" } ?? ""
            return (e.time, { out in
                out.line()
                out.wrapped([Span(label, .emphasis), Span(text)])
            })
        }
        if d.items.isEmpty && changes.isEmpty { return [{ $0.line("(no questions were asked in this session)", .dim) }] }
        let questions: [(time: Date, step: (Output) -> Void)] = d.items.map { item in (item.shownAt ?? .distantPast, { out in
                let q = item.question
                let total = d.quizzes.first { $0.number == item.quiz }?.questions.count ?? 0
                out.line()
                out.line([Span("Quiz \(item.quiz) · Question \(item.index + 1)\(total > 0 ? "/\(total)" : "")", .heading),
                          Span(" · \(q.kind.rawValue)\(q.section.map { " · \($0)" } ?? "")", .dim)])
                out.wrapped([Span(q.prompt)])
                for (i, option) in (q.options ?? []).enumerated() {
                    out.wrapped([Span(option)], prefix: [Span("  "), Span(OptionLetter.of(i), .id), Span(") ")], indent: 5)
                }
                if item.hints > 0 { out.line("(\(item.hints) hint\(item.hints == 1 ? "" : "s") used)", .dim) }
                for g in item.undone { out.line("(an answer graded \(g.verdict.rawValue) was taken back with undo)", .dim) }
                if let answer = item.answer, let grade = item.grade {
                    out.wrapped([Span("Answer: ", .dim), Span(answer, .emphasis),
                                 Span(item.seconds.map { " (\(format($0)) s)" } ?? "", .dim)])
                    out.wrapped([mark(item), Span(" " + grade.reason + (item.overridden ? "" : ""))])
                } else {
                    out.line(item.skipped ? "Skipped." : "Not answered.", .dim)
                    out.wrapped([Span("The answer: ", .dim), Span(q.keyPoints.map { $0.map(\.point).joined(separator: "; ") } ?? q.answer)])
                }
                if let model, let id = q.evidence.first, case .sentence(let p, let n)? = ModelID(id),
                   let i = model.sentenceIndex(paragraph: p, number: n) {
                    out.wrapped([Span(model.text(of: model.sentences[i]), .dim)], prefix: [Span("  "), Span(id, .id), Span(" ")], indent: 3 + id.count)
                }
            })
        }
        // In time order; a question and a change at the same moment keep the question first.
        return (questions + changes).enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element.step)
    }

    public static func replayFooter(_ s: StudySession, _ out: Output) {
        let d = s.digest
        out.line()
        out.line([Span("Score: " + scoreText(d), .heading),
                  Span(", \(d.items.count) shown", .dim)])
    }

    /// `stats`: horizontal bars fitted to the terminal.
    public static func stats(_ st: SessionStats, essay: String, _ out: Output) {
        guard st.answered > 0 else {
            out.line("No answered questions on \(essay) yet; quiz starts a session.", .dim)
            return
        }
        out.wrapped([Span("Accuracy on \(essay)", .heading), Span(" · \(st.answered) answers in \(st.trend.count) session\(st.trend.count == 1 ? "" : "s")", .dim)])
        chart("By kind of question", st.kinds, out)
        chart("By section", st.sections, out)
        chart("Trend (one bar a session, oldest first)", st.trend.map {
            var b = $0; b.name = String(b.name.prefix(16)).replacingOccurrences(of: "T", with: " "); return b
        }, out)
        // A change is told only between sessions of enough questions: one answer is not a trend.
        if st.trend.count >= 2, let first = st.trend.first, let last = st.trend.last,
           first.answered >= minimumForTrend, last.answered >= minimumForTrend {
            let change = Int((min(max(last.accuracy - first.accuracy, -1), 1) * 100).rounded())
            out.line(change > 0 ? "Up \(change) points since the first session." : change < 0 ? "Down \(-change) points since the first session." : "Level since the first session.", .dim)
        }
    }

    static func chart(_ title: String, _ buckets: [SessionStats.Bucket], _ out: Output) {
        guard !buckets.isEmpty else { return }
        out.line()
        out.line(title, .emphasis)
        let label = min(24, buckets.map { $0.name.count }.max() ?? 8) + 1
        let bar = max(5, out.width - label - 2 - 14)
        for b in buckets {
            let accuracy = b.accuracy.isFinite ? min(max(b.accuracy, 0), 1) : 0
            let filled = Int((accuracy * Double(bar)).rounded())
            out.line([Span("  " + String(b.name.prefix(label - 1)).padding(label)),
                      Span(String(repeating: "█", count: filled), b.accuracy >= 0.8 ? .success : b.accuracy >= 0.5 ? .warning : .error),
                      Span(String(repeating: "·", count: bar - filled), .dim),
                      Span(" " + "\(Int((accuracy * 100).rounded()))%".padding(5) + "(\(b.answered))", .dim)])
        }
    }

    /// `text` cut to `width` characters, the cut marked with `…`.
    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(1, width - 1))) + "…"
    }

    /// Questions a session must have asked for `stats` to compare it with another.
    static let minimumForTrend = 5

    /// The score in words, as every view gives it: "7 of 10 asked (70%)".
    public static func scoreText(score: Double, asked: Int) -> String {
        asked == 0 ? "no question asked yet" : "\(format(score)) of \(asked) asked \(percent(score, asked))"
    }

    static func scoreText(_ d: SessionDigest) -> String { scoreText(score: d.score, asked: d.asked.count) }

    /// A score or count with at most one decimal; any Double, even one no Int can hold, prints.
    static func format(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e15 else { return "\(x)" }
        return x == x.rounded() ? String(Int(x)) : String((x * 10).rounded() / 10)
    }

    static func percent(_ score: Double, _ n: Int) -> String {
        n == 0 ? "" : "(\(format((score / Double(n) * 100).rounded()))%)"
    }

    static func duration(_ seconds: TimeInterval) -> String {
        let s = seconds.isFinite ? Int(min(max(0, seconds), 1e12)) : 0
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m \(s % 60)s" }
        return "\(s / 3600)h \((s % 3600) / 60)m"
    }

    static func localDate(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }

    /// "now", "in 3 days", "2 hours ago".
    public static func relative(_ date: Date, from now: Date) -> String {
        let d = date.timeIntervalSince(now)
        if d > 0 && d < 60 { return "in 1 min" }
        if abs(d) < 60 { return "now" }
        let a = abs(d)
        let text: String
        if a < 3600 { text = "\(Int(a / 60)) min" } else if a < 86400 { text = "\(Int(a / 3600)) h" } else {
            let days = Int(a / 86400)
            text = days == 1 ? "1 day" : "\(days) days"
        }
        return d > 0 ? "in " + text : text + " ago"
    }
}

/// `replay` at a terminal: one question at a time; Enter shows the next, q stops.
public final class ReplayStepper {
    let steps: [(Output) -> Void]
    private var position = 0

    init(steps: [(Output) -> Void]) { self.steps = steps }

    public var prompt: String { "replay \(position)/\(steps.count) (Enter: next, q: stop)> " }

    func show(_ context: ShellContext) {
        guard position < steps.count else { return }
        steps[position](context.output)
        position += 1
        if position >= steps.count {
            context.output.line("(end of the replay)", .dim)
            context.stepper = nil
        }
    }

    public func handle(_ line: String, _ context: ShellContext) {
        let word = line.trimmingCharacters(inSet: " ").lowercased()
        if word == "q" || word == "quit" || word == "stop" {
            context.stepper = nil
            context.output.line("(replay stopped)", .dim)
            return
        }
        show(context)
    }
}
