import ArgumentParser

/// `study info [FILE] [--json]`.
struct InfoSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Title, author, length and reading time of an essay.")

    @Argument(help: "The essay (default: the bundled essay).", completion: .file())
    var file: String?

    @OptionGroup var format: JSONFlag
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func run() throws {
        try OneShot.run("info", file: file, flags: format.flags, corrections: correctionsFolder.corrections)
    }
}

/// `study read [FILE] [RANGE] [--json]`.
struct ReadSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Print paragraphs (P3, 2-4, all), a sentence (S3.2) or a section (§2).")

    @Argument(help: "[FILE] [RANGE]: the essay (default: the bundled one) and what to print (default: all).")
    var words: [String] = []

    @OptionGroup var format: JSONFlag
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func validate() throws {
        if words.count > 2 { throw ValidationError("read takes at most a FILE and a RANGE, e.g. study read essay.txt 2-4") }
    }

    func run() throws {
        let (file, selection) = OneShot.fileAndSelection(words)
        try OneShot.run("read", file: file, positional: selection.map { [$0] } ?? [], flags: format.flags,
                        corrections: correctionsFolder.corrections)
    }
}
