/// The result of grading one answer.
public struct Grade: Codable, Equatable, Sendable {
    public enum Verdict: String, Codable, Sendable {
        case correct, partial, wrong
        /// The answer could not be read as an answer (e.g. "E" with four options): ask again, record nothing.
        case unreadable
    }

    public var verdict: Verdict
    /// 0…1; partial credit in between.
    public var score: Double
    /// Why, in a sentence: "accepted: 'Petreus' for 'Petraeus'", "missing: the reason".
    public var reason: String

    public init(_ verdict: Verdict, score: Double, reason: String) {
        self.verdict = verdict
        self.score = score
        self.reason = reason
    }

    static func correct(_ reason: String = "correct") -> Grade { Grade(.correct, score: 1, reason: reason) }
    static func wrong(_ reason: String) -> Grade { Grade(.wrong, score: 0, reason: reason) }
}
