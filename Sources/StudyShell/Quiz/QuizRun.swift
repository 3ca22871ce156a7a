import StudyKit

/// A quiz in progress in the shell: which question is asked, hints shown, answers graded. While it runs, the shell
/// sends each line here instead of to the command table.
public final class QuizRun {
    /// The outcome of one question.
    public struct Result: Sendable {
        public let question: Question
        public var answer: String?
        public var grade: Grade?
        public var hintsUsed: Int
        public var skipped: Bool
        public var overridden: Bool
        /// The question's index in `questions`.
        public var number: Int = 0
    }

    public let questions: [Question]
    public let title: String
    public let seed: UInt64?
    /// The quiz's number within its session (set when it starts; a resumed quiz keeps its first number).
    public internal(set) var number = 0
    /// The indices of `questions` to ask, in order (all of them, or the unanswered ones when resumed).
    public let order: [Int]
    private var position = 0
    /// The index in `questions` of the question being asked (`questions.count` when done).
    public var index: Int { position < order.count ? order[position] : questions.count }
    public private(set) var results: [Result] = []
    private var hintsShown = 0
    private let grader = Grader()
    /// Whether the quiz has ended (all asked, or quit).
    public private(set) var isFinished = false

    public init(questions: [Question], title: String, seed: UInt64?) {
        self.questions = questions
        self.title = title
        self.seed = seed
        self.order = Array(questions.indices)
    }

    /// Stored questions asked again (a retake, a review) with their options in a new seeded order, so positions are
    /// not learnt: the seed is the attempt's number in the session.
    public static func reshuffled(_ questions: [Question], attempt: Int) -> [Question] {
        questions.enumerated().map { $1.reshuffled(seed: UInt64(attempt) &* 1_000_003 &+ UInt64($0)) }
    }

    /// A quiz continued: asks only `order`, with the results already given earlier counted in the final score.
    public init(questions: [Question], title: String, seed: UInt64?, order: [Int], earlier: [Result]) {
        self.questions = questions
        self.title = title
        self.seed = seed
        self.order = order
        self.results = earlier
    }

    public var current: Question? { index < questions.count ? questions[index] : nil }

    /// The index of the last question asked: the one last answered or skipped, else the one waiting.
    public var lastAsked: Int { results.last?.number ?? min(index, questions.count - 1) }

    /// The prompt while a question waits: `3/10> `.
    public var prompt: String { "\(index + 1)/\(questions.count)> " }

    /// Shows the current question.
    public func present(_ context: ShellContext) {
        guard let q = current else { return }
        let out = context.output
        out.line()
        let where_ = q.section.map { " · \($0)" } ?? ""
        out.line([Span("Question \(index + 1)/\(questions.count)", .heading), Span(" · \(q.kind.rawValue)\(where_)", .dim)])
        out.wrapped([Span(q.prompt)])
        if let options = q.options {
            for (i, option) in options.enumerated() {
                let letter = OptionLetter.of(i)
                out.wrapped([Span(option)], prefix: [Span("  "), Span(letter, .id), Span(") ")], indent: 5)
            }
        }
        out.line([Span("(answer, or hint, skip, why, override, undo, flag, quit)", .dim)])
    }

