/// True or false. Rule: an important, self-contained sentence that reads alone (`readsAlone`), is not quoted and
/// is no instruction ("Listen to…"), either as the essay states it
/// (true; never a view the essay gives to someone else) or made false by one change that is checked to be false and grammatical: a named person or place swapped
/// for another of the same kind from the essay that is not another name of the same thing (no shared word, not a
/// WordNet synonym, not a part of it or the whole it belongs to: never "America" for "the United States", nor
/// "England" for "Britain", nor a place inside the other: "Europe" for "Vienna"); a number changed (never in a
/// generic subject: "A rate of 2 percent…"); or the main clause's auxiliary
/// negated by a pattern ("can" → "cannot", "will" → "will not", "is" → "is not", and back). Hedged sentences, and
/// auxiliaries inside a relative or comparative clause ("the least he can do"), are not negated. A false
/// statement the essay also makes is dropped.
struct TrueFalseGenerator: QuestionGenerator {
    let kind = QuestionKind.trueFalse

    /// Negation patterns: an auxiliary and its negated form, both ways.
    static let negations: [(String, String)] = [
        ("can", "cannot"), ("will", "will not"), ("is", "is not"), ("are", "are not"), ("was", "was not"),
        ("were", "were not"), ("should", "should not"), ("must", "need not"), ("has been", "has not been"),
        ("have been", "have not been"), ("does", "does not"), ("do", "do not"), ("did", "did not"),
    ]
    /// Words after an auxiliary that a plain "not" cannot precede ("will not still miss", "is not already"), or
    /// that a "not" would make mean something else than the opposite ("There is not every reason").
    static let unnegatable: Set<String> = ["still", "already", "also", "even", "yet", "too", "ever", "every", "all", "each",
                                           "both", "plenty", "many", "much", "some", "any"]
    /// Hedges and quantifiers that keep a sentence and its negation both true ("In many countries X" and "In many
    /// countries not X").
    static let hedges: Set<String> = ["may", "might", "could", "would", "perhaps", "possibly", "likely", "unlikely", "often", "some", "probably",
                                      "many", "several", "few", "sometimes", "usually", "most", "much"]
    static let clauseOpeners: Set<String> = ["that", "which", "who", "whom", "whose", "what", "least", "most", "if", "when", "unless",
                                             "whether", "because", "than", "as", "where", "while", "although", "though", "once", "until",
                                             "before", "after", "since"]

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        let matcher = WordMatcher()
        for i in c.ranked where out.count < c.limit && c.isSelfContained(i, minimumWords: 8, maximumWords: 35) && c.readsAlone(i) && c.quotedSpans(i).isEmpty && !c.isQuoted(i)
            && c.argument.attributions[i].map(\.isSource) ?? true && !c.reportsAnotherView(i)
            && !Self.isImperative(c.text(i), matcher.lexicon) {
            let original = c.text(i)
            let makeFalse = random.next() % 2 == 0
            var statement = original
            var explanation = "\(c.id(i)) says exactly this."
            var basis = "\(c.id(i)) as written"
            if makeFalse {
                if let swapped = swapName(in: i, c, matcher) {
                    statement = swapped.text
                    explanation = "The essay says \(swapped.original), not \(swapped.replacement): \(c.id(i)) reads “\(original)”"
                    basis = "\(swapped.original) swapped for \(swapped.replacement), another \(swapped.kind) of the essay and not another name for it"
                } else if !Self.isGeneric(original), let changed = changeNumber(original) {
                    statement = changed.text
                    explanation = "The essay says \(changed.original), not \(changed.replacement): \(c.id(i)) reads “\(original)”"
                    basis = "the number \(changed.original) changed to \(changed.replacement)"
                } else if let negated = Self.negate(original) {
                    statement = negated.text
                    explanation = "The essay says the opposite. \(c.id(i)) reads “\(original)”"
                    basis = "the main verb negated: “\(negated.from)” → “\(negated.to)”"
                } else {
                    continue
                }
                guard !c.model.text.containsBytes(of: statement) else { continue }
            }
            out.append(Question(
                kind: kind, prompt: "True or false? “\(statement)”", options: ["True", "False"],
                answer: makeFalse ? "False" : "True", evidence: [c.id(i)], section: c.sectionID(i),
                hints: ["Look in \(c.sectionID(i).map { "section \($0)" } ?? "the essay") for what the author says about this.",
                        "Reread \(c.id(i))."],
                explanation: explanation, basis: basis))
        }
        return out
    }

    /// The sentence with one named person or place replaced by another of the same kind, written as the essay writes
    /// it; never a name sharing a word with the original or meaning the same in WordNet.
    func swapName(in i: Int, _ c: QuizContext, _ matcher: WordMatcher) -> (text: String, original: String, replacement: String, kind: String)? {
        let s = c.model.sentences[i]
        let here = c.mentions(in: i)
        let mentioned = Set(here.map(\.entity))
        let text = c.text(i)
        for (e, mention) in here {
            let entity = c.model.entities[e]
            guard [.person, .place].contains(entity.kind) else { continue }
            let before = c.model.text(of: s.range.lowerBound..<mention.range.lowerBound)
            let originalWords = Set(AnswerText.words(mention.text + " " + entity.name))
            let determined = before.lowercased().hasSuffix("the ")
            guard let other = c.model.entities.indices.first(where: { o in
                let candidate = c.model.entities[o]
                guard candidate.kind == entity.kind, candidate.name != entity.name, !mentioned.contains(o), !text.contains(candidate.name),
                      let form = candidate.mentions.first else { return false }
                let words = Set(AnswerText.words(candidate.name + " " + form.text))
                guard originalWords.isDisjoint(with: words) else { return false }
                for (a, b) in [(candidate.name, entity.name), (form.text, mention.text)] {
                    let ma = matcher.meaning(a.lowercased()), mb = matcher.meaning(b.lowercased())
                    if ma.isSynonym(of: mb) || ma.isPartOrWhole(of: mb) { return false }
                    // A place inside the other ("Vienna", "Europe") is no place of the same kind.
                    if !matcher.wholes(a).isDisjoint(with: mb.senses) || !matcher.wholes(b).isDisjoint(with: ma.senses) {
                        return false
                    }
                }
                // A place of the same size: as many words, and the same last word when there are several
                // ("Fenwick Hill" for "Mill Street" is no swap, nor "Mill Street" for "Washington").
                if entity.kind == .place {
                    let a = form.text.split(separator: " "), b = mention.text.split(separator: " ")
                    if a.count != b.count || (a.count > 1 && a.last != b.last) { return false }
                }
                // The same use of "the": both named after it, or neither.
                let candidateBefore = c.model.text(of: c.model.sentences[form.sentence].range.lowerBound..<form.range.lowerBound)
                return candidateBefore.lowercased().hasSuffix("the ") == determined
            }).map({ c.model.entities[$0] }) else { continue }
            let after = c.model.text(of: mention.range.upperBound..<s.range.upperBound)
            let form = other.mentions[0].text
            let possessive = mention.text.hasSuffix("'s") || mention.text.hasSuffix("’s")
            let replacement = possessive && !form.hasSuffix("s") ? form + "'s" : form
            return (before + replacement + after, mention.text, replacement, entity.kind.rawValue)
        }
        return nil
    }

    /// Whether a sentence tells the reader to do something ("Listen to…", "Test your ideas early"): it opens with
    /// a verb's base form that is more often a verb than a noun. An instruction is no statement to judge.
    static func isImperative(_ sentence: String, _ lexicon: Lexicon) -> Bool {
        guard let first = sentence.split(separator: " ").first?.lowercased().filter(\.isLetter), !first.isEmpty else { return false }
        let lemmas = lexicon.lemmas(of: first)
        guard lemmas.contains(where: { $0.pos == .verb && $0.lemma == first }) else { return false }
        let nounSenses = lemmas.first { $0.pos == .noun }.map { lexicon.senseCount(of: $0.lemma, .noun) } ?? 0
        return lexicon.senseCount(of: first, .verb) >= nounSenses
    }

    /// Whether a sentence speaks of any case, not a fact: it opens with "A"/"An" and its number stands in that
    /// subject ("A rate of 2 percent a year is barely noticed"); another number may be as true.
    static func isGeneric(_ sentence: String) -> Bool {
        let words = sentence.split(separator: " ").prefix(5)
        guard let first = words.first, first == "A" || first == "An" else { return false }
        return words.contains { $0.contains(where: \.isNumber) }
    }

    /// The sentence with its one number (not a year) changed: doubled when small, or shifted by a fifth, so the
    /// change is plain to a reader who remembers the figure.
    func changeNumber(_ sentence: String) -> (text: String, original: String, replacement: String)? {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let numeric = words.indices.filter { words[$0].contains(where: \.isNumber) }
        guard numeric.count == 1 else { return nil }
        let word = words[numeric[0]]
        // Digits, with commas only between groups of three ("180,000", never the comma after "2019,").
        var digits = word.filter { $0.isNumber || $0 == "," }
        while digits.hasSuffix(",") { digits.removeLast() }
        while digits.hasPrefix(",") { digits.removeFirst() }
        if digits.contains(","), !digits.components(separatedBy: ",").dropFirst().allSatisfy({ $0.count == 3 }) { return nil }
        guard let value = Int(digits.replacingOccurrences(of: ",", with: "")), !(1000...2100).contains(value) || digits.contains(","),
              value > 0, word.filter({ $0.isNumber }).count == digits.filter({ $0.isNumber }).count else { return nil }
        let changed = value < 10 ? value * 2 : value + max(1, value / 5)
        guard let r = word.range(of: digits) else { return nil }
        let written = digits.contains(",") ? changed.formatted(.number.grouping(.automatic)) : String(changed)
        var out = words
        out[numeric[0]] = word.replacingCharacters(in: r, with: written)
        return (out.joined(separator: " "), digits, written)
    }

    /// The sentence with the auxiliary of its main clause negated (or its negation removed), by the patterns in
    /// `negations`; nil when the sentence is hedged or the first auxiliary sits in a subordinate clause.
    static func negate(_ sentence: String) -> (text: String, from: String, to: String)? {
        var words = sentence.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let bare = words.map { $0.lowercased().trimmingCharacters(inSet: ",;:.\"“”'") }
        if bare.contains(where: { hedges.contains($0) || $0.hasSuffix("n't") || $0 == "never" || $0 == "no" }) { return nil }
        // A sentence opening with a subordinate clause ("Before the dam was built, …") is negated in its main
        // clause only, after the clause's comma.
        var start = 1
        if let first = bare.first, clauseOpeners.contains(first) {
            guard let comma = words.firstIndex(where: { $0.hasSuffix(",") }) else { return nil }
            start = comma + 1
        }
        for k in bare.indices where k >= start {
            if clauseOpeners.contains(bare[k]) { return nil }
            guard words[k] == bare[k] else { continue }
            let next = k + 1 < bare.count ? bare[k + 1] : ""
            let isAuxiliary = bare[k] == "cannot" || ["has", "have", "had"].contains(bare[k])
                || negations.contains { $0.0.split(separator: " ")[0] == bare[k] }
            if isAuxiliary {
                if unnegatable.contains(next) || next == "that" { return nil }
                // One negation at most: a sentence that already has "not" only loses it ("is not that … is not").
                if bare.contains("not") && next != "not" { return nil }
                // "There are other gains" is negated by "no", not "not": left alone.
                if bare[k - 1] == "there" { return nil }
            }
            let pair = bare[k] + " " + next
            // Removing a negation.
            if bare[k] == "cannot" { words[k] = "can"; return (words.joined(separator: " "), "cannot", "can") }
            if next == "not", let p = negations.first(where: { $0.0 == bare[k] }) {
                words.remove(at: k + 1)
                return (words.joined(separator: " "), p.1, p.0)
            }
            if let p = negations.first(where: { $0.0 == pair }) {
                words[k] = p.1.split(separator: " ").dropLast().joined(separator: " ")
                return (words.joined(separator: " "), p.0, p.1)
            }
            // "has/have/had" negate only before a participle ("has pledged" → "has not pledged").
            if ["has", "have", "had"].contains(bare[k]) {
                guard next.count > 3, next.hasSuffix("ed") || next.hasSuffix("en") else { return nil }
                words[k] += " not"
                return (words.joined(separator: " "), bare[k], bare[k] + " not")
            }
            // "do/does/did" negate only before a bare verb; "is/are/was/were" before anything but "to".
            if let p = negations.first(where: { $0.0 == bare[k] && !$0.0.contains(" ") }) {
                // "did the same drills" is the verb itself, not an auxiliary.
                if ["do", "does", "did"].contains(bare[k]) && (next.hasSuffix("s") || next.hasSuffix("ed") || StopWords.english.contains(next)) {
                    return nil
                }
                if next == "to" || next.isEmpty { return nil }
                words[k] = p.1
                return (words.joined(separator: " "), p.0, p.1)
            }
        }
        return nil
    }
}
