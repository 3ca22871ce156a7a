#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import StudyKit

/// Where the shell writes. Text is buffered and flushed after each command; every span is cleaned by `SafeText`,
/// so the only escape codes that reach the terminal are the colours this type adds itself.
public final class Output {
    public let terminal: TerminalInfo
    private var buffer: [UInt8] = []
    /// Everything written to standard error, kept for tests that use a captured output.
    private let sink: ((Int32, [UInt8]) -> Void)?

    /// Writes to the process's standard output and error.
    public init(terminal: TerminalInfo) {
        self.terminal = terminal
        self.sink = nil
        if terminal.stdoutIsTerminal { installResizeHandler() }
    }

    /// Writes to a closure instead (for tests): it gets the file descriptor (1 or 2) and the bytes.
    public init(terminal: TerminalInfo, sink: @escaping (Int32, [UInt8]) -> Void) {
        self.terminal = terminal
        self.sink = sink
    }

    /// Columns to wrap to: the terminal's, read again after a resize (SIGWINCH) when writing to a terminal.
    public var width: Int {
        if terminal.stdoutIsTerminal, sink == nil, takeResize() {
            resizedWidth = TerminalInfo.currentWidth(environment: [:], isTerminal: true)
        }
        return resizedWidth ?? terminal.width
    }
    private var resizedWidth: Int?

    /// The longest message on standard error, in characters.
    public static let messageLimit = 600

    /// Renders spans as a string, cleaned and coloured when colour is on.
    public func render(_ spans: [Span]) -> String {
        var s = ""
        for span in spans {
            let text = SafeText.clean(span.text)
            if let style = span.style, terminal.useColor, !text.isEmpty {
                s += "\u{1B}[\(style.ansiCode)m\(text)\u{1B}[0m"
            } else {
                s += text
            }
        }
        return s
    }

    /// Writes one line made of spans (not wrapped).
    public func line(_ spans: [Span] = []) {
        buffer.append(contentsOf: render(spans).utf8)
        buffer.append(10)
    }

    /// Writes one plain line.
    public func line(_ text: String, _ style: Style? = nil) { line([Span(text, style)]) }

    /// Writes spans wrapped to the terminal width, after an optional prefix, with later lines indented.
    public func wrapped(_ spans: [Span], prefix: [Span] = [], indent: Int = 0) {
        for l in TextWrapper.wrap(spans, width: width, firstPrefix: prefix, indent: indent) { line(l) }
    }

    /// Writes raw, already safe text (JSON made by the encoder, which escapes control characters).
    public func raw(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Sends a chunk of raw, already safe bytes at once, after what is buffered (a long JSON document, streamed).
    public func stream(_ bytes: [UInt8]) {
        flush()
        emit(1, bytes)
    }

    /// Writes a one-line message on standard error, at once. A line break or control character from a file name
    /// or a file's text never splits it, and it is never longer than `messageLimit` characters.
    public func error(_ message: String) {
        flush()
        let text = render([Span(SafeText.clean(message, limit: Self.messageLimit), .error)]) + "\n"
        emit(2, Array(text.utf8))
    }

    /// Writes a one-line warning on standard error, at once (cleaned and bounded as `error`).
    public func warning(_ message: String) {
        flush()
        let text = render([Span(SafeText.clean(message, limit: Self.messageLimit), .warning)]) + "\n"
        emit(2, Array(text.utf8))
    }

    /// Bytes written and not yet flushed.
    var pendingCount: Int { buffer.count }

    /// Takes the unflushed bytes from `start` out of the buffer.
    func takePending(from start: Int) -> [UInt8] {
        let bytes = Array(buffer[start...])
        buffer.removeSubrange(start...)
        return bytes
    }

    func appendPending(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    /// Flushes what came before, then runs `body` (which writes to the terminal itself).
    func flushThen<T>(_ body: () -> T) -> T {
        flush()
        return body()
    }

    /// Sends buffered standard-output text.
    public func flush() {
        guard !buffer.isEmpty else { return }
        emit(1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Standard output cannot be written (a full disk, /dev/full, a closed pipe): says so in one line on standard
    /// error and ends the process with status 1, since nothing more the user asked for can reach them. (SIGPIPE is
    /// ignored at start, so a closed pipe arrives here as EPIPE.)
    static func standardOutputFailed(_ code: Int32) -> Never {
        let line = "study: cannot write to standard output (\(String(cString: strerror(code))))\n"
        _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress!, $0.count - 1) }
        exit(1)
    }

    private func emit(_ fd: Int32, _ bytes: [UInt8]) {
        if let sink { sink(fd, bytes); return }
        let failure = bytes.withUnsafeBytes { writeAll(fd, $0) }
        // When standard error itself is gone, nothing more can be said.
        if failure != 0, fd == 1 { Self.standardOutputFailed(failure) }
    }
}
