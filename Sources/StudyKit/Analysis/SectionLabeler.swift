/// Names a section by what it says: a short noun phrase taken from its central sentence. The phrase grows from the
/// section's best key term that the sentence contains to the run of content words around it (so "assistance"
/// becomes "coordinated international assistance"), at most `maximumWords` words and `KeyTermStage.labelLimit`
/// characters, without an adverb or a bare participle at its edges; its first letter is raised. A section whose
/// central sentence holds none of its key terms is named by its best key term.
struct SectionLabeler {
    static let maximumWords = 4

    let draft: AnalysisDraft

    /// Candidate labels for a section, best first (empty when it has no key terms).
    func candidates(for section: Section, terms: [KeyTerm]) -> [String] {
        let sentence = section.centralSentence
        var labels: [String] = []
        let inSentence = terms.filter { $0.sentences.contains(sentence) }
        let phrases = inSentence.prefix(6).compactMap { phrase(around: $0, in: sentence) }
        // A phrase of two words or more names a section better than a single word, when one of the best three has it.
        if let named = phrases.prefix(3).first(where: { $0.contains(" ") }) { labels.append(named) }
        labels += phrases
        labels += terms.prefix(6).map { Self.capitalised($0.text) }
        var seen = Set<String>()
        return labels.filter { $0.count <= KeyTermStage.labelLimit && seen.insert($0.lowercased()).inserted }
    }

    /// The run of content words around the term's first occurrence in the sentence, trimmed to a noun phrase.
    private func phrase(around term: KeyTerm, in sentence: Int) -> String? {
        let tokens = Array(draft.sentences[sentence].tokens)
        let termWords = term.text.lowercased().split(separator: " ").map(String.init)
        guard !termWords.isEmpty, tokens.count >= termWords.count else { return nil }
        func word(_ k: Int) -> String { draft.vocabulary.words[Int(draft.tokens[tokens[k]].word)] }
        guard let start = (0...(tokens.count - termWords.count)).first(where: { s in
            termWords.indices.allSatisfy { word(s + $0) == termWords[$0] }
        }) else { return nil }
        var lo = start, hi = start + termWords.count - 1
        func content(_ k: Int) -> Bool {
            let t = draft.tokens[tokens[k]]
            return !t.flags.contains(.stopWord) && !t.flags.contains(.numeric) && !Self.edgeUnfit(word(k))
        }
        func joined(_ a: Int, _ b: Int) -> Bool {
            // Adjacent words: only spaces between them, or a single hyphen.
            let gap = draft.bytes[Int(draft.tokens[tokens[a]].end)..<Int(draft.tokens[tokens[b]].start)]
            return gap.elementsEqual([0x2D]) || !gap.isEmpty && gap.allSatisfy { $0 == 0x20 }
        }
        while lo > 0, hi - lo + 1 < Self.maximumWords, content(lo - 1), joined(lo - 1, lo) { lo -= 1 }
        while hi + 1 < tokens.count, hi - lo + 1 < Self.maximumWords, content(hi + 1), joined(hi, hi + 1),
              !Self.participle(word(hi + 1)) { hi += 1 }
        let range = Int(draft.tokens[tokens[lo]].start)..<Int(draft.tokens[tokens[hi]].end)
        return Self.capitalised(draft.document.slice(range))
    }

    /// Words that do not open or close a noun phrase: adverbs.
    static func edgeUnfit(_ word: String) -> Bool { word.hasSuffix("ly") && word.count > 4 }

    /// A past participle or gerund, which after a noun starts a verb phrase ("troops stationed", "leaders seeking").
    static func participle(_ word: String) -> Bool {
        (word.hasSuffix("ed") || word.hasSuffix("ing")) && word.count > 5
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
