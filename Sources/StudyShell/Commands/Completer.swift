import Foundation
import StudyKit

/// Decides what Tab offers, from the command table and the loaded essay's ids. Pure, so it is tested directly.
public struct Completer: Sendable {
    public struct Result: Equatable, Sendable {
        public var matches: [String]
        /// Whether to add a space after a single match (not after a folder name ending in `/`).
        public var appendSpace: Bool
    }

    let commands: [Command]
    let paragraphIDs: [String]
    let sentenceIDs: [String]
    let sectionIDs: [String]
    /// Lists a folder's entries (name, isFolder); injectable for tests.
    let listFolder: @Sendable (String) -> [(String, Bool)]

    public init(commands: [Command], model: KnowledgeModel,
                listFolder: @escaping @Sendable (String) -> [(String, Bool)] = Completer.listFolderOnDisk) {
        self.commands = commands
        paragraphIDs = model.paragraphs.map { $0.id.description }
        sentenceIDs = model.sentences.map { $0.id.description }
        sectionIDs = model.sections.map { $0.id.description }
        self.listFolder = listFolder
    }

    /// Matches for `word`, the word under the cursor; `before` is the line up to that word.
    public func complete(before: String, word: String) -> Result {
        let previous = (try? ShellWords.split(before)) ?? before.split(separator: " ").map(String.init)
        guard let commandName = previous.first else {
            let names = commands.flatMap { [$0.name] + $0.aliases }
            return Result(matches: names.filter { $0.hasPrefix(word) }.sorted(), appendSpace: true)
        }
        guard let command = commands.first(where: { $0.name == commandName || $0.aliases.contains(commandName) }) else {
            return Result(matches: [], appendSpace: true)
        }
        if let option = previous.last, command.options.contains(option), let values = Self.optionValues[option] {
            // A comma list (`--kinds cloze,tr`): complete its last item.
            let head = word.lastIndex(of: ",").map { String(word[...$0]) } ?? ""
            let item = String(word.dropFirst(head.count))
            return Result(matches: values.filter { $0.hasPrefix(item) }.map { head + $0 }, appendSpace: true)
        }
        if word.hasPrefix("-") {
            let options = (command.flags + command.options + ["--json"]).filter { $0.hasPrefix(word) }
            return Result(matches: options.sorted(), appendSpace: true)
        }
        switch command.completion {
        case .nothing:
            return Result(matches: [], appendSpace: true)
        case .commands:
            let names = commands.map(\.name).filter { $0.hasPrefix(word) }
            return Result(matches: names.sorted(), appendSpace: true)
        case .words(let words):
            return Result(matches: words.filter { $0.hasPrefix(word) }, appendSpace: true)
        case .ids(let paragraphs, let sentences, let sections, let words):
            var candidates = words
            if sections { candidates += sectionIDs }
            if paragraphs { candidates += paragraphIDs }
            if sentences { candidates += sentenceIDs }
            let lowered = word.lowercased()
            return Result(matches: candidates.filter { $0.lowercased().hasPrefix(lowered) }, appendSpace: true)
        case .files:
            return completeFile(word)
        }
    }

    /// The values an option takes, by the names that `--kinds` and `--kind` accept.
    static let optionValues: [String: [String]] = [
        "--kinds": QuestionKind.allCases.filter { $0 != .card }.map(\.rawValue),
        "--kind": Entity.Kind.allCases.map(\.rawValue),
    ]

    private func completeFile(_ word: String) -> Result {
        let slash = word.lastIndex(of: "/")
        let folderPart = slash.map { String(word[...$0]) } ?? ""
        let namePart = slash.map { String(word[word.index(after: $0)...]) } ?? word
        var folder = folderPart.isEmpty ? "." : folderPart
        if folder.hasPrefix("~"), let home = ProcessInfo.processInfo.environment["HOME"] {
            folder = home + folder.dropFirst()
        }
        let entries = listFolder(folder)
            .filter { $0.0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.0.hasPrefix(".")) }
            .sorted { $0.0 < $1.0 }
        let matches = entries.map { folderPart + $0.0 + ($0.1 ? "/" : "") }
        let single = matches.count == 1 && !(entries.first?.1 ?? false)
        return Result(matches: matches, appendSpace: single)
    }

    /// The real folder listing.
    public static let listFolderOnDisk: @Sendable (String) -> [(String, Bool)] = { folder in
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
            return (name, isFolder.boolValue)
        }
    }
}
