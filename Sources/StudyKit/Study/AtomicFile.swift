#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one way study writes a file (sessions, banks, exports): a temporary file with a random name in the target's
/// folder, created with `O_CREAT|O_EXCL|O_NOFOLLOW` (a link planted at that name is never followed), flushed to disk
/// with fsync, then renamed over the target, so a reader (or a crash) never sees half of one. A target that is not a
/// regular file (a device, FIFO, folder, socket or symbolic link) is refused, never replaced; a file that is replaced
/// keeps its permission bits.
public enum AtomicFile {
    public struct WriteError: Error, LocalizedError {
        public let path: String
        public let reason: String
        public var errorDescription: String? { reason }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// What to do when the target already exists.
    public enum Existing: Sendable {
        /// Replace it (sessions, banks: files study owns).
        case replace
        /// Refuse with "already exists" (exports without `--force`).
        case refuse
    }

    /// Writes `data` to `path` atomically. Throws `WriteError` with a short reason ("is a device, not a file").
    public static func write(_ data: Data, to path: String, existing: Existing = .replace) throws {
        try replace(path, existing: existing) { fd, _ in
            let failure = data.withUnsafeBytes { writeAll(fd, $0) }
            return failure == 0 ? nil : reason(failure)
        }
    }

    /// For a library that writes a file by path itself (libedit's `write_history`): `writer` gets the temporary
    /// file's path (made empty, exclusively) and returns false on failure; the file is then synced and renamed.
    public static func write(to path: String, existing: Existing = .replace, by writer: (String) -> Bool) throws {
        try replace(path, existing: existing) { _, temporary in writer(temporary) ? nil : "cannot write it" }
    }

    /// The shared steps: check the target, create the temporary file, fill it, keep the mode, fsync, rename.
    private static func replace(_ path: String, existing: Existing, fill: (Int32, String) -> String?) throws {
        let mode = try checkTarget(path, existing: existing)
        let (folder, base) = split(path)
        var fd: Int32 = -1
        var temporary = ""
        for _ in 0..<16 {
            temporary = folder + "/." + String(base.prefix(80)) + "." + randomSuffix() + ".tmp"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw WriteError(path: path, reason: reason(errno)) }
        var failure = fill(fd, temporary)
        if failure == nil, let mode, fchmod(fd, mode) != 0 { failure = reason(errno) }
        if failure == nil && fsync(fd) != 0 { failure = reason(errno) }
        if close(fd) != 0 && failure == nil { failure = reason(errno) }
        if failure == nil && rename(temporary, path) != 0 { failure = reason(errno) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
    }

    /// A path's folder ("." when it names none, "/" at the root) and last component, split at its last "/".
    /// Foundation's `deletingLastPathComponent` crashes on a one-character path ("t").
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    /// Creates a folder and its parents (like `mkdir -p`); the error names the reason ("Not a directory").
    public static func makeFolders(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 {
                let code = errno
                var st = stat()
                if code == EEXIST, stat(current, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { continue }
                throw WriteError(path: path, reason: reason(code == EEXIST ? ENOTDIR : code))
            }
        }
    }

    /// Checks a target before writing: nil when it does not exist, else the permission bits to keep. Refuses what is
    /// not a plain file of its own, and an existing file when `existing` is `.refuse`.
    public static func checkTarget(_ path: String, existing: Existing = .replace) throws -> mode_t? {
        var st = stat()
        if lstat(path, &st) != 0 {
            if errno == ENOENT { return nil }
            throw WriteError(path: path, reason: reason(errno))
        }
        let type = st.st_mode & S_IFMT
        if type != S_IFREG {
            throw WriteError(path: path, reason: "is \(kindName(type)), not a regular file")
        }
        if existing == .refuse {
            throw WriteError(path: path, reason: "already exists; add --force to replace it")
        }
        if st.st_nlink > 1 {
            throw WriteError(path: path, reason: "has \(st.st_nlink) hard links, which replacing it would split")
        }
        return st.st_mode & 0o7777
    }

    /// "a device", "a FIFO", "a folder"… for a file type from `st_mode`.
    public static func kindName(_ type: mode_t) -> String {
        switch type {
        case S_IFLNK: return "a symbolic link"
        case S_IFDIR: return "a folder"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        default: return "not a plain file"
        }
    }

    private static func randomSuffix() -> String {
        var generator = SystemRandomNumberGenerator()
        let n = generator.next() as UInt64
        let hex = String(n, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
