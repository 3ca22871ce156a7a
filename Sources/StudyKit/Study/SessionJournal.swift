#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The events of a session recorded since its JSON file was last written whole: `ID.journal` beside `ID.json`,
/// one JSON object a line, `{"event":{…},"index":N}`, where `index` is the event's position in the session.
///
/// An event costs one short append, whatever the essay's length and however many events came before. The journal
/// is folded into the JSON file (which is then written whole and the journal removed) when the shell ends, when a
/// session is continued, and when the session is renamed. Reading a session applies the journal's entries from
/// the first index the JSON file does not hold, so a fold interrupted between its two steps loses and repeats
/// nothing; a last line cut short by a crash is ignored.
public enum SessionJournal {
    struct Entry: Codable {
        var index: Int
        var event: SessionEvent
    }

    /// The journal of a session file (`x.json` → `x.journal`).
    public static func path(ofSession file: String) -> String {
        (file.hasSuffix(".json") ? String(file.dropLast(5)) : file) + ".journal"
    }

    /// Appends an event; with `sync`, waits until it is on disk (fsync).
    public static func append(_ event: SessionEvent, index: Int, to path: String, sync: Bool) throws(SessionError) {
        var line: Data
        do { line = try encoder.encode(Entry(index: index, event: event)) } catch {
            throw SessionError("cannot encode the session event: \(error)")
        }
        line.append(0x0A)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw SessionError("cannot write \(path) (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        var failure = line.withUnsafeBytes { writeAll(fd, $0) }
        if failure == 0, sync, fsync(fd) != 0 { failure = errno }
        if failure != 0 { throw SessionError("cannot write \(path) (\(String(cString: strerror(failure))))") }
    }

    /// Adds the journal's events that follow the session's own, in order.
    public static func apply(_ path: String, to session: inout StudySession) {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let decoder = StudySession.decoder
        var added = false
        for line in data.split(separator: 0x0A) {
            guard let entry = try? decoder.decode(Entry.self, from: line),
                  entry.index == session.events.count else { continue }
            session.events.append(entry.event)
            added = true
        }
        if added { session.refresh() }
    }

    /// Removes a journal (after its events were written into the session's file).
    public static func remove(_ path: String) {
        unlink(path)
    }

    static var encoder: JSONEncoder {
        let encoder = StudySession.encoder
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
