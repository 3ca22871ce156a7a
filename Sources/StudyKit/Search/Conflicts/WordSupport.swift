/// Whether a text gives a word of a statement: the same stem, or a WordNet sense in common with one of its words,
/// one step broader or narrower, similar, derived, or a part or whole of it ("pitch" in "field", "Britain" in
/// "England"). The words of the text are looked up once.
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

    /// Whether the text gives `w`.
    func supports(_ w: String) -> Bool {
        if stems.contains(stemmer.stem(w)) { return true }
        let meaning = lexicon.meaning(of: w, opposites: false)
        guard meaning.known else { return false }
        return words.contains { other in
            guard other != w else { return false }
            let m = lexicon.meaning(of: other, opposites: false)
            return m.isSynonym(of: meaning) || m.isPartOrWhole(of: meaning)
        }
    }
}
