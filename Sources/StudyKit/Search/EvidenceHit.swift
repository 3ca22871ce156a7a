/// One sentence found by `EvidenceIndex`, with its score and what made it up.
public struct EvidenceHit: Sendable, Equatable {
    /// Index into `KnowledgeModel.sentences`.
    public let sentence: Int
    /// The final score; comparable only within one search.
    public let score: Double
    /// The parts the score was made from (`--explain`).
    public let parts: ScoreParts
    /// UTF-8 byte ranges (into the model's text) of the words that matched, in order, for highlighting.
    public let matches: [Range<Int>]
    /// Which query word matched which word of the sentence, in query order: ("help", "aiding").
    public let matchedTerms: [MatchedTerm]
}

/// A query word and the sentence word that answered it.
public struct MatchedTerm: Sendable, Equatable {
    /// The word (or phrase) of the query.
    public let query: String
    /// The word (or phrase) in the sentence, lower-cased.
    public let sentence: String
    /// How it matched.
    public let kind: MatchKind
}

/// How a query word matched a sentence word.
public enum MatchKind: String, Sendable, Equatable, Codable {
    /// The same stem ("helping" for "help").
    case exact
    /// A synonym from the related-words table ("assist" for "help", "United Nations" for "UN").
    case synonym
    /// A related form of the word that the stemmer keeps apart ("democracy" for "democratic").
    case related
    /// A name: the word names an entity the sentence mentions ("Bush" for "President Bush").
    case entity
}

/// The parts of a score. `total = (bm25 + related + phrase + proximity + entity + keyTerm) × coverage`.
public struct ScoreParts: Sendable, Equatable {
    /// BM25 of the query words found as written (same stem).
    public var bm25: Double = 0
    /// BM25 of synonyms and related forms, scaled down by how close they are.
    public var related: Double = 0
    /// Query words that stand next to each other, in order, in the sentence.
    public var phrase: Double = 0
    /// Query words near each other (within a few words) in the sentence.
    public var proximity: Double = 0
    /// Query words that name an entity the sentence mentions.
    public var entity: Double = 0
    /// Query words that make up a key term the sentence carries.
    public var keyTerm: Double = 0
    /// Factor for how much of the query the sentence covers (rarer words weigh more), between a floor and 1.
    public var coverage: Double = 1
    /// The fraction of the query's content words (idf-weighted) found, 0…1.
    public var covered: Double = 0

    public init() {}

    /// The sum of the additive parts.
    public var sum: Double { bm25 + related + phrase + proximity + entity + keyTerm }
    /// The final score.
    public var total: Double { sum * coverage }
}
