import ArgumentParser

/// `study summarize [FILE] [§N | P3-P5 | all] [--sentences N | --words N | --ratio R] [--argument] [--explain] [--json]`.
struct SummarizeSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "The sentences that best sum up an essay (or a section or paragraphs), each with its id.")

    @Argument(help: "[FILE] [PART]: the essay (default: the bundled one) and what to summarise (§2, P3-P5; default: all).")
    var words: [String] = []

    @Option(help: "At most this many sentences.")
    var sentences: String?

    @Option(name: .customLong("words"), help: "At most this many words.")
    var wordBudget: String?

    @Option(help: "About this share of the words (between 0 and 1, e.g. 0.2).")
    var ratio: String?

    @Flag(help: "A short prose digest of the argument instead, each clause traced to its sentence.")
    var argument = false

    @Flag(help: "Show each chosen sentence's score parts.")
    var explain = false

    @OptionGroup var format: JSONFlag
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func validate() throws {
        if words.count > 2 { throw ValidationError("summarize takes at most a FILE and a PART, e.g. study summarize essay.txt §2") }
    }

    func run() throws {
        let (file, selection) = OneShot.fileAndSelection(words)
        var options: [String: String] = [:]
        if let sentences { options["--sentences"] = sentences }
        if let wordBudget { options["--words"] = wordBudget }
        if let ratio { options["--ratio"] = ratio }
        var flags = format.flags
        if argument { flags.insert("--argument") }
        if explain { flags.insert("--explain") }
        try OneShot.run("summarize", file: file, positional: selection.map { [$0] } ?? [], flags: flags, options: options,
                        corrections: correctionsFolder.corrections)
    }
}
