/// The argument of an essay: a role for every sentence, the relations between sentences, and who holds each view.
/// A small graph whose root is the thesis. Built by `ArgumentStage`.
public struct ArgumentMap: Sendable, Equatable {
    /// One thing that counted towards a sentence's role, with its weight (positive for the role, negative against).
    public struct Feature: Sendable, Equatable {
        public let name: String
        public let weight: Double
        public init(_ name: String, _ weight: Double) {
            self.name = name
            self.weight = weight
        }
    }

    /// The role of one sentence and why.
    public struct Assignment: Sendable, Equatable {
        /// Index into `KnowledgeModel.sentences`.
        public let sentence: Int
        /// The finer role: the component refined by rules on explicit signals (see `RoleClassifier`).
        public let role: ArgumentRole
        /// What the learned model and the essay-wide decoding made of the sentence.
        public let component: ArgumentComponent
        /// The model's probability of that component, 0…1.
        public let confidence: Double
        /// The component's score: the sum of the feature weights (before the softmax).
        public let score: Double
        /// The role of the runner-up component.
        public let alternative: ArgumentRole?
        /// For evidence, its kind.
        public let evidenceKind: EvidenceKind?
        /// What decided the role: the rule that refined it, if any (weight 0), then the features that weighed most
        /// for the component over the runner-up (value × weight difference), strongest first.
        public let features: [Feature]
        /// The sentence's probability of being a major claim (the thesis or its restatement).
        public let thesisScore: Double
        /// The features that weighed most for the major claim, strongest first.
        public let thesisFeatures: [Feature]
    }

    /// A directed link: `from` supports or attacks `to`.
    public struct Relation: Sendable, Equatable {
        public enum Kind: String, Sendable, Codable { case supports, attacks }
        public let kind: Kind
        /// Indexes into `KnowledgeModel.sentences`.
        public let from: Int
        public let to: Int
        /// True when only position or overlap suggests the link (no discourse marker, little shared vocabulary).
        public let weak: Bool
        /// Why the link was drawn, in a few words.
        public let basis: String
    }

    /// Who holds the view a sentence states or reports, when it is not the author.
    public struct Attribution: Sendable, Equatable {
        /// The holder as written ("a cynic", "the National Intelligence Estimate", "critics").
        public let holder: String
        /// The words that mark it ("might suggest", "according to", "knows").
        public let cue: String
        /// UTF-8 byte range of the holder in the model's text.
        public let range: Range<Int>
        /// Whether the holder is a source the author relies on or agrees with ("according to X", "what the world
        /// knows") rather than a view the author reports in order to answer it ("a cynic might suggest").
        public let isSource: Bool
    }

    /// One assignment per sentence, in sentence order.
    public let assignments: [Assignment]
    /// Links between sentences; every chain of `to`s ends at the thesis (or, when weak, at a sentence left unlinked).
    public let relations: [Relation]
    /// The thesis sentences: the main one first, then restatements (lower confidence).
    public let thesis: [Int]
    /// Attribution by sentence index (only sentences that have one).
    public let attributions: [Int: Attribution]

    public init(assignments: [Assignment] = [], relations: [Relation] = [], thesis: [Int] = [],
                attributions: [Int: Attribution] = [:]) {
        self.assignments = assignments
        self.relations = relations
        self.thesis = thesis
        self.attributions = attributions
    }

    /// The role of a sentence.
    public func role(of sentence: Int) -> ArgumentRole? {
        assignments.indices.contains(sentence) ? assignments[sentence].role : nil
    }

    /// The main thesis sentence, if the essay has one.
    public var mainThesis: Int? { thesis.first }

    /// Relations that point at a sentence (its supporters and attackers), in reading order.
    public func relations(to sentence: Int) -> [Relation] {
        relations.filter { $0.to == sentence }.sorted { $0.from < $1.from }
    }

    /// Relations that start at a sentence.
    public func relations(from sentence: Int) -> [Relation] {
        relations.filter { $0.from == sentence }
    }

    /// Sentences with this role, in reading order.
    public func sentences(with role: ArgumentRole) -> [Int] {
        assignments.filter { $0.role == role }.map(\.sentence)
    }
}

extension ArgumentMap.Attribution {
    /// Whether the reader named the holder (`holder S9.1 …`): the cue is then their note, not words of the text.
    public var isSetByReader: Bool { cue.hasPrefix(Correction.setByPrefix) }
}

extension ArgumentMap.Assignment {
    /// The same sentence with a role the reader set (see `CorrectionApplier`): full confidence, the reader's note as
    /// its only feature, the model's role kept as the runner-up and its learned component unchanged.
    func setByReader(_ role: ArgumentRole, evidenceKind: EvidenceKind?, note: String) -> Self {
        Self(sentence: sentence, role: role, component: component, confidence: 1, score: score,
             alternative: self.role == role ? alternative : self.role,
             evidenceKind: role == .evidence ? (evidenceKind ?? self.evidenceKind ?? .unspecified) : nil,
             features: [ArgumentMap.Feature(note, 1)], thesisScore: thesisScore, thesisFeatures: thesisFeatures)
    }
}
