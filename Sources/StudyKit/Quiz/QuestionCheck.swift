/// The rules every question must keep, whether it comes from a quiz bank or a session file, so that what is shown
/// and graded always makes sense: 2 to 8 distinct options, a multiple-choice answer among them, an `order` question
/// whose items are its options and whose answer is their letters, and a hint count the shell can show.
public enum QuestionCheck {
    /// The range of option counts.
    public static let optionCounts = 2...8

    /// The first problem of a question, as (place under the question, what is wrong); nil when it is sound.
    public static func problem(_ q: Question) -> (place: String, problem: String)? {
        if let options = q.options {
            if !optionCounts.contains(options.count) {
                return ("options", "has \(options.count) options; a question has \(optionCounts.lowerBound) to \(optionCounts.upperBound)")
            }
            if Set(options).count != options.count { return ("options", "has the same option twice") }
            if q.order == nil && !options.contains(q.answer) {
                return ("answer", "'\(SafeText.clean(q.answer, limit: 60))' is not one of the options")
            }
        }
        if let order = q.order {
            guard let options = q.options else { return ("order", "an order question needs options and order") }
            if order.count != options.count || Set(order) != Set(options) {
                return ("order", "must list the same items as options")
            }
            let letters = order.map { OptionLetter.of(options.firstIndex(of: $0) ?? 0) }.joined(separator: " ")
            if q.answer != letters {
                return ("answer", "'\(SafeText.clean(q.answer, limit: 60))' does not match the order; it should be '\(letters)'")
            }
        }
        if q.kind == .order && q.order == nil { return ("order", "an order question needs options and order") }
        if q.hints.count > 10 { return ("hints", "has \(q.hints.count) hints; at most 10") }
        return nil
    }
}
