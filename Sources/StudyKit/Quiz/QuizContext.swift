/// What every question generator reads: the model, the part of the essay the quiz is about, and helpers to quote
/// sentences and rank them by importance.
public struct QuizContext: Sendable {
    public let model: KnowledgeModel
    /// Sentence indexes the quiz may ask about (a section, or the whole essay).
    public let sentences: Range<Int>
    /// Importance of each sentence in `sentences` (key-term coverage, section centrality), highest first.
    public let ranked: [Int]
    /// How many questions a generator makes at most (a quiz never needs more of one kind).
    public let limit: Int
    /// The argument map's relations by the sentence they point to, and by the sentence they start from.
    let relationsTo: [Int: [ArgumentMap.Relation]]
    let relationsFrom: [Int: [ArgumentMap.Relation]]
    /// Entity mentions by sentence: the entity's index in `model.entities` and the mention.
    let mentionsBySentence: [Int: [(entity: Int, mention: Entity.Mention)]]
    /// Key terms by sentence: indexes into `model.keyTerms`, best first.
    let termsBySentence: [Int: [Int]]
    /// Whether a quotation opened earlier in the paragraph is still open where each sentence starts.
    let opensInsideQuote: [Bool]

    public init(model: KnowledgeModel, section: Int?, limit: Int = 40) {
        self.model = model
        self.limit = limit
        relationsTo = Dictionary(grouping: model.argument.relations, by: \.to)
        relationsFrom = Dictionary(grouping: model.argument.relations, by: \.from)
        var mentions: [Int: [(entity: Int, mention: Entity.Mention)]] = [:]
        for (e, entity) in model.entities.enumerated() {
            for m in entity.mentions { mentions[m.sentence, default: []].append((e, m)) }
        }
        mentionsBySentence = mentions
        var terms: [Int: [Int]] = [:]
        for (t, term) in model.keyTerms.enumerated() {
            for i in term.sentences { terms[i, default: []].append(t) }
        }
        termsBySentence = terms
        opensInsideQuote = Self.quoteStates(model)
        if let n = section, let s = model.section(n) {
            sentences = model.paragraphs[s.paragraphs.lowerBound].sentences.lowerBound
                ..< model.paragraphs[s.paragraphs.upperBound - 1].sentences.upperBound
        } else {
            sentences = 0..<model.sentences.count
        }
        var weight = [Int: Double]()
        for term in model.keyTerms {
            for i in term.sentences where sentences.contains(i) { weight[i, default: 0] += term.score }
        }
        for s in model.sections where sentences.contains(s.centralSentence) { weight[s.centralSentence, default: 0] += 2 }
        ranked = Self.ranking(sentences, weight: weight)
    }

    /// `sentences` by weight, highest first, ties in document order. Only the weighted ones are sorted: the
    /// others (most of a long text) keep their order between the positive and the negative weights.
    static func ranking(_ sentences: Range<Int>, weight: [Int: Double]) -> [Int] {
        let weighted = weight.filter { $0.value != 0 }.map { (sentence: $0.key, weight: $0.value) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.sentence < $1.sentence }
        var ranked = weighted.prefix { $0.weight > 0 }.map(\.sentence)
        ranked.reserveCapacity(sentences.count)
        ranked += sentences.lazy.filter { weight[$0, default: 0] == 0 }
        ranked += weighted.drop { $0.weight > 0 }.map(\.sentence)
        return ranked
    }

    /// For each sentence, whether it starts inside a quotation opened earlier in its paragraph: one pass over the
    /// text's bytes (straight quotes alternate; curly ones open and close).
    static func quoteStates(_ model: KnowledgeModel) -> [Bool] {
        var states = [Bool](repeating: false, count: model.sentences.count)
        let bytes = Array(model.text.utf8)
        for p in model.paragraphs {
            var straight = false, curly = 0
            var k = p.range.lowerBound
            for i in p.sentences {
                let start = model.sentences[i].range.lowerBound
                while k < start && k < bytes.count {
                    if bytes[k] == 0x22 { straight.toggle() }
                    if bytes[k] == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80 {
                        if bytes[k + 2] == 0x9C { curly += 1 } else if bytes[k + 2] == 0x9D { curly = max(0, curly - 1) }
                    }
                    k += 1
                }
                states[i] = straight || curly > 0
            }
        }
        return states
    }

    /// The text of a sentence, as written.
    public func text(_ i: Int) -> String { model.text(of: model.sentences[i]) }
    /// The id of a sentence (`S3.2`).
    public func id(_ i: Int) -> String { model.sentences[i].id.description }
    /// The id of the section holding a sentence (`§2`).
    public func sectionID(_ i: Int) -> String? {
        model.sectionIndex(ofParagraph: model.sentences[i].paragraphIndex).map { model.sections[$0].id.description }
    }
    /// Number of words in a sentence.
    public func wordCount(_ i: Int) -> Int { model.sentences[i].tokens.count }

    /// A sentence shortened to at most `words` words, with an ellipsis when cut.
    public func shortened(_ i: Int, words: Int) -> String { Self.shortened(text(i), words: words) }

    static func shortened(_ t: String, words: Int) -> String {
        let parts = t.split(separator: " ")
        return parts.count <= words ? t : parts.prefix(words).joined(separator: " ") + " …"
    }

    /// Whether a sentence can stand alone as a question's material: long enough, not a question, and not opening
    /// with a word that points back to an earlier sentence.
    public func isSelfContained(_ i: Int, minimumWords: Int = 8, maximumWords: Int = 40) -> Bool {
        let n = wordCount(i)
        let t = text(i)
        guard n >= minimumWords, n <= maximumWords, !t.hasSuffix("?") else { return false }
        let first = t.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return !["this", "it", "these", "those", "they", "he", "she", "such", "however,", "but", "if", "yet", "and", "or", "so"].contains(first)
    }
}

