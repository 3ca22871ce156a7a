import Foundation

/// Session files already decoded in this process, by file name and exact bytes. `sessions`, `stats`, `review`,
/// `replay` and `resume` each read the whole folder, and decoding a file (three JSON passes and its dates) costs
/// many times reading its bytes. The bytes are read every time and compared: a changed file is decoded again, the
/// same bytes give the same result, so nothing can go stale. Failures are kept too (a bad file stays bad until it
/// changes). Up to `budget` bytes of files are kept; past it the cache starts again.
final class SessionDecodeCache: @unchecked Sendable {
    static let shared = SessionDecodeCache(budget: 16 << 20)

    private let lock = NSLock()
    private var entries: [String: (data: Data, result: Result<StudySession, SessionError>)] = [:]
    private var bytes = 0
    let budget: Int

    init(budget: Int) { self.budget = budget }

    /// `SessionUpgrade.decode(data, name:)`, done once for the same name and bytes.
    func decode(_ data: Data, name: String) throws(SessionError) -> StudySession {
        if let kept = lock.withLock({ entries[name] }), kept.data == data { return try kept.result.get() }
        let result = Result { () throws(SessionError) -> StudySession in try SessionUpgrade.decode(data, name: name) }
        lock.withLock {
            if let old = entries.removeValue(forKey: name) { bytes -= old.data.count }
            guard data.count <= budget else { return }
            if bytes + data.count > budget { entries.removeAll(); bytes = 0 }
            entries[name] = (data, result)
            bytes += data.count
        }
        return try result.get()
    }

    /// How many files are kept (for tests).
    var count: Int { lock.withLock { entries.count } }
}
