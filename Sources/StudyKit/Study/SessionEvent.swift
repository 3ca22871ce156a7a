import Foundation

/// One thing that happened in a study session. A session is an append-only list of these; every field a replay
/// needs is stored in the event itself (a shown question carries its full text, options, answers and evidence).
public struct SessionEvent: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case command
        case quizStarted = "quiz-started"
        case question
        case answer
        case hint
        case skip
        case override
        /// The last grade was taken back (`undo`): that answer no longer counts, as if never given.
        case undo
        /// A quiz of an earlier session was continued (`resume`): the quiz number is the original one.
        case quizResumed = "quiz-resumed"
        case quizEnded = "quiz-ended"
        /// The reader corrected the model (`line`: what changed, e.g. "S6.3 is the thesis").
        case correction
        /// The reader flagged a question (`questionData`, `reason`) or took a flag back (`unflag`).
        case flag
        case unflag
    }

    public var kind: Kind
    /// When it happened (ISO 8601, UTC, in JSON).
    public var time: Date
    /// `command`: the line typed; `correction`, `flag`, `unflag`: what changed.
    public var line: String?
    /// The quiz's number within the session (1-based), for quiz events.
    public var quiz: Int?
    /// The question's index within its quiz (0-based), for question events.
    public var question: Int?
    /// `question`: the whole question as shown.
    public var questionData: Question?
    /// `answer`: what was typed, its grade, and seconds since the question was shown.
    public var answer: String?
    public var grade: Grade?
    public var seconds: Double?
    /// `hint`: which hint (1 or 2).
    public var hint: Int?
    /// `quiz-started`: the quiz's title and seed; `quiz-ended`: why ("done", "quit").
    public var title: String?
    public var seed: UInt64?
    public var reason: String?
    /// `quiz-started`: every question of the quiz, in order, so `resume` can ask the ones not reached.
    public var questions: [Question]?

    public init(kind: Kind, time: Date = Date(), line: String? = nil, quiz: Int? = nil, question: Int? = nil,
                questionData: Question? = nil, answer: String? = nil, grade: Grade? = nil, seconds: Double? = nil,
                hint: Int? = nil, title: String? = nil, seed: UInt64? = nil, reason: String? = nil,
                questions: [Question]? = nil) {
        self.questions = questions
        self.kind = kind
        self.time = time
        self.line = line
        self.quiz = quiz
        self.question = question
        self.questionData = questionData
        self.answer = answer
        self.grade = grade
        self.seconds = seconds
        self.hint = hint
        self.title = title
        self.seed = seed
        self.reason = reason
    }
}
