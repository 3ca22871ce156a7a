/// A text read as clauses: its words with a mark where punctuation breaks them, each verb with who does it. A verb
/// is a word written as an inflected verb (`UnsupportedClaim.isInflectedVerb`: "said", "planted", "leads"), or a
/// verb's base form after a modal, "to", "do" or "rather than" ("will open", "to plant", "rather than cut"); a word of a
/// name is none. Who does it, its
/// agent, is read left of the verb past auxiliaries and adverbs: the noun phrase there, with a name in apposition
/// before it ("The council's highways officer, Dev Malik, said"), past a relative clause set off by commas
/// ("Pauline Greaves, who chairs the association, told"); for "who" or "which" right before the verb, the noun
/// phrase before that; for a pronoun, who it stands for (`resolve`); for a verb joined by "and" to one before it,
/// that one's agent; for an infinitive after a verb ("agreed to pay"), that verb's; for a passive, the phrase after
/// "by"; for a verb with nothing before it but punctuation, a name right after it ("…," said Anita Desai). Where none
/// of this reads, the verb has no agent and nothing is concluded from it.
struct ClauseFrames {
    /// The mark that stands for a comma, a semicolon, a colon, a quotation mark, a dash or a bracket.
    static let mark = ","
    /// Pronouns that stand for who does what.
    static let pronouns: Set<String> = ["he", "she", "it", "they"]
    /// Words that open a relative clause about the noun before them.
    static let relatives: Set<String> = ["who", "which", "that", "whose"]
    /// Words left of a verb that leave its agent further left: auxiliaries and a few adverbs that stop words hold.
    static let auxiliaries: Set<String> = ["has", "have", "had", "having", "do", "does", "did", "not", "never", "also",
                                           "already", "still", "then", "just", "now", "only", "n't", "since"]

    let words: [String]
    let lexicon: Lexicon
    /// Lower-case words that are names here.
    let names: Set<String>

    init(_ text: String, names: Set<String>, lexicon: Lexicon) {
        words = Self.tokens(of: text)
        self.names = names
        self.lexicon = lexicon
    }

    /// `text`'s words (`QueryParser.words(of:)`) with `mark` where punctuation breaks a clause; a comma inside a
    /// number ("6,000") breaks nothing.
    static func tokens(of text: String) -> [String] {
        var out: [String] = [], chunk = ""
        let chars = Array(text)
        func flush() {
            out += QueryParser.words(of: chunk, dollarSigns: true)
            if let last = out.last, last != mark { out.append(mark) }
            chunk = ""
        }
        for (i, ch) in chars.enumerated() {
            let breaks = ";:()\"“”—–".contains(ch) || (ch == "," && (i + 1 == chars.count || !chars[i + 1].isNumber))
            if breaks { flush() } else { chunk.append(ch) }
        }
        flush()
        if out.last == mark { out.removeLast() }
        return out
    }

    /// Whether `w` is a name here, or one in the possessive.
    func isName(_ w: String) -> Bool { names.contains(w) || names.contains(WordSupport.withoutPossessive(w)) }

    /// Whether the word at `k` is a verb (see the type's description).
    func isVerb(_ k: Int) -> Bool {
        let w = words[k]
        guard w != Self.mark, !isName(w), !StopWords.english.contains(w), !w.hasSuffix("ing") else { return false }
        if UnsupportedClaim.isInflectedVerb(at: k, in: words, lexicon: lexicon) { return true }
        guard lexicon.lemmas(of: w).contains(where: { $0.pos == .verb && $0.lemma == w }) else { return false }
        var j = k - 1
        while j >= 0, Self.auxiliaries.contains(words[j]) || lexicon.isOnlyAdverb(words[j]) { j -= 1 }
        return j >= 0 && (Modality.modals.contains(words[j]) || ["to", "do", "does", "did", "we", "they", "i", "you"].contains(words[j])
            || (j >= 1 && words[j] == "than" && words[j - 1] == "rather"))
    }

    /// The places of the verbs.
    var verbs: [Int] { words.indices.filter(isVerb) }

