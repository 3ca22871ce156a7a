import Foundation
import StudyKit

extension Command {
    static let session = Command(
        "session", group: .sessions, summary: "Show the current session so far: its file, questions and score",
        example: "session"
    ) { context, arguments in
        let session = context.currentSession
        if arguments.json { context.output.json(session); return }
        SessionViews.describe(session, path: context.recorder?.path, context.output)
    }

    static let sessions = Command(
        "sessions", group: .sessions, usage: "[--all]",
        summary: "List saved sessions: date, essay, questions, score, duration (--all: also those without questions)",
        example: "sessions", flags: ["--all"]
    ) { context, arguments in
        let store = context.sessionStore
        let (entries, problems) = store.list()
        for p in problems { context.output.warning(p) }
        if arguments.json { context.output.json(entries.map { SessionViews.Row($0) }); return }
        SessionViews.table(entries, all: arguments.has("--all"), folder: store.folder, context.output)
    }

    static let save = Command(
        "save", group: .sessions, usage: "NAME", summary: "Give the current session a name (for resume, replay, retake)",
        example: "save week1", completion: .nothing, maximumArguments: 1
    ) { context, arguments in
        guard let given = arguments.positional.first else { throw CommandError("save: give a name, e.g. save week1") }
        guard let name = SessionStore.validName(given) else {
            throw CommandError("save: '\(given)' cannot be a session name; use letters, digits, - and _ (e.g. save week1)")
        }
        if let other = context.sessionStore.list().entries.first(where: { $0.session.name == name }),
           other.session.id != context.recorder?.session?.id {
            throw CommandError("save: the name \(name) is taken by \(other.session.id); choose another")
        }
        guard let recorder = context.recorder else { throw CommandError("save: sessions are not being saved here") }
        recorder.rename(name, context)
        context.output.line([Span("named this session ", .dim), Span(name, .emphasis),
                             Span(recorder.path.map { " (\($0))" } ?? "", .dim)])
    }

    static let resume = Command(
        "resume", group: .sessions, usage: "[ID|NAME]",
        summary: "Continue a session's quiz at its first unanswered question (default: this session's, else the last "
            + "unfinished quiz on this essay)",
        example: "resume week1", completion: .nothing, maximumArguments: 1
    ) { context, arguments in
        try SessionActions.resume(arguments.positional.first, context)
    }

    static let replay = Command(
        "replay", group: .sessions, usage: "ID|NAME",
        summary: "Step through a session question by question as it was (from a pipe: the whole transcript)",
        example: "replay week1", maximumArguments: 1
    ) { context, arguments in
        guard let ref = arguments.positional.first else { throw CommandError("replay: which session? e.g. replay 1 (see sessions)") }
        let session = try SessionActions.find(ref, context, command: "replay")
        if arguments.json { context.output.json(session); return }
        SessionViews.replayHeader(session, loaded: context.model, context.output)
        let steps = SessionViews.replaySteps(session, fallback: context.model)
        if context.output.terminal.isInteractive && steps.count > 1 {
            context.stepper = ReplayStepper(steps: steps)
            context.stepper?.show(context)
        } else {
            for step in steps { step(context.output) }
            SessionViews.replayFooter(session, context.output)
        }
    }

    static let retake = Command(
        "retake", group: .sessions, usage: "ID|NAME", summary: "A quiz of only the questions missed in a session",
        example: "retake week1", maximumArguments: 1
    ) { context, arguments in
        guard let ref = arguments.positional.first else { throw CommandError("retake: which session? e.g. retake 1 (see sessions)") }
        let session = try SessionActions.find(ref, context, command: "retake")
        let allMissed = session.digest.missed.map(\.question)
        let missed = context.unflagged(allMissed)
        if missed.isEmpty && !allMissed.isEmpty {
            context.output.line("Nothing to retake: the questions missed in \(session.name ?? session.id) are all flagged (see flags).", .dim)
            return
        }
        guard !missed.isEmpty else {
            context.output.line("Nothing to retake: every question answered in \(session.name ?? session.id) was right.", .success)
            return
        }
        if session.essay.contentHash != context.model.contentHash {
            context.output.warning("retake: \(session.id) was made on another text (\(session.essay.source)); its evidence ids may not match \(context.model.source.name)")
        }
        let run = QuizRun(questions: QuizRun.reshuffled(missed, attempt: context.quizCount + context.events.count), title: "Retake of \(session.name ?? session.id)", seed: nil)
        context.output.line([Span("Retake: the \(missed.count) question\(missed.count == 1 ? "" : "s") missed in \(session.name ?? session.id)", .heading)])
        context.start(run)
    }

