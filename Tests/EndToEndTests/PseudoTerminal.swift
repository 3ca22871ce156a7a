import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a pseudo-terminal, as a user at a terminal would: it is the session leader with the
/// terminal as its controlling tty, so Ctrl-C (`\u{03}`) is a real SIGINT and libedit is active.
final class PseudoTerminal {
    let master: Int32
    let pid: pid_t
    /// Everything the program has written so far.
    private(set) var transcript: [UInt8] = []

    enum Failure: Error { case openpt, spawn(Int32) }

    init(_ executable: String, arguments: [String] = [], environment: [String: String], columns: UInt16 = 80, rows: UInt16 = 40) throws {
        // /dev/ptmx, unlocked and named with ioctls (posix_openpt and ptsname are not imported into Swift).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, UInt(0x4004_5431) /* TIOCSPTLCK */, &unlock) == 0,
              ioctl(master, UInt(0x8004_5430) /* TIOCGPTN */, &number) == 0 else { throw Failure.openpt }
        let slavePath = "/dev/pts/\(number)"
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc): the child starts a new session, so opening the slave makes it the
        // controlling terminal.
        posix_spawnattr_setflags(&attributes, Int16(0x80))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        // Sessions go to a temporary folder unless a test chooses one: never into the repository's Sessions/.
        var environment = environment
        if environment["STUDY_SESSIONS"] == nil {
            environment["STUDY_SESSIONS"] = NSTemporaryDirectory() + "study-test-sessions-\(getpid())"
        }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw Failure.spawn(rc) }
        pid = child
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// The transcript as text.
    var output: String { String(decoding: transcript, as: UTF8.self) }

    /// Reads until `predicate` holds for the transcript or the time runs out; returns whether it held.
    @discardableResult
    func read(timeout: TimeInterval = 30, until predicate: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if predicate(output) { return true }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, Int32(min(left, 0.2) * 1000))
            if ready > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = Glibc.read(master, &buffer, buffer.count)
                if n <= 0 { return predicate(output) }
                transcript.append(contentsOf: buffer[0..<n])
            }
        }
    }

    /// Reads until the transcript contains `text` (counted from `after` bytes in).
    @discardableResult
    func read(until text: String, after offset: Int = 0, timeout: TimeInterval = 30) -> Bool {
        read(timeout: timeout) { _ in
            String(decoding: self.transcript.dropFirst(offset), as: UTF8.self).contains(text)
        }
    }

    /// Waits until the program has put the terminal in raw mode (libedit is reading keys), so keys typed now
    /// are not echoed twice.
    @discardableResult
    func waitForRawMode(timeout: TimeInterval = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var attributes = termios()
            // libedit's own mode, not only out of line mode (the shell leaves line mode just before libedit starts):
            // libedit also turns the extended input keys (IEXTEN) off.
            if tcgetattr(master, &attributes) == 0, attributes.c_lflag & tcflag_t(ICANON) == 0,
               attributes.c_lflag & tcflag_t(IEXTEN) == 0 { return true }
            read(timeout: 0.02) { _ in false }
        }
        return false
    }

    /// Types text (keys: `\t` Tab, `\r` Enter, `\u{03}` Ctrl-C, `\u{04}` Ctrl-D, `\u{1B}[A` Up).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for the program to exit; returns its exit status, or nil on time-out or death by signal.
    func waitForExit(timeout: TimeInterval = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid {
                let signalled = status & 0x7F
                return signalled == 0 ? (status >> 8) & 0xFF : nil
            }
            read(timeout: 0.05) { _ in false }
        }
        return nil
    }

    /// Whether the program is still running.
    var isRunning: Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == 0
    }
}
