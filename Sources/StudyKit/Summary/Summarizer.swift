import Foundation

/// How long a summary may be.
public enum SummaryBudget: Sendable, Equatable {
    /// At most this many sentences.
    case sentences(Int)
    /// At most this many words (at least one sentence).
    case words(Int)
    /// About this share (0…1) of the selection's words (at least one sentence).
    case ratio(Double)
}

/// An extractive summary: sentences of the text, in document order, each with the score it was chosen by.
public struct Summary: Sendable {
    public struct Line: Sendable {
        /// Index into `KnowledgeModel.sentences`.
        public let sentence: Int
        public let score: SummaryScore
        /// 1-based order in which it was chosen (1 = the most relevant).
        public let rank: Int
    }

    /// The chosen sentences, in document order.
    public let lines: [Line]
    /// The sentences the summary was chosen from.
    public let sentences: Range<Int>
    /// Every sentence's score before selection (indexed like `sentences`, relative to its lower bound), so other
    /// services (the argument digest, `outline --summaries`) can rank sentences the same way.
    public let scores: [SummaryScore]
    /// The point of the selection, always among the lines when it exists: the thesis of the whole text, or the main
    /// claim of a part (see `Summarizer.point(of:)`). Nil when the argument map found none or the text does not argue
    /// its thesis (`ArguedThesis`: a news report), whose summary is then the most relevant sentences.
    public let point: Int?

    public var sentenceIndexes: [Int] { lines.map(\.sentence) }

    /// The score of a sentence of the selection (nil outside it).
    public func score(of sentence: Int) -> SummaryScore? {
        sentences.contains(sentence) ? scores[sentence - sentences.lowerBound] : nil
    }
}

/// Picks the sentences that best summarise an essay, a section or a range of paragraphs. The scoring is documented
/// in `SummaryScore`; this type computes its parts and runs the selection:
///
/// 1. the point (the thesis, or the part's main claim) is chosen first when the text argues its thesis
///    (`ArguedThesis`); a text that only reports, such as a news article, has no point to keep;
/// 2. then, by MMR, the candidate with the best `SummaryScore.choice` that is neither a near-repeat of a chosen
///    sentence nor a formula of address or a standing quotation (`StandAlone`);
/// 3. a sentence that leans on the one before it ("If it does, …") comes with that sentence when the budget has room
///    for both, and is passed over otherwise; one that opens with a pronoun standing for a name ("He said") also
///    reads on its own after a chosen sentence that names someone it can refer to.
///
/// Everything is near-linear in the length of the text: the TextRank graph is sparse (`SentenceRank`), and MMR
/// compares candidates only with the few sentences already chosen, within a pool of the most relevant.
public struct Summarizer: Sendable {
    public let model: KnowledgeModel
    /// The argument-role weight of a sentence (index into `model.sentences`): a multiplier, 1 for background.
    public let roleWeight: @Sendable (Int) -> Double

    /// How many sentences back a summary line may reach for the antecedent it leans on.
    static let antecedentReach = 2
    /// Two sentences more similar than this (TF-IDF cosine) are never both chosen.
    public var duplicateSimilarity = 0.6

    public init(model: KnowledgeModel, roleWeight: @escaping @Sendable (Int) -> Double = { _ in 1 }) {
        self.model = model
        self.roleWeight = roleWeight
        arguedThesis = ArguedThesis.of(model)
    }

    /// The main thesis when the text argues it (`ArguedThesis`), else nil: a text that does not argue has no point
    /// a summary must keep.
    let arguedThesis: Int?

    /// The budget used when none is given: 5 sentences for the whole essay, 3 for a part of it, 2 for a short part,
    /// never more than a third of the sentences (at least 1).
    public static func defaultBudget(for selection: Selection, sentenceCount: Int) -> Int {
        let wanted: Int
        switch selection {
        case .all: wanted = 5
        default: wanted = sentenceCount <= 8 ? 2 : 3
        }
        return max(1, min(wanted, (sentenceCount + 2) / 3))
    }

    /// The budget of a section's line in an outline: two sentences, or one for a section of fewer than 4 (two leave
    /// room for a main claim that leans on the sentence before it).
    public static func outlineBudget(sentenceCount: Int) -> SummaryBudget {
        .sentences(sentenceCount >= 4 ? 2 : 1)
    }

