import ArgumentParser
import Foundation
import StudyKit
import StudyShell

/// `study`: the root command. With no subcommand it opens the shell.
@main
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "A terminal study companion: read an essay, see its structure, and study its argument.",
        discussion: "With no subcommand, opens the study shell on FILE (or on the bundled essay).",
        version: StudyVersion.current,
        subcommands: [ShellSubcommand.self, InfoSubcommand.self, ReadSubcommand.self, AnalyzeSubcommand.self,
                      ArgumentSubcommand.self, QuizSubcommand.self,
                      SessionsSubcommand.self, ReplaySubcommand.self, StatsSubcommand.self, ReviewSubcommand.self,
                      FindSubcommand.self, WhereSubcommand.self,
                      SummarizeSubcommand.self, ExportSubcommand.self, ImportSubcommand.self,
                      CompletionsSubcommand.self, BenchSubcommand.self, TrainSubcommand.self,
                      LexiconTableSubcommand.self] + tableSubcommands,
        defaultSubcommand: ShellSubcommand.self
    )

    /// Reports problems in the config file (one line each, on standard error), then runs the command.
    static func main() {
        let (_, problems) = StudyConfig.load(environment: ProcessInfo.processInfo.environment)
        for problem in problems {
            FileHandle.standardError.write(Data("study: \(SafeText.clean(problem))\n".utf8))
        }
        // A closed pipe on standard output is reported by Output (EPIPE), not a silent death by signal.
        signal(SIGPIPE, SIG_IGN)
        main(nil)
    }
}
