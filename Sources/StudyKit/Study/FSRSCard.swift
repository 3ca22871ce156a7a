import Foundation

/// How well a card was recalled at a review, as FSRS grades it.
public enum FSRSRating: Int, Codable, Sendable, CaseIterable {
    /// Forgotten.
    case again = 1
    /// Recalled with serious difficulty.
    case hard = 2
    /// Recalled after some hesitation.
    case good = 3
    /// Recalled at once.
    case easy = 4
}

/// Where a card is in the FSRS schedule.
public enum FSRSState: Int, Codable, Sendable {
    /// New, or still working through the learning steps.
    case learning = 1
    /// Graduated: scheduled in whole days from its stability.
    case review = 2
    /// Lapsed in review and working through the relearning steps.
    case relearning = 3
}

/// A card's memory state after its reviews.
public struct FSRSCard: Codable, Equatable, Sendable {
    /// The card's place in the schedule.
    public var state: FSRSState
    /// The learning or relearning step index; nil in review.
    public var step: Int?
    /// Days for retrievability to fall to 90%; nil before the first review.
    public var stability: Double?
    /// How hard the card is, from 1 (easiest) to 10 (hardest); nil before the first review.
    public var difficulty: Double?
    /// When the card should next be reviewed.
    public var due: Date
    /// When the card was last reviewed; nil before the first review.
    public var lastReview: Date?

    /// A new card: learning, step 0, due now.
    public init(due: Date) {
        self.state = .learning
        self.step = 0
        self.stability = nil
        self.difficulty = nil
        self.due = due
        self.lastReview = nil
    }
}
