import Crypto
import Foundation

/// Spaced repetition across sessions. Every question answered becomes a card, keyed by a stable hash of its kind,
/// prompt and answer, so the same question asked in different sessions (or by `retake`/`review`) is one card. The
/// review log (every graded answer, in time order, from every session) is the source of truth; a card's schedule is
/// computed by replaying its log with FSRS.
///
/// Grades become FSRS ratings so:
/// - wrong, or skipped → `again`
/// - partly right, or right with a hint → `hard`
/// - right slowly (more than `easySeconds`), or only by `override` → `good`
/// - right, no hint, within `easySeconds` → `easy`
/// A grade taken back with `undo` is not in the log.
public struct ReviewDeck: Sendable {
    public struct Card: Sendable {
        public var key: String
        public var question: Question
        public var log: [(rating: FSRSRating, time: Date)]
        public var createdAt: Date
        public var schedule: FSRSCard
    }

    /// Answers faster than this (seconds), right and without hints, rate `easy`.
    public static let easySeconds = 15.0

    public let cards: [Card]
    public let scheduler: FSRSScheduler

    /// Builds the deck from sessions (any order); only sessions about the essay with `contentHash` count.
    public init(sessions: [StudySession], contentHash: String, scheduler: FSRSScheduler = FSRSScheduler()) {
        self.scheduler = scheduler
        var byKey: [String: (Question, [(rating: FSRSRating, time: Date)], Date)] = [:]
        var order: [String] = []
        for session in sessions where session.essay.contentHash == contentHash {
            for item in session.digest.items {
                guard let rating = Self.rating(item), let time = item.answeredAt ?? item.shownAt else { continue }
                let key = Self.key(item.question)
                if byKey[key] == nil {
                    byKey[key] = (item.question, [], item.shownAt ?? time)
                    order.append(key)
                }
                byKey[key]!.1.append((rating, time))
                byKey[key]!.2 = min(byKey[key]!.2, item.shownAt ?? time)
            }
        }
        cards = order.map { key in
            let (q, log, created) = byKey[key]!
            let sorted = log.sorted { $0.time < $1.time }
            return Card(key: key, question: q, log: sorted, createdAt: created,
                        schedule: scheduler.card(afterReviews: sorted, createdAt: created))
        }
    }

    private init(cards: [Card], scheduler: FSRSScheduler) {
        self.cards = cards
        self.scheduler = scheduler
    }

    /// The deck without the cards with these keys (questions the reader flagged).
    public func without(_ keys: [String]) -> ReviewDeck {
        let left = Set(keys)
        return ReviewDeck(cards: cards.filter { !left.contains($0.key) }, scheduler: scheduler)
    }

    /// The rating of one question's outcome, or nil when it was only shown (not answered, not skipped).
    public static func rating(_ item: SessionDigest.Item) -> FSRSRating? {
        guard let grade = item.grade else { return item.skipped ? .again : nil }
        switch grade.verdict {
        case .wrong, .unreadable: return .again
        case .partial: return .hard
        case .correct:
            if item.hints > 0 { return .hard }
            if item.overridden || (item.seconds ?? 0) > easySeconds { return .good }
            return .easy
        }
    }

    /// A stable key for a question: the first 16 hex digits of SHA-256 over kind, prompt and answer.
    public static func key(_ q: Question) -> String {
        let text = q.kind.rawValue + "\u{1F}" + q.prompt + "\u{1F}" + q.answer
        return SHA256.hash(data: Array(text.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// Cards due at `time`, most overdue first.
    public func due(at time: Date) -> [Card] {
        cards.filter { $0.schedule.due <= time }.sorted { $0.schedule.due < $1.schedule.due }
    }

    /// The weakest cards at `time` (lowest retrievability), regardless of schedule.
    public func weakest(_ count: Int, at time: Date) -> [Card] {
        let scored: [(card: Card, r: Double)] = cards.map { (card: $0, r: scheduler.retrievability(of: $0.schedule, at: time)) }
        let sorted = scored.sorted { (a: (card: Card, r: Double), b: (card: Card, r: Double)) -> Bool in
            if a.r != b.r { return a.r < b.r }
            return a.card.schedule.due < b.card.schedule.due
        }
        return sorted.prefix(count).map { $0.card }
    }
}
