/// Whether an antonym the sentence uses stands in the statement word's slot. An antonym opposes the word only where
/// it fills the same slot: "the wool cycle passed our test" against "the wool cycle failed our test", not "will need
/// another group's backing to get its budget through" against "the result leaves Labour with 11 seats … one other
/// group to pass its budget" (the slot of "get", after "group" and before "budget", is filled by "pass"). The slot is
/// read from the statement's words the sentence shares nearest the statement's word on either side (within
/// `reach` content words): where the sentence has the antonym beside such a word (right beside it, or within
/// `reach` + 1 content words on the statement word's side), the two are aligned; where it has instead, on that side
/// and as near, another word of the statement word's part of speech, that word fills the slot and the antonym
/// speaks of another thing. Only a verb's slot is read so: its subject and object stand beside it, while a comparative
/// is often said by another word of its sentence than the one in its place ("cooler" by "cools much later").
extension EvidenceIndex {
    /// How many content words from the statement's word a shared word may stand to tell its slot.
    static let slotReach = 2

    /// Whether the statement's verb at `i` has its slot filled, in the sentence's words, by another verb than
    /// `antonym` (as written; a phrasal verb by its first word), the antonym standing in none of it.
    func slotFilledByAnother(statement: [String], at i: Int, sentence: [String], antonym: String) -> Bool {
        guard lexicon.isAvailable, statement.indices.contains(i), let pos = dominantPartOfSpeech(statement[i]), pos == .verb else { return false }
        let stemmer = PorterStemmer()
        func isContent(_ w: String) -> Bool { w.first?.isLetter == true && !StopWords.english.contains(w) }
        let content = sentence.filter(isContent)
        let stems = content.map { stemmer.stem(WordSupport.withoutPossessive($0)) }
        let own = stemmer.stem(WordSupport.withoutPossessive(statement[i])), opposed = antonym.split(separator: " ").first.map(String.init) ?? antonym
        /// The nearest word of the statement on one side of its word that the sentence has, as a stem.
        func neighbour(_ side: [String]) -> String? {
            side.filter(isContent).prefix(Self.slotReach).map { stemmer.stem(WordSupport.withoutPossessive($0)) }.first(where: stems.contains)
        }
        let sides = [(neighbour(statement[..<i].reversed()), -1), (neighbour(Array(statement[(i + 1)...])), 1)]
        var filled = false
        for (shared, step) in sides {
            guard let shared else { continue }
            // A word before the statement's word has the slot after it in the sentence, one after it the slot before.
            for k in content.indices where stems[k] == shared {
                let across = k + step, near = (1...(Self.slotReach + 1)).map { k - step * $0 }.filter(content.indices.contains)
                if content.indices.contains(across) && content[across] == opposed || near.contains(where: { content[$0] == opposed }) {
                    return false
                }
                if near.contains(where: { stems[$0] != own && dominantPartOfSpeech(content[$0]) == pos }) { filled = true }
            }
        }
        return filled
    }
}
