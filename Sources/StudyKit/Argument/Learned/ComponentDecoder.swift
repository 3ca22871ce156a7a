/// Turns the component probabilities of an essay's sentences into one coherent reading of the whole: one main
/// thesis (the author's own words, never a question, a quotation or someone else's view) and at most one
/// restatement in another paragraph, and one claim per body paragraph where some sentence is likely enough to be
/// one (a second only when it is very likely). Every other sentence takes its most probable component that the
/// reading still allows. The floors were chosen on the annotated essays (`study train --evaluate`).
public struct ComponentDecoder: Sendable {
    /// The main thesis needs at least this probability of being a major claim.
    public var thesisFloor = 0.05
    /// A restatement needs at least this probability.
    public var restatementFloor = 0.4
    /// A body paragraph's likeliest claim needs at least this probability.
    public var claimFloor = 0.3
    /// A second claim in a body paragraph needs at least this probability.
    public var secondClaimFloor = 0.9
    /// How much sharing the main thesis's words adds to a restatement candidate's probability.
    public var restatementOverlap = 0.3
    /// How much sharing the main thesis's words adds to a body paragraph's claim candidates.
    public var claimOverlap = 0.0

    public init() {}

    /// The decoded essay: a component per sentence and the thesis sentences (main first).
    struct Reading: Sendable, Equatable {
        let components: [ArgumentComponent]
        let thesis: [Int]
    }

    /// - Parameters:
    ///   - probabilities: per sentence, the probability of each component (`ArgumentComponent.allCases` order).
    ///   - paragraphs: the sentence range of each paragraph.
    ///   - stems: the distinct content stems of each sentence (for overlap with the thesis).
    ///   - excluded: sentences that may not be the thesis (questions, quotations, others' views).
    func decode(_ probabilities: [[Double]], paragraphs: [Range<Int>], stems: [[Int32]], excluded: (Int) -> Bool) -> Reading {
        let mc = ArgumentComponent.majorClaim.index, cl = ArgumentComponent.claim.index
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

        // The main thesis and a restatement.
        func best(_ candidates: some Sequence<Int>) -> Int? {
            var top: Int?
            for k in candidates where !excluded(k) {
                if top == nil || probabilities[k][mc] > probabilities[top!][mc] { top = k }
            }
            return top
        }
        var thesis: [Int] = []
        var overlap = Array(repeating: 0.0, count: probabilities.count)
        if let main = best(probabilities.indices), probabilities[main][mc] >= thesisFloor {
            thesis.append(main)
            overlap = Self.overlaps(stems, with: main)
            var again: Int?
            var top = -1.0
            for k in probabilities.indices where paragraphOf[k] != paragraphOf[main] && !excluded(k) {
                let s = probabilities[k][mc] + restatementOverlap * overlap[k]
                if s > top { top = s; again = k }
            }
            if let again, top >= restatementFloor { thesis.append(again) }
        }
        var components = probabilities.indices.map { k in
            thesis.contains(k) ? ArgumentComponent.majorClaim : likeliest(k) { $0 != .majorClaim }
        }

        // One claim per body paragraph (a second only when very likely).
        if paragraphs.count >= 3 {
            for r in paragraphs.dropFirst().dropLast() where !r.isEmpty {
                let open = r.filter { components[$0] != .majorClaim }
                let score = { (k: Int) in probabilities[k][cl] + claimOverlap * overlap[k] }
                let head = open.max { score($0) < score($1) || (score($0) == score($1) && $0 > $1) }
                for k in open {
                    if k == head, score(k) >= claimFloor {
                        components[k] = .claim
                    } else if components[k] == .claim, probabilities[k][cl] < secondClaimFloor {
                        components[k] = likeliest(k) { $0 != .majorClaim && $0 != .claim }
                    }
                }
            }
        }
        return Reading(components: components, thesis: thesis)
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