    /// Who does the verb at `k`: the words that name them, as written, in order; nil where it does not read.
    /// `resolve` gives the words a pronoun at a place stands for.
    func agent(of k: Int, resolve: (Int, String) -> [String]?, depth: Int = 0) -> [String]? {
        guard depth < 4 else { return nil }
        var j = k - 1, passive = false
        while j >= 0, Self.auxiliaries.contains(words[j]) || Modality.modals.contains(words[j]) || Actor.be.contains(words[j])
                || lexicon.isOnlyAdverb(words[j]) {
            if Actor.be.contains(words[j]) { passive = true }
            j -= 1
        }
        if passive {
            // What is done to stands before a passive verb; who does it, after "by".
            guard let by = words[(k + 1)...].prefix(3).firstIndex(of: "by") else { return nil }
            let phrase = words[(by + 1)...].prefix { w in w != Self.mark && (isNounPhraseWord(w) || w == "and") }
            return phrase.isEmpty ? nil : Array(phrase)
        }
        guard j >= 0 else { return nil }
        if words[j] == Self.mark {
            // A name right after the verb and nothing else ("…," said Anita Desai), else the phrase the punctuation
            // closes ("Its chair, Megan Rhys, said").
            let after = words[(k + 1)...].prefix { $0 != Self.mark }
            if !after.isEmpty && after.allSatisfy(isName) { return Array(after) }
            return j > 0 && words[j - 1] != Self.mark ? nounPhrase(endingAt: j - 1) : nil
        }
        let w = words[j]
        if w == "to" {
            return j > 0 && isVerb(j - 1) ? agent(of: j - 1, resolve: resolve, depth: depth + 1) : nil
        }
        if ["and", "or", "but"].contains(w) {
            guard let before = (0..<j).last(where: isVerb) else { return nil }
            return agent(of: before, resolve: resolve, depth: depth + 1)
        }
        if Self.pronouns.contains(w) { return resolve(j, w) }
        if Self.relatives.contains(w) {
            guard j > 0, !isVerb(j - 1) else { return nil }
            var i = j - 1
            if words[i] == Self.mark { i -= 1 }
            return i >= 0 ? nounPhrase(endingAt: i) : nil
        }
        return nounPhrase(endingAt: j)
    }

    /// A word that may stand in a noun phrase: a name, a content word that is no verb here, a number, a
    /// determiner, "of".
    func isNounPhraseWord(_ w: String) -> Bool {
        isName(w) || w == "of" || SentenceScope.determiners.contains(w) || WordSupport.isContent(w, lexicon: lexicon)
            || lexicon.numberValue(of: w) != nil || w.first?.isNumber == true
    }

    /// The noun phrase that ends at `j`, with the phrases in apposition before it, past a relative clause set off
    /// by commas; nil when the word at `j` stands in none.
    func nounPhrase(endingAt j: Int) -> [String]? {
        // The stretch from the last mark before `j`.
        var start = j
        while start > 0, words[start - 1] != Self.mark { start -= 1 }
        if Self.relatives.contains(words[start]) && words[start] != "that" {
            // ", who chairs the association, told": the agent stands before the relative clause.
            return start >= 2 ? nounPhrase(endingAt: start - 2) : nil
        }
        var phrase: [String] = []
        var i = j
        while i >= start, isNounPhraseWord(words[i]) || (words[i] == "and" && i > start && isName(words[i - 1])), i == j || !isVerb(i) {
            phrase.append(words[i]); i -= 1
        }
        guard !phrase.isEmpty, isVerb(j) == false else { return nil }
        if i < start, start >= 2 {
            // The whole stretch is a noun phrase: one before it, set off by a comma, names the same.
            var b = start - 2
            var before: [String] = []
            var ok = true
            while b >= 0, words[b] != Self.mark {
                if !isNounPhraseWord(words[b]) || isVerb(b) || Substitution.prepositions.contains(words[b]) && words[b] != "of" { ok = false; break }
                before.append(words[b]); b -= 1
            }
            if ok { phrase += before }
        }
        return phrase.reversed()
    }
}

