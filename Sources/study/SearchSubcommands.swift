import ArgumentParser
import Foundation

/// `study find [FILE] WORDS… [--json] [--explain] [--limit N] [--corrections DIR]`.
struct FindSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find", abstract: "Sentences that best match the words, ranked (add 'in §2' to limit to a section).")

    @Argument(help: "[FILE] WORDS: the essay (default: the bundled one; recognised when the first word is a file) and the words.")
    var words: [String] = []

    @Flag(help: "Show the parts of each score.")
    var explain = false

    @Option(help: "How many sentences to show (default 5).")
    var limit: Int?

    @OptionGroup var format: JSONFlag
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func run() throws {
        try SearchRun.run("find", words: words, explain: explain, limit: limit, flags: format.flags,
                          corrections: correctionsFolder.corrections)
    }
}

/// `study where [FILE] STATEMENT… [--json] [--explain] [--limit N] [--corrections DIR]`.
struct WhereSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "where", abstract: "Where the essay says something: the sentences that best state a paraphrase.")

    @Argument(help: "[FILE] STATEMENT: the essay (default: the bundled one; recognised when the first word is a file) and the statement.")
    var words: [String] = []

    @Flag(help: "Show the parts of each score.")
    var explain = false

    @Option(help: "How many sentences to show (default 3).")
    var limit: Int?

    @OptionGroup var format: JSONFlag
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func run() throws {
        try SearchRun.run("where", words: words, explain: explain, limit: limit, flags: format.flags,
                          corrections: correctionsFolder.corrections)
    }
}

/// `find` and `where` once: the corrected model's sections name and bound the hits (`in §2`, the label beside each).
enum SearchRun {
    static func run(_ name: String, words: [String], explain: Bool, limit: Int?, flags: Set<String>,
                    corrections: String?) throws {
        var words = words
        var file: String?
        if words.count > 1, FileManager.default.fileExists(atPath: words[0]) { file = words.removeFirst() }
        let flags = explain ? flags.union(["--explain"]) : flags
        try OneShot.run(name, file: file, positional: words, flags: flags,
                        options: limit.map { ["--limit": String($0)] } ?? [:], corrections: corrections)
    }
}
