import Foundation

/// How each sentence stands among the sentences of its paragraph, for `ComponentFeatures`: a body paragraph's claim
/// is the sentence the others support, so it shares more of its words with the rest of the paragraph, its
/// subject is more general (people, a plural without a determiner), it is told in the present rather than the past,
/// and the sentence after it often refers back to it. Each measure also names the sentence that ranks first and
/// last by it in its paragraph, since the decoder keeps one claim a paragraph. One pass over each paragraph:
/// linear in the text.
struct ParagraphStanding: Sendable {
    /// What a sentence's grammatical subject looks like, read from the words that open its main clause.
    enum Subject: Int, CaseIterable, Sendable {
        /// "I", "we": the author.
        case author
        /// "it", "this", "they": a word that refers back.
        case refersBack
        /// A plural noun without a determiner ("children learn …"): a kind, not an instance.
        case barePlural
        /// A verb's "-ing" form without a determiner ("learning a language …"): an activity in general.
        case gerund
        /// A quantifier ("all", "many", "most", "every"): a general statement about a group.
        case quantified
        /// "the", "this", "my": a particular thing already known.
        case definite
        /// "a", "an", "some": one instance.
        case indefinite
        /// A capitalised word inside the sentence: a name.
        case name

        var name: String {
            switch self {
            case .author: "its subject is the author"
            case .refersBack: "its subject refers back"
            case .barePlural: "its subject is a plural without a determiner"
            case .gerund: "its subject is an activity ('-ing')"
            case .quantified: "its subject is quantified ('all', 'many')"
            case .definite: "its subject has a definite determiner"
            case .indefinite: "its subject has an indefinite determiner"
            case .name: "its subject is a name"
            }
        }
    }

    /// The measures a sentence is ranked by within its paragraph.
    enum Measure: Int, CaseIterable, Sendable {
        case sharedWithRest, likeIntroductionEnd, likeConclusionStart, centrality, keyTerms, length

        /// The names of the paragraph's first and last sentence by this measure.
        var names: (most: String, least: String) {
            switch self {
            case .sharedWithRest: ("its paragraph's most shared sentence", "its paragraph's least shared sentence")
            case .likeIntroductionEnd: ("its paragraph's most like the introduction's last sentence", "its paragraph's least like the introduction's last sentence")
            case .likeConclusionStart: ("its paragraph's most like the conclusion's first sentence", "its paragraph's least like the conclusion's first sentence")
            case .centrality: ("its paragraph's most central sentence", "its paragraph's least central sentence")
            case .keyTerms: ("its paragraph's sentence with most key terms", "its paragraph's sentence with fewest key terms")
            case .length: ("its paragraph's longest sentence", "its paragraph's shortest sentence")
            }
        }
    }

    /// Share of each sentence's content stems that another sentence of its paragraph uses (over at least 4).
    private(set) var sharedWithRest: [Double] = []
    /// Binary cosine of each sentence's content stems with the next / previous sentence of its paragraph.
    private(set) var withNext: [Double] = []
    private(set) var withPrevious: [Double] = []
    private(set) var subject: [Subject?] = []
    /// Whether the subject's head noun can name a person ("students", "the parents", "people").
    private(set) var subjectNamesPeople: [Bool] = []
    /// Verb forms in the past ("was", "had", "-ed" not after "is" or "has").
    private(set) var pastForms: [Int] = []
    /// The cues that open a later / an earlier sentence of the paragraph (bit `cue.rawValue`).
    private(set) var laterCues: [UInt16] = []
    private(set) var earlierCues: [UInt16] = []
    /// Bit `measure.rawValue`: the paragraph's first sentence by the measure; bit 16 + `rawValue`: its last.
    private(set) var rank: [UInt32] = []
    /// Experiment: WordNet depth of the subject head's first noun sense, and the mean depth of the sentence's nouns.
    private(set) var headDepth: [Int] = []
    private(set) var meanDepth: [Double] = []
    private(set) var mostGeneral: [Bool] = []

    static func depth(_ word: String, cache: inout [String: Int]) -> Int {
        if let d = cache[word] { return d }
        let lexicon = Lexicon.shared
        var d = -1
        if let first = lexicon.synsets(ofWord: word, .noun).first {
            var level = [first], steps = 0, seen: Set<UInt32> = [first]
            while steps < 25 {
                let next = level.flatMap { lexicon.pointers(of: $0).filter { $0.symbol == Lexicon.hypernym || $0.symbol == Lexicon.instanceHypernym }.map(\.target) }.filter { seen.insert($0).inserted }
                if next.isEmpty { break }
                level = next
                steps += 1
            }
            d = steps
        }
        cache[word] = d
        return d
    }

