/// The kinds of question the quiz asks. The raw value is the kind's one name: in `--kinds`, on the screen, in
/// CSV and JSON, and in Tab completion.
public enum QuestionKind: String, Codable, Sendable, CaseIterable {
    case thesis, reason, objection, attribution, trueFalse = "true-false", cloze, role, evidence, order, match, explain
    /// A typed front/back card, e.g. imported from Anki (`import anki`); never made by the quiz generators.
    case card
}

/// One question, complete in itself: its text, options, accepted answers, hints and the ids of the sentences that
/// hold the answer. A session stores the whole value, so it replays exactly even after the generators change.
public struct Question: Codable, Equatable, Sendable {
    /// A key point that an open answer must mention: any of `words` (lower-case stems or words) counts.
    public struct KeyPoint: Codable, Equatable, Sendable {
        public var point: String
        public var words: [String]
        /// The sentence that makes the point, as written, and its id: an answer that contradicts it is told so.
        public var sentence: String?
        public var evidence: String?

        public init(point: String, words: [String], sentence: String? = nil, evidence: String? = nil) {
            self.point = point
            self.words = words
            self.sentence = sentence
            self.evidence = evidence
        }
    }

    public var kind: QuestionKind
    /// The question as the reader sees it.
    public var prompt: String
    /// For multiple choice (and true/false): the options, in the order shown.
    public var options: [String]?
    /// The right answer: the correct option's text, the typed answer, or for `order` the items in the author's order.
    public var answer: String
    /// Other typed answers that are also right.
    public var accepted: [String]
    /// For `order`: the items in the author's order (shown shuffled as `options`).
    public var order: [String]?
    /// For `explain`: the points a good answer mentions.
    public var keyPoints: [KeyPoint]?
    /// Sentence ids (`S6.3`) that hold the answer.
    public var evidence: [String]
    /// The section the question is about (`§2`), if one.
    public var section: String?
    /// A first and a stronger hint.
    public var hints: [String]
    /// Said after grading, before the evidence: why the answer is right.
    public var explanation: String
    /// Why the question could be made: the signal in the text its key was checked against (`why` shows it).
    public var basis: String?

    public init(kind: QuestionKind, prompt: String, options: [String]? = nil, answer: String, accepted: [String] = [],
                order: [String]? = nil, keyPoints: [KeyPoint]? = nil, evidence: [String], section: String?,
                hints: [String], explanation: String, basis: String? = nil) {
        self.kind = kind
        self.prompt = prompt
        self.options = options
        self.answer = answer
        self.accepted = accepted
        self.order = order
        self.keyPoints = keyPoints
        self.evidence = evidence
        self.section = section
        self.hints = hints
        self.explanation = explanation
        self.basis = basis
    }

    private enum CodingKeys: String, CodingKey {
        case kind, prompt, options, answer, accepted, order, keyPoints, evidence, section, hints, explanation, basis
    }

    /// Decodes a question; the lists a hand-written bank may leave out default to empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(QuestionKind.self, forKey: .kind)
        prompt = try c.decode(String.self, forKey: .prompt)
        options = try c.decodeIfPresent([String].self, forKey: .options)
        answer = try c.decode(String.self, forKey: .answer)
        accepted = try c.decodeIfPresent([String].self, forKey: .accepted) ?? []
        order = try c.decodeIfPresent([String].self, forKey: .order)
        keyPoints = try c.decodeIfPresent([KeyPoint].self, forKey: .keyPoints)
        evidence = try c.decode([String].self, forKey: .evidence)
        section = try c.decodeIfPresent(String.self, forKey: .section)
        hints = try c.decodeIfPresent([String].self, forKey: .hints) ?? []
        explanation = try c.decodeIfPresent(String.self, forKey: .explanation) ?? ""
        basis = try c.decodeIfPresent(String.self, forKey: .basis)
    }

    /// Whether the reader picks from `options`.
    public var isMultipleChoice: Bool { options != nil && order == nil }

    /// The question with its options in another seeded order (a retake or review does not repeat positions); the
    /// answer and, for `order`, the author's order stay as they are.
    public func reshuffled(seed: UInt64) -> Question {
        guard let options, options.count > 1, options.first != "True" else { return self }
        var random = SeededGenerator(seed: seed)
        var copy = self
        copy.options = options.shuffled(using: &random)
        if order != nil, copy.options == options { copy.options = Array(options.reversed()) }
        if let order {
            copy.answer = order.compactMap { copy.options?.firstIndex(of: $0) }.map { String(Character(UnicodeScalar(UInt8(65 + $0)))) }
                .joined(separator: " ")
        }
        return copy
    }

    /// The index of the right option, for multiple choice.
    public var answerIndex: Int? { options?.firstIndex(of: answer) }
}
