/// How much a sentence is worth to a summary, in parts, so `summarize --explain` can show where its score came from.
///
/// The whole scoring, in one place (every part is scaled to 0…1 within the text being summarised):
///
/// ```
/// base      = 0.30 × centrality + 0.25 × centroid + 0.20 × keyTerms + 0.25 × position
/// relevance = base × role × form
/// choice    = 0.75 × relevance − 0.25 × redundancy            (MMR, Carbonell & Goldstein 1998)
/// ```
///
/// - **centrality**: the sentence's rank in a sparse LexRank graph (Erkan & Radev 2004): sentences are nodes,
///   edges join sentences that share a rare content stem and are weighted by the TF-IDF cosine of the shared part,
///   each sentence keeps its strongest `Summarizer.neighbours` edges, and PageRank (damping 0.85) is run by power
///   iteration. Divided by the highest rank in the selection.
/// - **centroid**: TF-IDF cosine between the sentence and the centroid of the selection (MEAD, Radev et al. 2004):
///   how squarely it is about what the whole text is about. Divided by the highest.
/// - **keyTerms**: the summed scores of the top 20 key terms (the essay's, or the section's) that the sentence
///   mentions, divided by √(its words, at least 8) so long sentences do not win by length alone. Divided by the
///   highest.
/// - **position**: where it stands. Half comes from its place in the selection (the opening paragraph scores 1,
///   decaying to 0.4 past the middle; the closing paragraph scores 0.7, since essays state their point at the start
///   and restate it at the end); half from its place in its paragraph (the topic sentence scores 1, the last 0.6,
///   those between 0.3).
/// - **role**: the argument role's weight (`Summarizer.roleWeight`; 1 when no argument map is known). A thesis or
///   main claim is worth more than background.
/// - **form**: 1, lowered for sentences that make poor summary lines: questions (× 0.55), very short sentences
///   (fewer than 5 content words, × 0.5), very long ones (over 60 words, × 0.8), and sentences that open by pointing
///   back (`This`, `It`, `Such`, `These`, × 0.85) since they read badly out of context.
/// - **redundancy**: the highest TF-IDF cosine to a sentence already chosen. A sentence more similar than
///   `Summarizer.duplicateSimilarity` (0.6) to one already chosen is never chosen.
public struct SummaryScore: Sendable, Equatable, Codable {
    public static let centralityWeight = 0.30
    public static let centroidWeight = 0.25
    public static let keyTermWeight = 0.20
    public static let positionWeight = 0.25
    /// λ of MMR: the share of the choice given to relevance (the rest penalises redundancy).
    public static let lambda = 0.75

    public var centrality: Double
    public var centroid: Double
    public var keyTerms: Double
    public var position: Double
    public var role: Double
    public var form: Double
    /// Similarity to the sentences chosen before it (filled in during selection).
    public var redundancy: Double = 0

    public init(centrality: Double, centroid: Double, keyTerms: Double, position: Double, role: Double = 1,
                form: Double = 1, redundancy: Double = 0) {
        self.centrality = centrality
        self.centroid = centroid
        self.keyTerms = keyTerms
        self.position = position
        self.role = role
        self.form = form
        self.redundancy = redundancy
    }

    /// The weighted sum of the four content parts.
    public var base: Double {
        Self.centralityWeight * centrality + Self.centroidWeight * centroid + Self.keyTermWeight * keyTerms
            + Self.positionWeight * position
    }

    /// How much the sentence is worth on its own.
    public var relevance: Double { base * role * form }

    /// The MMR value it was chosen by.
    public var choice: Double { Self.lambda * relevance - (1 - Self.lambda) * redundancy }
}