    /// Determiners that make a subject definite, indefinite or quantified.
    static let definite: Set<String> = ["the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their"]
    static let indefinite: Set<String> = ["a", "an", "some", "one", "another"]
    static let quantifiers: Set<String> = ["all", "many", "most", "every", "each", "any", "no", "few", "several", "both"]
    /// Words that refer back to what was said before.
    static let backReferences: Set<String> = ["it", "this", "that", "these", "those", "they", "such", "he", "she", "them"]
    /// Forms of "be", "have" and "get" after which an "-ed" word is a participle, not a past tense.
    static let auxiliaries: Set<String> = ["is", "are", "am", "be", "been", "being", "was", "were", "has", "have", "had",
                                           "get", "gets", "got", "getting", "having", "become", "becomes"]
    static let pastAuxiliaries: Set<String> = ["was", "were", "had", "did"]

    /// - Parameters:
    ///   - stemsOf: each sentence's distinct content stems (`ComponentFeatures.contentStems`).
    ///   - thesisPlaces: the introduction's last sentence and the conclusion's first (nil with fewer than two
    ///     paragraphs).
    init(_ draft: AnalysisDraft, base: [SentenceFeatures], stemsOf: [[Int32]], thesisPlaces: (Int, Int)?) {
        let n = draft.sentences.count
        sharedWithRest = Array(repeating: 0, count: n)
        withNext = sharedWithRest
        withPrevious = sharedWithRest
        subject = Array(repeating: nil, count: n)
        subjectNamesPeople = Array(repeating: false, count: n)
        pastForms = Array(repeating: 0, count: n)
        laterCues = Array(repeating: 0, count: n)
        earlierCues = laterCues
        rank = Array(repeating: 0, count: n)
        headDepth = Array(repeating: -1, count: n)
        meanDepth = Array(repeating: 0, count: n)
        mostGeneral = Array(repeating: false, count: n)
        let useDepth = (ProcessInfo.processInfo.environment["STUDY_H14"] ?? "").contains("depth")
        var depthCache: [String: Int] = [:]
        let words = draft.vocabulary.words
        // Per stem: how many sentences of the current paragraph use it, stamped with the paragraph.
        var count = Array(repeating: Int32(0), count: draft.vocabulary.stems.count)
        var stamp = Array(repeating: Int32(-1), count: count.count)
        var mark = Array(repeating: Int32(-1), count: count.count)

        /// Binary cosine of two sentences' content stems (`mark` holds the first's, stamped with `a`).
        func cosine(_ a: Int, _ b: Int) -> Double {
            let x = stemsOf[a], y = stemsOf[b]
            guard !x.isEmpty, !y.isEmpty else { return 0 }
            for s in x { mark[Int(s)] = Int32(a) }
            var shared = 0
            for s in y where mark[Int(s)] == Int32(a) { shared += 1 }
            return Double(shared) / (Double(x.count) * Double(y.count)).squareRoot()
        }

        for (p, paragraph) in draft.paragraphs.enumerated() {
            let r = paragraph.sentences
            for k in r {
                for s in stemsOf[k] {
                    if stamp[Int(s)] != Int32(p) { stamp[Int(s)] = Int32(p); count[Int(s)] = 0 }
                    count[Int(s)] += 1
                }
            }
            var seenCues: UInt16 = 0
            for k in r {
                earlierCues[k] = seenCues
                seenCues |= base[k].initialCues
            }
            seenCues = 0
            for k in r.reversed() {
                laterCues[k] = seenCues
                seenCues |= base[k].initialCues
            }
            for k in r {
                let list = stemsOf[k]
                if !list.isEmpty {
                    let shared = list.reduce(0) { $0 + (count[Int($1)] > 1 ? 1 : 0) }
                    sharedWithRest[k] = Double(shared) / Double(max(list.count, 4))
                }
                if k + 1 < r.upperBound {
                    withNext[k] = cosine(k, k + 1)
                    withPrevious[k + 1] = withNext[k]
                }
                let (kind, people) = Self.subject(draft, k, words: words)
                subject[k] = kind
                subjectNamesPeople[k] = people
                pastForms[k] = Self.pastForms(draft, k, words: words)
                if useDepth {
                    if let head = Self.head(draft, k, words: words) { headDepth[k] = Self.depth(head, cache: &depthCache) }
                    var total = 0, nouns = 0
                    for t in draft.tokens[draft.sentences[k].tokens] where !t.flags.contains(.stopWord) && !t.flags.contains(.numeric) {
                        let d = Self.depth(words[Int(t.word)], cache: &depthCache)
                        if d >= 0 { total += d; nouns += 1 }
                    }
                    if nouns > 0 { meanDepth[k] = Double(total) / Double(nouns) }
                }
            }
            if useDepth, r.count >= 2 {
                let values = r.map { meanDepth[$0] > 0 ? meanDepth[$0] : 99 }
                if let low = values.min(), low < 99, values.filter({ $0 == low }).count == 1, let i = values.firstIndex(of: low) { mostGeneral[r.lowerBound + i] = true }
            }
            guard r.count >= 2 else { continue }
            for measure in Measure.allCases {
                let values: [Double]
                switch measure {
                case .sharedWithRest: values = r.map { sharedWithRest[$0] }
                case .likeIntroductionEnd:
                    guard let (introEnd, _) = thesisPlaces, p != draft.sentences[introEnd].paragraphIndex else { continue }
                    values = r.map { cosine(introEnd, $0) }
                case .likeConclusionStart:
                    guard let (_, conclusionStart) = thesisPlaces, p != draft.sentences[conclusionStart].paragraphIndex else { continue }
                    values = r.map { cosine(conclusionStart, $0) }
                case .centrality: values = r.map { base[$0].centrality }
                case .keyTerms: values = r.map { base[$0].keyOverlap }
                case .length: values = r.map { Double(base[$0].words) }
                }
                guard let top = values.max(), let bottom = values.min(), top > bottom else { continue }
                // Only a single first (or last) sentence is named: a tie says nothing about which one.
                if values.filter({ $0 == top }).count == 1, let i = values.firstIndex(of: top) {
                    rank[r.lowerBound + i] |= 1 << UInt32(measure.rawValue)
                }
                if values.filter({ $0 == bottom }).count == 1, let i = values.firstIndex(of: bottom) {
                    rank[r.lowerBound + i] |= 1 << UInt32(16 + measure.rawValue)
                }
            }
        }
    }

