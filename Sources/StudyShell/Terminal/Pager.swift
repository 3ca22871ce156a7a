#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import StudyKit

/// Shows text taller than the screen through the reader's pager, as psql does: `$PAGER`, else `less` (with
/// `LESS=FRX` when unset, so it quits by itself on text that fits and leaves the text on the screen). An empty
/// `$PAGER` turns paging off.
enum Pager {
    /// The terminal's height in rows, or nil when standard output is not a terminal.
    static func rows() -> Int? {
        var size = winsize()
        guard isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Runs the pager on `bytes`; false when there is no pager to run (the caller then prints the text itself).
    /// The pager is spawned in the shell's own process group, so that it may read keys from the terminal.
    static func show(_ bytes: [UInt8], environment: [String: String]) -> Bool {
        let command = environment["PAGER"] ?? "less"
        guard !command.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        var env = environment
        if env["LESS"] == nil { env["LESS"] = "FRX" }
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        close(fds[0])
        guard rc == 0 else { close(fds[1]); return false }
        let previous = signal(SIGPIPE, SIG_IGN)  // the reader may quit the pager before reading everything
        _ = bytes.withUnsafeBytes { writeAll(fds[1], $0) }
        close(fds[1])
        signal(SIGPIPE, previous)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // 127: the shell did not find the pager.
        return !(status & 0x7f == 0 && (status >> 8) & 0xff == 127)
    }
}

extension Output {
    /// Runs `body`; at an interactive terminal, when what it wrote is taller than the screen, shows that through
    /// the pager (`Pager`) instead of printing it.
    public func paged(environment: [String: String], _ body: () throws -> Void) rethrows {
        let start = pendingCount
        try body()
        guard terminal.isInteractive, let rows = Pager.rows() else { return }
        let text = takePending(from: start)
        if text.lazy.filter({ $0 == 10 }).count < rows - 1 || !(flushThen { Pager.show(text, environment: environment) }) {
            appendPending(text)
        }
    }
}
