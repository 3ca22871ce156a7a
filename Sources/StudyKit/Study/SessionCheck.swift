/// Checks a decoded session before anything uses it: every number in range (scores 0…1, seconds, quiz and
/// question numbers, hints), every question sound (`QuestionCheck`), the id and name safe as file names. The first
/// problem is one line naming the file and the exact place: `x.json: events[3].grade.score: 1e+20 is out of range (0 to 1)`.
public enum SessionCheck {
    /// The largest quiz number, question index and hint number a session may hold.
    public static let quizzes = 1...1_000_000
    public static let questionIndices = 0...9_999
    public static let hints = 0...10
    /// Seconds to answer: up to a year.
    public static let seconds = 0.0...31_536_000.0

    public static func validate(_ s: StudySession, name: String) throws(SessionError) {
        func fail(_ place: String, _ problem: String) -> SessionError { SessionError("\(name): \(place): \(problem)") }
        guard isSafeID(s.id) else { throw fail("id", "\(shown(s.id)) is not a session id (letters, digits, - and _)") }
        if let n = s.name, SessionStore.validName(n) == nil {
            throw fail("name", "\(shown(n)) is not a session name (letters, digits, - and _)")
        }
        for (i, e) in s.events.enumerated() {
            let at = "events[\(i)]"
            if let q = e.quiz, !quizzes.contains(q) { throw fail("\(at).quiz", "\(q) is out of range (1 to \(quizzes.upperBound))") }
            if let q = e.question, !questionIndices.contains(q) {
                throw fail("\(at).question", "\(q) is out of range (0 to \(questionIndices.upperBound))")
            }
            if let h = e.hint, !hints.contains(h) { throw fail("\(at).hint", "\(h) is out of range (0 to \(hints.upperBound))") }
            if let g = e.grade, !(g.score >= 0 && g.score <= 1) {
                throw fail("\(at).grade.score", "\(g.score) is out of range (0 to 1)")
            }
            if let t = e.seconds, !seconds.contains(t) {
                throw fail("\(at).seconds", "\(t) is out of range (0 to \(Int(seconds.upperBound)))")
            }
            if let q = e.questionData, let p = QuestionCheck.problem(q) { throw fail("\(at).questionData.\(p.place)", p.problem) }
            for (j, q) in (e.questions ?? []).enumerated() {
                if let p = QuestionCheck.problem(q) { throw fail("\(at).questions[\(j)].\(p.place)", p.problem) }
            }
        }
    }

    /// A name from the file as a message shows it: cleaned, shortened, and saying when control characters were cut.
    static func shown(_ s: String) -> String {
        let cleaned = SafeText.clean(s, limit: 60)
        return "'\(cleaned)'" + (cleaned == s ? "" : " (with control characters)")
    }

    /// An id as study makes them (`2026-05-01T09-30-12-essay-2`): letters, digits, `-`, `_` and `.`, not first.
    public static func isSafeID(_ id: String) -> Bool {
        SessionStore.isSafeReference(id) && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }
}
