/// Whether a text gives a word of a statement: the same stem, or a WordNet sense in common with one of its words,
/// one step broader or narrower, similar, derived, or a part or whole of it ("pitch" in "field", "Britain" in
/// "England"); or a noun more general than one of the text's, at any depth ("building" in "town hall").
struct WordSupport {
    let lexicon: Lexicon
    let words: [String]
    private let stems: Set<String>
    private let stemmer = PorterStemmer()

    init(_ words: [String], lexicon: Lexicon) {
        self.lexicon = lexicon
        self.words = words.filter { WordSupport.isContent($0, lexicon: lexicon) }
        stems = Set(words.map(stemmer.stem))
    }

    /// A word that says something: no stop word, some letter, no number written out.
    static func isContent(_ w: String, lexicon: Lexicon) -> Bool {
        !StopWords.english.contains(w) && w.contains(where: \.isLetter) && lexicon.numberValue(of: w) == nil
    }

    /// `w` without a trailing possessive "'s" ("Portugal's" → "Portugal").
    static func withoutPossessive(_ w: String) -> String {
        w.hasSuffix("'s") || w.hasSuffix("’s") ? String(w.dropLast(2)) : w
    }

    /// Whether the text gives `w`; a word in the possessive as the word ("Portugal's" is given by "Portuguese").
    func supports(_ written: String) -> Bool {
        let w = Self.withoutPossessive(written)
        if stems.contains(stemmer.stem(w)) { return true }
        let meaning = lexicon.meaning(of: w, opposites: false)
        guard meaning.known else { return false }
        if words.contains(where: { other in
            guard other != w else { return false }
            let m = lexicon.meaning(of: other, opposites: false)
            return m.isSynonym(of: meaning) || m.isPartOrWhole(of: meaning)
        }) { return true }
        // A more general noun says what a narrower one of the text says ("the building" for "the town hall").
        guard let noun = lexicon.lemmas(of: w).first(where: { $0.pos == .noun })?.lemma else { return false }
        let general: Set<String> = [noun.replacingOccurrences(of: " ", with: "_")]
        return zip(self.words, self.words.dropFirst()).contains { lexicon.isNoun($0 + " " + $1, under: general) }
            || self.words.contains { $0 != w && lexicon.isNoun($0, under: general) }
    }
}
