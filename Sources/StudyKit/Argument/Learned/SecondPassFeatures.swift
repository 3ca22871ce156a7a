import Foundation

/// The features of the model's second pass: a sentence read again with the first pass's component probabilities
/// of itself, of the sentences before and after it in its paragraph, and of the rest of its paragraph and essay
/// (whether it is its paragraph's likeliest claim, how far it falls behind the one that is), each with where it
/// stands. A body paragraph has one claim and the first pass scores each sentence alone; the second pass learns
/// how a sentence's chances depend on its neighbours'. It is trained on the first pass's out-of-fold
/// probabilities (`ComponentModelTrainer`), so it learns from probabilities as unsure as the ones it will read.
///
/// Every name starts with `prefix`, which no first-pass feature does, so both passes share one weights file.
enum SecondPassFeatures {
    /// What every second-pass feature name starts with.
    static let prefix = "second pass: "

    private static let components = ArgumentComponent.allCases.map(\.rawValue)
    private static let kinds = ComponentFeatures.kinds
    private static let places = ["first", "middle", "last", "only"]
    private static let ranks = ["1st", "2nd", "3rd or later"]

    /// The families of names, each a slot range of `names`.
    private enum Family: Int, CaseIterable {
        case always, own, ownIn, logOwn, likeliestIn, previous, next, placeIn, claimRankIn, majorRankIn,
             majorRankInEssay, claimGapIn, otherClaimIn, otherMajorIn

        var count: Int {
            let c = SecondPassFeatures.components.count, k = SecondPassFeatures.kinds.count
            switch self {
            case .always: return 1
            case .own, .logOwn, .previous, .next: return c
            case .ownIn, .likeliestIn: return c * k
            case .placeIn: return SecondPassFeatures.places.count * k
            case .claimRankIn, .majorRankIn: return SecondPassFeatures.ranks.count * k
            case .majorRankInEssay: return SecondPassFeatures.ranks.count
            case .claimGapIn, .otherClaimIn, .otherMajorIn: return k
            }
        }

        /// The name of member `i` of this family.
        func name(_ i: Int) -> String {
            let c = SecondPassFeatures.components, k = SecondPassFeatures.kinds
            let r = SecondPassFeatures.ranks, pl = SecondPassFeatures.places
            switch self {
            case .always: return "always"
            case .own: return "first pass: \(c[i])"
            case .ownIn: return "first pass: \(c[i % c.count]), in \(k[i / c.count])"
            case .logOwn: return "first pass: log \(c[i])"
            case .likeliestIn: return "first pass's likeliest: \(c[i % c.count]), in \(k[i / c.count])"
            case .previous: return "previous sentence's first pass: \(c[i])"
            case .next: return "next sentence's first pass: \(c[i])"
            case .placeIn: return "\(pl[i % pl.count]) sentence of \(k[i / pl.count])"
            case .claimRankIn: return "\(r[i % r.count]) likeliest claim of \(k[i / r.count])"
            case .majorRankIn: return "\(r[i % r.count]) likeliest major claim of \(k[i / r.count])"
            case .majorRankInEssay: return "\(r[i]) likeliest major claim of the text"
            case .claimGapIn: return "behind its paragraph's likeliest claim, in \(k[i])"
            case .otherClaimIn: return "likeliest other claim of its paragraph, in \(k[i])"
            case .otherMajorIn: return "likeliest other major claim of its paragraph, in \(k[i])"
            }
        }
    }

    private static let offsets: [Int] = {
        var o: [Int] = [], n = 0
        for f in Family.allCases { o.append(n); n += f.count }
        return o
    }()

    /// Every second-pass feature name, in slot order.
    static let names: [String] = Family.allCases.flatMap { f in (0..<f.count).map { prefix + f.name($0) } }

