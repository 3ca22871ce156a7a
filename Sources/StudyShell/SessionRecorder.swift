import Foundation
import StudyKit

/// Keeps the shell's session on disk. The file is made at the first event (with the essay's text stored once
/// beside it); each later event is appended to the session's journal, so an event costs the same on a tweet and on
/// a book, and a graded answer is on disk (fsync) before the next question shows. The journal is folded into the
/// file when the shell ends, when a saved session is continued and when the session is named. When writing fails
/// (read-only folder, full disk) it warns once, naming the path, keeps the session in memory and tries again at
/// the next event, then writing the whole file.
public final class SessionRecorder {
    public let store: SessionStore
    /// The session as its file was last written whole (its events may trail the journal's), nil before the first
    /// event.
    public private(set) var session: StudySession?
    private var warned = false
    private var name: String?
    /// How many of the context's events are on disk (in the file or its journal).
    private var savedCount = 0
    /// Whether the file is to be written whole at the next save (a name given, a session adopted, a failed write).
    private var rewrite = false
    /// Whether events were appended to the journal since the file was last written whole.
    private var journaled = false

    public init(store: SessionStore) {
        self.store = store
    }

    /// Hooks into the context's event stream.
    func attach(to context: ShellContext) {
        context.onEvent = { [weak self] _, context in self?.save(context) }
    }

    /// The session as it stands, made from the context's events (whether or not it could be written).
    public func current(_ context: ShellContext) -> StudySession {
        if var s = session {
            s.events = context.events
            s.name = name
            s.refresh()
            return s
        }
        let id = SessionStore.timestamp(Date()) + "-" + context.model.source.stem
        var s = StudySession(id: id, name: name, createdAt: context.events.first?.time ?? Date(),
                             essay: .init(model: context.model), events: context.events)
        s.refresh()
        return s
    }

    /// Whether the last save failed, so events since are only in memory.
    public var isBehind: Bool { warned }

    /// The file of the current session, when it has one.
    public var path: String? { session.map { store.path(of: $0.id) } }

    /// Saves the events not yet on disk (called after every event).
    public func save(_ context: ShellContext) {
        do {
            if session == nil {
                var s = try store.create(essay: .init(model: context.model), stem: context.model.source.stem,
                                         events: context.events, at: context.events.first?.time ?? Date())
                savedCount = context.events.count
                session = s
                if name != nil {
                    s.name = name
                    session = s
                    try store.save(s)
                }
            } else if rewrite {
                try writeWhole(context)
            } else if let id = session?.id {
                let events = context.events
                while savedCount < events.count {
                    let event = events[savedCount]
                    try store.append(event, index: savedCount, toSession: id, sync: Self.mustSync(event.kind))
                    savedCount += 1
                    journaled = true
                }
            }
            if warned {
                warned = false
                context.output.warning("session: saved again to \(path ?? store.folder)")
            }
        } catch {
            // A journal line may be cut short: the next save writes the whole file instead.
            if session != nil { rewrite = true }
            if !warned {
                warned = true
                context.output.warning("session: \(error.message); the session is kept in memory and saving is retried after each event")
            }
        }
    }

    /// Folds the journal into the session's file (when the shell ends).
    public func finish(_ context: ShellContext) {
        guard session != nil, journaled || rewrite else { return }
        do { try writeWhole(context) } catch {
            context.output.warning("session: \(error.message); its events are kept in \(path.map(SessionJournal.path(ofSession:)) ?? "the journal")")
        }
    }

    /// Names the current session (`save NAME`) and saves it.
    public func rename(_ newName: String, _ context: ShellContext) {
        name = newName
        rewrite = session != nil
        save(context)
    }

    /// Continues a saved session: later events are added to it, and its file is written whole at the next event.
    public func adopt(_ saved: StudySession) {
        session = saved
        name = saved.name
        savedCount = saved.events.count
        rewrite = true
        warned = false
    }

    /// Forgets the current session; the next event starts a new file.
    public func startNew() {
        session = nil
        name = nil
        savedCount = 0
        rewrite = false
        journaled = false
        warned = false
    }

    private func writeWhole(_ context: ShellContext) throws(SessionError) {
        let s = current(context)
        try store.save(s)
        session = s
        savedCount = context.events.count
        rewrite = false
        journaled = false
    }

    /// Events that record what the reader answered are on disk before the shell goes on; commands and shown
    /// questions survive the process being killed (the kernel has them) and reach the disk soon after.
    static func mustSync(_ kind: SessionEvent.Kind) -> Bool {
        switch kind {
        case .answer, .skip, .override, .undo, .quizEnded, .correction, .flag, .unflag: return true
        case .command, .quizStarted, .question, .hint, .quizResumed: return false
        }
    }
}
