import Foundation

/// Turns the component probabilities of an essay's sentences into one coherent reading of the whole: one main
/// thesis (the author's own words, never a question, a quotation or someone else's view) and at most one
/// restatement in another paragraph (`ThesisDecoder`), and one claim per body paragraph where some sentence is likely enough to be
/// one (a second only when it is very likely). Every other sentence takes its most probable component that the
/// reading still allows. The floors were chosen on the annotated essays (`study train --evaluate`).
public struct ComponentDecoder: Sendable {
    /// The main thesis needs at least this probability of being a major claim.
    public var thesisFloor = 0.05
    /// A restatement needs at least this score (its probability plus `restatementOverlap` × its shared words).
    public var restatementFloor = 0.35
    /// A body paragraph's likeliest claim needs at least this probability.
    public var claimFloor = 0.3
    /// A second claim in a body paragraph needs at least this probability.
    public var secondClaimFloor = 0.9
    /// How much sharing the main thesis's words adds to a restatement candidate's probability.
    public var restatementOverlap = 0.3
    /// How much sharing the main thesis's words adds to a body paragraph's claim candidates.
    public var claimOverlap = 0.2
    /// How much a sentence's claim probability counts towards the thesis pair (see `ThesisDecoder`).
    public var thesisClaimWeight = 0.0
    /// The most paragraphs of the essays the model learned from (a title, an introduction, up to four body
    /// paragraphs, a conclusion). Their layout puts the thesis at the end of the introduction and the start of the
    /// conclusion, which the model's position features learned; a text with more paragraphs is not laid out so.
    public var trainedLayoutParagraphs = 6
    /// How a text with more paragraphs than `trainedLayoutParagraphs` finds its thesis: the best pair of a
    /// position and its restatement, a position being what the model takes for a major claim or a claim (where a
    /// student would put a claim, an op-ed or a speech argues its point), the restatement's shared words counting as
    /// much as its probability. Not chosen on the annotated essays (none is that long), but on what the pair means.
    public var longText = ThesisDecoder(floor: 0.05, restatementFloor: 0.3, overlap: 1, claimWeight: 0.5, candidates: 12)
    /// Whether a body paragraph's claim is the sentence that gains most by being a claim rather than a premise
    /// (the log odds of the two), instead of the likeliest claim.
    public var claimByOdds = false

    public init() {}

    /// The decoded essay: a component per sentence and the thesis sentences (main first).
    struct Reading: Sendable, Equatable {
        let components: [ArgumentComponent]
        let thesis: [Int]
        /// How sure the thesis is (0…1): its score against the best reading without it.
        var thesisConfidence = 0.0
        /// The claims found weighed without their place in the paragraph (`LongTextClaims`), with the probability
        /// of a position that gave them.
        var placeFree: [Int: Double] = [:]
    }

    /// - Parameters:
    ///   - probabilities: per sentence, the probability of each component (`ArgumentComponent.allCases` order).
    ///   - paragraphs: the sentence range of each paragraph.
    ///   - stems: the distinct content stems of each sentence (for overlap with the thesis).
    ///   - excluded: sentences that may not be the thesis (questions, quotations, others' views).
    func decode(_ probabilities: [[Double]], paragraphs: [Range<Int>], stems: [[Int32]], excluded: (Int) -> Bool) -> Reading {
        let cl = ArgumentComponent.claim.index
        /// The likeliest component of a sentence among those allowed.
        func likeliest(_ k: Int, allowing allowed: (ArgumentComponent) -> Bool) -> ArgumentComponent {
            var top = ArgumentComponent.premise
            var p = -1.0
            for c in ArgumentComponent.allCases where allowed(c) && probabilities[k][c.index] > p {
                top = c
                p = probabilities[k][c.index]
            }
            return top
        }
        var paragraphOf = Array(repeating: 0, count: probabilities.count)
        for (p, r) in paragraphs.enumerated() { for k in r { paragraphOf[k] = p } }

        // The thesis: a statement and its restatement, chosen as a pair.
        let thesisDecoder = paragraphs.count > trainedLayoutParagraphs ? longText
            : ThesisDecoder(floor: thesisFloor, restatementFloor: restatementFloor, overlap: restatementOverlap,
                            claimWeight: thesisClaimWeight, candidates: 1)
        let found = thesisDecoder.decode(probabilities, paragraphOf: paragraphOf, stems: stems, excluded: excluded)
        let thesis = found.sentences, overlap = found.overlap
        var components = probabilities.indices.map { k in
            thesis.contains(k) ? ArgumentComponent.majorClaim : likeliest(k) { $0 != .majorClaim }
        }

        // One claim per body paragraph (a second only when very likely).
        if paragraphs.count >= 3 {
            for r in paragraphs.dropFirst().dropLast() where !r.isEmpty {
                let open = r.filter { components[$0] != .majorClaim }
                let pr = ArgumentComponent.premise.index
                let score = { (k: Int) in probabilities[k][cl] + claimOverlap * overlap[k] }
                let rank = { (k: Int) in
                    claimByOdds ? Foundation.log(probabilities[k][cl] / max(probabilities[k][pr], 1e-9)) + claimOverlap * overlap[k] : score(k)
                }
                let head = open.max { rank($0) < rank($1) || (rank($0) == rank($1) && $0 > $1) }
                for k in open {
                    if k == head, score(k) >= claimFloor {
                        components[k] = .claim
                    } else if components[k] == .claim, probabilities[k][cl] < secondClaimFloor {
                        components[k] = likeliest(k) { $0 != .majorClaim && $0 != .claim }
                    }
                }
            }
        }
        return Reading(components: components, thesis: thesis, thesisConfidence: found.confidence)
    }

    /// Binary cosine of every sentence's content stems with one sentence's.
    static func overlaps(_ stems: [[Int32]], with main: Int) -> [Double] {
        let target = Set(stems[main])
        guard !target.isEmpty else { return Array(repeating: 0, count: stems.count) }
        return stems.map { list in
            list.isEmpty ? 0 : Double(list.filter(target.contains).count) / (Double(target.count) * Double(list.count)).squareRoot()
        }
    }
}
