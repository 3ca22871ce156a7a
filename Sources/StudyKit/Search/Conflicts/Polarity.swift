/// The part of a sentence a statement speaks about: the sentence cut into clauses, and the clauses that hold most of
/// the statement's words. A comparison in another clause ("…rose by a quarter, and the police
/// recorded fewer complaints") says nothing about the statement.
///
/// A clause ends at a semicolon, at a comma before a conjunction (", and", ", but"), before a conjunction that
/// contrasts or gives a reason ("but", "while", "whereas", "although", "because"), and a clause that such a word or
/// another subordinator opens ("Although troops will come down, …") ends at its first comma.
struct SentenceScope {
    /// The sentence's words, lower-case.
    let words: [String]
    /// The clause of each word.
    let clause: [Int]
    /// The clauses the statement speaks about: those holding at least half as many of its words as the one holding
    /// most (all of them when none holds any).
    let relevant: Set<Int>

    static let coordinators: Set<String> = ["and", "but", "or", "so", "yet", "nor", "while", "whereas", "although",
                                            "though", "because"]
    static let contrasts: Set<String> = ["but", "while", "whereas", "although", "because"]
    static let subordinators: Set<String> = ["although", "though", "because", "while", "whereas", "when", "if", "since",
                                             "unless", "after", "before", "once"]

    /// `punctuation` gives, for each word, the comma or semicolon standing before it (nil for none); `matched` tells
    /// whether it is a word of the statement.
    init(words: [String], punctuation: [Character?], matched: [Bool]) {
        self.words = words
        var clause: [Int] = [], current = 0, opensWithSubordinator = false
        for (i, w) in words.enumerated() {
            if i > 0 {
                let mark = punctuation[i]
                if mark == ";" || (mark == "," && (Self.coordinators.contains(w) || opensWithSubordinator)) || Self.contrasts.contains(w) {
                    current += 1
                }
            }
            if i == 0 || clause.last != current { opensWithSubordinator = Self.subordinators.contains(w) }
            clause.append(current)
        }
        self.clause = clause
        var counts = [Int](repeating: 0, count: current + 1)
        for (i, m) in matched.enumerated() where m && i < clause.count { counts[clause[i]] += 1 }
        let most = counts.max() ?? 0
        relevant = most == 0 ? Set(counts.indices) : Set(counts.indices.filter { 2 * counts[$0] >= most })
    }

    /// The words of the relevant clauses, in order.
    var scopedWords: [String] { words.indices.filter { relevant.contains(clause[$0]) }.map { words[$0] } }
}

extension EvidenceIndex {
    /// The scope of sentence `s` for a statement's concepts: its tokens marked where a form of a concept stands.
    func scope(ofSentence s: Int, concepts: [ResolvedConcept]) -> SentenceScope {
        let tokenIDs = model.sentences[s].tokens
        let words = tokenIDs.map { model.word(of: model.tokens[$0]).lowercased() }
        let punctuation: [Character?] = tokenIDs.map { t in
            guard t > tokenIDs.lowerBound else { return nil }
            let between = model.text(of: Int(model.tokens[t - 1].end)..<Int(model.tokens[t].start))
            return between.contains(";") ? ";" : between.contains(",") ? "," : nil
        }
        var found = Set<Int32>()
        for c in concepts {
            for form in c.forms { found.formUnion(form.stems) }
        }
        var matched = [Bool](repeating: false, count: words.count)
        for k in Int(contentStart[s])..<Int(contentStart[s + 1]) where found.contains(contentStems[k]) {
            let i = Int(contentTokens[k]) - tokenIDs.lowerBound
            if matched.indices.contains(i) { matched[i] = true }
        }
        return SentenceScope(words: words, punctuation: punctuation, matched: matched)
    }
}

extension EvidenceIndex {
    /// A statement word whose antonym sentence `s` uses while it does not use the word itself in any form of the same
    /// part of speech ("fell" where it says "fall"), with that antonym; an antonym the statement uses too opposes
    /// nothing ("shorter lengths" against "shorter pieces").
    func antonym(of concepts: [ResolvedConcept], in s: Int, stems: Set<Int32>, statement: [String]) -> (String, String)? {
        guard lexicon.isAvailable else { return nil }
        let lo = Int(contentStart[s]), hi = Int(contentStart[s + 1])
        let sentence = (lo..<hi).map { model.word(of: model.tokens[Int(contentTokens[$0])]).lowercased() }
        let said = Set(statement)
        for c in concepts where c.concept.words.count == 1 && !StopWords.english.contains(c.concept.text) {
            if c.forms.contains(where: { $0.kind == .exact && $0.stems.allSatisfy(stems.contains) }) { continue }
            // "Less easily" says what "harder" says: a word the statement lessens or denies agrees with its antonym.
            if let i = statement.firstIndex(of: c.concept.text), i > 0,
               ["less", "least"].contains(statement[i - 1]) || Self.denials.contains(statement[i - 1]) { continue }
            let lemmas = lexicon.lemmas(of: c.concept.text)
            if sentence.contains(where: { w in lexicon.lemmas(of: w).contains { l in lemmas.contains { $0 == l } } }) { continue }
            let meaning = lexicon.meaning(of: c.concept.text)
            if let w = sentence.first(where: { !said.contains($0) && meaning.isOpposite(of: lexicon.meaning(of: $0)) }) {
                return (c.concept.text, w)
            }
        }
        return nil
    }
}
