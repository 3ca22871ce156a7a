/// The part a sentence plays in the scheme of the annotated essays the role model learned from (Stab & Gurevych's
/// argument annotated essays): the author's main position, a claim, a premise, or none of these. The finer
/// `ArgumentRole` refines it where the text gives an explicit signal.
public enum ArgumentComponent: String, Sendable, Codable, CaseIterable {
    /// The author's main position: the thesis and its restatements.
    case majorClaim = "major-claim"
    /// A position that argues for or against the major claim.
    case claim
    /// A reason, evidence or answer given for or against a claim.
    case premise
    /// Not part of the argument: introduction, narration, signposting.
    case none

    /// Its index in `allCases` (the column of the model's weights).
    var index: Int {
        switch self {
        case .majorClaim: 0
        case .claim: 1
        case .premise: 2
        case .none: 3
        }
    }

    /// The corpus's own name for it (`MajorClaim`, `Claim`, `Premise`, `None`).
    var corpusName: String {
        switch self {
        case .majorClaim: "MajorClaim"
        case .claim: "Claim"
        case .premise: "Premise"
        case .none: "None"
        }
    }
}