extension QuizContext {
    /// Whether sentence `i` is written as a whole sentence: it opens with a capital (or a digit) and ends with a
    /// full stop or an exclamation mark (closing quotes or brackets aside). A salutation ("To the People of New
    /// York:") or a fragment left by a wrong split ("are questions which…") is no option to choose.
    public func isWholeSentence(_ i: Int) -> Bool {
        let t = text(i)
        guard let first = t.first(where: { $0.isLetter || $0.isNumber }), first.isUppercase || first.isNumber,
              let last = t.last(where: { !"”’\"')] ".contains($0) }) else { return false }
        return last == "." || last == "!"
    }

    /// Pronouns that need an earlier sentence to say what they stand for.
    static let pointingPronouns: Set<String> = ["it", "they", "them", "he", "she", "him", "her", "this", "these", "those"]
    /// Verbs a sentence cannot end on unless it leaves its predicate out ("perhaps it would be").
    static let ellipticalEnds: Set<String> = ["be", "is", "are", "was", "were", "do", "does", "did", "can", "could", "would",
                                              "will", "should", "have", "has", "had", "so", "too", "not"]

    /// Whether a sentence says something on its own, as a statement to judge or complete needs: no pronoun among
    /// its first five words that points back ("What they can do…", "Rebuilding it…"), no "that"/"this" standing
    /// for an earlier sentence ("For many children that is no longer true") nor an ordinal ("The first is that…"),
    /// and no predicate left out at its end.
    public func readsAlone(_ i: Int) -> Bool {
        let w = words(i)
        let opening = Array(w.prefix(5))
        if opening.contains(where: Self.pointingPronouns.contains) { return false }
        // "The first is that…": an ordinal standing for a noun named before.
        // (`words` leaves articles out.)
        if opening.count > 1, OrderGenerator.ordinals.contains(opening[0]), ["is", "was", "are", "were"].contains(opening[1]) {
            return false
        }
        for k in opening.indices.dropLast() where ["that", "this"].contains(opening[k])
            && ["is", "was", "are", "were", "will", "would", "can", "has", "had", "means", "shows"].contains(opening[k + 1]) {
            return false
        }
        return !(w.last.map(Self.ellipticalEnds.contains) ?? true)
    }

    /// The argument map of the model.
    public var argument: ArgumentMap { model.argument }

    /// Whether a sentence is in the part of the essay the quiz is about.
    public func inScope(_ i: Int) -> Bool { sentences.contains(i) }

    /// The role of a sentence and its confidence.
    public func role(_ i: Int) -> (ArgumentRole, Double)? {
        guard argument.assignments.indices.contains(i) else { return nil }
        let a = argument.assignments[i]
        return (a.role, a.confidence)
    }

    /// The key terms in sentence `i` (indexes into `model.keyTerms`, best first).
    public func keyTerms(in i: Int) -> [Int] { termsBySentence[i] ?? [] }

    /// The entity mentions in sentence `i`, with the index of their entity in `model.entities`.
    public func mentions(in i: Int) -> [(entity: Int, mention: Entity.Mention)] { mentionsBySentence[i] ?? [] }

    /// The relations pointing at sentence `i`.
    public func relations(to i: Int) -> [ArgumentMap.Relation] { relationsTo[i] ?? [] }
    /// The relations starting from sentence `i`.
    public func relations(from i: Int) -> [ArgumentMap.Relation] { relationsFrom[i] ?? [] }

    /// Sentences that support `i` through a link the analysis is sure of (a marker or shared words, not position).
    public func strongSupports(of i: Int) -> [Int] {
        relations(to: i).filter { $0.kind == .supports && !$0.weak }.map(\.from)
    }

    /// Content words of a sentence (no stop words, numbers or very short words), lower-cased, in order.
    public func contentWords(_ i: Int) -> [String] {
        model.tokens[model.sentences[i].tokens].filter { !$0.flags.contains(.stopWord) && !$0.flags.contains(.numeric) }
            .map { model.word(of: $0) }.filter { $0.count > 3 }
    }

    /// The stems of the content words of a sentence (no stop words or numbers).
    func contentStems(_ i: Int) -> Set<Int32> {
        Set(model.tokens[model.sentences[i].tokens].lazy.filter { !$0.flags.contains(.stopWord) && !$0.flags.contains(.numeric) }.map(\.stem))
    }

    /// Picks up to `count` distractor sentences from `pool` (drawn at random with the seeded generator, so the cost
    /// does not grow with the text) that share no sentence with `avoid`, are not quoted, and whose shortened text
    /// differs from every option so far.
    public func distractors(from pool: [Int], avoiding avoid: Set<Int>, count: Int, words: Int,
                            random: inout SeededGenerator) -> [Int] {
        var picked: [Int] = []
        var tried = Set<Int>()
        // Sentences to avoid often repeat (a restated thesis): each different text is shortened once.
        var avoidedTexts = Set<String>()
        var texts = Set<String>()
        for a in avoid {
            let t = text(a)
            if avoidedTexts.insert(t).inserted { texts.insert(Self.shortened(t, words: words)) }
        }
        var attempts = 0
        while picked.count < count, attempts < 60, tried.count < pool.count {
            attempts += 1
            let i = pool[Int(random.next() % UInt64(pool.count))]
            guard tried.insert(i).inserted, !avoid.contains(i) else { continue }
            let t = shortened(i, words: words)
            guard isSelfContained(i, minimumWords: 6, maximumWords: 80), isWholeSentence(i), !isQuoted(i),
                  texts.insert(t).inserted else { continue }
            picked.append(i)
        }
        return picked
    }
}
