import StudyKit

/// The single list of shell commands: parsing, `help` and Tab completion all read it.
public enum CommandTable {
    public static let all: [Command] = [
        .read, .sentences, .info,
        .outline, .sections, .section, .summarize, .terms, .entities, .mentions, .analyze,
        .find, .where,
        .thesis, .argument, .claims, .why, .objections, .who, .explain,
        .role, .link, .unlink, .holder, .evidence, .corrections,
        .quiz, .override, .flag, .flags, .unflag,
        .session, .sessions, .save, .resume, .replay, .retake, .undo, .stats, .review,
        .export, .import,
        .help, .load, .quit,
    ]

    /// The command with this name or alias.
    public static func command(named name: String) -> Command? {
        all.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// Parses a line into a command and its arguments. Nil for an empty line.
    public static func parse(_ line: String) throws(CommandError) -> (Command, Arguments)? {
        let words: [String]
        do { words = try ShellWords.split(line) } catch {
            let name = error.command.map { SafeText.clean(String($0.prefix(40))) + ": " } ?? ""
            throw CommandError(name + "a quote is not closed; close it or leave it out")
        }
        return try parse(words: words)
    }

    /// Parses a line already split into words (the one-shot form: `study outline --json`). Nil for no words.
    public static func parse(words: [String]) throws(CommandError) -> (Command, Arguments)? {
        guard let name = words.first else { return nil }
        guard let command = command(named: name) else {
            // A pasted megabyte is named by its beginning, so the message stays one short line.
            let shown = name.count > 40 ? name.prefix(40) + "…" : name
            var message = "unknown command '\(shown)'"
            if name.count <= 40, let guess = closestName(to: name) { message += "; did you mean '\(guess)'?" }
            throw CommandError(message + " (type help to list the commands)")
        }
        var arguments = Arguments()
        var rest = words.dropFirst()[...]
        while let word = rest.first {
            rest = rest.dropFirst()
            if word.hasPrefix("--"), word.count > 2 {
                let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
                let option = parts[0]
                if command.options.contains(option) {
                    if parts.count == 2 {
                        arguments.options[option] = parts[1]
                    } else if let value = rest.first {
                        arguments.options[option] = value
                        rest = rest.dropFirst()
                    } else {
                        throw CommandError("\(command.name): \(option) needs a value; see help \(command.name)")
                    }
                } else if command.flags.contains(option) || option == "--json" {
                    arguments.flags.insert(option)
                } else {
                    throw CommandError("\(command.name): unknown option \(option); see help \(command.name)")
                }
            } else {
                arguments.positional.append(word)
            }
        }
        if let maximum = command.maximumArguments, arguments.positional.count > maximum {
            let what = maximum == 0 ? "takes no arguments" : "takes at most \(maximum) argument\(maximum == 1 ? "" : "s")"
            throw CommandError("\(command.name): \(what); usage: \(command.synopsis)")
        }
        return (command, arguments)
    }

    /// The command name nearest to a mistyped one (edit distance at most 2), for "did you mean".
    static func closestName(to word: String) -> String? {
        let names = all.flatMap { [$0.name] + $0.aliases }
        let scored = names.map { ($0, editDistance(word.lowercased(), $0)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...b.count {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
