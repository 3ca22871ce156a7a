import Foundation

/// Okapi BM25, the standard ranking function of text retrieval: a term's weight in a sentence grows with how often
/// it occurs there (saturating, controlled by `k1`) and shrinks with the sentence's length relative to the average
/// (controlled by `b`); rare terms count more (`idf`). Lucene's form of the idf, which is never negative.
public struct BM25: Sendable, Equatable {
    /// Term-frequency saturation (1.2: a second occurrence adds about half as much as the first).
    public var k1: Double
    /// Length normalisation, 0 (none) to 1 (full).
    public var b: Double

    public init(k1: Double = 1.2, b: Double = 0.75) {
        self.k1 = k1
        self.b = b
    }

    /// Inverse document frequency: `ln(1 + (N − df + 0.5) / (df + 0.5))` for a term in `df` of `N` sentences.
    public static func idf(documentFrequency df: Int, documents n: Int) -> Double {
        log(1 + (Double(n - df) + 0.5) / (Double(df) + 0.5))
    }

    /// The saturated, length-normalised frequency: `tf·(k1+1) / (tf + k1·(1 − b + b·len/avgLen))`.
    public func termWeight(frequency tf: Int, length: Int, averageLength: Double) -> Double {
        guard tf > 0 else { return 0 }
        let t = Double(tf)
        let norm = averageLength > 0 ? Double(length) / averageLength : 1
        return t * (k1 + 1) / (t + k1 * (1 - b + b * norm))
    }

    /// One term's score in one sentence: idf × term weight.
    public func score(frequency tf: Int, length: Int, averageLength: Double, idf: Double) -> Double {
        idf * termWeight(frequency: tf, length: length, averageLength: averageLength)
    }
}
