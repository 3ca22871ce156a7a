/// Fill the gap: an important, self-contained sentence with a key term or name taken out. The gap is a term the
/// essay is about (key terms and named entities, never a stop word or the sentence's first word), occurring once in
/// the sentence; the reader types it.
struct ClozeGenerator: QuestionGenerator {
    let kind = QuestionKind.cloze

    struct Key {
        var range: Range<Int>
        var text: String
        var accepted: [String]
        var weight: Double
    }

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        for i in c.ranked where out.count < c.limit && c.isSelfContained(i) {
            guard let key = bestKey(in: i, c) else { continue }
            let sentence = c.model.sentences[i]
            var before = c.model.text(of: sentence.range.lowerBound..<key.range.lowerBound)
            let after = c.model.text(of: key.range.upperBound..<sentence.range.upperBound)
            // "a" or "an" before the gap would give the answer away.
            for article in [" a ", " an "] where before.lowercased().hasSuffix(article) {
                before = String(before.dropLast(article.count)) + " a(n) "
            }
            let words = key.text.split(separator: " ").count
            let first = key.text.first.map { String($0) } ?? ""
            let hint1 = words == 1 ? "One word, starting with '\(first)'." : "\(words) words, starting with '\(first)'."
            let others = c.model.keyTerms.first { $0.text == key.text }?.sentences.filter { $0 != i } ?? []
            let hint2 = others.first.map { "The same words appear in \(c.id($0)): \(c.shortened($0, words: 14))" }
                ?? "It begins '\(key.text.prefix(max(2, key.text.count / 2)))…'."
            out.append(Question(
                kind: kind, prompt: "Fill the gap: \(before)_____\(after)", answer: key.text, accepted: key.accepted,
                evidence: [c.id(i)], section: c.sectionID(i), hints: [hint1, hint2],
                explanation: "\(c.id(i)) reads: \(c.text(i))"))
        }
        return out
    }

    /// The most important key term or name in sentence `i` that occurs there once and is not its first word.
    func bestKey(in i: Int, _ c: QuizContext) -> Key? {
        let sentence = c.model.sentences[i]
        let text = c.text(i)
        let lower = text.lowercased()
        var candidates: [Key] = []
        for (rank, term) in c.model.keyTerms.enumerated() where term.sentences.contains(i) && isWholePhrase(term.text) {
            let needle = term.text.lowercased()
            guard let r = lower.range(of: needle), lower.range(of: needle, range: r.upperBound..<lower.endIndex) == nil,
                  r.lowerBound != lower.startIndex, isWordBoundary(lower, r) else { continue }
            let start = sentence.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            let length = needle.utf8.count
            let written = c.model.text(of: start..<(start + length))
            // Multi-word terms make better gaps; a term on every line is too easy to guess.
            let multiword = term.text.contains(" ") ? 2.0 : 1
            let spread = Double(term.sentences.count).squareRoot()
            candidates.append(Key(range: start..<(start + length), text: written, accepted: [],
                                  weight: term.score * multiword / spread / Double(1 + rank / 10)))
        }
        // Named people, organisations and places mentioned once in the sentence.
        let here = Dictionary(grouping: c.mentions(in: i), by: \.entity)
        for (e, mentions) in here.sorted(by: { $0.key < $1.key }) where mentions.count == 1 {
            let entity = c.model.entities[e]
            let m = mentions[0].mention
            guard [.person, .organization, .place].contains(entity.kind), m.range.lowerBound > sentence.range.lowerBound else { continue }
            let accepted = Set(entity.mentions.map(\.text) + [entity.name]).subtracting([m.text]).sorted()
            candidates.append(Key(range: m.range, text: m.text, accepted: accepted, weight: 1.5 / Double(entity.mentions.count).squareRoot()))
        }
        return candidates.max { a, b in a.weight != b.weight ? a.weight < b.weight : a.range.lowerBound > b.range.lowerBound }
    }

    /// Whether a key term reads as a whole phrase: at most four words, no "-ing" verb inside it ("factors driving
    /// Iraqi political" is a cut-off clause, not a term).
    func isWholePhrase(_ term: String) -> Bool {
        let words = term.split(separator: " ")
        guard words.count <= 4 else { return false }
        return !words.dropFirst().dropLast().contains { $0.count > 5 && $0.hasSuffix("ing") && $0.first?.isLowercase == true }
            && !(words.count > 1 && (words.last?.hasSuffix("al") ?? false) && words.last?.first?.isLowercase == true)
    }

    private func isWordBoundary(_ s: String, _ r: Range<String.Index>) -> Bool {
        let before = r.lowerBound == s.startIndex ? " " : s[s.index(before: r.lowerBound)]
        let after = r.upperBound == s.endIndex ? " " : s[r.upperBound]
        return !before.isLetter && !after.isLetter
    }
}