    /// Summarises a selection of the essay.
    public func summarize(_ selection: Selection = .all, budget: SummaryBudget? = nil) -> Summary {
        let range = selection.sentenceIndexes(in: model)
        let b = budget ?? .sentences(Self.defaultBudget(for: selection, sentenceCount: range.count))
        return summarize(sentences: range, budget: b, point: point(of: range))
    }

    /// The point of a run of sentences, from the argument map: the main thesis when the run holds it, else the first
    /// restatement of the thesis inside it, else its strongest claim (by the role's score × confidence) among those
    /// that read on their own; nil when the run has none of these, and always nil when the text does not argue its
    /// thesis (`ArguedThesis`): on the BBC dev news, keeping the thesis the map finds there cost 0.01 ROUGE.
    public func point(of range: Range<Int>) -> Int? {
        let map = model.argument
        guard arguedThesis != nil else { return nil }
        if let t = map.thesis.first(where: { range.contains($0) }) { return t }
        let standAlone = StandAlone(model: model)
        var best: (Int, Double)?
        for a in map.assignments where a.role == .claim && range.contains(a.sentence) {
            if standAlone.leansBack(a.sentence) { continue }
            let strength = a.score * a.confidence
            if best == nil || strength > best!.1 { best = (a.sentence, strength) }
        }
        return best?.0
    }

    /// Summarises a run of sentences; `point`, when given, is always among the lines.
    public func summarize(sentences range: Range<Int>, budget: SummaryBudget, point: Int? = nil) -> Summary {
        let vectors = SentenceVectors(model: model, sentences: range)
        let scores = score(range, vectors: vectors)
        let required = point.flatMap { range.contains($0) ? $0 : nil }
        let chosen = select(range, vectors: vectors, scores: scores, budget: budget, required: required)
        let lines = chosen.enumerated()
            .map { rank, pick in Summary.Line(sentence: pick.sentence, score: pick.score, rank: rank + 1) }
            .sorted { $0.sentence < $1.sentence }
        let kept = required.flatMap { r in lines.contains { $0.sentence == r } ? r : nil }
        return Summary(lines: lines, sentences: range, scores: scores, point: kept)
    }

    // MARK: - Scoring

    func score(_ range: Range<Int>, vectors v: SentenceVectors) -> [SummaryScore] {
        let n = range.count
        guard n > 0 else { return [] }
        let centrality = normalised(SentenceRank().rank(v))
        let frequency = normalised(frequencyDensity(v))
        let position = positions(range)
        return (0..<n).map { k in
            SummaryScore(centrality: centrality[k], frequency: frequency[k], position: position[k],
                         role: roleWeight(range.lowerBound + k), form: form(range.lowerBound + k, contentWords: v.length(k)))
        }
    }

    private func normalised(_ xs: [Double]) -> [Double] {
        let top = xs.max() ?? 0
        return top > 0 ? xs.map { $0 / top } : xs.map { _ in 0 }
    }

    /// How much of the text's recurring vocabulary each sentence carries (after Luhn 1958 and SumBasic, Nenkova &
    /// Vanderwende 2005): the sum, over its content tokens, of the number of sentences holding the token's stem,
    /// divided by (its content tokens)^`frequencyLengthDamping`, so that longer sentences gain, but less than in
    /// proportion.
    func frequencyDensity(_ v: SentenceVectors) -> [Double] {
        (0..<v.count).map { k in
            var sum = 0.0, tokens = 0.0
            for e in v.entries(k) {
                sum += Double(v.counts[e]) * Double(v.df[Int(v.stems[e])])
                tokens += Double(v.counts[e])
            }
            return tokens > 0 ? sum / pow(tokens, Self.frequencyLengthDamping) : 0
        }
    }

    /// The exponent of a sentence's length in `frequencyDensity` (1 would be a plain mean, 0 a plain sum).
    static let frequencyLengthDamping = 0.7

