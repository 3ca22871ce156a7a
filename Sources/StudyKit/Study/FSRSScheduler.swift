import Foundation

/// Schedules card reviews with FSRS (the Free Spaced Repetition Scheduler).
///
/// FSRS models each card's memory with a stability (days until the chance of recall falls to 90%) and a
/// difficulty (1–10), updates both after every review from the rating, and schedules the next review for when the
/// predicted chance of recall falls to the desired retention. New and lapsed cards first go through short
/// learning or relearning steps (minutes), then are scheduled in whole days.
///
/// This follows FSRS-6 as implemented by the `fsrs` Python package 6.x, with the default parameters and
/// fuzzing off, so schedules are deterministic. Elapsed time is counted in whole days (floored), as there.
public struct FSRSScheduler: Sendable {
    /// The 21 FSRS-6 default parameters (w0…w20).
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The smallest stability a card can have, in days.
    static let minimumStability = 0.001
    /// Seconds in a day.
    static let day: TimeInterval = 86_400

    /// The model's weights, w0…w20.
    public let parameters: [Double]
    /// The chance of recall a review-state card is scheduled for (0…1).
    public let desiredRetention: Double
    /// The learning steps, in seconds.
    public let learningSteps: [TimeInterval]
    /// The relearning steps, in seconds.
    public let relearningSteps: [TimeInterval]
    /// The longest interval, in days.
    public let maximumInterval: Int

    /// The forgetting curve's exponent, −w20.
    let decay: Double
    /// The forgetting curve's factor, chosen so that R(S) = 0.9.
    let factor: Double

    /// A scheduler with these weights (21 of them), target retention, steps (seconds) and longest interval (days).
    public init(parameters: [Double] = FSRSScheduler.defaultParameters, desiredRetention: Double = 0.9,
                learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
                maximumInterval: Int = 36500) {
        precondition(parameters.count == 21, "FSRS-6 needs 21 parameters, got \(parameters.count)")
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.decay = -parameters[20]
        self.factor = pow(0.9, 1 / decay) - 1
    }

    // MARK: Reviewing

    /// The card after a review with this rating at this time.
    public func review(_ card: FSRSCard, rating: FSRSRating, at time: Date) -> FSRSCard {
        var card = card
        let elapsedDays = card.lastReview.map { Self.wholeDays(from: $0, to: time) }
        let interval: TimeInterval

        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? learningSteps : relearningSteps
            if let stability = card.stability, let difficulty = card.difficulty {
                updateMemory(&card, stability: stability, difficulty: difficulty, rating: rating, at: time,
                             elapsedDays: elapsedDays)
            } else {
                card.stability = initialStability(rating)
                card.difficulty = initialDifficulty(rating)
            }
            let step = card.step ?? 0
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                interval = graduate(&card)
            } else {
                switch rating {
                case .again:
                    card.step = 0
                    interval = steps[0]
                case .hard:
                    if step == 0 && steps.count == 1 {
                        interval = steps[0] * 1.5
                    } else if step == 0 {
                        interval = (steps[0] + steps[1]) / 2
                    } else {
                        interval = steps[step]
                    }
                case .good:
                    if step + 1 == steps.count {
                        interval = graduate(&card)
                    } else {
                        card.step = step + 1
                        interval = steps[step + 1]
                    }
                case .easy:
                    interval = graduate(&card)
                }
            }

