/// How much a sentence is worth to a summary, in parts, so `summarize --explain` can show where its score came from.
///
/// The whole scoring, in one place (centrality, frequency and position are scaled to 0…1 within the text being
/// summarised):
///
/// ```
/// base      = 0.2 × centrality + 0.8 × frequency + 0 × position
/// relevance = base × role × form
/// choice    = λ × relevance − (1 − λ) × redundancy            (MMR, Carbonell & Goldstein 1998)
/// ```
///
/// Measured on the 296 BBC dev articles (`score.py summary`, ROUGE-2 with k reference sentences): the weights and the
/// length exponent of `frequency` were chosen there on a plain grid; centrality and frequency each help the other
/// (alone about 0.745 and 0.73 on the reference sentence split, together 0.79 before the readability rules).
///
/// - **centrality**: the sentence's TextRank over BM25 similarity (`SentenceRank`), divided by the highest.
/// - **frequency**: how frequent its content words are in the text, on average (Luhn 1958; SumBasic), divided by
///   the highest. Central sentences that are also dense in the text's recurring words are what readers (and the
///   reference summaries of the dev set) pick.
/// - **position**: where it stands (the opening paragraph and the topic sentence of a paragraph score highest).
///   Measured on the dev set, it does not help once centrality and frequency are in, so its weight is 0; it is
///   still shown by `--explain`. It does help on essays whose reference is their topic sentences, but a switch on
///   "argumentative text" cannot be made from the thesis confidence: the argument map finds a thesis with
///   confidence ≥ 0.65 in 60 of 99 BBC articles, as in the fixture essays (0.65–0.92).
/// - **role**: a multiplier from `Summarizer.roleWeight` (1 unless a caller gives one). The shell gives none: on the
///   BBC dev set the argument map's role weights cost 0.03 ROUGE-2 (0.736 against 0.765), and weighing every
///   sentence by the learned model's major-claim probability (× (1 + β·p)) cost 0.005 at β = 0.3 and 0.028 at
///   β = 1. The point of an argumentative text is kept another way: the thesis or main claim is chosen first, where
///   the text argues its thesis (`ArguedThesis`).
/// - **form**: 1, lowered for sentences that make poor summary lines: questions (× 0.55), very short sentences
///   (fewer than 5 content words, × 0.5), very long ones (over 60 words, × 0.8).
/// - **redundancy**: the highest TF-IDF cosine to a sentence already chosen. A sentence more similar than
///   `Summarizer.duplicateSimilarity` (0.6) to one already chosen is never chosen while others remain.
public struct SummaryScore: Sendable, Equatable, Codable {
    public static let centralityWeight = 0.2
    public static let frequencyWeight = 0.8
    public static let positionWeight = 0.0
    /// λ of MMR: the share of the choice given to relevance (the rest penalises redundancy).
    public static let lambda = 0.75

    public var centrality: Double
    public var frequency: Double
    public var position: Double
    public var role: Double
    public var form: Double
    /// Similarity to the sentences chosen before it (filled in during selection).
    public var redundancy: Double = 0

    public init(centrality: Double, frequency: Double, position: Double, role: Double = 1, form: Double = 1,
                redundancy: Double = 0) {
        self.centrality = centrality
        self.frequency = frequency
        self.position = position
        self.role = role
        self.form = form
        self.redundancy = redundancy
    }

    /// The weighted sum of the content parts.
    public var base: Double {
        Self.centralityWeight * centrality + Self.frequencyWeight * frequency + Self.positionWeight * position
    }

    /// How much the sentence is worth on its own.
    public var relevance: Double { base * role * form }

    /// The MMR value it was chosen by.
    public var choice: Double { Self.lambda * relevance - (1 - Self.lambda) * redundancy }
}