    func isMost(_ k: Int, by measure: Measure) -> Bool { rank[k] & (1 << UInt32(measure.rawValue)) != 0 }
    func isLeast(_ k: Int, by measure: Measure) -> Bool { rank[k] & (1 << UInt32(16 + measure.rawValue)) != 0 }

    /// Where a sentence's main clause starts: after an opening phrase or clause set off by a comma within its first
    /// eight words ("In my view, …", "Although …, …"), else at its first word; an opening "and", "but", "so" is
    /// skipped.
    static func clauseStart(_ draft: AnalysisDraft, _ k: Int, words: [String]) -> Int {
        let range = draft.sentences[k].tokens
        let tokens = draft.tokens
        var i = range.lowerBound
        while i + 1 < range.upperBound, i < range.lowerBound + 8 {
            if draft.bytes[Int(tokens[i].end)..<Int(tokens[i + 1].start)].contains(0x2C) { return i + 1 }
            i += 1
        }
        let first = range.lowerBound
        if first + 1 < range.upperBound, ["and", "but", "so", "yet", "or"].contains(words[Int(tokens[first].word)]) { return first + 1 }
        return first
    }

    /// The kind of a sentence's subject and whether its head noun can name a person.
    static func subject(_ draft: AnalysisDraft, _ k: Int, words: [String]) -> (Subject?, Bool) {
        let range = draft.sentences[k].tokens
        guard !range.isEmpty else { return (nil, false) }
        let tokens = draft.tokens
        let start = clauseStart(draft, k, words: words)
        let first = words[Int(tokens[start].word)]
        if ["i", "we"].contains(first) { return (.author, false) }
        if backReferences.contains(first) { return (.refersBack, false) }
        // The head: the first content word within the next four words.
        var determiner: Subject? = nil
        var i = start
        while i < min(range.upperBound, start + 4) {
            let t = tokens[i]
            let w = words[Int(t.word)]
            if !t.flags.contains(.stopWord) && !t.flags.contains(.numeric) {
                let people = LexiconTable.shipped.hasPersonSense(w)
                if let determiner { return (determiner, people) }
                if t.flags.contains(.capitalized) && !t.flags.contains(.sentenceInitial) { return (.name, people) }
                if w.hasSuffix("ing") && w.count > 5 { return (.gerund, people) }
                if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { return (.barePlural, people) }
                return (nil, people)
            }
            if determiner == nil {
                if definite.contains(w) { determiner = .definite }
                else if indefinite.contains(w) { determiner = .indefinite }
                else if quantifiers.contains(w) { determiner = .quantified }
                else if w != "of" { return (nil, false) }
            }
            i += 1
        }
        return (determiner, false)
    }

    /// Experiment: the subject's head word (first content word of the main clause within four words).
    static func head(_ draft: AnalysisDraft, _ k: Int, words: [String]) -> String? {
        let range = draft.sentences[k].tokens
        guard !range.isEmpty else { return nil }
        let start = clauseStart(draft, k, words: words)
        for t in draft.tokens[start..<min(range.upperBound, start + 4)] where !t.flags.contains(.stopWord) && !t.flags.contains(.numeric) {
            return words[Int(t.word)]
        }
        return nil
    }

    /// How many verb forms of the sentence are in the past: "was", "were", "had", "did", and words in "-ed" that
    /// follow no form of "be", "have" or "get" (a participle).
    static func pastForms(_ draft: AnalysisDraft, _ k: Int, words: [String]) -> Int {
        var count = 0
        var previous = ""
        for t in draft.tokens[draft.sentences[k].tokens] {
            let w = words[Int(t.word)]
            if pastAuxiliaries.contains(w) {
                count += 1
            } else if w.count > 4, w.hasSuffix("ed"), !t.flags.contains(.capitalized) || t.flags.contains(.sentenceInitial),
                      !auxiliaries.contains(previous) {
                count += 1
            }
            previous = w
        }
        return count
    }
}
