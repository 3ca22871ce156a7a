/// A claim the passage never makes although the statement shares its other words: the statement's main verb and
/// the head of its object are neither of them given by the sentence's passage (its paragraph and the sentences
/// either side) through the same stem, a WordNet synonym, a related, derived, broader or narrower word, or a part or
/// whole (`WordSupport`), and the object meets no noun of the sentence under a more general one close above both:
/// "she was awarded a medal for her work on the bridge" where the passage says only that she
/// led the work on the bridge. A paraphrase changes the verb or the object, rarely both out of WordNet's reach.
enum UnsupportedClaim {
    /// How many links up from the two nouns together the object and a noun of the sentence may meet under a more
    /// general one that is no top of WordNet ("army" → "military service" → "force" ← "military"), from the two
    /// commonest senses of each.
    static let meetingSteps = 3, meetingSenses = 2

    /// The statement's verb phrase (verb to object, as written) when neither its verb nor its object is supported.
    static func unsupported(statement: [String], sentence: [String], passage: WordSupport, lexicon: Lexicon) -> String? {
        guard lexicon.isAvailable, let (verb, object) = predicate(of: statement, lexicon: lexicon),
              !passage.supports(statement[verb]), !passage.supports(statement[object]) else { return nil }
        let up = above(statement[object], lexicon: lexicon)
        let meets = !up.isEmpty && sentence.contains { w in
            WordSupport.isContent(w, lexicon: lexicon)
                && above(w, lexicon: lexicon).contains { key, d in up[key].map { d + $0 <= meetingSteps } ?? false }
        }
        return meets ? nil : statement[verb...object].joined(separator: " ")
    }

    /// The two commonest noun senses of `word` (a possessive read without its "'s") and the nouns above them, up to
    /// `meetingSteps` links, each with its distance; WordNet's most general nouns (`noun.Tops`) left out.
    static func above(_ word: String, lexicon: Lexicon) -> [UInt32: Int] {
        let bare = WordSupport.withoutPossessive(word)
        var found: [UInt32: Int] = [:]
        var frontier = Array(lexicon.synsets(ofWord: bare, .noun).prefix(meetingSenses))
        for d in 0...meetingSteps where !frontier.isEmpty {
            var next: [UInt32] = []
            for key in frontier where found[key] == nil && lexicon.data[0].lexicographerFile(at: Int(key / 4)) != Lexicon.topNouns {
                found[key] = d
                next += lexicon.pointers(of: key).filter { $0.symbol == Lexicon.hypernym }.map(\.target)
            }
            frontier = next
        }
        return found
    }

    /// The places of the statement's main verb and of its object's head. The verb is the first word written as an
    /// inflected verb ("awarded", "chaired") that WordNet knows in at least as many senses as a verb as a noun ("needs",
    /// "parties" are nouns first), not after an article, nor an adjective before a noun ("one abandoned goal"); its
    /// object is the noun phrase right after it, past articles and possessives, up to a stop word, and its head the
    /// phrase's last word. None for a verb followed by a clause ("argued that …") or by no noun phrase.
    static func predicate(of statement: [String], lexicon: Lexicon) -> (verb: Int, object: Int)? {
        for k in statement.indices where isInflectedVerb(at: k, in: statement, lexicon: lexicon) {
            var i = k + 1
            while i < statement.count, SentenceScope.determiners.contains(statement[i]), statement[i] != "that" { i += 1 }
            var head: Int?
            while i < statement.count, WordSupport.isContent(statement[i], lexicon: lexicon) { head = i; i += 1 }
            return head.map { (k, $0) }
        }
        return nil
    }

    /// Whether the word at `k` is written as an inflected verb ("awarded", "chaired"): WordNet knows it in at least
    /// as many senses as a verb as a noun, it follows no article, and it is no adjective before a noun ("one
    /// abandoned goal"). Not the first word, which may be a noun the statement is about.
    static func isInflectedVerb(at k: Int, in words: [String], lexicon: Lexicon) -> Bool {
        let w = words[k]
        guard k > 0, !StopWords.english.contains(w), !SentenceScope.determiners.contains(words[k - 1]) else { return false }
        func senses(_ pos: Lexicon.PartOfSpeech) -> Int {
            lexicon.lemmas(of: w).filter { $0.pos == pos }.map { lexicon.senseCount(of: $0.lemma, pos) }.max() ?? 0
        }
        let forms = lexicon.lemmas(of: w)
        guard forms.contains(where: { $0.pos == .verb && $0.lemma != w }), senses(.verb) >= senses(.noun) else { return false }
        let next = k + 1 < words.count ? words[k + 1] : ""
        return !(forms.contains(where: { $0.pos == .adjective }) && WordSupport.isContent(next, lexicon: lexicon))
    }
}