    static let undo = Command(
        "undo", group: .sessions, summary: "Take back your last graded answer (it no longer counts; resume asks it again)",
        example: "undo"
    ) { context, _ in
        guard let run = context.lastQuiz, let result = run.takeBackLast() else {
            throw CommandError("undo: no graded answer to take back in this session")
        }
        context.record(.undo(question: result.number))
        context.output.line([Span("Took back your answer ", .dim), Span(result.answer ?? "", .emphasis),
                             Span(" to question \(result.number + 1); resume asks it again.", .dim)])
    }

    static let stats = Command(
        "stats", group: .sessions,
        summary: "Accuracy per question kind and per section over all sessions on this essay, and the trend",
        example: "stats"
    ) { context, arguments in
        let sessions = SessionActions.sessionsForEssay(context)
        let stats = SessionStats(sessions: sessions)
        if arguments.json { context.output.json(stats); return }
        SessionViews.stats(stats, essay: context.model.displayTitle, context.output)
    }

    static let review = Command(
        "review", group: .sessions, usage: "[--cram] [--due] [--count N]",
        summary: "Spaced review (FSRS): ask the questions due now; --cram the weakest; --due list what is due",
        example: "review --due", flags: ["--cram", "--due"], options: ["--count"]
    ) { context, arguments in
        try SessionActions.review(arguments, context)
    }
}

/// What the session commands share: finding sessions, resuming, reviewing.
public enum SessionActions {
    /// Finds a session in the store (or the current one by its id), as a command error on failure.
    static func find(_ ref: String, _ context: ShellContext, command: String) throws -> StudySession {
        if let current = context.recorder?.session, current.id == ref || current.name == ref {
            return context.currentSession
        }
        do {
            let entry = try context.sessionStore.find(ref)
            if entry.session.id == context.recorder?.session?.id { return context.currentSession }
            return entry.session
        } catch {
            throw CommandError("\(command): \(error.message)")
        }
    }

    /// All sessions on the loaded essay (the current one as it stands), oldest first. A file that cannot be read is
    /// named in a warning, so its answers never drop out of stats or the review schedule unnoticed.
    public static func sessionsForEssay(_ context: ShellContext) -> [StudySession] {
        let (entries, problems) = context.sessionStore.list()
        for p in problems { context.output.warning(p + "; its answers are left out") }
        var sessions = entries.map(\.session)
        if context.recorder != nil, !context.events.isEmpty {
            let current = context.currentSession
            sessions.removeAll { $0.id == current.id }
            sessions.append(current)
        }
        return sessions.filter { $0.essay.contentHash == context.model.contentHash }.sorted { $0.createdAt < $1.createdAt }
    }

    /// The review deck of the loaded essay, without the questions the reader flagged.
    public static func reviewDeck(_ context: ShellContext) -> ReviewDeck {
        let deck = ReviewDeck(sessions: sessionsForEssay(context), contentHash: context.model.contentHash)
        return context.corrections.flags.isEmpty ? deck : deck.without(context.corrections.flags.map(\.key))
    }

    static func resume(_ ref: String?, _ context: ShellContext) throws {
        let session: StudySession
        let isCurrent: Bool
        if let ref {
            session = try find(ref, context, command: "resume")
            isCurrent = session.id == context.recorder?.session?.id
        } else if context.currentSession.digest.resumableQuiz == nil,
                  let last = sessionsForEssay(context).last(where: { $0.digest.resumableQuiz != nil }) {
            // No ref, and nothing to resume here (a new shell): the last unfinished quiz on this essay.
            session = last
            isCurrent = last.id == context.recorder?.session?.id
        } else {
            session = context.currentSession
            isCurrent = true
        }
        guard session.essay.contentHash == context.model.contentHash else {
            let file = session.essay.path ?? "the bundled essay (study with no file)"
            throw CommandError("resume: \(session.id) is about another text (\(session.essay.title)); load \(file) first, then resume \(ref ?? session.id)")
        }
        let digest = session.digest
        guard let quiz = digest.resumableQuiz else {
            throw CommandError("resume: every question of \(session.name ?? session.id) is answered; retake \(ref ?? session.id) asks the missed ones")
        }
        // Flagged questions are not asked again.
        let order = digest.unanswered(in: quiz).filter { !context.corrections.isFlagged(quiz.questions[$0]) }
        guard !order.isEmpty else {
            throw CommandError("resume: the questions left in \(session.name ?? session.id) are all flagged (see flags)")
        }
        let earlier = digest.items.filter { $0.quiz == quiz.number && $0.isAnswered }.map {
            QuizRun.Result(question: $0.question, answer: $0.answer, grade: $0.grade, hintsUsed: $0.hints, skipped: false,
                           overridden: $0.overridden, number: $0.index)
        }
        if !isCurrent {
            context.adopt(events: session.events)
            context.recorder?.adopt(session)
        }
        let run = QuizRun(questions: quiz.questions, title: quiz.title, seed: quiz.seed, order: order, earlier: earlier)
        context.output.line([Span("Resuming \(session.name ?? session.id): \(quiz.title)", .heading),
                             Span(", \(order.count) of \(counted(quiz.questions.count, "question")) left", .dim)])
        context.resume(run, number: quiz.number)
    }

