import Foundation

// TEMPORARY placeholder with the agreed FSRS API so the session code compiles before the real scheduler is merged.
// The numbers are crude (not FSRS-6); the lead replaces this file with the real implementation.

/// How well a card was recalled.
public enum FSRSRating: Int, Codable, Sendable, CaseIterable {
    case again = 1, hard = 2, good = 3, easy = 4
}

/// Where a card is in its life.
public enum FSRSState: Int, Codable, Sendable {
    case learning = 1, review = 2, relearning = 3
}

/// A card's schedule.
public struct FSRSCard: Codable, Equatable, Sendable {
    public var state: FSRSState
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    public init(due: Date) {
        self.state = .learning
        self.step = 0
        self.stability = nil
        self.difficulty = nil
        self.due = due
        self.lastReview = nil
    }
}

/// Schedules cards (placeholder arithmetic).
public struct FSRSScheduler: Sendable {
    public var parameters: [Double]
    public var desiredRetention: Double
    public var learningSteps: [TimeInterval]
    public var relearningSteps: [TimeInterval]
    public var maximumInterval: Int

    public init(parameters: [Double] = [], desiredRetention: Double = 0.9, learningSteps: [TimeInterval] = [60, 600],
                relearningSteps: [TimeInterval] = [600], maximumInterval: Int = 36500) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
    }

    public func review(_ card: FSRSCard, rating: FSRSRating, at time: Date) -> FSRSCard {
        var c = card
        let s = c.stability ?? 1
        switch rating {
        case .again: c.stability = max(0.1, s * 0.3); c.state = c.state == .learning ? .learning : .relearning
        case .hard: c.stability = s * 1.2; c.state = .review
        case .good: c.stability = s * 2.5; c.state = .review
        case .easy: c.stability = s * 4; c.state = .review
        }
        c.difficulty = min(10, max(1, (c.difficulty ?? 5) + Double(2 - rating.rawValue + 1)))
        let days = rating == .again ? 600.0 / 86400 : min(Double(maximumInterval), c.stability!)
        c.due = time.addingTimeInterval(days * 86400)
        c.lastReview = time
        c.step = c.state == .review ? nil : 0
        return c
    }

    public func retrievability(of card: FSRSCard, at time: Date) -> Double {
        guard let last = card.lastReview, let s = card.stability else { return 0 }
        let days = max(0, time.timeIntervalSince(last) / 86400)
        return pow(1 + 19.0 / 81 * days / s, -0.5)
    }

    public func card(afterReviews reviews: [(rating: FSRSRating, time: Date)], createdAt: Date) -> FSRSCard {
        var card = FSRSCard(due: createdAt)
        for r in reviews { card = review(card, rating: r.rating, at: r.time) }
        return card
    }
}
