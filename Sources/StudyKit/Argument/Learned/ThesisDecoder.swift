/// Finds an essay's thesis as a pair: a statement and its restatement in another paragraph, chosen together as the
/// pair whose major-claim probabilities and shared words score highest. An essay states its position and comes
/// back to it (the introduction's last sentence and the conclusion's first, in a student essay; the point an op-ed
/// reaches and the call of its last paragraph), so the sentence the text restates is a better thesis than the one
/// that is merely likeliest on its own. The earlier of the pair is the main thesis when the later one restates it
/// (they share a content word); two sentences that share none are two positions, not one said twice, and the
/// likelier is the main thesis (a speech that opens by greeting its audience and ends with its call). Without a
/// restatement likely enough, the thesis is the likeliest single sentence.
public struct ThesisDecoder: Sendable {
    /// The main thesis needs at least this probability of being a major claim.
    public var floor = 0.05
    /// A restatement needs at least this score (its probability plus `overlap` × its shared words).
    public var restatementFloor = 0.4
    /// How much sharing the statement's words (binary cosine of content stems) adds to a restatement's score.
    public var overlap = 0.3
    /// How much a sentence's claim probability adds to its score as a statement or restatement (a text not laid
    /// out like a student essay states its position where a student would put a claim).
    public var claimWeight = 0.0
    /// How many of the likeliest sentences are tried as the statement (keeps decoding linear in the text).
    public var candidates = 12

    public init(floor: Double, restatementFloor: Double, overlap: Double, claimWeight: Double, candidates: Int) {
        (self.floor, self.restatementFloor, self.overlap, self.claimWeight, self.candidates) =
            (floor, restatementFloor, overlap, claimWeight, candidates)
    }

    /// What the decoding found.
    struct Thesis {
        /// The thesis sentences, main first (empty when none is likely enough).
        let sentences: [Int]
        /// How sure the choice is: its score against the best reading that does without it (0…1).
        let confidence: Double
        /// Every sentence's overlap with the main one.
        let overlap: [Double]
    }

    func decode(_ probabilities: [[Double]], paragraphOf: [Int], stems: [[Int32]], excluded: (Int) -> Bool) -> Thesis {
        let mc = ArgumentComponent.majorClaim.index, cl = ArgumentComponent.claim.index
        return decode(probabilities, position: probabilities.map { $0[mc] + claimWeight * $0[cl] }, paragraphOf: paragraphOf,
                      stems: stems, excluded: excluded)
    }

    /// The same decoding with each sentence's score as a position given (the rule layer adds what the text states
    /// explicitly to the model's probabilities; see `ThesisChoice`).
    func decode(_ probabilities: [[Double]], position: [Double], paragraphOf: [Int], stems: [[Int32]],
                excluded: (Int) -> Bool) -> Thesis {
        let mc = ArgumentComponent.majorClaim.index
        let open = probabilities.indices.filter { !excluded($0) && probabilities[$0][mc] >= floor }
        let ranked = open.sorted { position[$0] > position[$1] || (position[$0] == position[$1] && $0 < $1) }
        guard let single = open.max(by: { probabilities[$0][mc] < probabilities[$1][mc] || (probabilities[$0][mc] == probabilities[$1][mc] && $0 > $1) }) else {
            return Thesis(sentences: [], confidence: 0, overlap: Array(repeating: 0, count: probabilities.count))
        }
        /// A reading's score against the best other one.
        func share(_ score: Double, _ rival: Double) -> Double { score + rival > 0 ? score / (score + rival) : 1 }

        var best: (score: Double, statement: Int, restatement: Int)?
        var pairs: [(score: Double, statement: Int)] = []
        for main in ranked.prefix(candidates) {
            let shared = ComponentDecoder.overlaps(stems, with: main)
            var partner: Int?
            var top = -1.0
            for k in probabilities.indices where paragraphOf[k] != paragraphOf[main] && !excluded(k) {
                let s = position[k] + overlap * shared[k]
                if s > top || (s == top && k < partner!) { top = s; partner = k }
            }
            guard let partner, top >= restatementFloor else { continue }
            let score = position[main] + top
            pairs.append((score, main))
            if best == nil || score > best!.score { best = (score, main, partner) }
        }
        guard let best, candidates > 1 || best.statement == single else {
            let rival = probabilities.indices.filter { $0 != single }.map { probabilities[$0][mc] }.max() ?? 0
            return Thesis(sentences: [single], confidence: share(probabilities[single][mc], rival),
                          overlap: ComponentDecoder.overlaps(stems, with: single))
        }
        let restates = ComponentDecoder.overlaps(stems, with: best.statement)[best.restatement] > 0
        let likelier = probabilities[best.restatement][mc] > probabilities[best.statement][mc] ? best.restatement : best.statement
        let first = restates ? min(best.statement, best.restatement) : likelier
        let second = first == best.statement ? best.restatement : best.statement
        let rival: Double
        if candidates > 1 {
            // The best pair stated by another sentence.
            rival = pairs.filter { $0.statement != first && $0.statement != second }.map(\.score).max() ?? 0
        } else {
            rival = probabilities.indices.filter { $0 != first && $0 != second }.map { probabilities[$0][mc] }.max() ?? 0
        }
        let score = candidates > 1 ? best.score : probabilities[best.statement][mc]
        return Thesis(sentences: [first, second], confidence: share(score, rival), overlap: ComponentDecoder.overlaps(stems, with: first))
    }
}
