/// What the argument rules know about one sentence: its discourse markers and modals, whether it asks, how many
/// numbers and names it holds, where it stands, how much it shares with the essay's key terms and with the thesis,
/// and who holds its view. Computed in one pass over the tokens (`SentenceFeatures.extract`).
struct SentenceFeatures: Sendable {
    var matches: [DiscourseMarkers.Match] = []
    /// Bit `cue.rawValue` set when the cue occurs anywhere / at the start of the sentence.
    var anyCues: UInt16 = 0
    var initialCues: UInt16 = 0
    var question = false
    var words = 0
    /// Distinct content stems.
    var contentStems = 0
    /// Tokens starting with a digit.
    var numbers = 0
    /// Capitalised words that do not open the sentence (names of people, places, bodies).
    var names = 0
    /// Index of the paragraph, and 1-based position and count of sentences in it.
    var paragraph = 0
    var number = 1
    var paragraphLength = 1
    var paragraphCount = 1
    /// How much of the sentence is the essay's key vocabulary (0…1).
    var keyOverlap = 0.0
    /// Binary cosine of its content stems with the thesis's (0…1); set once the thesis is known.
    var thesisOverlap = 0.0
    var attribution: ArgumentMap.Attribution?

    func has(_ cue: DiscourseMarkers.Cue) -> Bool { anyCues & (1 << cue.rawValue) != 0 }
    func opens(_ cue: DiscourseMarkers.Cue) -> Bool { initialCues & (1 << cue.rawValue) != 0 }
    /// Whether the cue occurs after the opening words.
    func hasInside(_ cue: DiscourseMarkers.Cue) -> Bool { matches.contains { $0.cue == cue && !$0.initial } }

    /// The text of the first marker with this cue, quoted ("'therefore'").
    func marker(_ cue: DiscourseMarkers.Cue, initialOnly: Bool = false) -> String {
        guard let m = matches.first(where: { $0.cue == cue && (!initialOnly || $0.initial) }) else { return "" }
        return "'" + DiscourseMarkers.english[m.marker].text + "'"
    }

    var isFirstInParagraph: Bool { number == 1 }
    var isLastInParagraph: Bool { number == paragraphLength }
    var isFirstParagraph: Bool { paragraph == 0 }
    var isLastParagraph: Bool { paragraph == paragraphCount - 1 }
    /// A recommendation proper: an obligation modal that is not a past judgement ("should have").
    var obliges: Bool { has(.obligation) && !has(.pastModal) }
    /// A view held by someone other than the author and not cited as a source.
    var reportsOther: Bool { attribution.map { !$0.isSource } ?? false }

    /// Features of every sentence.
    static func extract(_ draft: AnalysisDraft, attributions: [Int: ArgumentMap.Attribution]) -> [SentenceFeatures] {
        let markers = DiscourseMarkers.Compiled(draft.vocabulary)
        let vocabulary = draft.vocabulary
        // Stems of the essay's top key terms.
        var keyStem = Array(repeating: false, count: vocabulary.stems.count)
        for term in draft.keyTerms.prefix(12) {
            for w in term.text.lowercased().split(separator: " ") {
                if let n = vocabulary.number(ofWord: String(w)), !vocabulary.isStopWord[Int(n)] {
                    keyStem[Int(vocabulary.stemOfWord[Int(n)])] = true
                }
            }
        }
        var seen = Array(repeating: Int32(-1), count: vocabulary.stems.count)
        var result: [SentenceFeatures] = []
        result.reserveCapacity(draft.sentences.count)
        let tokens = draft.tokens
        let bytes = draft.bytes
        for (p, paragraph) in draft.paragraphs.enumerated() {
            for k in paragraph.sentences {
                let s = draft.sentences[k]
                var f = SentenceFeatures()
                f.paragraph = p
                f.number = k - paragraph.sentences.lowerBound + 1
                f.paragraphLength = paragraph.sentences.count
                f.paragraphCount = draft.paragraphs.count
                f.words = s.tokens.count
                f.matches = markers.matches(tokens[s.tokens])
                for m in f.matches {
                    f.anyCues |= 1 << m.cue.rawValue
                    if m.initial { f.initialCues |= 1 << m.cue.rawValue }
                }
                var hits = 0
                for t in tokens[s.tokens] {
                    if t.flags.contains(.numeric) { f.numbers += 1 }
                    if t.flags.contains(.capitalized), !t.flags.contains(.sentenceInitial), !t.flags.contains(.stopWord) { f.names += 1 }
                    guard !t.flags.contains(.stopWord), seen[Int(t.stem)] != Int32(k) else { continue }
                    seen[Int(t.stem)] = Int32(k)
                    f.contentStems += 1
                    if keyStem[Int(t.stem)] { hits += 1 }
                }
                f.keyOverlap = f.contentStems == 0 ? 0 : min(1, Double(hits) / Double(max(f.contentStems, 4)).squareRoot())
                // A question ends with "?" (possibly before a closing quote or bracket).
                var e = s.range.upperBound - 1
                while e > s.range.lowerBound, bytes[e] == 0x22 || bytes[e] == 0x29 || bytes[e] == 0x27 || bytes[e] >= 0x80 { e -= 1 }
                f.question = bytes[e] == 0x3F
                f.attribution = attributions[k]
                result.append(f)
            }
        }
        return result
    }

    /// Sets `thesisOverlap` of every sentence against the thesis sentences' content stems.
    static func measureOverlap(_ features: inout [SentenceFeatures], thesis: [Int], draft: AnalysisDraft) {
        guard !thesis.isEmpty else { return }
        var mark = Array(repeating: false, count: draft.vocabulary.stems.count)
        var size = 0
        for k in thesis.prefix(1) {
            for t in draft.tokens[draft.sentences[k].tokens] where !t.flags.contains(.stopWord) && !mark[Int(t.stem)] {
                mark[Int(t.stem)] = true
                size += 1
            }
        }
        guard size > 0 else { return }
        var seen = Array(repeating: Int32(-1), count: draft.vocabulary.stems.count)
        for (k, s) in draft.sentences.enumerated() where features[k].contentStems > 0 {
            var shared = 0
            for t in draft.tokens[s.tokens] where !t.flags.contains(.stopWord) && seen[Int(t.stem)] != Int32(k) {
                seen[Int(t.stem)] = Int32(k)
                if mark[Int(t.stem)] { shared += 1 }
            }
            features[k].thesisOverlap = Double(shared) / (Double(size) * Double(features[k].contentStems)).squareRoot()
        }
    }
}
