#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The folder of saved sessions: makes a new file with a unique name (two shells never share one), saves atomically,
/// appends events to a session's journal (`SessionJournal`), keeps each essay's text once (`essays/HASH.txt`), lists
/// tolerantly (a bad file is reported in one line and skipped), and finds a session by id, name or number.
public struct SessionStore: Sendable {
    /// A session read from the folder, with its file.
    public struct Entry: Sendable {
        public var session: StudySession
        public var path: String
    }

    public let folder: String
    /// Writes a whole file atomically: `AtomicFile.write`, or a stand-in in tests (a full disk).
    public var write: @Sendable (Data, String) throws -> Void = { try AtomicFile.write($0, to: $1) }

    public init(folder: String) {
        self.folder = folder
    }

    /// The file of a session id.
    public func path(of id: String) -> String { folder + "/" + id + ".json" }

    /// The file that holds an essay's text, by its content hash: `essays/HASH.txt` in a sessions folder.
    public static func textPath(folder: String, contentHash: String) -> String? {
        guard contentHash.utf8.count == 64, contentHash.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
        else { return nil }
        return folder + "/essays/" + contentHash + ".txt"
    }

    /// Writes the essay's text beside the sessions unless it is there already (written once, never rewritten).
    func storeText(of essay: StudySession.Essay) throws(SessionError) {
        guard !essay.text.isEmpty, let target = Self.textPath(folder: folder, contentHash: essay.contentHash),
              !FileManager.default.fileExists(atPath: target) else { return }
        do {
            try AtomicFile.makeFolders(folder + "/essays")
            try write(Data(essay.text.utf8), target)
        } catch {
            throw SessionError("cannot write in \(folder) (\(FileErrorReason.of(error)))")
        }
    }

    /// Makes a new session for an essay and writes its file, under a name no other session has:
    /// `2026-05-01T09-30-12-albright-iraq-2007.json` (UTC), with `-2`, `-3`… added when taken. The file is
    /// written whole to a temporary file and linked into place, which fails if the name exists (like `O_EXCL`), so
    /// two shells starting in the same second get different files and no reader ever sees an empty one.
    public func create(essay: StudySession.Essay, stem: String, events: [SessionEvent], at date: Date = Date())
        throws(SessionError) -> StudySession {
        do { try AtomicFile.makeFolders(folder) } catch {
            throw SessionError("cannot create the sessions folder \(folder) (\(FileErrorReason.of(error)))")
        }
        try storeText(of: essay)
        let base = Self.timestamp(date) + "-" + (Self.safeName(stem) ?? "essay")
        for attempt in 1...1000 {
            let id = attempt == 1 ? base : "\(base)-\(attempt)"
            var session = StudySession(id: id, createdAt: date, essay: essay, events: events)
            session.refresh()
            let data: Data
            do { data = try session.jsonData() } catch { throw SessionError("cannot encode the session: \(error)") }
            let temporary = folder + "/.\(id).\(getpid()).new"
            do { try write(data, temporary) } catch {
                throw SessionError("cannot write in \(folder) (\(FileErrorReason.of(error)))")
            }
            let rc = link(temporary, path(of: id))
            let code = errno
            unlink(temporary)
            if rc == 0 { return session }
            if code != EEXIST {
                throw SessionError("cannot write \(path(of: id)) (\(String(cString: strerror(code))))")
            }
        }
        throw SessionError("cannot find a free file name for \(base) in \(folder)")
    }

    /// Writes the whole session over its file, atomically (temporary file, fsync, rename), and removes its journal,
    /// whose events the file now holds.
    public func save(_ session: StudySession) throws(SessionError) {
        guard Self.isSafeReference(session.id) else {
            throw SessionError("session id '\(SafeText.clean(session.id, limit: 60))' is not a file name; not saved")
        }
        try storeText(of: session.essay)
        let target = path(of: session.id)
        do {
            try write(try session.jsonData(), target)
        } catch {
            throw SessionError("cannot write \(target) (\(FileErrorReason.of(error)))")
        }
        SessionJournal.remove(SessionJournal.path(ofSession: target))
    }

    /// Records one more event of a saved session in its journal; `index` is its position among the session's
    /// events. With `sync` the event is on disk (fsync) when this returns; without, it survives the process being
    /// killed but not a power cut.
    public func append(_ event: SessionEvent, index: Int, toSession id: String, sync: Bool) throws(SessionError) {
        guard Self.isSafeReference(id) else {
            throw SessionError("session id '\(SafeText.clean(id, limit: 60))' is not a file name; not saved")
        }
        try SessionJournal.append(event, index: index, to: SessionJournal.path(ofSession: path(of: id)), sync: sync)
    }

