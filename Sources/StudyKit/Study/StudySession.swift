import Foundation

/// One run of the shell, as saved in `Sessions/*.json`: the essay it was about, the tool's version, the quiz seeds and
/// every event in order. The essay's text is kept once beside the sessions, by content hash (`SessionStore`), so a
/// replay works after the essay's file changes or goes. See `docs/session-format.md`.
public struct StudySession: Codable, Equatable, Sendable {
    /// The format's version; `SessionUpgrade` reads older ones and refuses newer ones.
    public static let currentSchemaVersion = 2

    /// The essay a session was about.
    public struct Essay: Codable, Equatable, Sendable {
        /// The file's name ("albright-iraq-2007.txt").
        public var source: String
        /// The path as given, or nil for the bundled essay.
        public var path: String?
        public var title: String
        /// SHA-256 of the normalised text (hex), as `KnowledgeModel.contentHash`.
        public var contentHash: String
        /// The normalised text itself; not in the session's JSON (schema 2), which the store fills from
        /// `essays/HASH.txt` when it reads a session (schema 1 files carry it inline).
        public var text: String

        public init(source: String, path: String?, title: String, contentHash: String, text: String) {
            self.source = source
            self.path = path
            self.title = title
            self.contentHash = contentHash
            self.text = text
        }

        public init(model: KnowledgeModel) {
            self.init(source: model.source.name, path: model.source.path, title: model.displayTitle,
                      contentHash: model.contentHash, text: model.text)
        }

        enum CodingKeys: String, CodingKey { case source, path, title, contentHash, text }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            source = try c.decode(String.self, forKey: .source)
            path = try c.decodeIfPresent(String.self, forKey: .path)
            title = try c.decode(String.self, forKey: .title)
            contentHash = try c.decode(String.self, forKey: .contentHash)
            text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        }

        /// Everything but the text, which is stored once beside the sessions.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(source, forKey: .source)
            try c.encodeIfPresent(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encode(contentHash, forKey: .contentHash)
        }
    }

    public var schemaVersion: Int
    /// The file's name without `.json`: `2026-05-01T09-30-12-albright-iraq-2007`.
    public var id: String
    /// A name the user gave with `save NAME`.
    public var name: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// `StudyVersion.current` of the tool that wrote it.
    public var studyVersion: String
    public var essay: Essay
    /// The seeds of the quizzes asked, in order.
    public var seeds: [UInt64]
    public var events: [SessionEvent]

    public init(id: String, name: String? = nil, createdAt: Date, essay: Essay, events: [SessionEvent] = []) {
        self.schemaVersion = Self.currentSchemaVersion
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.studyVersion = StudyVersion.current
        self.essay = essay
        self.seeds = []
        self.events = events
        refresh()
    }

    /// Recomputes the fields derived from the events (seeds, updatedAt).
    public mutating func refresh() {
        seeds = events.compactMap { $0.kind == .quizStarted ? $0.seed : nil }
        if let last = events.last?.time { updatedAt = max(createdAt, last) }
    }

    /// The session as JSON (pretty, sorted keys, ISO 8601 dates).
    public func jsonData() throws -> Data {
        try Self.encoder.encode(self)
    }

    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(SessionDates.format(date))
        }
        return encoder
    }

    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let s = try c.decode(String.self)
            guard let date = SessionDates.parse(s) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an ISO 8601 date: \(s)")
            }
            return date
        }
        return decoder
    }

    /// What happened to each question, worked out from the events.
    public var digest: SessionDigest { SessionDigest(events: events) }
}

/// The questions of a session and what became of each: shown, answered (with grade, hints, time), skipped,
/// overridden, taken back. Built by walking the events once, so it always agrees with the file.
public struct SessionDigest: Sendable {
    public struct Item: Sendable {
        public var quiz: Int
        public var index: Int
        public var question: Question
        public var shownAt: Date?
        public var answer: String?
        public var grade: Grade?
        public var answeredAt: Date?
        public var seconds: Double?
        public var hints: Int = 0
        public var skipped = false
        public var overridden = false
        /// Grades taken back with `undo`, in order.
        public var undone: [Grade] = []