    /// Handles one line typed during the quiz.
    public func handle(_ line: String, _ context: ShellContext) {
        let out = context.output
        let word = line.trimmingCharacters(inSet: " ").lowercased()
        guard let q = current else { return }
        switch word {
        case "hint":
            guard hintsShown < q.hints.count else {
                out.line("No more hints; answer, or skip.", .dim)
                return
            }
            out.wrapped([Span("Hint: ", .emphasis), Span(q.hints[hintsShown])])
            hintsShown += 1
            context.record(.hint(question: index, number: hintsShown))
        case "undo":
            undoInQuiz(context)
        case "override":
            // The reader disagrees with the last grade: the same command as in the shell.
            do { try Command.override.run(context, Arguments()) } catch { out.line("\(error)", .warning) }
        case "skip":
            results.append(Result(question: q, answer: nil, grade: nil, hintsUsed: hintsShown, skipped: true, overridden: false, number: index))
            context.record(.skip(question: index))
            out.wrapped([Span("Skipped. ", .dim), Span("The answer: ", .dim), Span(answerText(q))])
            quote(q, context)
            advance(context)
        case "why":
            if !why(context) { out.line("Answer first (or skip); then why shows the evidence.", .dim) }
        case "quit":
            context.record(.quizEnded(reason: "quit"))
            finish(context)
        case _ where word == "flag" || word.hasPrefix("flag "):
            // Flag a question without leaving the quiz; the one waiting, when flagged, is not asked.
            do {
                let flagged = index
                let typed = line.trimmingCharacters(inSet: " ")
                guard let (command, arguments) = try CommandTable.parse("flag" + typed.dropFirst(4)) else { return }
                try command.run(context, arguments)
                if context.corrections.isFlagged(q), index == flagged { advance(context) }
            } catch { out.line("\(error)", .warning) }
        case "help", "?":
            out.line("Type your answer (a letter, a number or the words), or: hint (halves the credit), skip, why (after answering), override, undo, flag [N] [reason], quit.", .dim)
        default:
            var grade = grader.grade(q, answer: line)
            if hintsShown > 0 && grade.verdict != .unreadable && grade.score > 0 {
                // A hint halves the credit, and the review schedule takes the answer as hard.
                grade.score /= 2
                grade.reason = (grade.reason == "correct" ? "" : grade.reason + "; ") + "half credit: you took a hint"
            }
            if grade.verdict == .unreadable {
                // A shell command typed during a quiz: say how to get back to the shell.
                let first = word.split(separator: " ").first.map(String.init) ?? ""
                let command = CommandTable.command(named: first) != nil ? " (you are in a quiz: quit it to use \(first))" : ""
                out.line(grade.reason + command, .warning)
                return
            }
            results.append(Result(question: q, answer: line, grade: grade, hintsUsed: hintsShown, skipped: false, overridden: false, number: index))
            context.record(.answer(question: index, text: line, grade: grade))
            render(grade, q, context)
            advance(context)
        }
    }

    /// The input ended before the quiz did (a one-shot reading answers from a pipe): ends it and prints the score.
    public func endOfInput(_ context: ShellContext) {
        guard !isFinished else { return }
        context.record(.quizEnded(reason: "end of input"))
        finish(context)
    }

    /// Ctrl-C during a question (even on a half-typed answer): abandon it (counted as skipped), show its answer
    /// as `skip` does, and go on.
    public func abandon(_ context: ShellContext) {
        guard let q = current else { return }
        results.append(Result(question: q, answer: nil, grade: nil, hintsUsed: hintsShown, skipped: true, overridden: false, number: index))
        context.record(.skip(question: index))
        context.output.line()
        context.output.wrapped([Span("Question abandoned. ", .dim), Span("The answer: ", .dim), Span(answerText(q))])
        quote(q, context)
        advance(context)
    }

    /// Marks the last graded answer right, when the reader disagrees with the grader.
    public func overrideLast() -> Result? {
        guard let i = results.lastIndex(where: { $0.grade != nil }) else { return nil }
        results[i].grade = Grade(.correct, score: 1, reason: "marked right by you (override)")
        results[i].overridden = true
        return results[i]
    }

    /// Takes back the last grade after the quiz ended: that answer no longer counts (`resume` asks it again).
    public func takeBackLast() -> Result? {
        guard let i = results.lastIndex(where: { $0.grade != nil }) else { return nil }
        return results.remove(at: i)
    }

    /// `undo` during the quiz: takes back the previous answer and asks that question again.
    private func undoInQuiz(_ context: ShellContext) {
        let out = context.output
        guard position > 0, let last = results.last, last.grade != nil, last.number == order[position - 1] else {
            out.line("Nothing to undo: no answer given just before this question.", .dim)
            return
        }
        results.removeLast()
        position -= 1
        hintsShown = 0
        context.record(.undo(question: last.number))
        out.line([Span("Took back your answer ", .dim), Span(last.answer ?? "", .emphasis),
                  Span(" to question \(last.number + 1); it is asked again.", .dim)])
        present(context)
        context.markShown(self)
    }

    /// The evidence of the last answered question, in full, with the explanation.
    public func why(_ context: ShellContext) -> Bool {
        guard let last = results.last else { return false }
        let out = context.output
        let explanation = last.question.explanation
        if !explanation.isEmpty { out.wrapped([Span(explanation)]) }
        if let basis = last.question.basis { out.wrapped([Span("Asked because: ", .dim), Span(basis, .dim)]) }
        // A sentence the explanation already quotes in full is not quoted again.
        for id in last.question.evidence where !explanation.contains(sentenceText(id, context) ?? "\u{0}") {
            quoteSentence(id, context)
        }
        return true
    }