    /// Every session in the folder, newest first, and a one-line message for each file that could not be read.
    public func list() -> (entries: [Entry], problems: [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return ([], FileManager.default.fileExists(atPath: folder) ? ["cannot read the sessions folder \(folder)"] : [])
        }
        var entries: [Entry] = []
        var problems: [String] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = folder + "/" + name
            do { entries.append(Entry(session: try read(path), path: path)) } catch { problems.append(error.message) }
        }
        entries.sort { ($0.session.createdAt, $0.session.id) > ($1.session.createdAt, $1.session.id) }
        return (entries, problems)
    }

    /// Reads one file of the folder, refusing one that is a link to somewhere outside it.
    public func read(_ path: String) throws(SessionError) -> StudySession {
        guard let real = Self.realPath(path), let root = Self.realPath(folder), real.hasPrefix(root + "/") else {
            throw SessionError("\(path): points outside the sessions folder; not read")
        }
        var session = try Self.load(path: path)
        // The file's name is its id: a copied or renamed file is saved back to itself, never beside it.
        session.id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return session
    }

    /// Reads any session file (a path the user gave on the command line), with the events of its journal and the
    /// essay's text from the `essays` folder beside it (empty when neither the file nor the folder has it).
    public static func load(path: String) throws(SessionError) -> StudySession {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SessionError("\(path): cannot read it (missing or not readable)")
        }
        var session = try SessionDecodeCache.shared.decode(data, name: path)
        SessionJournal.apply(SessionJournal.path(ofSession: path), to: &session)
        if session.essay.text.isEmpty,
           let file = textPath(folder: AtomicFile.split(path).folder, contentHash: session.essay.contentHash),
           let text = FileManager.default.contents(atPath: file) {
            session.essay.text = String(decoding: text, as: UTF8.self)
        }
        return session
    }

    /// Finds a session by id (file name without `.json`), name given with `save`, its number in the `sessions`
    /// list (1 is the newest), or a unique beginning of its id. Names cannot leave the folder.
    public func find(_ reference: String) throws(SessionError) -> Entry {
        guard Self.isSafeReference(reference) else {
            throw SessionError("'\(reference)' is not a session name: use a name from the sessions list (letters, digits, - and _)")
        }
        var ref = reference
        if ref.hasSuffix(".json") { ref.removeLast(5) }
        let (entries, _) = list()
        if let e = entries.first(where: { $0.session.id == ref || $0.session.name == ref }) { return e }
        if let e = entries.first(where: { $0.session.name?.lowercased() == ref.lowercased() }) { return e }
        let direct = path(of: ref)
        if FileManager.default.fileExists(atPath: direct) {
            return Entry(session: try read(direct), path: direct)
        }
        let numbered = Self.numbered(entries)
        if let n = Int(ref.hasPrefix("#") ? String(ref.dropFirst()) : ref), n >= 1, n <= numbered.count {
            return numbered[n - 1]
        }
        let matches = entries.filter { $0.session.id.hasPrefix(ref) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw SessionError("'\(reference)' matches \(matches.count) sessions; give more of the id (see sessions)")
        }
        throw SessionError("no session '\(reference)' in \(folder); type sessions to list them")
    }

    /// The sessions that get a number in the `sessions` list (1 is the newest): those where questions were asked.
    public static func numbered(_ entries: [Entry]) -> [Entry] {
        entries.filter { $0.session.events.contains { $0.kind == .question } }
    }

    /// Whether a reference or name stays inside the folder: no `/`, no leading `.`, no `..`, no control characters.
    public static func isSafeReference(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 120 && !s.hasPrefix(".") && !s.contains("/") && !s.contains("\\") && !s.contains("..")
            && s.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
    }

    /// A name for `save NAME`: letters, digits, `-`, `_`, `.` (not first); nil when the name is not one.
    public static func validName(_ s: String) -> String? {
        guard isSafeReference(s), s.count <= 80,
              s.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }),
              Int(s) == nil else { return nil }
        return s
    }

    static func safeName(_ s: String) -> String? {
        let cleaned = String(s.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        let trimmed = cleaned.drop { $0 == "-" }
        return trimmed.isEmpty ? nil : String(trimmed.prefix(60))
    }

    /// `2026-05-01T09-30-12` in UTC.
    public static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d-%02d-%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    static func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }
}