    /// Half place in the selection (opening paragraph 1, decaying to 0.4 past the middle, closing paragraph 0.7),
    /// half place in the paragraph (first sentence 1, last 0.6, others 0.3).
    func positions(_ range: Range<Int>) -> [Double] {
        guard let first = range.first, let last = range.last else { return [] }
        let p0 = model.sentences[first].paragraphIndex
        let p1 = model.sentences[last].paragraphIndex
        let span = p1 - p0
        return range.map { i in
            let s = model.sentences[i]
            let k = s.paragraphIndex - p0
            let place: Double
            if k == 0 { place = 1 } else if k == span { place = 0.7 } else {
                place = max(0.4, 1 - 1.2 * Double(k) / Double(span))
            }
            let count = model.paragraphs[s.paragraphIndex].sentences.count
            let inParagraph: Double = s.number == 1 ? 1 : s.number == count ? 0.6 : 0.3
            return 0.5 * place + 0.5 * inParagraph
        }
    }

    /// 1, lowered for questions and very short or very long sentences.
    func form(_ i: Int, contentWords: Int) -> Double {
        let s = model.sentences[i]
        var f = 1.0
        let text = model.text(of: s)
        if let last = text.unicodeScalars.last(where: { !" \"'’”)\n".unicodeScalars.contains($0) }), last == "?" { f *= 0.55 }
        if contentWords < 5 { f *= 0.5 }
        if s.tokens.count > 60 { f *= 0.8 }
        return f
    }

    // MARK: - Selection

