import StudyKit

/// The read–eval–print loop: read a line, find its command in the table, run it, render, repeat.
public final class Shell {
    public let context: ShellContext
    private let reader: LineReader
    private let interactive: Bool
    /// Whether any command failed (a scripted run then exits non-zero).
    public private(set) var hadFailure = false
    /// Whether the last line ended a quiz: `why` then explains its last question, as it did inside the quiz.
    private var quizJustEnded = false

    public init(context: ShellContext, reader: LineReader, interactive: Bool) {
        self.context = context
        self.reader = reader
        self.interactive = interactive
        context.onLoad = { [weak reader] model in
            (reader as? EditLineReader)?.update(completer: Completer(commands: CommandTable.all, model: model))
        }
    }

    /// The prompt: the essay's short name, or the question number during a quiz.
    public var prompt: String { context.stepper?.prompt ?? context.quiz?.prompt ?? "\(context.model.source.stem)> " }

    /// Runs until `quit`, Ctrl-D or the end of input; returns the exit status.
    public func run() -> Int32 {
        defer { context.recorder?.finish(context) }
        if interactive { printBanner() }
        while !context.wantsToQuit {
            switch reader.readLine(prompt: interactive ? prompt : "") {
            case .endOfInput:
                if interactive { context.output.line() }
                if let quiz = context.quiz {
                    // Ctrl-D in a quiz ends the quiz with its score; at the shell's prompt a second one leaves.
                    quiz.endOfInput(context)
                    endQuizIfFinished()
                    if interactive {
                        context.output.line("Back at the shell; Ctrl-D again or quit leaves study.", .dim)
                        context.output.flush()
                        continue
                    }
                }
                context.output.flush()
                return hadFailure && !interactive ? 1 : 0
            case .tooLong(let bytes):
                fail("line of \(bytes) bytes refused: lines are at most \(PlainLineReader.maximumLineBytes / 1024) KB; nothing was run")
            case .interrupted:
                if context.stepper != nil { context.stepper = nil; continue }
                context.quiz?.abandon(context)
                endQuizIfFinished()
            case .line(let line):
                if let stepper = context.stepper {
                    stepper.handle(line, context)
                    context.output.flush()
                } else if let quiz = context.quiz {
                    quiz.handle(line, context)
                    endQuizIfFinished()
                    context.output.flush()
                } else if quizJustEnded, line.trimmingCharacters(inSet: " ").lowercased() == "why", let last = context.lastQuiz {
                    quizJustEnded = false
                    if !last.why(context) { context.output.line("No answer to explain yet.", .dim) }
                    context.output.flush()
                } else {
                    quizJustEnded = false
                    reader.remember(line)
                    execute(line)
                }
            }
        }
        context.output.flush()
        return hadFailure && !interactive ? 1 : 0
    }

    private func endQuizIfFinished() {
        if context.quiz?.isFinished ?? false {
            context.quiz = nil
            quizJustEnded = true
        }
        context.output.flush()
    }

    /// Runs one line; returns whether it succeeded. Errors are printed as one line on standard error.
    @discardableResult
    public func execute(_ line: String) -> Bool {
        defer { context.output.flush() }
        do {
            guard let (command, arguments) = try CommandTable.parse(line) else { return true }
            context.recordCommand(line)
            try command.run(context, arguments)
            return true
        } catch let error as CommandError {
            fail(error.message)
        } catch {
            fail("\(error)")
        }
        return false
    }

    private func fail(_ message: String) {
        hadFailure = true
        context.output.error(message)
    }

    /// Title, author, size, reading time and where to start.
    public func printBanner() {
        let m = context.model
        let out = context.output
        out.wrapped([Span(m.displayTitle, .heading)])
        if let byline = m.byline { out.wrapped(bylineSpans(byline)) }
        out.line([Span("\(counted(m.wordCount, "word")) · \(counted(m.paragraphs.count, "paragraph")) · \(counted(m.sections.count, "section")) · about \(m.readingMinutes) min to read", .dim)])
        out.line([Span("Type "), Span("help", .emphasis), Span(" for commands, "), Span("quit", .emphasis), Span(" to leave.")])
        out.flush()
    }
}
