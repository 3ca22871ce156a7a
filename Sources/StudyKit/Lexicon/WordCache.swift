import Foundation

/// What was read from WordNet for each word, shared by every user in the process behind a lock, and emptied once it
/// holds `limit` words (a long text asks about the same words again; a book's many words must not grow it forever).
final class WordCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private var values: [String: Value] = [:]

    init(limit: Int) {
        self.limit = limit
    }

    func get(_ word: String) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[word]
    }

    func set(_ word: String, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        if values.count > limit { values.removeAll() }
        values[word] = value
    }
}