    /// The second-pass features of every sentence as (slot in `names`, value), from the first pass's
    /// probabilities and the paragraphs' sentence ranges.
    static func extract(_ p: [[Double]], paragraphs: [Range<Int>]) -> [[(slot: Int, value: Double)]] {
        let c = components.count
        let mc = ArgumentComponent.majorClaim.index, cl = ArgumentComponent.claim.index
        let paragraphCount = paragraphs.count
        // Rank of each sentence by major-claim probability in the whole text (ties: the earlier first).
        var majorRankInText = Array(repeating: 2, count: p.count)
        let byMajor = p.indices.sorted { p[$0][mc] > p[$1][mc] || (p[$0][mc] == p[$1][mc] && $0 < $1) }
        for (r, k) in byMajor.prefix(2).enumerated() { majorRankInText[k] = r }

        var result: [[(slot: Int, value: Double)]] = Array(repeating: [], count: p.count)
        for (pi, range) in paragraphs.enumerated() where !range.isEmpty {
            let kind = paragraphCount == 1 ? 0 : pi == 0 ? 1 : pi == paragraphCount - 1 ? 2 : 3
            /// Rank of a sentence in its paragraph by one component's probability.
            func rank(_ k: Int, _ col: Int) -> Int {
                var above = 0
                for j in range where p[j][col] > p[k][col] || (p[j][col] == p[k][col] && j < k) { above += 1 }
                return min(above, 2)
            }
            let topClaim = range.map { p[$0][cl] }.max() ?? 0
            for k in range {
                var out: [(slot: Int, value: Double)] = []
                out.reserveCapacity(40)
                func add(_ family: Family, _ i: Int, _ value: Double = 1) {
                    if value != 0 { out.append((offsets[family.rawValue] + i, value)) }
                }
                add(.always, 0)
                let own = p[k]
                var likeliest = 0
                for j in 0..<c {
                    add(.own, j, own[j])
                    add(.ownIn, kind * c + j, own[j])
                    add(.logOwn, j, Foundation.log(max(own[j], 1e-4)))
                    if own[j] > own[likeliest] { likeliest = j }
                }
                add(.likeliestIn, kind * c + likeliest)
                if k > range.lowerBound { for j in 0..<c { add(.previous, j, p[k - 1][j]) } }
                if k + 1 < range.upperBound { for j in 0..<c { add(.next, j, p[k + 1][j]) } }
                let place = range.count == 1 ? 3 : k == range.lowerBound ? 0 : k == range.upperBound - 1 ? 2 : 1
                add(.placeIn, kind * places.count + place)
                add(.claimRankIn, kind * ranks.count + rank(k, cl))
                add(.majorRankIn, kind * ranks.count + rank(k, mc))
                add(.majorRankInEssay, majorRankInText[k])
                add(.claimGapIn, kind, topClaim - own[cl])
                var otherClaim = 0.0, otherMajor = 0.0
                for j in range where j != k {
                    otherClaim = max(otherClaim, p[j][cl])
                    otherMajor = max(otherMajor, p[j][mc])
                }
                add(.otherClaimIn, kind, otherClaim)
                add(.otherMajorIn, kind, otherMajor)
                result[k] = out
            }
        }
        return result
    }
}

extension ComponentModel {
    /// The component probabilities of a text's sentences from their first-pass features: the second pass's when
    /// the model has one (else the first's), and each sentence's features of both passes, as `explain` shows them.
    func read(_ first: [[ComponentFeatures.Row]], paragraphs: [Range<Int>])
        -> (probabilities: [[Double]], features: [[ComponentFeatures.Row]]) {
        let p = first.map(probabilities)
        let rows = SecondPassFeatures.names.map { table.row($0).map(Int32.init) ?? -1 }
        guard rows[0] >= 0 else { return (p, first) }
        let second = SecondPassFeatures.extract(p, paragraphs: paragraphs).map { list in
            list.compactMap { rows[$0.slot] >= 0 ? ComponentFeatures.Row(row: rows[$0.slot], value: $0.value) : nil }
        }
        return (second.map(probabilities), zip(first, second).map { $0 + $1 })
    }
}
