import StudyKit

/// What a running quiz reports to the session log.
enum QuizEvent {
    case hint(question: Int, number: Int)
    case skip(question: Int)
    case answer(question: Int, text: String, grade: Grade)
    case override(question: Int)
    case undo(question: Int)
    case quizEnded(reason: String)
}
