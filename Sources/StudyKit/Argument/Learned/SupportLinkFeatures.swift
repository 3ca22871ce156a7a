/// The features of an ordered pair of sentences of one paragraph (a source that may support or attack a target),
/// which `SupportLinkModel` weighs, and the sentence features read back from its link probabilities (how much
/// support a sentence receives and gives in its paragraph), which `ComponentModel` weighs beside `ComponentFeatures`.
/// Pairs are at most `cap` sentences apart, so a paragraph costs its length times `cap`.
struct SupportLinkFeatures: Sendable {
    /// One ordered pair of sentences and its features by number.
    struct Pair: Sendable {
        let source: Int32
        let target: Int32
        let features: [ComponentFeatures.Row]
    }

    /// Words that, opening a sentence (after an opening marker), refer back to what came before.
    static let backReferences: Set<String> = ["this", "that", "it", "such", "these", "those", "they", "thus"]
    /// The per-sentence features (by name prefix) that a pair sees of its source and its target.
    static let keyParts = ["opens with", "marker '", "modal '", "a number", "several numbers", "names", "the author says 'I'",
                           "a question", "cites a source", "states someone else's view", "mentions someone else's view",
                           "shares the most words with", "shares words with the conclusion,", "shares words with the introduction,",
                           "shares words with the title,", "centrality", "key terms"]

    /// The pairs of every paragraph of the text, at most `cap` sentences apart, source before target in each paragraph's
    /// order of sources. `sentence` holds each sentence's `ComponentFeatures` by name.
    static func pairs<N: FeatureNumbering>(_ draft: AnalysisDraft, base: [SentenceFeatures], sentence: [[ComponentFeatures.Value]],
                                           cap: Int, numbering: inout N) -> [Pair] {
        let tokens = draft.tokens, words = draft.vocabulary.words
        let stems = ComponentFeatures.contentStems(draft)
        let paragraphCount = draft.paragraphs.count
        // What each sentence shows a pair: its key features, first word, opening cues, back-reference.
        var keys: [[ComponentFeatures.Value]] = []
        var first: [String] = [], cues: [[String]] = [], refers: [Bool] = []
        for (k, s) in draft.sentences.enumerated() {
            keys.append(sentence[k].filter { f in keyParts.contains { f.name.hasPrefix($0) } })
            let opening = tokens[s.tokens].prefix(3).map { words[Int($0.word)] }
            first.append(opening.first ?? "")
            cues.append(DiscourseMarkers.Cue.allCases.filter { base[k].opens($0) }.map { "\($0)" })
            let skip = base[k].initialCues != 0 ? 1 : 0
            refers.append(opening.dropFirst(skip).prefix(2).contains { backReferences.contains($0) })
        }
        var result: [Pair] = []
        for (p, paragraph) in draft.paragraphs.enumerated() {
            let kind = ComponentFeatures.kinds[paragraphCount == 1 ? 0 : p == 0 ? 1 : p == paragraphCount - 1 ? 2 : 3]
            let r = paragraph.sentences, n = r.count
            guard n >= 2 else { continue }
            func place(_ k: Int) -> String { k == r.lowerBound ? "first" : k == r.upperBound - 1 ? "last" : "middle" }
            // Each sentence's most similar sentence within the cap.
            var similar: [Int: Int] = [:]
            for a in r {
                var best = (-1, 0.0)
                for b in max(r.lowerBound, a - cap)...min(r.upperBound - 1, a + cap) where b != a {
                    let o = overlap(stems[a], stems[b])
                    if o > best.1 { best = (b, o) }
                }
                similar[a] = best.0
            }
            for s in r {
                for t in max(r.lowerBound, s - cap)...min(r.upperBound - 1, s + cap) where t != s {
                    let d = t - s, way = d > 0 ? "forward" : "backward"
                    var names: [(String, Double)] = [
                        ("always", 1), ("distance \(d)", 1), ("\(way) in \(kind)", 1),
                        ("distance \(d) in a paragraph of \(min(n, 7))", 1),
                        ("source \(place(s)), target \(place(t)), \(way)", 1),
                        ("source sentence \(min(s - r.lowerBound + 1, 4)), target \(min(t - r.lowerBound + 1, 4))", 1),
                        ("source \(min(r.upperBound - s, 4)) from the end, target \(min(r.upperBound - t, 4)) from the end", 1),
                        ("source word 1 '\(first[s])', \(way)", 1), ("target word 1 '\(first[t])', \(way)", 1),
                    ]
                    if cues[s].isEmpty { names.append(("source opens with no marker, \(way)", 1)) }
                    if cues[t].isEmpty { names.append(("target opens with no marker, \(way)", 1)) }
                    for c in cues[s] {
                        names.append(("source opens with a \(c) marker, \(way)", 1))
                        names.append(("source opens with a \(c) marker, distance \(d)", 1))
                        for e in cues[t] { names.append(("source opens with a \(c) marker, target with a \(e) marker", 1)) }
                    }
                    for c in cues[t] { names.append(("target opens with a \(c) marker, \(way)", 1)) }
                    if refers[s] { names.append(("source refers back, distance \(d)", 1)) }
                    if refers[t] { names.append(("target refers back, distance \(d)", 1)) }
                    let shared = overlap(stems[s], stems[t])
                    names.append(("shared words", shared))
                    if similar[s] == t { names.append(("target most similar to the source, \(way)", 1)) }
                    if similar[t] == s { names.append(("source most similar to the target, \(way)", 1)) }
                    names.append(("shared words \(shared == 0 ? "none" : shared < 0.15 ? "few" : shared < 0.3 ? "some" : "many")", 1))
                    for f in keys[s] { names.append(("source: " + f.name, f.value)) }
                    for f in keys[t] { names.append(("target: " + f.name, f.value)) }
                    var rows: [ComponentFeatures.Row] = []
                    for (name, value) in names where value != 0 {
                        if let id = numbering.number(name) { rows.append(ComponentFeatures.Row(row: id, value: value)) }
                    }
                    result.append(Pair(source: Int32(s), target: Int32(t), features: rows))
                }
            }
        }
        return result
    }

