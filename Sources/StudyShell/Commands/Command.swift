import StudyKit

/// One shell command: how it is parsed, completed, described in `help`, and run. The `CommandTable` lists them all;
/// nothing else knows command names.
public struct Command: Sendable {
    /// What the reader is doing when using it; `help` groups commands by this.
    public enum Group: String, Sendable, CaseIterable {
        case read = "Read"
        case understand = "Understand"
        case argument = "Argument"
        case lookUp = "Look up"
        case quiz = "Quiz"
        case sessions = "Sessions"
        case export = "Export"
        case shell = "Shell"
    }

    /// What Tab offers for the command's arguments.
    public enum Completion: Sendable, Equatable {
        case nothing
        /// Ids of these kinds from the loaded essay (and the listed words, such as `all`).
        case ids(paragraphs: Bool, sentences: Bool, sections: Bool, words: [String])
        /// Paths on disk.
        case files
        /// Command names.
        case commands
        /// A fixed list of words.
        case words([String])
    }

    public let name: String
    public let aliases: [String]
    public let group: Group
    /// Usage line without the name: `[P3 | 2-4 | S3.2 | all]`.
    public let usage: String
    /// One line: what it does.
    public let summary: String
    /// A real example line, shown by `help NAME`.
    public let example: String
    /// Options that take no value (`--explain`). `--json` is accepted by every command.
    public let flags: [String]
    /// Options that take a value (`--kind person`).
    public let options: [String]
    public let completion: Completion
    /// Most positional arguments accepted (nil: any number).
    public let maximumArguments: Int?
    public let run: @Sendable (ShellContext, Arguments) throws -> Void

    public init(_ name: String, aliases: [String] = [], group: Group, usage: String = "", summary: String,
                example: String, flags: [String] = [], options: [String] = [], completion: Completion = .nothing,
                maximumArguments: Int? = 0, run: @escaping @Sendable (ShellContext, Arguments) throws -> Void) {
        self.name = name
        self.aliases = aliases
        self.group = group
        self.usage = usage
        self.summary = summary
        self.example = example
        self.flags = flags
        self.options = options
        self.completion = completion
        self.maximumArguments = maximumArguments
        self.run = run
    }

    /// `name usage`, as `help` prints it.
    public var synopsis: String { usage.isEmpty ? name : "\(name) \(usage)" }
}

/// A command line after parsing: positional words, flags and option values.
public struct Arguments: Sendable, Equatable {
    public var positional: [String]
    public var flags: Set<String>
    public var options: [String: String]

    public init(positional: [String] = [], flags: Set<String> = [], options: [String: String] = [:]) {
        self.positional = positional
        self.flags = flags
        self.options = options
    }

    /// Whether `--json` was given.
    public var json: Bool { flags.contains("--json") }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// A failed command; `message` is one line that names the command and says what to do.
public struct CommandError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
