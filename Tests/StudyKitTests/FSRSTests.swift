import Foundation
import XCTest
@testable import StudyKit

/// The FSRS-6 scheduler against the reference vectors made with the `fsrs` Python package, plus a few properties.
final class FSRSTests: XCTestCase {
    // MARK: The reference vectors

    private struct Vectors: Decodable {
        let version: String
        let configs: [String: Config]
        let sequences: [Sequence]
    }

    private struct Config: Decodable {
        let scheduler: SchedulerConfig
    }

    private struct SchedulerConfig: Decodable {
        let parameters: [Double]
        let desired_retention: Double
        let learning_steps: [Double]
        let relearning_steps: [Double]
        let maximum_interval: Int
        let enable_fuzzing: Bool
    }

    private struct Sequence: Decodable {
        let config: String
        let name: String
        let reviews: [Review]
    }

    private struct Review: Decodable {
        let review_datetime: Date
        let rating: Int
        let retrievability_before: Double
        let state: Int
        let step: Int?
        let stability: Double
        let difficulty: Double
        let due: Date
        let interval_days: Double
        let retrievability_after_days: [String: Double]
    }

    private static let vectorsPath = "Tests/Fixtures/fsrs-vectors.json"

    /// Finds the vectors by walking up from this file to the directory that holds `Tests/Fixtures/fsrs-vectors.json`.
    private func vectorsURL() throws -> URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent(Self.vectorsPath)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        throw XCTSkip("\(Self.vectorsPath) not found above \(#filePath)")
    }

    private func loadVectors() throws -> Vectors {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Vectors.self, from: Data(contentsOf: try vectorsURL()))
    }

    private func scheduler(_ config: SchedulerConfig) -> FSRSScheduler {
        FSRSScheduler(parameters: config.parameters, desiredRetention: config.desired_retention,
                      learningSteps: config.learning_steps, relearningSteps: config.relearning_steps,
                      maximumInterval: config.maximum_interval)
    }

    private static func close(_ a: Double, _ b: Double, relative: Double = 1e-6) -> Bool {
        abs(a - b) <= relative * max(1, abs(a), abs(b))
    }

    func testReferenceVectors() throws {
        let vectors = try loadVectors()
        XCTAssertEqual(vectors.sequences.count, 32, "expected 32 reference sequences")
        var mismatches: [String] = []
        var sequencesPassed = 0, reviewsPassed = 0, reviewsTotal = 0, checks = 0

        for sequence in vectors.sequences {
            let label = "\(sequence.config)/\(sequence.name)"
            guard let config = vectors.configs[sequence.config] else {
                mismatches.append("\(label): unknown config \(sequence.config)")
                continue
            }
            XCTAssertFalse(config.scheduler.enable_fuzzing, "\(label): vectors must be made without fuzzing")
            let scheduler = scheduler(config.scheduler)
            var card = FSRSCard(due: sequence.reviews.first?.review_datetime ?? Date(timeIntervalSince1970: 0))
            var sequenceOK = true

            for (index, expected) in sequence.reviews.enumerated() {
                reviewsTotal += 1
                var reviewOK = true
                func check(_ field: String, _ ok: Bool, _ want: Any, _ got: Any) {
                    checks += 1
                    if !ok {
                        reviewOK = false
                        mismatches.append("\(label) review \(index) \(field): expected \(want), got \(got)")
                    }
                }
                guard let rating = FSRSRating(rawValue: expected.rating) else {
                    check("rating", false, "a rating 1…4", expected.rating)
                    sequenceOK = false
                    break
                }
                let time = expected.review_datetime
                let before = scheduler.retrievability(of: card, at: time)
                check("retrievability_before", Self.close(before, expected.retrievability_before),
                      expected.retrievability_before, before)

                card = scheduler.review(card, rating: rating, at: time)

                check("state", card.state.rawValue == expected.state, expected.state, card.state.rawValue)
                check("step", card.step == expected.step, expected.step as Any, card.step as Any)
                check("stability", card.stability.map { Self.close($0, expected.stability) } ?? false,
                      expected.stability, card.stability as Any)
                check("difficulty", card.difficulty.map { Self.close($0, expected.difficulty) } ?? false,
                      expected.difficulty, card.difficulty as Any)
                check("due", abs(card.due.timeIntervalSince(expected.due)) < 1, expected.due, card.due)
                let interval = card.due.timeIntervalSince(time) / 86_400
                check("interval_days", abs(interval - expected.interval_days) < 1.0 / 86_400,
                      expected.interval_days, interval)
                check("lastReview", card.lastReview == time, time, card.lastReview as Any)
                for (key, want) in expected.retrievability_after_days.sorted(by: { Int($0.key)! < Int($1.key)! }) {
                    let days = Double(key) ?? .nan
                    let got = scheduler.retrievability(of: card, at: time.addingTimeInterval(days * 86_400))
                    check("retrievability after \(key) days", Self.close(got, want), want, got)
                }
                if reviewOK { reviewsPassed += 1 } else { sequenceOK = false }
            }
            if sequenceOK { sequencesPassed += 1 }
        }

        for mismatch in mismatches { XCTFail(mismatch) }
        print("FSRS vectors (fsrs \(vectors.version)): \(sequencesPassed)/\(vectors.sequences.count) sequences, "
              + "\(reviewsPassed)/\(reviewsTotal) reviews, \(checks - mismatches.count)/\(checks) checks passed")
        XCTAssertEqual(sequencesPassed, vectors.sequences.count)
    }

    // MARK: Properties

    private let start = Date(timeIntervalSince1970: 1_735_722_000)  // 2025-01-01T09:00:00Z
    private func days(_ n: Double) -> TimeInterval { n * 86_400 }

    func testNewCardHasZeroRetrievabilityAndIsDueAtCreation() {
        let scheduler = FSRSScheduler()
        let card = FSRSCard(due: start)
        XCTAssertEqual(card.state, .learning)
        XCTAssertEqual(card.step, 0)
        XCTAssertNil(card.stability)
        XCTAssertNil(card.difficulty)
        XCTAssertNil(card.lastReview)
        XCTAssertEqual(card.due, start)
        XCTAssertEqual(scheduler.retrievability(of: card, at: start), 0)
        XCTAssertEqual(scheduler.retrievability(of: card, at: start.addingTimeInterval(days(30))), 0)
    }

    func testDefaultParametersAreTheFSRS6Defaults() {
        XCTAssertEqual(FSRSScheduler.defaultParameters.count, 21)
        XCTAssertEqual(FSRSScheduler.defaultParameters.first, 0.212)
        XCTAssertEqual(FSRSScheduler.defaultParameters.last, 0.1542)
    }

    func testRetrievabilityIsNinetyPercentAfterStabilityDays() {
        let scheduler = FSRSScheduler(learningSteps: [])
        var card = scheduler.review(FSRSCard(due: start), rating: .good, at: start)
        card.stability = 10
        let r = scheduler.retrievability(of: card, at: start.addingTimeInterval(days(10)))
        XCTAssertEqual(r, 0.9, accuracy: 1e-12)
        XCTAssertEqual(scheduler.retrievability(of: card, at: start), 1, accuracy: 1e-12)
    }

    func testRatingsOrderIntervalsForAReviewCard() {
        let scheduler = FSRSScheduler()
        var card = FSRSCard(due: start)
        card = scheduler.review(card, rating: .good, at: start)
        card = scheduler.review(card, rating: .good, at: card.due)
        XCTAssertEqual(card.state, .review)
        let time = card.due
        let intervals = FSRSRating.allCases.map { rating in
            scheduler.review(card, rating: rating, at: time).due.timeIntervalSince(time)
        }
        XCTAssertEqual(intervals.count, 4)
        for (shorter, longer) in zip(intervals, intervals.dropFirst()) {
            XCTAssertLessThan(shorter, longer, "intervals again/hard/good/easy: \(intervals)")
        }
        XCTAssertEqual(scheduler.review(card, rating: .again, at: time).state, .relearning)

        // Without relearning steps a lapse stays in review, and the order still holds.
        let noSteps = FSRSScheduler(learningSteps: [], relearningSteps: [])
        var plain = noSteps.review(FSRSCard(due: start), rating: .good, at: start)
        plain = noSteps.review(plain, rating: .good, at: plain.due)
        let t = plain.due
        let plainIntervals = FSRSRating.allCases.map { noSteps.review(plain, rating: $0, at: t).due.timeIntervalSince(t) }
        XCTAssertEqual(noSteps.review(plain, rating: .again, at: t).state, .review)
        for (shorter, longer) in zip(plainIntervals, plainIntervals.dropFirst()) {
            XCTAssertLessThanOrEqual(shorter, longer, "intervals again/hard/good/easy: \(plainIntervals)")
        }
        XCTAssertLessThan(plainIntervals[0], plainIntervals[3])
    }

    func testReplayingALogEqualsApplyingReviewsOneByOne() {
        let scheduler = FSRSScheduler()
        let log: [(rating: FSRSRating, time: Date)] = [
            (.again, start), (.good, start.addingTimeInterval(60)), (.good, start.addingTimeInterval(660)),
            (.good, start.addingTimeInterval(days(2))), (.again, start.addingTimeInterval(days(12))),
            (.hard, start.addingTimeInterval(days(12) + 600)), (.good, start.addingTimeInterval(days(12) + 1500)),
            (.easy, start.addingTimeInterval(days(20))),
        ]
        var stepwise = FSRSCard(due: start)
        for entry in log { stepwise = scheduler.review(stepwise, rating: entry.rating, at: entry.time) }
        let replayed = scheduler.card(afterReviews: log, createdAt: start)
        XCTAssertEqual(replayed, stepwise)
        XCTAssertEqual(replayed.lastReview, log.last?.time)
        XCTAssertEqual(scheduler.card(afterReviews: [], createdAt: start), FSRSCard(due: start))
    }

    func testStabilityAndDifficultyStayInRange() {
        let scheduler = FSRSScheduler()
        var card = FSRSCard(due: start)
        var time = start
        for i in 0..<40 {
            let rating: FSRSRating = i % 5 == 4 ? .easy : .again
            card = scheduler.review(card, rating: rating, at: time)
            XCTAssertGreaterThanOrEqual(card.stability ?? 0, 0.001)
            XCTAssertTrue((1...10).contains(card.difficulty ?? 0))
            time = max(card.due, time.addingTimeInterval(days(1)))
        }
    }

    func testCardRoundTripsThroughJSON() throws {
        let scheduler = FSRSScheduler()
        let card = scheduler.review(FSRSCard(due: start), rating: .hard, at: start)
        let data = try JSONEncoder().encode(card)
        XCTAssertEqual(try JSONDecoder().decode(FSRSCard.self, from: data), card)
    }
}
