#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine
import StudyKit
import Synchronization

/// Reads lines on a terminal with libedit's readline layer: emacs keys, history (Up/Down, Ctrl-R), Tab completion.
/// History is loaded from and saved to `historyPath` after every line, so a killed shell keeps what was typed.
public final class EditLineReader: LineReader {
    private let historyPath: String?
    private var canWriteHistory: Bool
    private var lastLine: String?
    private let warn: (String) -> Void

    /// Starts libedit. `warn` receives one-line warnings about the history file.
    public init(historyPath: String?, completer: Completer, warn: @escaping (String) -> Void) {
        self.historyPath = historyPath
        self.warn = warn
        self.canWriteHistory = historyPath != nil
        setlocale(LC_CTYPE, "")
        activeCompleter.withLock { $0 = completer }
        study_rl_set_name("study")
        study_rl_set_streams()
        study_rl_set_getc(readKey)
        using_history()
        stifle_history(Int32(HistoryFile.maximumEntries))
        study_rl_set_completion(completeLine)
        installInterruptHandler()
        loadHistory()
    }

    /// Replaces what Tab completes (after loading another essay).
    public func update(completer: Completer) {
        activeCompleter.withLock { $0 = completer }
    }

    public func readLine(prompt: String) -> LineInput {
        _ = takeInterrupt()
        if let typedAhead = Self.typedAhead() { return typedAhead }
        // libedit shows the prompt before it takes the terminal out of line mode: a Ctrl-D typed in between would
        // again be an end-of-file mark. Out of line mode from here on, it is the key libedit reads as the end.
        let lineMode = Self.leaveLineMode()
        defer { if var saved = lineMode { tcsetattr(0, TCSANOW, &saved) } }
        guard let raw = readline(prompt) else {
            if takeInterrupt() {
                // libedit leaves the cursor on the abandoned line.
                _ = write(1, "\n", 1)
                return .interrupted
            }
            return .endOfInput
        }
        defer { free(raw) }
        let line = String(cString: raw)
        if takeInterrupt() { return .interrupted }
        return .line(line)
    }

    /// What was typed while the terminal was still in its own line mode (before the first prompt, or while a command
    /// ran): a whole line, or Ctrl-D on an empty line. The terminal holds such a Ctrl-D as an end-of-file mark that
    /// libedit, once it takes the terminal, would read as a character and never as the end; so it is read here first.
    /// Text typed without Enter is left for libedit to show and edit.
    static func typedAhead() -> LineInput? {
        guard isatty(0) == 1 else { return nil }
        var settings = termios()
        guard tcgetattr(0, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 else { return nil }
        var ready = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&ready, 1, 0) == 1, ready.revents & Int16(POLLIN) != 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 65_536)
        let count = read(0, &bytes, bytes.count)
        guard count > 0 else { return count == 0 ? .endOfInput : nil }
        var line = Array(bytes[..<count])
        if line.last == 0x0A { line.removeLast() }
        return .line(String(decoding: line, as: UTF8.self))
    }

    /// Turns the terminal's line mode and echo off, returning the settings to restore; nil when not a terminal.
    static func leaveLineMode() -> termios? {
        guard isatty(0) == 1 else { return nil }
        var saved = termios()
        guard tcgetattr(0, &saved) == 0, saved.c_lflag & tcflag_t(ICANON) != 0 else { return nil }
        var keys = saved
        keys.c_lflag &= ~tcflag_t(ICANON | ECHO)
        return tcsetattr(0, TCSANOW, &keys) == 0 ? saved : nil
    }

    public func remember(_ line: String) {
        var trimmed = Substring(line)
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        guard !trimmed.isEmpty, String(trimmed) != lastLine else { return }
        lastLine = String(trimmed)
        add_history(lastLine!)
        saveHistory()
    }

    private func loadHistory() {
        guard let path = historyPath else { return }
        var info = stat()
        guard stat(path, &info) == 0 else {
            // Not there yet: make its folder so that saving works.
            let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
            if !folder.isEmpty, !makeFolders(folder) {
                warn("history: cannot create \(folder); this session's history will not be saved")
                canWriteHistory = false
            }
            return
        }
        if read_history(path) != 0 {
            warn("history: cannot read \(path); it is left as it is and this session's history will not be saved")
            canWriteHistory = false
        } else if let last = study_last_history() {
            lastLine = String(cString: last)
        }
    }

    private func saveHistory() {
        guard canWriteHistory, let path = historyPath else { return }
        do { try AtomicFile.write(to: path) { write_history($0) == 0 } } catch {
            warn("history: cannot write \(path); history will not be saved this session")
            canWriteHistory = false
        }
    }

    /// Creates a folder and its parents; false when one of them cannot be made or is not a folder.
    private func makeFolders(_ path: String) -> Bool {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 {
                var info = stat()
                guard errno == EEXIST, stat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
            }
        }
        return true
    }
}

/// The completer that libedit's callback consults; set by the reader.
let activeCompleter = Mutex<Completer?>(nil)

/// libedit's completion callback: all matches at once, the first entry being their common prefix.
private func completeLine(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    study_rl_set_completion_over(1)
    guard let text, let bufferPointer = study_rl_line_buffer() else { return nil }
    let word = String(cString: text)
    let buffer = Array(String(cString: bufferPointer).utf8)
    let before = String(decoding: buffer.prefix(Int(max(0, start))), as: UTF8.self)
    guard let completion = activeCompleter.withLock({ $0?.complete(before: before, word: word) }),
          !completion.matches.isEmpty else { return nil }
    study_rl_set_append_character(completion.appendSpace ? 32 : 0)
    let matches = completion.matches
    let entries = matches.count == 1 ? matches : [commonPrefix(matches)] + matches
    // libedit frees the array and its strings with free(), so both come from malloc.
    let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1))!
    let list = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
    for (i, e) in entries.enumerated() { list[i] = strdup(e) }
    list[entries.count] = nil
    return list
}

private func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for w in words.dropFirst() {
        let chars = Array(w)
        var n = 0
        while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
        prefix = Array(prefix.prefix(n))
    }
    return String(prefix)
}
