import Foundation

/// One change the reader made to the analysed model: which part, to what, and when. Each names its target by id
/// (`S6.3`, `P4`, `§2`) and by the text of its first sentence (`quote`), so a correction made on one version of an
/// essay is applied to the same sentence in another, or set aside when the sentence is gone, never to the wrong one.
public struct Correction: Codable, Equatable, Sendable {
    /// What is changed.
    public enum Action: String, Codable, Sendable, CaseIterable {
        /// The sentence is the thesis (its restatements follow).
        case thesis
        /// The sentence has the role in `value`.
        case role
        /// The sentence supports or attacks (`value`) the sentence `other`.
        case link
        /// No link between the sentence and `other`.
        case unlink
        /// Who holds the view: `value` ("author" for the author's own).
        case holder
        /// The sentence is evidence of the kind in `value`.
        case evidence
        /// A section starts at the paragraph.
        case sectionSplit = "section-split"
        /// The section and the next one (`other`) are one.
        case sectionMerge = "section-merge"
        /// The section is called `value`.
        case sectionName = "section-name"
    }

    public var action: Action
    /// The id the correction was made on: `S6.3`, `P4` or `§2`.
    public var target: String
    /// The text of the target's first sentence when the correction was made.
    public var quote: String
    /// The second id of `link`, `unlink` and `section-merge`.
    public var other: String?
    /// The text of `other`'s first sentence.
    public var otherQuote: String?
    /// The role, relation kind, holder, evidence kind or section name.
    public var value: String?
    /// When the reader made it.
    public var time: Date
    /// Only for a correction set aside: why it no longer applies.
    public var setAsideBecause: String?

    public init(action: Action, target: String, quote: String, other: String? = nil, otherQuote: String? = nil,
                value: String? = nil, time: Date = Date()) {
        self.action = action
        self.target = target
        self.quote = quote
        self.other = other
        self.otherQuote = otherQuote
        self.value = value
        self.time = time
    }

    /// One line that says what it does: `S8.8 is a prediction`, `§2 is called “Why help”`.
    public var summary: String {
        let v = value ?? ""
        switch action {
        case .thesis: return "\(target) is the thesis"
        case .role: return "\(target) is \(Self.article(v)) \(v)"
        case .link: return "\(target) \(v) \(other ?? "?")"
        case .unlink: return "\(target) and \(other ?? "?") are not linked"
        case .holder: return v == "author" ? "\(target) is the author's own view" : "\(target) is held by \(v)"
        case .evidence: return "\(target) is evidence (\(v))"
        case .sectionSplit: return "a section starts at \(target)"
        case .sectionMerge: return "\(target) and \(other ?? "?") are one section"
        case .sectionName: return "\(target) is called “\(v)”"
        }
    }

    /// How the model's reasons for a part the reader set begin: "set by you on 2026-12-06".
    public static let setByPrefix = "set by you on "

    /// Whether two corrections make the same change to the same text, whenever and under whichever ids made.
    public func makesSameChange(as other: Correction) -> Bool {
        action == other.action && quote == other.quote && otherQuote == other.otherQuote && value == other.value
    }

    static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}

/// A question the reader flagged as wrong: it is not asked again, leaves spaced review and is not exported. Any
/// question with the same kind, prompt and key (`ReviewDeck.key`) counts as the same question.
public struct QuestionFlag: Codable, Equatable, Sendable {
    /// `ReviewDeck.key` of the question.
    public var key: String
    public var kind: String
    public var prompt: String
    public var answer: String
    /// Why, in the reader's words ("wrong key", "ambiguous", "trivial").
    public var reason: String?
    public var time: Date

    public init(_ question: Question, reason: String?, time: Date = Date()) {
        key = ReviewDeck.key(question)
        kind = question.kind.rawValue
        prompt = question.prompt
        answer = question.answer
        self.reason = reason
        self.time = time
    }
}
