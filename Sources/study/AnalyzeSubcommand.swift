import ArgumentParser

/// `study analyze [FILE] --json`: the whole knowledge model.
struct AnalyzeSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse an essay: sections, key terms, entities (with --json, the whole model; see docs/model-json.md).")

    @Argument(help: "The essay (default: the bundled essay).", completion: .file())
    var file: String?

    @OptionGroup var format: JSONFlag
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func run() throws {
        try OneShot.run("analyze", file: file, flags: format.flags, corrections: correctionsFolder.corrections)
    }
}