extension ClauseFrames {
    /// How a clause holds its verb: stated, as an infinitive after another verb ("plans to open"), under a
    /// condition ("if the money comes, the trial will begin"), or set aside ("rather than cut it").
    enum Hold: Equatable { case stated, infinitive, conditional, setAside }

    /// The verb at `k` with the words that show how its clause holds it, as a reader would quote them: "rather than
    /// demolish", "if … begin", "agreed to pay"; the verb alone when it is stated.
    func quoted(_ k: Int) -> String {
        switch hold(of: k) {
        case .stated: return words[k]
        case .setAside: return (words[k - 1] == "than" ? "rather than " : "instead of ") + words[k]
        case .conditional:
            let near = words.indices.filter { PlanAsDone.conditions.contains(words[$0]) }.min { abs($0 - k) < abs($1 - k) }
            return (near.map { words[$0] } ?? "if") + " … " + words[k]
        case .infinitive: return k >= 2 ? words[k - 2] + " to " + words[k] : "to " + words[k]
        }
    }

    /// Words that end the stretch of a sentence a condition governs.
    static let clauseBreaks: Set<String> = ["but", "though", "although", "while", "whereas", "because"]

    /// Whether `w` is a verb WordNet gives a sense of one of `PlanAsDone.plans` ("pledged" for "promised").
    func isPlanLike(_ w: String) -> Bool {
        guard !StopWords.english.contains(w), lexicon.lemmas(of: w).contains(where: { $0.pos == .verb }) else { return false }
        let meaning = lexicon.meaning(of: w, opposites: false)
        return PlanAsDone.plans.contains { lexicon.meaning(of: $0, opposites: false).isSynonym(of: meaning) }
    }

    /// Whether the verb at `k` stands after a modal other than "will" or "shall", past auxiliaries and adverbs: a
    /// statement that holds it possible states nothing here.
    func isUnderModal(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, Self.auxiliaries.contains(words[j]) || Actor.be.contains(words[j]) || lexicon.isOnlyAdverb(words[j]) { j -= 1 }
        return j >= 0 && Modality.modals.contains(words[j]) && !["will", "shall", "won't"].contains(words[j])
    }

    /// Whether the verb at `k` stands after "will" or "shall", past auxiliaries and adverbs.
    func isFuture(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, Self.auxiliaries.contains(words[j]) || Actor.be.contains(words[j]) || lexicon.isOnlyAdverb(words[j]) { j -= 1 }
        return j >= 0 && ["will", "shall", "won't"].contains(words[j])
    }

    /// How the clause holds the verb at `k`: set aside after "rather than" or "instead of"; under a condition when
    /// one opens in its stretch of the sentence (up to "but", "though", "because" …) and the verb stands under a
    /// modal or "to" or after the condition in its own part; an infinitive after a verb of plan, aim, intention or
    /// promise (`PlanAsDone.plans`, or a WordNet synonym: "pledged"); else stated.
    func hold(of k: Int) -> Hold {
        var j = k - 1
        while j >= 0, Self.auxiliaries.contains(words[j]) || Modality.modals.contains(words[j]) || Actor.be.contains(words[j])
                || lexicon.isOnlyAdverb(words[j]) { j -= 1 }
        if j >= 1, (words[j] == "than" && words[j - 1] == "rather") || (words[j] == "of" && words[j - 1] == "instead") { return .setAside }
        var start = k, end = k
        while start > 0, !Self.clauseBreaks.contains(words[start - 1]) { start -= 1 }
        while end + 1 < words.count, !Self.clauseBreaks.contains(words[end + 1]) { end += 1 }
        // A condition holds the verbs under a modal or "to" in its stretch, and those after it in its own part.
        let modal = words[max(0, j + 1)..<k].contains(where: Modality.modals.contains) || (j >= 0 && words[j] == "to")
        var part = k
        while part > 0, words[part - 1] != Self.mark { part -= 1 }
        if let c = PlanAsDone.condition(in: Array(words[start...end])).map({ $0 + start }), modal || (c >= part && c < k) { return .conditional }
        if j >= 1, words[j] == "to", PlanAsDone.isPlan(words[j - 1], lexicon: lexicon) || isPlanLike(words[j - 1]) { return .infinitive }
        return .stated
    }
}
