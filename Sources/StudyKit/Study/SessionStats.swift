import Foundation

/// Accuracy over sessions: per question kind, per section, and per session in time order (the trend).
/// Accuracy is the mean score of the answered questions (partial credit counts in part); skipped ones count 0.
public struct SessionStats: Encodable, Sendable {
    public struct Bucket: Encodable, Sendable {
        public var name: String
        public var answered: Int
        public var score: Double
        public var accuracy: Double { answered == 0 ? 0 : score / Double(answered) }

        private enum CodingKeys: String, CodingKey { case name, answered, score, accuracy }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(answered, forKey: .answered)
            try c.encode((score * 100).rounded() / 100, forKey: .score)
            try c.encode((accuracy * 1000).rounded() / 1000, forKey: .accuracy)
        }
    }

    public var sessions: Int
    public var answered: Int
    public var kinds: [Bucket]
    public var sections: [Bucket]
    /// One bucket a session with answers, oldest first, named by its date.
    public var trend: [Bucket]

    public init(sessions list: [StudySession]) {
        var kinds: [QuestionKind: Bucket] = [:]
        var sections: [String: Bucket] = [:]
        var trend: [Bucket] = []
        var total = 0
        for session in list.sorted(by: { $0.createdAt < $1.createdAt }) {
            var point = Bucket(name: SessionStore.timestamp(session.createdAt), answered: 0, score: 0)
            for item in session.digest.items where item.isAnswered || item.skipped {
                let kind = item.question.kind
                kinds[kind, default: Bucket(name: kind.rawValue, answered: 0, score: 0)].answered += 1
                kinds[kind]!.score += item.score
                let section = item.question.section ?? "whole essay"
                sections[section, default: Bucket(name: section, answered: 0, score: 0)].answered += 1
                sections[section]!.score += item.score
                point.answered += 1
                point.score += item.score
            }
            total += point.answered
            if point.answered > 0 { trend.append(point) }
        }
        self.sessions = list.count
        self.answered = total
        self.kinds = QuestionKind.allCases.compactMap { kinds[$0] }
        self.sections = sections.values.sorted {
            let a = Int($0.name.dropFirst()) ?? Int.max, b = Int($1.name.dropFirst()) ?? Int.max
            return a != b ? a < b : $0.name < $1.name
        }
        self.trend = trend
    }
}
