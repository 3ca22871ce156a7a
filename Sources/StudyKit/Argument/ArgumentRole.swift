/// The part a sentence plays in the essay's argument.
public enum ArgumentRole: String, Sendable, Codable, CaseIterable {
    /// The author's main position (usually one sentence, sometimes restated, e.g. in the conclusion).
    case thesis
    /// A position that supports or qualifies the thesis.
    case claim
    /// A reason given for a claim ("because…", "given…").
    case reason
    /// Evidence for a claim: a source, an example or precedent, a statistic or fact (see `EvidenceKind`).
    case evidence
    /// A point of the other side that the author grants ("although…", "admittedly…").
    case concession
    /// A view the author reports in order to answer it ("a cynic might suggest…", "critics say…").
    case objection
    /// The author's answer to a concession or objection ("but…", "however…").
    case rebuttal
    /// What someone should do ("should", "must", "ought to", "need to").
    case recommendation
    /// What will or would happen ("will", "would", "is unlikely to").
    case prediction
    /// A (rhetorical) question.
    case question
    /// Context that neither argues nor supports: narration, setting the scene.
    case background

    /// Roles that state a position of the author (the nodes claims hang from).
    public var isPosition: Bool {
        switch self {
        case .thesis, .claim, .recommendation, .prediction: return true
        default: return false
        }
    }

    /// Roles that hold a view the author answers.
    public var isOpposing: Bool { self == .concession || self == .objection }
}

/// What kind of evidence a sentence gives.
public enum EvidenceKind: String, Sendable, Codable, CaseIterable {
    /// A named source or authority ("according to the National Intelligence Estimate").
    case authority
    /// A precedent or example ("for example", what happened elsewhere).
    case example
    /// A statistic or a fact: a number that counts or measures something.
    case statistic
    /// Evidence whose kind the text does not show (a quotation whose speaker is not named): shown, never the key of
    /// a question.
    case unspecified
}
