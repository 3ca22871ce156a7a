/// Compares a word of an answer with a word of the key by meaning: the same word, another form of it (same stem),
/// a synonym or related form in WordNet, or a typo, which is accepted only when the typed word is no word of its
/// own ("Petreus" for "Petraeus", never "dependence" for "independence"). Opposites (antonyms, negating prefixes)
/// never match. Meanings are looked up once per word.
final class WordMatcher {
    /// How a typed word matched, weakest first.
    enum Match: Int, Comparable {
        case none, typo, synonym, form, exact
        static func < (a: Match, b: Match) -> Bool { a.rawValue < b.rawValue }
        /// How much the match counts when weighing an answer against options.
        var weight: Double { [0, 0.7, 0.8, 0.9, 1][rawValue] }
    }

    let lexicon: Lexicon
    private let stemmer = PorterStemmer()
    private var meanings: [String: WordMeaning] = [:]
    private var fullMeanings: [String: WordMeaning] = [:]
    private var wholesByWord: [String: Set<UInt32>] = [:]
    private var stems: [String: String] = [:]

    init(lexicon: Lexicon = .shared) { self.lexicon = lexicon }

    /// A word's meaning for comparing senses (synonyms, kin, parts): without the antonyms of its near senses,
    /// which only `opposes` needs (making a quiz never does).
    func meaning(_ word: String) -> WordMeaning {
        if let m = meanings[word] { return m }
        let m = lexicon.meaning(of: word, opposites: false)
        meanings[word] = m
        return m
    }

    /// A word's meaning with every opposite.
    private func fullMeaning(_ word: String) -> WordMeaning {
        if let m = fullMeanings[word] { return m }
        let m = lexicon.meaning(of: word)
        fullMeanings[word] = m
        return m
    }

    /// The senses of the wholes a word is part or member of (`Lexicon.wholes`), looked up once per word.
    func wholes(_ word: String) -> Set<UInt32> {
        if let w = wholesByWord[word] { return w }
        let w = lexicon.wholes(of: word)
        wholesByWord[word] = w
        return w
    }

    func stem(_ word: String) -> String {
        if let s = stems[word] { return s }
        let s = word.split(separator: " ").map { stemmer.stem(String($0)) }.joined(separator: " ")
        stems[word] = s
        return s
    }

    /// How `given` matches `wanted`.
    func match(_ given: String, _ wanted: String) -> Match {
        if given == wanted { return .exact }
        if AnswerText.isExactOnly(given) || AnswerText.isExactOnly(wanted) { return .none }
        if opposes(given, wanted) { return .none }
        if stem(given) == stem(wanted) { return .form }
        if meaning(given).isSynonym(of: meaning(wanted)) { return .synonym }
        let budget = AnswerText.typoBudget(wanted)
        if budget > 0, !given.contains(" "), !isRealWord(given), AnswerText.distance(given, wanted, limit: budget) <= budget {
            return .typo
        }
        return .none
    }

    /// Whether `given` says the opposite of `wanted` (an antonym, or the word with a negating prefix).
    func opposes(_ given: String, _ wanted: String) -> Bool {
        given != wanted && fullMeaning(given).isOpposite(of: fullMeaning(wanted))
    }

    /// A stop word or a word WordNet knows ("from" is no typo of "form"); without WordNet only stop words are
    /// known, so other typos are forgiven by distance alone.
    private func isRealWord(_ word: String) -> Bool { StopWords.english.contains(word) || meaning(word).known }
}
