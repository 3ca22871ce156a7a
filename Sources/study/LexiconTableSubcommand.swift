import ArgumentParser
import Foundation
import StudyKit

/// `study lexicon-table`: writes the table the analysis reads instead of WordNet, from the installed WordNet, as
/// StudyKit's resource (used by `make lexicon-table`; hidden from help).
struct LexiconTableSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon-table", abstract: "Write the analysis's table from WordNet (used by make lexicon-table).",
        shouldDisplay: false)

    @Option(help: "Where to write the table.")
    var output: String = "Sources/StudyKit/Lexicon/lexicon-table.tsv"

    func run() throws {
        let text: String
        do { text = try LexiconTableWriter.table(from: .shared) } catch {
            switch error {
            case .noWordNet:
                throw ValidationError("study lexicon-table: WordNet not found (set WNSEARCHDIR, or run `make deps` to install wordnet-base)")
            case .disagrees(let word):
                throw ValidationError("study lexicon-table: the table would answer \"\(word)\" otherwise than WordNet; nothing written")
            }
        }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) } catch {
            throw ValidationError("study lexicon-table: cannot write \(output); run it from the repository root or pass --output FILE")
        }
        print("wrote \(output)")
    }
}