    /// Binary cosine of two sentences' content stems.
    static func overlap(_ x: [Int32], _ y: [Int32]) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var shared = 0
        for s in x where y.contains(s) { shared += 1 }
        return Double(shared) / (Double(x.count) * Double(y.count)).squareRoot()
    }

    /// What to read from the links: which paragraphs, crossed with the paragraph kind or not.
    struct Reading: Sendable {
        var bodyOnly = false
        var byKind = false
        /// Also each sentence's share of its paragraph's support, its rank by support received, and how many
        /// sentences give it their strongest link.
        var votes = false
    }

    /// The sentence features read from the link probabilities of the pairs (`probability[i]` is `pairs[i]`'s), by
    /// name, for each sentence of the text: support received and given (sum and strongest), their difference, and
    /// whether the sentence is its paragraph's most supported or least supporting one.
    static func sentenceFeatures(paragraphs: [Range<Int>], pairs: [Pair], probability: [Double], reading: Reading) -> [[ComponentFeatures.Value]] {
        let count = paragraphs.last?.upperBound ?? 0
        var incoming = Array(repeating: 0.0, count: count), outgoing = incoming, maxIn = incoming, maxOut = incoming
        var strongest = Array(repeating: -1, count: count), chosen = Array(repeating: 0, count: count)
        for (pair, p) in zip(pairs, probability) {
            let s = Int(pair.source), t = Int(pair.target)
            outgoing[s] += p; incoming[t] += p
            if p > maxOut[s] { strongest[s] = t }
            maxOut[s] = max(maxOut[s], p); maxIn[t] = max(maxIn[t], p)
        }
        for s in strongest.indices where strongest[s] >= 0 && maxOut[s] >= 0.25 { chosen[strongest[s]] += 1 }
        var result = Array(repeating: [ComponentFeatures.Value](), count: count)
        let paragraphCount = paragraphs.count
        for (p, r) in paragraphs.enumerated() {
            let kindIndex = paragraphCount == 1 ? 0 : p == 0 ? 1 : p == paragraphCount - 1 ? 2 : 3
            guard r.count >= 2, !reading.bodyOnly || kindIndex == 3 else { continue }
            let suffix = reading.byKind ? " in \(ComponentFeatures.kinds[kindIndex])" : ""
            let most = r.max { incoming[$0] < incoming[$1] || (incoming[$0] == incoming[$1] && $0 > $1) }!
            let least = r.min { outgoing[$0] < outgoing[$1] || (outgoing[$0] == outgoing[$1] && $0 > $1) }!
            for k in r {
                var out: [ComponentFeatures.Value] = []
                func add(_ name: String, _ value: Double = 1) {
                    if value != 0 { out.append(ComponentFeatures.Value(name: "link: " + name + suffix, value: value)) }
                }
                add("support received \(bucket(incoming[k], [0.3, 0.8, 1.5, 2.5]))")
                add("support received", min(incoming[k] / 3, 1))
                add("strongest support received \(bucket(maxIn[k], [0.25, 0.5, 0.75]))")
                add("support given \(bucket(outgoing[k], [0.3, 0.8, 1.5]))")
                add("support given", min(outgoing[k], 1))
                add("strongest support given \(bucket(maxOut[k], [0.25, 0.5, 0.75]))")
                let net = incoming[k] - outgoing[k]
                add("support received less given \(bucket(net, [-1, -0.3, 0.3, 1]))")
                if k == most { add("the most supported sentence of its paragraph") }
                if k == least { add("the least supporting sentence of its paragraph") }
                if reading.votes {
                    let total = r.reduce(0.0) { $0 + incoming[$1] }
                    add("share of its paragraph's support", total > 0 ? incoming[k] / total : 0)
                    let rank = r.filter { incoming[$0] > incoming[k] }.count
                    add("rank \(min(rank + 1, 3))\(rank >= 2 ? "+" : "") by support received")
                    add("the strongest link of \(min(chosen[k], 3))\(chosen[k] >= 3 ? "+" : "") sentences")
                    if chosen[k] > 0 && chosen[k] == r.map({ chosen[$0] }).max() { add("the strongest link of the most sentences of its paragraph") }
                }
                result[k] = out
            }
        }
        return result
    }

    /// The range a value falls in, named by its bounds ("under 0.3", "0.3-0.8", "2.5 or more").
    static func bucket(_ x: Double, _ bounds: [Double]) -> String {
        func f(_ b: Double) -> String { b == b.rounded() ? String(Int(b)) : String(b) }
        guard let i = bounds.firstIndex(where: { x < $0 }) else { return "\(f(bounds.last!)) or more" }
        return i == 0 ? "under \(f(bounds[0]))" : "\(f(bounds[i - 1]))-\(f(bounds[i]))"
    }
}