    /// The selection described on the type: the required sentence first, then MMR over a pool of the most relevant
    /// sentences, with antecedents brought along and formulas passed over. Returns the picks in the order chosen.
    func select(_ range: Range<Int>, vectors v: SentenceVectors, scores: [SummaryScore], budget: SummaryBudget,
                required: Int?) -> [(sentence: Int, score: SummaryScore)] {
        let n = range.count
        guard n > 0 else { return [] }
        let lengths = range.map { model.sentences[$0].tokens.count }
        let totalWords = lengths.reduce(0, +)
        var maxSentences = n
        var maxWords = Int.max
        switch budget {
        case .sentences(let k): maxSentences = max(0, min(k, n))
        case .words(let w): maxWords = max(w, 1)
        case .ratio(let r): maxWords = max(1, Int((Double(totalWords) * r).rounded()))
        }
        guard maxSentences > 0 else { return [] }
        let averageLength = max(1, totalWords / n)
        let expected = min(maxSentences, maxWords == Int.max ? maxSentences : maxWords / averageLength + 1)
        let standAlone = StandAlone(model: model)
        // Candidates: the most relevant sentences that have content, formulas last; the pool is wide enough for MMR
        // to skip repeats and sentences that lean on others.
        var order = (0..<n).filter { v.length($0) > 0 }
        if order.isEmpty { order = Array(0..<n) }
        order.sort { scores[$0].relevance != scores[$1].relevance ? scores[$0].relevance > scores[$1].relevance : $0 < $1 }
        // The pool counts distinct sentences: copies of one sentence (same words) take one place, so a text that
        // repeats a sentence often still offers as many different ones as it has.
        let poolSize = max(6 * expected, 60)
        var pool: [Int] = []
        var seenWords = Set<[Int32]>()
        for k in order where pool.count < poolSize {
            if seenWords.insert(wordNumbers(range.lowerBound + k)).inserted { pool.append(k) }
        }
        // Redundancy is tracked for the pool and the sentences just before them (possible antecedents).
        let tracked = Array(Set(pool.flatMap { c in (max(0, c - Self.antecedentReach)...c) })).sorted()
        let formula = Set(tracked.filter { standAlone.isFormula(range.lowerBound + $0) })
        var redundancy = [Double](repeating: 0, count: n)
        var taken = [Bool](repeating: false, count: n)
        var chosenWords = Set<[Int32]>()
        var dense = [Double](repeating: 0, count: v.dimension)
        var chosen: [(sentence: Int, score: SummaryScore)] = []
        var words = 0
        // The first chosen sentence naming each kind of referent: a pronoun standing for a name ("He said") reads on
        // its own after it.
        var earliestNaming: [StandAlone.Referent: Int] = [:]

        func fits(_ k: Int, extra: Int = 0) -> Bool {
            maxWords == Int.max || words + lengths[k] + extra <= maxWords
        }
        func take(_ k: Int) {
            taken[k] = true
            var s = scores[k]
            s.redundancy = redundancy[k]
            chosen.append((range.lowerBound + k, s))
            chosenWords.insert(wordNumbers(range.lowerBound + k))
            for r in standAlone.namedReferents(range.lowerBound + k) { earliestNaming[r] = min(earliestNaming[r] ?? k, k) }
            words += lengths[k]
            for e in v.entries(k) { dense[Int(v.stems[e])] = v.weights[e] }
            for c in tracked where !taken[c] {
                var dot = 0.0
                for e in v.entries(c) { dot += v.weights[e] * dense[Int(v.stems[e])] }
                redundancy[c] = max(redundancy[c], dot)
            }
            for e in v.entries(k) { dense[Int(v.stems[e])] = 0 }
        }
        func repeats(_ k: Int) -> Bool { chosenWords.contains(wordNumbers(range.lowerBound + k)) }
        func usable(_ k: Int) -> Bool {
            !taken[k] && redundancy[k] <= duplicateSimilarity && !formula.contains(k) && !repeats(k)
        }
        func resolved(_ k: Int) -> Bool {
            guard let reach = standAlone.antecedentReach(range.lowerBound + k) else { return true }
            if (max(0, k - reach)..<k).contains(where: { taken[$0] }) { return true }
            guard let r = standAlone.nameReferent(range.lowerBound + k), let named = earliestNaming[r] else { return false }
            return named < k
        }
        /// What taking `k` takes: `k` alone when it reads on its own or one of its possible antecedents is chosen;
        /// else `k` and the most relevant of those antecedents that reads on its own; else `k` and the sentences
        /// before it, back to one that reads on its own (at most `antecedentReach` back).
        func unit(_ k: Int) -> [Int]? {
            guard !resolved(k), let reach = standAlone.antecedentReach(range.lowerBound + k) else { return [k] }
            let window = (max(0, k - reach)..<k).filter { usable($0) && standAlone.antecedentReach(range.lowerBound + $0) == nil }
            if let best = window.max(by: { scores[$0].relevance != scores[$1].relevance ? scores[$0].relevance < scores[$1].relevance : $0 > $1 }) {
                return [k, best]
            }
            var u = [k]
            var j = k
            while !resolved(j) {
                guard j > 0, u.count <= Self.antecedentReach, usable(j - 1) else { return nil }
                j -= 1
                u.append(j)
            }
            return u
        }

        if let r = required.map({ $0 - range.lowerBound }), fits(r) {
            // The point comes first, with the sentences it leans on when the budget has room for them.
            if let u = unit(r), u.count <= maxSentences, fits(r, extra: u.dropFirst().reduce(0) { $0 + lengths[$1] }) {
                for j in u.reversed() { take(j) }
            } else {
                take(r)
            }
        }
        // First only units that read on their own, valued by their mean choice per sentence (a sentence that needs
        // its antecedent is worth taking only when the pair beats the sentences it displaces); then, when the budget
        // is still not filled, any distinct sentence, so a summary of N sentences has N whenever the text has them.
        while chosen.count < maxSentences, maxWords == Int.max || words < maxWords {
            var best: [Int] = []
            var bestValue = -Double.infinity
            for c in pool where usable(c) {
                guard let u = unit(c), chosen.count + u.count <= maxSentences,
                      fits(c, extra: u.dropFirst().reduce(0) { $0 + lengths[$1] }) else { continue }
                let value = u.reduce(0.0) { total, j in
                    var s = scores[j]
                    s.redundancy = redundancy[j]
                    return total + s.choice
                } / Double(u.count)
                if value > bestValue { bestValue = value; best = u }
            }
            guard !best.isEmpty else { break }
            for j in best.reversed() { take(j) }
        }
        for c in order where chosen.count < maxSentences && usable(c) && fits(c) { take(c) }
        for c in order where chosen.count < maxSentences && !taken[c] && !repeats(c) && fits(c) { take(c) }
        if chosen.isEmpty, maxWords != Int.max, let shortest = order.prefix(5).min(by: { lengths[$0] < lengths[$1] }) {
            // Nothing fits: the shortest of the best few rather than nothing.
            take(shortest)
        }
        return chosen
    }

    /// The sentence's words (as word numbers), for spotting copies of a sentence.
    private func wordNumbers(_ i: Int) -> [Int32] {
        model.tokens[model.sentences[i].tokens].map(\.word)
    }
}
