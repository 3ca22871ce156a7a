import StudyKit

/// Flagged questions: the reader says a question is wrong (a wrong key, ambiguous, trivial); it is not asked again,
/// leaves spaced review and is not exported.
extension Command {
    static let flag = Command(
        "flag", group: .quiz, usage: "[N] [REASON]",
        summary: "Flag the last question (or question N of the quiz) as wrong: it is not asked, reviewed or exported again",
        example: "flag 3 wrong key", completion: .words(["wrong", "ambiguous", "trivial"]), maximumArguments: nil
    ) { context, arguments in
        guard let run = context.quiz ?? context.lastQuiz else {
            throw CommandError("flag: no question to flag yet; flag works during or after a quiz (flag 3 flags its question 3)")
        }
        var words = arguments.positional
        let index: Int
        if let first = words.first, let n = Int(first) {
            guard run.questions.indices.contains(n - 1) else {
                throw CommandError("flag: the quiz has questions 1–\(run.questions.count); write flag \(min(max(1, n), run.questions.count))")
            }
            index = n - 1
            words.removeFirst()
        } else {
            index = run.lastAsked
        }
        let reason = words.isEmpty ? nil : SafeText.clean(words.joined(separator: " "), limit: 80)
        let question = run.questions[index]
        let added = try context.flag(question, reason: reason, command: "flag")
        if arguments.json {
            // The question's own flag (it may have been flagged before), numbered as flags lists it.
            let key = ReviewDeck.key(question)
            if let i = context.corrections.flags.firstIndex(where: { $0.key == key }) {
                context.output.json(FlagJSON(number: i + 1, flag: context.corrections.flags[i]))
            }
            return
        }
        if !added {
            context.output.line("Question \(index + 1) is flagged already (flags lists it).", .dim)
            return
        }
        context.output.wrapped([Span("Flagged question \(index + 1)", .success),
                                Span(reason.map { " (\($0))" } ?? ""),
                                Span(": it is not asked again, leaves review and is not exported; unflag \(context.corrections.flags.count) takes it back.", .dim)])
    }

    static let flags = Command(
        "flags", group: .quiz, summary: "The questions you flagged on this essay, numbered for unflag",
        example: "flags"
    ) { context, arguments in
        let list = context.corrections.flags
        if arguments.json { context.output.json(list.enumerated().map { FlagJSON(number: $0 + 1, flag: $1) }); return }
        if list.isEmpty { context.output.line("(no flagged questions; flag in or after a quiz flags one)", .dim) }
        for (i, f) in list.enumerated() {
            let prompt = f.prompt.replacingOccurrences(of: "\n", with: " ")
            context.output.wrapped([Span(prompt), Span("  \(f.kind) · \(f.reason ?? "no reason given") · \(SessionDates.format(f.time).prefix(10))", .dim)],
                                   prefix: [Span("\(i + 1).".padding(4), .id)], indent: 4)
        }
    }

    static let unflag = Command(
        "unflag", group: .quiz, usage: "N", summary: "Take back flag N (see flags): the question can be asked again",
        example: "unflag 1", maximumArguments: 1
    ) { context, arguments in
        guard let word = arguments.positional.first, let n = Int(word) else {
            throw CommandError("unflag: which one? write unflag 1 (flags lists them)")
        }
        let flag = try context.unflag(n, command: "unflag")
        if arguments.json { context.output.json(FlagJSON(number: n, flag: flag)); return }
        context.output.wrapped([Span("Unflagged: ", .success), Span(flag.prompt.replacingOccurrences(of: "\n", with: " "))])
    }
}

/// A flag as `--json` prints it.
struct FlagJSON: Encodable {
    let number: Int
    let key: String
    let kind: String
    let prompt: String
    let answer: String
    let reason: String?
    let time: String

    init(number: Int, flag: QuestionFlag) {
        self.number = number
        key = flag.key
        kind = flag.kind
        prompt = flag.prompt
        answer = flag.answer
        reason = flag.reason
        time = SessionDates.format(flag.time)
    }
}
