/// Turns the component probabilities of an essay's sentences into one coherent reading of the whole: one main
/// thesis (the author's own words, never a question, a quotation or someone else's view) and at most one
/// restatement in another paragraph, and one claim per body paragraph where some sentence is likely enough to be
/// one (a second only when it is very likely). Every other sentence takes its most probable component that the
/// reading still allows. The floors were chosen on the annotated essays (`study train --evaluate`).
public struct ComponentDecoder: Sendable {
    /// The main thesis needs at least this probability of being a major claim.
    public var thesisFloor = 0.15
    /// A restatement needs at least this probability.
    public var restatementFloor = 0.4
    /// A body paragraph's likeliest claim needs at least this probability.
    public var claimFloor = 0.3
    /// A second claim in a body paragraph needs at least this probability.
    public var secondClaimFloor = 0.9

    public init() {}

    /// The decoded essay: a component per sentence and the thesis sentences (main first).
    struct Reading: Sendable, Equatable {
        let components: [ArgumentComponent]
        let thesis: [Int]
    }

    /// - Parameters:
    ///   - probabilities: per sentence, the probability of each component (`ArgumentComponent.allCases` order).
    ///   - paragraphs: the sentence range of each paragraph.
    ///   - excluded: sentences that may not be the thesis (questions, quotations, others' views).
    func decode(_ probabilities: [[Double]], paragraphs: [Range<Int>], excluded: (Int) -> Bool) -> Reading {
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
        if let main = best(probabilities.indices), probabilities[main][mc] >= thesisFloor {
            thesis.append(main)
            if let again = best(probabilities.indices.filter { paragraphOf[$0] != paragraphOf[main] }),
               probabilities[again][mc] >= restatementFloor {
                thesis.append(again)
            }
        }
        var components = probabilities.indices.map { k in
            thesis.contains(k) ? ArgumentComponent.majorClaim : likeliest(k) { $0 != .majorClaim }
        }

        // One claim per body paragraph (a second only when very likely).
        if paragraphs.count >= 3 {
            for r in paragraphs.dropFirst().dropLast() where !r.isEmpty {
                let open = r.filter { components[$0] != .majorClaim }
                let head = open.max { probabilities[$0][cl] < probabilities[$1][cl] || (probabilities[$0][cl] == probabilities[$1][cl] && $0 > $1) }
                for k in open {
                    if k == head, probabilities[k][cl] >= claimFloor {
                        components[k] = .claim
                    } else if components[k] == .claim, probabilities[k][cl] < secondClaimFloor {
                        components[k] = likeliest(k) { $0 != .majorClaim && $0 != .claim }
                    }
                }
            }
        }
        return Reading(components: components, thesis: thesis)
    }
}
