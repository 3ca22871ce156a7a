import ArgumentParser
import Foundation
import StudyKit
import StudyShell

/// `study quiz [FILE] [--count N] [--seed S] [--kinds K] [--section §N] [--bank FILE] [--json]`.
struct QuizSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Print a quiz with answers and evidence; with answers on standard input (one a line), grade them.",
        discussion: "The same essay and seed always give the same quiz. Example: study quiz --count 5 --seed 7 --json")

    @Argument(help: "The essay (default: the bundled essay).", completion: .file())
    var file: String?

    @Option(help: "Number of questions (1–100; default 10, or quizCount from the config).")
    var count: Int?

    @Option(help: "Seed for choosing questions; the same seed gives the same quiz.")
    var seed: UInt64 = 1

    @Option(help: "Question kinds, comma-separated (e.g. cloze,true-false,order).")
    var kinds: String?

    @Option(help: "Ask only about one section (e.g. §2).")
    var section: String?

    @Option(help: "Run a quiz bank (JSON) instead of making questions.", completion: .file(extensions: ["json"]))
    var bank: String?

    @OptionGroup var format: JSONFlag
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let output = Output(terminal: TerminalInfo.current(environment: environment))
        let model = try OneShot.loadModel(file, output: output)
        let context = OneShot.context(model, output: output, environment: environment,
                                      corrections: correctionsFolder.corrections)
        let quiz: QuizBank
        do {
            if let bank {
                var loaded = try Command.loadBank(bank, context: context, command: "study quiz")
                loaded.questions = context.unflagged(loaded.questions)
                guard !loaded.questions.isEmpty else {
                    throw CommandError("study quiz: every question of \(bank) is flagged (study flags lists them)")
                }
                quiz = loaded
            } else {
                var arguments = Arguments(positional: section.map { [$0] } ?? [],
                                          options: ["--seed": String(seed)])
                if let count { arguments.options["--count"] = String(count) }
                if let kinds { arguments.options["--kinds"] = kinds }
                let options = try Command.quizOptions(context, arguments)
                let questions = Command.unflaggedQuiz(context, options)
                guard !questions.isEmpty else { throw CommandError("study quiz: this text gives no questions of those kinds") }
                let scope = options.section.map { "§\($0)" } ?? "the whole essay"
                quiz = QuizBank(title: "Quiz on \(scope)", model: context.model, seed: options.seed, questions: questions)
            }
        } catch let error as CommandError {
            output.error(error.message.hasPrefix("study") ? error.message : "study \(error.message)")
            throw ExitCode(1)
        }
        if isatty(0) == 0 {
            var answers: [String] = []
            while let line = readLine() { answers.append(line) }
            if !answers.isEmpty {
                ScriptedQuiz.grade(quiz, answers: answers, output: output, json: format.json)
                output.flush()
                return
            }
        }
        ScriptedQuiz.printQuiz(quiz, output: output, json: format.json)
        output.flush()
    }
}
