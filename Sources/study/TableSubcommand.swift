import ArgumentParser
import Foundation
import StudyKit
import StudyShell

/// Names one shell command that reads the model, to be run once by `TableSubcommand`.
protocol ShellCommandName {
    static var name: String { get }
}

/// `study NAME [FILE] [ARGUMENTS…] [--json]`: a shell command that reads the model, run once on FILE (or the
/// bundled essay). Its name, summary, arguments and options are the shell's, from the one command table.
struct TableSubcommand<Name: ShellCommandName>: ParsableCommand {
    static var configuration: CommandConfiguration {
        guard let command = CommandTable.command(named: Name.name) else { return CommandConfiguration(commandName: Name.name) }
        return CommandConfiguration(
            commandName: command.name, abstract: command.summary,
            discussion: "Arguments as in the shell: \(command.synopsis), after an optional FILE; --json prints JSON; "
                + "--corrections DIR reads (and saves) your corrections there. "
                + "Example: study \(command.example) --json")
    }

    @Argument(parsing: .allUnrecognized, help: "[FILE] and the command's arguments and options, as in the shell.")
    var words: [String] = []

    func run() throws {
        var words = words
        var file: String?
        let parsed: (Command, Arguments)?
        let corrections: String?
        do {
            corrections = try OneShot.takeCorrectionsOption(&words, command: Name.name)
            if let first = words.first, !first.hasPrefix("--"), FileManager.default.fileExists(atPath: first) {
                file = words.removeFirst()
            }
            parsed = try CommandTable.parse(words: [Name.name] + words)
        } catch {
            FileHandle.standardError.write(Data("\(SafeText.clean(error.message))\n".utf8))
            throw ExitCode(1)
        }
        guard let (_, arguments) = parsed else { throw ExitCode(70) }
        try OneShot.run(Name.name, file: file, positional: arguments.positional, flags: arguments.flags,
                        options: arguments.options, corrections: corrections)
    }
}

enum OutlineName: ShellCommandName { static let name = "outline" }
enum SectionsName: ShellCommandName { static let name = "sections" }
enum TermsName: ShellCommandName { static let name = "terms" }
enum EntitiesName: ShellCommandName { static let name = "entities" }
enum MentionsName: ShellCommandName { static let name = "mentions" }
enum ClaimsName: ShellCommandName { static let name = "claims" }
enum ObjectionsName: ShellCommandName { static let name = "objections" }
enum WhoName: ShellCommandName { static let name = "who" }
enum WhyName: ShellCommandName { static let name = "why" }
enum ExplainName: ShellCommandName { static let name = "explain" }
enum ThesisName: ShellCommandName { static let name = "thesis" }
enum RoleName: ShellCommandName { static let name = "role" }
enum LinkName: ShellCommandName { static let name = "link" }
enum UnlinkName: ShellCommandName { static let name = "unlink" }
enum HolderName: ShellCommandName { static let name = "holder" }
enum EvidenceName: ShellCommandName { static let name = "evidence" }
enum SectionName: ShellCommandName { static let name = "section" }
enum CorrectionsName: ShellCommandName { static let name = "corrections" }
enum FlagsName: ShellCommandName { static let name = "flags" }
enum UnflagName: ShellCommandName { static let name = "unflag" }

/// The shell commands that read the model and have no hand-written one-shot form.
let tableSubcommands: [ParsableCommand.Type] = [
    TableSubcommand<OutlineName>.self, TableSubcommand<SectionsName>.self, TableSubcommand<TermsName>.self,
    TableSubcommand<EntitiesName>.self, TableSubcommand<MentionsName>.self, TableSubcommand<ClaimsName>.self,
    TableSubcommand<ObjectionsName>.self, TableSubcommand<WhoName>.self, TableSubcommand<WhyName>.self,
    TableSubcommand<ExplainName>.self,
    TableSubcommand<ThesisName>.self, TableSubcommand<RoleName>.self, TableSubcommand<LinkName>.self,
    TableSubcommand<UnlinkName>.self, TableSubcommand<HolderName>.self, TableSubcommand<EvidenceName>.self,
    TableSubcommand<SectionName>.self, TableSubcommand<CorrectionsName>.self, TableSubcommand<FlagsName>.self,
    TableSubcommand<UnflagName>.self,
]
