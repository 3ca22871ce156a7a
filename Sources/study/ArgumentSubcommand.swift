import ArgumentParser

/// `study argument [FILE] [--json]`: the argument map.
struct ArgumentSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argument",
        abstract: "The essay's argument as a tree: thesis, claims, reasons and evidence, objections and answers.")

    @Argument(help: "The essay (default: the bundled essay).", completion: .file())
    var file: String?

    @OptionGroup var format: JSONFlag
    @OptionGroup var correctionsFolder: CorrectionsFolderOption

    func run() throws {
        try OneShot.run("argument", file: file, flags: format.flags, corrections: correctionsFolder.corrections)
    }
}
