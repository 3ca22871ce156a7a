/// Fill the gap. Rule: an important, self-contained sentence that reads alone (`readsAlone`), not quoted, with one
/// gap on a key term, a named person, place or organisation, or a number. The gap is valid only when the rest of the sentence does not give it
/// away (no word of the sentence shares its stem or a WordNet meaning with it, it is not the sentence's first word,
/// not the essay's most frequent word), it covers a whole phrase (no capitalised name or noun cut in two, never
/// part of a longer key term of the sentence: not "aviation" in "aviation fuel"), its words
/// are English words or names (no archaic spelling as the answer), and "a"/"an" before it agrees with the answer.
struct ClozeGenerator: QuestionGenerator {
    let kind = QuestionKind.cloze

    struct Key {
        var range: Range<Int>
        var text: String
        var accepted: [String]
        var weight: Double
        var what: String
    }

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        let matcher = WordMatcher()
        let topWords = Set(c.mostFrequentContentWords(3))
        for i in c.ranked where out.count < c.limit && c.isSelfContained(i) && c.readsAlone(i) && !c.isQuoted(i) {
            guard let key = bestKey(in: i, c, matcher, topWords) else { continue }
            let sentence = c.model.sentences[i]
            var before = c.model.text(of: sentence.range.lowerBound..<key.range.lowerBound)
            let after = c.model.text(of: key.range.upperBound..<sentence.range.upperBound)
            // "a" or "an" before the gap agrees with the answer.
            for article in [" a ", " an ", " A ", " An "] where before.hasSuffix(article) {
                let capital = article.dropFirst().first?.isUppercase == true
                let vowel = key.text.first.map { "aeiouAEIOU".contains($0) } ?? false
                let fixed = vowel ? (capital ? "An" : "an") : (capital ? "A" : "a")
                before = String(before.dropLast(article.count)) + " \(fixed) "
            }
            let words = key.text.split(separator: " ").count
            let first = key.text.first.map { String($0) } ?? ""
            let hint1 = words == 1 ? "One word, starting with '\(first)'." : "\(words) words, starting with '\(first)'."
            let other = c.keyTerms(in: i).map { c.model.keyTerms[$0] }.first { $0.text == key.text }?.sentences.first { $0 != i }
            let hint2 = other.map { "The same words appear in \(c.id($0)): \(c.shortened($0, words: 14))" }
                ?? "It begins '\(key.text.prefix(max(2, key.text.count / 2)))…'."
            out.append(Question(
                kind: kind, prompt: "Fill the gap: \(before)_____\(after)", answer: key.text, accepted: key.accepted,
                evidence: [c.id(i)], section: c.sectionID(i), hints: [hint1, hint2],
                explanation: "\(c.id(i)) reads: \(c.text(i))",
                basis: "the gap is \(key.what) that no other word of \(c.id(i)) gives away"))
        }
        return out
    }

    /// The most important valid key in sentence `i`: a key term, a name or a number, occurring there once.
    func bestKey(in i: Int, _ c: QuizContext, _ matcher: WordMatcher, _ topWords: Set<String>) -> Key? {
        let sentence = c.model.sentences[i]
        let text = c.text(i)
        let lower = text.lowercased()
        var candidates: [Key] = []
        // Where the essay's key terms stand in the sentence: a gap inside a longer one would cut that phrase.
        var termRanges: [Range<Int>] = []
        for rank in c.keyTerms(in: i) {
            let needle = c.model.keyTerms[rank].text.lowercased()
            if let r = lower.range(of: needle), isWordBoundary(lower, r) {
                let start = sentence.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                termRanges.append(start..<(start + needle.utf8.count))
            }
        }
        for rank in c.keyTerms(in: i) {
            let term = c.model.keyTerms[rank]
            guard isWholePhrase(term.text) else { continue }
            let needle = term.text.lowercased()
            guard let r = lower.range(of: needle), lower.range(of: needle, range: r.upperBound..<lower.endIndex) == nil,
                  isWordBoundary(lower, r) else { continue }
            let start = sentence.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            let length = needle.utf8.count
            let written = c.model.text(of: start..<(start + length))
            // Every word a real word (an archaic or odd spelling is no answer to type); not the essay's topic word.
            let words = AnswerText.words(written)
            guard !words.isEmpty, words.allSatisfy({ matcher.lexicon.isWord($0) || !matcher.lexicon.isAvailable }),
                  !(words.count == 1 && topWords.contains(words[0])), isNounPhrase(words, matcher.lexicon),
                  !Self.gluesNameToWords(written) else { continue }
            let multiword = term.text.contains(" ") ? 2.0 : 1
            let spread = Double(term.sentences.count).squareRoot()
            // The thing named without its adjectives ("river" for "upper river") names it too.
            let parts = written.split(separator: " ")
            let adjectives = parts.dropLast().prefix { isMostlyAdjective(String($0).lowercased(), matcher.lexicon) }.count
            let head = adjectives > 0 ? [parts.dropFirst(adjectives).joined(separator: " ")] : []
            candidates.append(Key(range: start..<(start + length), text: written, accepted: head,
                                  weight: term.score * multiword / spread / Double(1 + rank / 10), what: "a key term of the essay"))
        }
        // Named people, organisations and places mentioned once in the sentence.
        let here = Dictionary(grouping: c.mentions(in: i), by: \.entity)
        for (e, mentions) in here.sorted(by: { $0.key < $1.key }) where mentions.count == 1 {
            let entity = c.model.entities[e]
            let m = mentions[0].mention
            guard [.person, .organization, .place].contains(entity.kind) else { continue }
            let accepted = Set(entity.mentions.map(\.text) + [entity.name]).subtracting([m.text]).sorted()
            candidates.append(Key(range: m.range, text: m.text, accepted: accepted,
                                  weight: 1.5 / Double(entity.mentions.count).squareRoot(), what: "a name (\(entity.kind.rawValue))"))
        }
        // Numbers written in figures, once in the sentence.
        for t in c.model.tokens[sentence.tokens] where t.flags.contains(.numeric) {
            let r = t.range
            let written = c.model.text(of: r)
            guard written.count >= 2, lower.components(separatedBy: written.lowercased()).count == 2 else { continue }
            candidates.append(Key(range: r, text: written, accepted: [], weight: 1.2, what: "a number"))
        }
        // The weightiest valid key (the checks read WordNet, so candidates are tried best first).
        let ordered = candidates.sorted { a, b in a.weight != b.weight ? a.weight > b.weight : a.range.lowerBound < b.range.lowerBound }
        return ordered.first { key in
            !termRanges.contains { $0 != key.range && $0.lowerBound <= key.range.lowerBound && key.range.upperBound <= $0.upperBound }
                && isValidGap(key, in: i, c, matcher)
        }
    }

    /// The rules a gap must pass: not at the start, not cutting a phrase, not given away by another word.
    func isValidGap(_ key: Key, in i: Int, _ c: QuizContext, _ matcher: WordMatcher) -> Bool {
        let s = c.model.sentences[i]
        let before = c.model.text(of: s.range.lowerBound..<key.range.lowerBound)
        let after = c.model.text(of: key.range.upperBound..<s.range.upperBound)
        if c.isInsideQuote(key.range, sentence: i) { return false }
        // Not the first word (its capital and place give it away).
        guard before.contains(where: { $0.isLetter }) else { return false }
        // Whole phrase: no capitalised word or hyphen/apostrophe glued to either side; no noun right after it.
        let next = after.split(separator: " ").first.map(String.init) ?? ""
        let previous = before.split(separator: " ").last.map(String.init) ?? ""
        if before.last.map({ !$0.isWhitespace && $0 != "(" && $0 != "“" && $0 != "\"" }) == true { return false }
        if after.first.map({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "’" }) == true { return false }
        if let f = next.first, f.isUppercase, next.count > 1 { return false }
        if let f = previous.first, f.isUppercase, previous.count > 1, !previous.hasSuffix("."), previous != "The", previous != "A" {
            return false
        }
        let nextBare = next.lowercased().filter { $0.isLetter }
        if !nextBare.isEmpty, !StopWords.english.contains(nextBare), isMostlyNoun(nextBare, matcher.lexicon),
           !next.hasSuffix(",") && !next.hasSuffix(".") && !next.hasSuffix(";") {
            return false
        }
        // An adjective and a comma right before the gap: the gap cuts a list of modifiers ("a shallow, _____").
        if previous.hasSuffix(","), isMostlyAdjective(previous.lowercased().filter(\.isLetter), matcher.lexicon) { return false }
        // A single verb has many fits ("no policy can _____ that").
        if !key.text.contains(" "), key.text.first?.isLowercase == true, isMostlyVerb(key.text.lowercased(), matcher.lexicon) {
            return false
        }
        // A figure right before the gap belongs to its phrase ("about 1 _____" for "1 million dollars"); a number
        // is gapped whole ("_____,000" cuts "250,000").
        if previous.first?.isNumber == true { return false }
        if after.first == "," || after.first == ".", after.dropFirst().first?.isNumber == true { return false }
        if before.last == "," || before.last == ".", before.dropLast().last?.isNumber == true { return false }
        // A degree word before the gap cuts the adjective it grades ("The most _____" for "visible effect").
        if Self.degreeWords.contains(previous.lowercased()) { return false }
        // One common noun after a definite determiner ("the _____", "this _____", "the second _____") points back
        // to something named before: any other thing the essay names fits as well ("Once the _____ is gone":
        // concrete? the dam?).
        let beforeWords = before.split(separator: " ").map { $0.lowercased() }
        let determiner = beforeWords.suffix(2).first { Self.definite.contains($0) }
        let modifierOnly = beforeWords.count < 2 || Self.definite.contains(previous.lowercased())
            || OrderGenerator.ordinals.contains(previous.lowercased()) || isMostlyAdjective(previous.lowercased(), matcher.lexicon)
        if !key.text.contains(" "), key.text.first?.isLowercase == true, determiner != nil, modifierOnly,
           !isMostlyAdjective(key.text.lowercased(), matcher.lexicon) {
            return false
        }
        // Given away: another word of the sentence with the same stem or meaning.
        let keyWords = AnswerText.words(key.text).filter(AnswerText.isContent)
        let rest = (AnswerText.words(before) + AnswerText.words(after)).filter(AnswerText.isContent)
        let restStems = Set(rest.map(matcher.stem))
        for k in keyWords where k.first?.isNumber != true {
            let related = Set(matcher.lexicon.relatedWords(of: k).map(matcher.stem)).union([matcher.stem(k)])
            if !related.isDisjoint(with: restStems) { return false }
            // A derived word of the sentence that begins with the key, or the key with it ("Iraqi" gives "Iraq").
            if rest.contains(where: { w in
                let (short, long) = w.count < k.count ? (w, k) : (k, w)
                return short.count >= 4 && long.hasPrefix(short) && long.count - short.count <= 3
            }) { return false }
        }
        guard !keyWords.isEmpty else { return false }
        return key.text.contains(" ") || key.text.first?.isLowercase != true || !hasRival(key.text, in: i, c, matcher)
    }

    /// Whether a term runs from a name into common words ("Ward Nine last winter"): a name and what follows it,
    /// unless the name is a possessive.
    static func gluesNameToWords(_ term: String) -> Bool {
        let words = term.split(separator: " ")
        guard words.count > 1, let first = words.first?.first, let last = words.last?.first else { return false }
        // A name's possessive heads a noun phrase ("America's lack of leverage").
        let possessive = words.contains { $0.first?.isUppercase == true && ($0.hasSuffix("'s") || $0.hasSuffix("’s")) }
        return first.isUppercase && last.isLowercase && !possessive
    }

    /// Words that grade an adjective ("most visible"): a gap right after one cuts the adjective from them.
    static let degreeWords: Set<String> = ["most", "more", "less", "least", "very", "so", "too", "quite", "rather", "fairly"]

    /// Determiners that make a noun definite, so that it refers back to something already named.
    static let definite: Set<String> = ["the", "this", "that", "these", "those"]

    /// Whether a word is a noun in WordNet, and a noun in at least as many senses as in any other part of speech
    /// ("level" after "oxygen" is a noun; "grow", "spend" are verbs).
    func isMostlyNoun(_ word: String, _ lexicon: Lexicon) -> Bool {
        let lemmas = lexicon.lemmas(of: word)
        guard let noun = lemmas.first(where: { $0.pos == .noun }) else { return false }
        let nounSenses = lexicon.senseCount(of: noun.lemma, .noun)
        return !lemmas.contains { $0.pos != .noun && lexicon.senseCount(of: $0.lemma, $0.pos) > nounSenses }
    }

    /// Whether a word is a verb in more senses than a noun, or only a verb ("change", "rebuilding").
    func isMostlyVerb(_ word: String, _ lexicon: Lexicon) -> Bool {
        let lemmas = lexicon.lemmas(of: word)
        guard let verb = lemmas.first(where: { $0.pos == .verb }) else { return false }
        let nounSenses = lemmas.first { $0.pos == .noun }.map { lexicon.senseCount(of: $0.lemma, .noun) } ?? 0
        return lexicon.senseCount(of: verb.lemma, .verb) > nounSenses
    }

    /// Whether a common noun of the gap's paragraph or of the essay's key terms could fill a one-word gap as well:
    /// a WordNet synonym, a part or whole of the answer, or a noun under the same more general one ("coast" and
    /// "shore", "ward" and "hospital").
    func hasRival(_ key: String, in i: Int, _ c: QuizContext, _ matcher: WordMatcher) -> Bool {
        let k = key.lowercased()
        let meaning = matcher.meaning(k)
        guard meaning.known else { return false }
        let paragraph = c.model.paragraphs[c.model.sentences[i].paragraphIndex].sentences
        var words = Set(paragraph.flatMap { c.contentWords($0) })
        for term in c.model.keyTerms.prefix(30) where !term.text.contains(" ") { words.insert(term.text.lowercased()) }
        let stem = matcher.stem(k)
        return words.contains { w in
            guard matcher.stem(w) != stem else { return false }
            let other = matcher.meaning(w)
            return (meaning.isSynonym(of: other) || meaning.isPartOrWhole(of: other) || meaning.sharesKin(with: other))
                && isMostlyNoun(w, matcher.lexicon)
        }
    }

    /// Whether a word is an adjective or participle in more senses than a noun ("cracked", "shallow").
    func isMostlyAdjective(_ word: String, _ lexicon: Lexicon) -> Bool {
        let lemmas = lexicon.lemmas(of: word)
        guard let adjective = lemmas.first(where: { $0.pos == .adjective }) else { return !lemmas.isEmpty && !lemmas.contains { $0.pos == .noun } }
        let nounSenses = lemmas.first { $0.pos == .noun }.map { lexicon.senseCount(of: $0.lemma, .noun) } ?? 0
        return lexicon.senseCount(of: adjective.lemma, .adjective) > nounSenses
    }

    /// Whether a multi-word term can be a noun phrase: it ends in a word that is more often a noun than a verb and
    /// never an adverb, and no word after the first is only a verb form ("decision looks prudent", "trains carried travellers" cross into the predicate).
    func isNounPhrase(_ words: [String], _ lexicon: Lexicon) -> Bool {
        guard words.count > 1, lexicon.isAvailable, let last = words.last else { return true }
        // A verb followed by an adjective is a verb phrase ("record medical doses"), no noun phrase.
        if words.count > 2, lexicon.lemmas(of: words[0]).contains(where: { $0.pos == .verb }), isMostlyAdjective(words[1], lexicon) {
            return false
        }
        // A number inside the phrase joins two ("game nine goals" in "our first game nine goals to one").
        if words.dropFirst().dropLast().contains(where: { $0.allSatisfy(\.isNumber) }) { return false }
        // A plural noun inside the phrase starts a clause ("storms strike cliffs", "rivers trap sand").
        if words.dropLast().contains(where: { w in
            w.hasSuffix("s") && !w.hasSuffix("ss") && lexicon.lemmas(of: w).contains { $0.pos == .noun && $0.lemma != w }
        }) { return false }
        // The last word is a noun, and more often a noun than a verb ("produces" is a verb), never an adverb ("far").
        let lemmas = lexicon.lemmas(of: last)
        guard let noun = lemmas.first(where: { $0.pos == .noun }), !lemmas.contains(where: { $0.pos == .adverb }) else { return false }
        let verbSenses = lemmas.filter { $0.pos == .verb }.map { lexicon.senseCount(of: $0.lemma, .verb) }.max() ?? 0
        if verbSenses > lexicon.senseCount(of: noun.lemma, .noun) { return false }
        // A singular noun and an "-s" form as much a verb as a noun: subject and verb ("germ spreads").
        let before = words[words.count - 2]
        if last.hasSuffix("s"), !last.hasSuffix("ss"), verbSenses >= lexicon.senseCount(of: noun.lemma, .noun),
           lexicon.lemmas(of: before).contains(where: { $0.pos == .noun && $0.lemma == before }), !before.hasSuffix("s") {
            return false
        }
        return !words.dropFirst().contains { w in
            let lemmas = lexicon.lemmas(of: w)
            return !lemmas.isEmpty && lemmas.allSatisfy { $0.pos == .verb }
        }
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