        /// Answered and graded (not skipped, not taken back).
        public var isAnswered: Bool { grade != nil }
        public var score: Double { grade?.score ?? 0 }
    }

    public struct Quiz: Sendable {
        public var number: Int
        public var title: String
        public var seed: UInt64?
        public var questions: [Question]
        public var startedAt: Date
        public var endedReason: String?
    }

    public private(set) var quizzes: [Quiz] = []
    /// Every question shown, in the order first shown.
    public private(set) var items: [Item] = []

    public init(events: [SessionEvent]) {
        var position: [String: Int] = [:]
        var lastGraded: [Int] = []
        func key(_ quiz: Int?, _ q: Int?) -> String { "\(quiz ?? 0)/\(q ?? 0)" }
        for e in events {
            switch e.kind {
            case .quizStarted:
                quizzes.append(Quiz(number: e.quiz ?? quizzes.count + 1, title: e.title ?? "Quiz", seed: e.seed,
                                    questions: e.questions ?? [], startedAt: e.time))
            case .question:
                guard let q = e.questionData else { continue }
                let k = key(e.quiz, e.question)
                if let i = position[k] {
                    items[i].shownAt = e.time
                } else {
                    position[k] = items.count
                    items.append(Item(quiz: e.quiz ?? 0, index: e.question ?? 0, question: q, shownAt: e.time))
                    if let qi = quizzes.firstIndex(where: { $0.number == e.quiz }), quizzes[qi].questions.count <= (e.question ?? 0) {
                        // Older files without the question list: collect the shown ones.
                        quizzes[qi].questions.append(q)
                    }
                }
            case .answer:
                guard let i = position[key(e.quiz, e.question)] else { continue }
                items[i].answer = e.answer
                items[i].grade = e.grade
                items[i].answeredAt = e.time
                items[i].seconds = e.seconds
                items[i].skipped = false
                lastGraded.append(i)
            case .hint:
                guard let i = position[key(e.quiz, e.question)] else { continue }
                items[i].hints = max(items[i].hints, e.hint ?? 1)
            case .skip:
                guard let i = position[key(e.quiz, e.question)] else { continue }
                items[i].skipped = true
            case .override:
                guard let i = lastGraded.last else { continue }
                items[i].grade = Grade(.correct, score: 1, reason: "marked right by you (override)")
                items[i].overridden = true
            case .undo:
                guard let i = lastGraded.popLast() else { continue }
                if let g = items[i].grade { items[i].undone.append(g) }
                items[i].grade = nil
                items[i].answer = nil
                items[i].overridden = false
            case .quizEnded:
                if let qi = quizzes.lastIndex(where: { $0.number == e.quiz }) { quizzes[qi].endedReason = e.reason }
            case .quizResumed:
                if let qi = quizzes.lastIndex(where: { $0.number == e.quiz }) { quizzes[qi].endedReason = nil }
            case .command, .correction, .flag, .unflag:
                break
            }
        }
    }

    /// Questions answered and graded.
    public var answered: [Item] { items.filter(\.isAnswered) }
    /// Questions asked: answered or skipped. The one definition of a score, used by every view: `score` out of
    /// `asked.count` (a skipped question counts as asked and scores 0; one shown but not yet answered does not).
    public var asked: [Item] { items.filter { $0.isAnswered || $0.skipped } }
    /// The total score of the answered questions.
    public var score: Double { answered.reduce(0) { $0 + $1.score } }
    /// Questions missed: answered with less than full marks, or skipped.
    public var missed: [Item] { items.filter { ($0.isAnswered && $0.score < 1) || (!$0.isAnswered && $0.skipped) } }

    /// The questions of a quiz still without a grade (never reached, skipped, or taken back), as indices.
    public func unanswered(in quiz: Quiz) -> [Int] {
        let graded = Set(items.filter { $0.quiz == quiz.number && $0.isAnswered }.map(\.index))
        return quiz.questions.indices.filter { !graded.contains($0) }
    }

    /// The last quiz with questions still to answer.
    public var resumableQuiz: Quiz? { quizzes.last { !unanswered(in: $0).isEmpty } }
}
