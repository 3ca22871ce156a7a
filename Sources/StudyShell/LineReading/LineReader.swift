/// What reading a line gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C while typing: abandon the line, prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// A piped line longer than `PlainLineReader.maximumLineBytes`: refused whole, never cut and run.
    case tooLong(bytes: Int)
}

/// Reads the user's lines: with libedit on a terminal, plainly from a pipe.
public protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Remembers a line in the history (a no-op without a terminal).
    func remember(_ line: String)
}

/// Reads lines from standard input with no prompt and no echo, for pipes and files.
public final class PlainLineReader: LineReader {
    /// Lines longer than this are refused (a megabyte piped in must not run as a cut command).
    public static let maximumLineBytes = 64 * 1024

    private var lines: IndexingIterator<[String]>?

    public init() {}

    /// Reads from a fixed list of lines (for tests).
    public init(lines: [String]) { self.lines = lines.makeIterator() }

    public func readLine(prompt: String) -> LineInput {
        if lines != nil {
            guard let l = lines!.next() else { return .endOfInput }
            return .line(l)
        }
        guard let l = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        if l.utf8.count > Self.maximumLineBytes { return .tooLong(bytes: l.utf8.count) }
        return .line(l)
    }

    public func remember(_ line: String) {}
}
