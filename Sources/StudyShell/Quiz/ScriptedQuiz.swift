import StudyKit

/// `study quiz` without a terminal: print a quiz (questions, answers, evidence), or grade answers given one a line.
public enum ScriptedQuiz {
    /// One graded answer, as `--json` prints it.
    struct GradedJSON: Encodable {
        let number: Int
        let kind: String
        let prompt: String
        let answer: String?
        let expected: String
        let verdict: String
        let score: Double
        let reason: String
        let evidence: [String]
    }

    struct ResultJSON: Encodable {
        let title: String
        let seed: UInt64?
        let score: Double
        let total: Int
        let answers: [GradedJSON]
    }

    /// Prints the questions with their answers and evidence.
    public static func printQuiz(_ bank: QuizBank, output out: Output, json: Bool) {
        if json { out.json(bank); return }
        out.line([Span(bank.title ?? "Quiz", .heading), Span(bank.seed.map { " (seed \($0))" } ?? "", .dim)])
        for (n, q) in bank.questions.enumerated() {
            out.line()
            out.wrapped([Span(q.prompt)], prefix: [Span("\(n + 1). ", .id)], indent: 4)
            for (i, option) in (q.options ?? []).enumerated() {
                out.wrapped([Span(option)], prefix: [Span("    \(OptionLetter.of(i)) ", .id)], indent: 6)
            }
            let answer = q.keyPoints.map { $0.map(\.point).joined(separator: "; ") } ?? q.answer
            out.wrapped([Span(answer, .emphasis), Span("  [\(q.evidence.joined(separator: " "))]", .id)],
                        prefix: [Span("    answer: ", .dim)], indent: 12)
        }
    }

    /// Grades `answers` (one per question, in order; missing ones count as skipped) and prints the result.
    /// Returns the total score.
    @discardableResult
    public static func grade(_ bank: QuizBank, answers: [String], output out: Output, json: Bool) -> Double {
        let grader = Grader()
        var graded: [GradedJSON] = []
        for (n, q) in bank.questions.enumerated() {
            let given = n < answers.count ? answers[n] : nil
            let grade = given.map { grader.grade(q, answer: $0) } ?? Grade(.wrong, score: 0, reason: "no answer given")
            let score = grade.verdict == .unreadable ? 0 : grade.score
            graded.append(GradedJSON(number: n + 1, kind: q.kind.rawValue, prompt: q.prompt, answer: given, expected: q.answer,
                                     verdict: grade.verdict.rawValue, score: score, reason: grade.reason, evidence: q.evidence))
        }
        let total = graded.reduce(0) { $0 + $1.score }
        if json {
            out.json(ResultJSON(title: bank.title ?? "Quiz", seed: bank.seed, score: total, total: graded.count, answers: graded))
            return total
        }
        for g in graded {
            let mark: Span = g.verdict == "correct" ? Span("✓", .success) : g.verdict == "partial" ? Span("~", .warning) : Span("✗", .error)
            out.wrapped([mark, Span(" \(g.answer ?? "(none)") — \(g.reason)"), Span("  [\(g.evidence.joined(separator: " "))]", .id)],
                        prefix: [Span("\(g.number). ", .id)], indent: 4)
        }
        out.line("Score: " + SessionViews.scoreText(score: total, asked: graded.count), .heading)
        return total
    }
}