        case .review:
            updateMemory(&card, stability: card.stability ?? initialStability(rating),
                         difficulty: card.difficulty ?? initialDifficulty(rating), rating: rating, at: time,
                         elapsedDays: elapsedDays)
            if rating == .again && !relearningSteps.isEmpty {
                card.state = .relearning
                card.step = 0
                interval = relearningSteps[0]
            } else {
                interval = graduate(&card)
            }
        }

        card.due = time.addingTimeInterval(interval)
        card.lastReview = time
        return card
    }

    /// Stability and difficulty after a review of a card that has them: the short-term formula for a review on the
    /// same day (less than a whole day since the last), the recall or forget formula otherwise.
    private func updateMemory(_ card: inout FSRSCard, stability: Double, difficulty: Double, rating: FSRSRating,
                              at time: Date, elapsedDays: Int?) {
        if let elapsed = elapsedDays, elapsed < 1 {
            card.stability = shortTermStability(stability, rating: rating)
        } else {
            card.stability = nextStability(difficulty: difficulty, stability: stability,
                                           retrievability: retrievability(of: card, at: time), rating: rating)
        }
        card.difficulty = nextDifficulty(difficulty, rating: rating)
    }

    /// Probability of recall at `time` (0 for a card never reviewed).
    public func retrievability(of card: FSRSCard, at time: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsed = Double(max(0, Self.wholeDays(from: lastReview, to: time)))
        return pow(1 + factor * elapsed / stability, decay)
    }

    /// Replays a review log from a new card (the log is the source of truth; the schedule is computed from it).
    public func card(afterReviews reviews: [(rating: FSRSRating, time: Date)], createdAt: Date) -> FSRSCard {
        reviews.reduce(FSRSCard(due: createdAt)) { review($0, rating: $1.rating, at: $1.time) }
    }

    // MARK: The model

    /// Puts the card in review, and returns its interval in seconds (whole days).
    private func graduate(_ card: inout FSRSCard) -> TimeInterval {
        card.state = .review
        card.step = nil
        return TimeInterval(nextInterval(card.stability ?? Self.minimumStability)) * Self.day
    }

    /// The interval in whole days at which recall falls to the desired retention, within [1, maximumInterval].
    func nextInterval(_ stability: Double) -> Int {
        let days = (stability / factor * (pow(desiredRetention, 1 / decay) - 1)).rounded(.toNearestOrEven)
        return Int(min(max(days, 1), Double(maximumInterval)))
    }

    /// S0(G) = w[G−1].
    func initialStability(_ rating: FSRSRating) -> Double {
        clampStability(parameters[rating.rawValue - 1])
    }

    /// D0(G) = w4 − e^{w5(G−1)} + 1.
    func initialDifficulty(_ rating: FSRSRating, clamped: Bool = true) -> Double {
        let d = parameters[4] - exp(parameters[5] * Double(rating.rawValue - 1)) + 1
        return clamped ? clampDifficulty(d) : d
    }

    /// Difficulty after a review: linear damping towards 10, then mean reversion to D0(Easy) by w7.
    func nextDifficulty(_ difficulty: Double, rating: FSRSRating) -> Double {
        let delta = -(parameters[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10 - difficulty) * delta / 9
        let reverted = parameters[7] * initialDifficulty(.easy, clamped: false) + (1 - parameters[7]) * damped
        return clampDifficulty(reverted)
    }

    /// Stability after a same-day review: S · e^{w17(G−3+w18)} · S^{−w19}, never falling unless the rating is Again
    /// (as in py-fsrs 6.3, a same-day Hard keeps the stability).
    func shortTermStability(_ stability: Double, rating: FSRSRating) -> Double {
        var increase = exp(parameters[17] * (Double(rating.rawValue) - 3 + parameters[18]))
            * pow(stability, -parameters[19])
        if rating != .again { increase = max(increase, 1) }
        return clampStability(stability * increase)
    }

    /// Stability after a review a day or more since the last one.
    func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: FSRSRating) -> Double {
        let w = parameters
        let next: Double
        if rating == .again {
            let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
                * exp((1 - retrievability) * w[14])
            let shortTerm = stability / exp(w[17] * w[18])
            next = min(longTerm, shortTerm)
        } else {
            let hardPenalty = rating == .hard ? w[15] : 1
            let easyBonus = rating == .easy ? w[16] : 1
            next = stability * (1 + exp(w[8]) * (11 - difficulty) * pow(stability, -w[9])
                * (exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
        }
        return clampStability(next)
    }

    private func clampStability(_ s: Double) -> Double { max(s, Self.minimumStability) }
    private func clampDifficulty(_ d: Double) -> Double { min(max(d, 1), 10) }

    /// Whole days from one time to another, floored (as Python's `timedelta.days`).
    static func wholeDays(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / day).rounded(.down))
    }
}