    private func render(_ grade: Grade, _ q: Question, _ context: ShellContext) {
        let out = context.output
        switch grade.verdict {
        case .correct: out.wrapped([Span("✓ Right. ", .success), Span(grade.reason == "correct" ? "" : Self.sentence(grade.reason), .dim)])
        case .partial: out.wrapped([Span("~ Partly right. ", .warning), Span(Self.sentence(grade.reason))])
        case .wrong, .unreadable: out.wrapped([Span("✗ Not quite: ", .error), Span(grade.reason)])
        }
        quote(q, context)
    }

    /// A grader's reason as a sentence after the verdict: without a repeated verdict ("partly right: …"),
    /// capitalised, ending in a stop ("accepted: 'x' for 'y'" → "Accepted: 'x' for 'y'.").
    static func sentence(_ reason: String) -> String {
        var text = Substring(reason)
        for verdict in ["partly right: ", "partly right; ", "partly right"] where text.lowercased().hasPrefix(verdict) {
            text = text.dropFirst(verdict.count)
            break
        }
        guard let first = text.first else { return "" }
        let capitalised = first.uppercased() + text.dropFirst()
        return ".!?)".contains(capitalised.last!) ? capitalised : capitalised + "."
    }

    /// Quotes the first evidence sentence with its id (every piece of feedback does).
    private func quote(_ q: Question, _ context: ShellContext) {
        if let id = q.evidence.first { quoteSentence(id, context) }
    }

    private func sentenceText(_ id: String, _ context: ShellContext) -> String? {
        let m = context.model
        guard case .sentence(let p, let n)? = ModelID(id), let i = m.sentenceIndex(paragraph: p, number: n) else { return nil }
        return m.text(of: m.sentences[i])
    }

    private func quoteSentence(_ id: String, _ context: ShellContext) {
        let m = context.model
        guard case .sentence(let p, let n)? = ModelID(id), let i = m.sentenceIndex(paragraph: p, number: n) else {
            context.output.line("  \(id) (not in the loaded essay)", .dim)
            return
        }
        context.output.wrapped([Span(m.text(of: m.sentences[i]), .dim)], prefix: [Span("  "), Span(id, .id), Span(" ")],
                               indent: 3 + id.count)
    }

    private func answerText(_ q: Question) -> String {
        if let i = q.answerIndex, q.order == nil { return "\(OptionLetter.of(i)) \(q.answer)" }
        if let points = q.keyPoints { return points.map(\.point).joined(separator: "; ") }
        return q.answer
    }

    private func advance(_ context: ShellContext) {
        position += 1
        hintsShown = 0
        if position >= order.count {
            context.record(.quizEnded(reason: "done"))
            finish(context)
        } else {
            present(context)
            context.markShown(self)
        }
    }

    /// Prints the score, results per kind and what to reread; ends the quiz.
    func finish(_ context: ShellContext) {
        isFinished = true
        let out = context.output
        let answered = results.filter { $0.grade != nil }
        let score = results.reduce(0) { $0 + ($1.grade?.score ?? 0) }
        out.line()
        // Questions never reached, less those flagged (which resume does not ask).
        let reached = Set(results.map(\.number))
        let left = questions.indices.filter { !reached.contains($0) }
        let flagged = left.filter { context.corrections.isFlagged(questions[$0]) }.count
        out.line([Span("Quiz over: ", .heading),
                  Span(SessionViews.scoreText(score: score, asked: results.count), .heading),
                  Span(left.count > flagged ? ", \(left.count - flagged) not asked (resume asks them)" : "", .dim),
                  Span(flagged > 0 ? ", \(flagged) flagged" : "", .dim)])
        var kinds: [QuestionKind: (Double, Int)] = [:]
        for r in results { kinds[r.question.kind, default: (0, 0)].0 += r.grade?.score ?? 0; kinds[r.question.kind, default: (0, 0)].1 += 1 }
        for kind in QuestionKind.allCases { if let (s, n) = kinds[kind] {
            out.line([Span("  " + kind.rawValue.padding(24)), Span("\(SessionViews.format(s))/\(n)")])
        } }
        let missed = results.filter { ($0.grade?.score ?? 0) < 1 }
        if !missed.isEmpty {
            let ids = Array(Set(missed.flatMap(\.question.evidence))).sorted { (ModelID($0) ?? .section(0)) < (ModelID($1) ?? .section(0)) }
            if let first = ids.first {
                out.wrapped([Span("Reread: ", .emphasis), Span(ids.joined(separator: " "), .id),
                             Span(" (type read \(first) to see \(ids.count == 1 ? "it" : "the first"))", .dim)])
            }
        } else if !answered.isEmpty {
            out.line("Every answer right.", .success)
        }
    }
}