    static func review(_ arguments: Arguments, _ context: ShellContext) throws {
        let now = Date()
        let deck = reviewDeck(context)
        let out = context.output
        var count = 10
        if let c = arguments.options["--count"] {
            guard let n = Int(c), (1...100).contains(n) else { throw CommandError("review: --count takes a number from 1 to 100") }
            count = n
        }
        guard !deck.cards.isEmpty else {
            throw CommandError("review: no answered questions on this essay yet; take a quiz first (quiz --count 5)")
        }
        if arguments.has("--due") {
            // The soonest due first; --count N lists only the first N.
            let all = deck.cards.sorted { $0.schedule.due < $1.schedule.due }
            let sorted = arguments.options["--count"] == nil ? all : Array(all.prefix(count))
            if arguments.json {
                out.json(sorted.map { ReviewDueJSON(key: $0.key, kind: $0.question.kind.rawValue, prompt: $0.question.prompt,
                                                    due: SessionDates.format($0.schedule.due), reviews: $0.log.count) })
                return
            }
            let dueNow = all.filter { $0.schedule.due <= now }.count
            let shown = sorted.count < all.count ? " (the first \(sorted.count) shown)" : ""
            out.line([Span("\(deck.cards.count) cards, \(dueNow) due now", .heading), Span(shown, .dim)])
            for card in sorted {
                let when = SessionViews.relative(card.schedule.due, from: now)
                let oneLine = card.question.prompt.replacingOccurrences(of: "\n", with: " ")
                let prompt = String(oneLine.prefix(max(10, out.width - 26)))
                out.line([Span(when.padding(14), card.schedule.due <= now ? .warning : .dim),
                          Span("\(card.log.count)× ".padding(5), .dim), Span(prompt)])
            }
            return
        }
        let cards: [ReviewDeck.Card]
        let title: String
        if arguments.has("--cram") {
            cards = deck.weakest(count, at: now)
            title = "Cram: the \(cards.count) weakest"
        } else {
            cards = Array(deck.due(at: now).prefix(count))
            title = "Review: \(cards.count) due"
            guard !cards.isEmpty else {
                let next = deck.cards.map(\.schedule.due).min()
                out.line("Nothing is due now; the next card is due \(next.map { SessionViews.relative($0, from: now) } ?? "never"). review --cram asks the weakest anyway.", .dim)
                return
            }
        }
        out.line([Span(title, .heading), Span(" (of \(deck.cards.count) cards)", .dim)])
        context.start(QuizRun(questions: QuizRun.reshuffled(cards.map(\.question), attempt: context.quizCount + context.events.count), title: title, seed: nil))
    }

    struct ReviewDueJSON: Encodable {
        let key: String
        let kind: String
        let prompt: String
        let due: String
        let reviews: Int
    }
}

extension ShellContext {
    /// The sessions folder in use.
    public var sessionStore: SessionStore {
        recorder?.store ?? SessionStore(folder: sessionsFolder ?? DataFolders.sessions(environment: environment, config: config))
    }

    /// The current session as it stands (saved or not).
    public var currentSession: StudySession {
        if let recorder { return recorder.current(self) }
        var s = StudySession(id: "unsaved", createdAt: events.first?.time ?? Date(), essay: .init(model: model), events: events)
        s.refresh()
        return s
    }
}
