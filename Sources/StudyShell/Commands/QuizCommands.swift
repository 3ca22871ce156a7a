import Foundation
import StudyKit

extension Command {
    static let quiz = Command(
        "quiz", group: .quiz, usage: "[§2] [--count N] [--kinds cloze,order] [--seed S] | save NAME | load NAME",
        summary: "Be quizzed on the essay, one question at a time; save a quiz as a bank, or run a bank",
        example: "quiz --count 5 --seed 7", options: ["--count", "--kinds", "--seed"],
        completion: .ids(paragraphs: false, sentences: false, sections: true, words: ["save", "load"]),
        maximumArguments: 2
    ) { context, arguments in
        switch arguments.positional.first {
        case "save": try saveQuiz(context, arguments)
        case "load": try loadQuiz(context, arguments)
        default: try startQuiz(context, arguments)
        }
    }

    static let override = Command(
        "override", group: .quiz, summary: "Mark your last answer right when you disagree with the grader",
        example: "override"
    ) { context, _ in
        guard let run = context.quiz ?? context.lastQuiz, let result = run.overrideLast() else {
            throw CommandError("override: no graded answer to override yet; answer a quiz question first")
        }
        context.record(.override(question: result.number))
        context.output.wrapped([Span("Marked right: ", .success), Span(result.answer ?? "")])
    }

    /// The options of `quiz`, checked.
    public static func quizOptions(_ context: ShellContext, _ arguments: Arguments) throws(CommandError) -> QuizMaker.Options {
        var options = QuizMaker.Options(count: context.config.quizCount ?? 10, kinds: context.config.quizKinds, seed: 1)
        if let c = arguments.options["--count"] {
            guard let n = Int(c), (1...100).contains(n) else { throw CommandError("quiz: --count takes a number from 1 to 100, e.g. --count 10") }
            options.count = n
        }
        if let s = arguments.options["--seed"] {
            guard let n = UInt64(s) else { throw CommandError("quiz: --seed takes a whole number, e.g. --seed 7") }
            options.seed = n
        } else {
            options.seed = UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000
        }
        if let k = arguments.options["--kinds"] {
            var kinds: [QuestionKind] = []
            for name in k.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces).lowercased() }) {
                guard let kind = QuestionKind(rawValue: name == "truefalse" || name == "tf" ? "true-false" : name) else {
                    let all = QuestionKind.allCases.map(\.rawValue).joined(separator: ",")
                    throw CommandError("quiz: no question kind '\(name)'; use some of \(all)")
                }
                kinds.append(kind)
            }
            options.kinds = kinds
        }
        if let word = arguments.positional.first {
            let selection = try Selection(word.hasPrefix("§") || word.lowercased().hasPrefix("sec") ? word : "§" + word,
                                          in: context.model, command: "quiz")
            guard case .section(let n) = selection else { throw CommandError("quiz: write a section, e.g. quiz §2") }
            options.section = n
        }
        return options
    }

    static func startQuiz(_ context: ShellContext, _ arguments: Arguments) throws {
        let options = try quizOptions(context, arguments)
        let questions = unflaggedQuiz(context, options)
        guard !questions.isEmpty else {
            throw CommandError("quiz: this text gives no questions of those kinds; try quiz with no options")
        }
        let scope = options.section.map { "§\($0)" } ?? "the whole essay"
        if arguments.json {
            context.output.json(QuizBank(title: "Quiz on \(scope)", model: context.model, seed: options.seed, questions: questions))
            return
        }
        let run = QuizRun(questions: questions, title: "Quiz on \(scope)", seed: options.seed)
        context.output.line([Span("Quiz on \(scope): \(counted(questions.count, "question"))", .heading),
                             Span(" (seed \(options.seed); quiz --seed \(options.seed) asks the same again)", .dim)])
        context.start(run)
    }

    /// A new quiz without the questions the reader flagged: as many are made as asked for, flagged ones left out.
    public static func unflaggedQuiz(_ context: ShellContext, _ options: QuizMaker.Options) -> [Question] {
        let maker = QuizMaker(model: context.model)
        let flags = context.corrections.flags.count
        guard flags > 0 else { return maker.make(options) }
        var more = options
        more.count = options.count + flags
        return Array(context.unflagged(maker.make(more)).prefix(options.count))
    }

    static func saveQuiz(_ context: ShellContext, _ arguments: Arguments) throws {
        guard arguments.positional.count == 2, let name = DataFolders.safeName(arguments.positional[1]) else {
            throw CommandError("quiz save: give a name, e.g. quiz save week1")
        }
        guard let run = context.lastQuiz else { throw CommandError("quiz save: no quiz yet; run quiz first, then quiz save NAME") }
        let folder = DataFolders.quizzes(environment: context.environment)
        let path = folder + "/" + name + ".json"
        let bank = QuizBank(title: run.title, model: context.model, seed: run.seed, questions: run.questions)
        do {
            try AtomicFile.makeFolders(folder)
            try AtomicFile.write(try bank.jsonData(), to: path)
        } catch {
            throw CommandError("quiz save: cannot write \(path) (\(FileErrorReason.of(error))); check the folder's permissions")
        }
        context.output.line([Span("saved ", .dim), Span(path), Span(" (\(counted(run.questions.count, "question")))", .dim)])
    }

    static func loadQuiz(_ context: ShellContext, _ arguments: Arguments) throws {
        guard arguments.positional.count == 2 else { throw CommandError("quiz load: which bank? e.g. quiz load week1") }
        let bank = try loadBank(arguments.positional[1], context: context, command: "quiz load")
        let questions = context.unflagged(bank.questions)
        guard !questions.isEmpty else { throw CommandError("quiz load: every question of that bank is flagged (see flags)") }
        context.output.line([Span(bank.title ?? "Quiz bank", .heading), Span(": \(counted(questions.count, "question"))", .dim)])
        context.start(QuizRun(questions: questions, title: bank.title ?? "Quiz bank", seed: bank.seed))
    }

    /// Finds and reads a bank by name (in the quizzes folder) or path, warning when it was made for another text.
    public static func loadBank(_ name: String, context: ShellContext, command: String) throws -> QuizBank {
        let folder = DataFolders.quizzes(environment: context.environment)
        var path = name
        if !FileManager.default.fileExists(atPath: path) {
            guard let safe = DataFolders.safeName(name) else { throw CommandError("\(command): '\(name)' is not a bank name") }
            path = folder + "/" + safe + ".json"
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("\(command): no bank '\(name)' (looked for \(path)); quiz save NAME makes one")
        }
        let bank: QuizBank
        do { bank = try QuizBank.load(data, name: path) } catch { throw CommandError("\(command): \(error.message)") }
        if let hash = bank.essay.contentHash, hash != context.model.contentHash {
            context.output.warning("\(command): \(path) was made for another text (\(bank.essay.source ?? "unknown")); its evidence ids may not match \(context.model.source.name)")
        }
        return bank
    }
}
