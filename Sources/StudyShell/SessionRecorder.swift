import Foundation
import StudyKit

/// Keeps the shell's session on disk: the file is made at the first event and rewritten atomically after every
/// event. When writing fails (read-only folder, full disk) it warns once, naming the path, keeps the session in
/// memory and tries again at the next event.
public final class SessionRecorder {
    public let store: SessionStore
    /// The session as last saved (or as it would have been), nil before the first event.
    public private(set) var session: StudySession?
    private var warned = false
    private var name: String?

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

    /// Saves now (called after every event).
    public func save(_ context: ShellContext) {
        do {
            if var s = session {
                s.events = context.events
                s.name = name
                s.refresh()
                session = s
                try store.save(s)
            } else {
                var s = try store.create(essay: .init(model: context.model), stem: context.model.source.stem,
                                         events: context.events, at: context.events.first?.time ?? Date())
                if name != nil {
                    s.name = name
                    try store.save(s)
                }
                session = s
            }
            if warned {
                warned = false
                context.output.warning("session: saved again to \(path ?? store.folder)")
            }
        } catch {
            if !warned {
                warned = true
                context.output.warning("session: \(error.message); the session is kept in memory and saving is retried after each event")
            }
        }
    }

    /// Names the current session (`save NAME`) and saves it.
    public func rename(_ newName: String, _ context: ShellContext) {
        name = newName
        save(context)
    }

    /// Continues a saved session: later events are appended to its file.
    public func adopt(_ saved: StudySession) {
        session = saved
        name = saved.name
        warned = false
    }

    /// Forgets the current session; the next event starts a new file.
    public func startNew() {
        session = nil
        name = nil
        warned = false
    }
}
