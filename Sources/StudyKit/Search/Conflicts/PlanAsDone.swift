/// Whether a statement states as done what the sentence only plans or sets under a condition:
/// - "the Trust now runs a bus" where it says "if numbers stay high, the Trust would consider running a bus": under a
///   condition ("if", "unless", "provided", "subject to"), "would" holds possible and "will" depends on it, and what a verb under a modal weighs ("consider running",
///   "hope to open") is under it too; so is the condition before that "would" ("pays its volunteers" where it says
///   "if that time were paid …, it would be worth …");
/// - "the stand has already been built", "a lift was installed in 2025" where it says "the largest plan is a new
///   stand", "a lift was planned for 2025", "our aim is to recover 80%": a sentence that names a plan, an aim or an
///   intention and does not state the statement's verb ("to recover" states nothing), against a statement that
///   states a verb as done (after "already", "has", "was" …, or in the past — "opened" — where the sentence plans
///   that very verb) and names no plan itself.
enum PlanAsDone {
    /// Words that open a condition: under one, "would" holds possible and "will" depends on it ("if the council
    /// agrees, the loan will …", "provided that …", "subject to approval, the hall will …").
    static let conditions: Set<String> = ["if", "unless", "provided", "providing", "subject"]

    /// Where a condition opens in `words` ("subject" only before "to").
    static func condition(in words: [String]) -> Int? {
        words.indices.first { conditions.contains(words[$0]) && (words[$0] != "subject" || ($0 + 1 < words.count && words[$0 + 1] == "to")) }
    }
    /// Words that state what follows as done, or as so.
    static let done: Set<String> = ["already", "has", "have", "had", "was", "were", "now"]

    /// The statement's verb stated as done and what the sentence says of it, as the two write them.
    static func mismatch(statement: [String], sentence: [String], lexicon: Lexicon) -> (statement: String, sentence: String)? {
        conditional(statement: statement, sentence: sentence, lexicon: lexicon) ?? planned(statement: statement, sentence: sentence, lexicon: lexicon)
    }

    static func verbLemmas(_ w: String, lexicon: Lexicon) -> Set<String> {
        StopWords.english.contains(w) ? [] : Set(lexicon.lemmas(of: w).filter { $0.pos == .verb }.map(\.lemma))
    }

    /// Whether the word at `k` is a verb stated: inflected ("runs", "installed"; not "-ing", not a bare form), not
    /// after "to" or a determiner ("its coaches" is a noun), and no modal or condition in the four words before it.
    static func isStated(_ k: Int, in words: [String], lexicon: Lexicon) -> Bool {
        let w = words[k]
        guard !StopWords.english.contains(w), !w.hasSuffix("ing"),
              k == 0 || (words[k - 1] != "to" && !SentenceScope.determiners.contains(words[k - 1])) else { return false }
        let forms = lexicon.lemmas(of: w)
        guard forms.contains(where: { $0.pos == .verb && $0.lemma != w }) else { return false }
        return !words[max(0, k - 4)..<k].contains { Modality.modals.contains($0) || Modality.unasserted.contains($0) }
    }

    /// A verb under "would" or "will" in a sentence with a condition, or what that verb weighs ("would consider running"),
    /// that the statement states.
    static func conditional(statement: [String], sentence: [String], lexicon: Lexicon) -> (statement: String, sentence: String)? {
        guard let f = condition(in: sentence) else { return nil }
        let governed = Modality.governed(in: sentence, from: ["would", "will"], lexicon: lexicon)
        // The condition itself, up to the "would" that answers it ("if that time were paid …, it would be worth"),
        // is no fact either.
        if let answer = governed.first(where: { $0.modal > f })?.modal {
            for j in (f + 1)..<answer {
                let lemmas = verbLemmas(sentence[j], lexicon: lexicon)
                guard !lemmas.isEmpty, !SentenceScope.determiners.contains(sentence[j - 1]),
                      lexicon.lemmas(of: sentence[j]).contains(where: { $0.pos == .verb && $0.lemma != sentence[j] }) else { continue }
                if let k = statement.indices.first(where: { !verbLemmas(statement[$0], lexicon: lexicon).isDisjoint(with: lemmas) }),
                   isStated(k, in: statement, lexicon: lexicon) {
                    return (statement[k], sentence[f...j].joined(separator: " "))
                }
            }
        }
        for (m, v) in governed {
            var verbs = [v]
            if v + 1 < sentence.count, sentence[v + 1].hasSuffix("ing") { verbs.append(v + 1) }
            if v + 2 < sentence.count, sentence[v + 1] == "to" { verbs.append(v + 2) }
            for j in verbs {
                let lemmas = verbLemmas(sentence[j], lexicon: lexicon)
                guard !lemmas.isEmpty else { continue }
                if let k = statement.indices.first(where: { !verbLemmas(statement[$0], lexicon: lexicon).isDisjoint(with: lemmas) }),
                   isStated(k, in: statement, lexicon: lexicon) {
                    return (statement[k], sentence[m...j].joined(separator: " "))
                }
            }
        }
        return nil
    }

    /// Words (base forms) that name a plan, an aim, an intention or a promise.
    static let plans: Set<String> = ["plan", "aim", "intend", "intention", "propose", "proposal", "promise"]

    /// Whether a word is a form of one of `plans` ("planned", "aims").
    static func isPlan(_ w: String, lexicon: Lexicon) -> Bool {
        !StopWords.english.contains(w) && lexicon.lemmas(of: w).contains { plans.contains($0.lemma) }
    }

    /// A statement that states a verb as done against a sentence that names a plan and states none of its verbs.
    static func planned(statement: [String], sentence: [String], lexicon: Lexicon) -> (statement: String, sentence: String)? {
        // The verb stated as done: after a marker ("has opened", "was installed"), else the first in the past ("opened").
        let marked = statement.firstIndex(where: done.contains).flatMap { m in
            statement[(m + 1)...].prefix(3).indices.first(where: { isStated($0, in: statement, lexicon: lexicon) }).map { (m, $0) }
        } ?? statement.indices.first(where: { isStated($0, in: statement, lexicon: lexicon) && Modality.isPast(statement[$0]) }).map { ($0, $0) }
        guard let (marker, k) = marked,
              !statement.contains(where: { isPlan($0, lexicon: lexicon) }),
              let plan = sentence.first(where: { isPlan($0, lexicon: lexicon) })
        else { return nil }
        let lemmas = verbLemmas(statement[k], lexicon: lexicon)
        guard !sentence.indices.contains(where: { isStated($0, in: sentence, lexicon: lexicon)
            && !verbLemmas(sentence[$0], lexicon: lexicon).isDisjoint(with: lemmas) }) else { return nil }
        // A verb in the past with no marker only against a sentence that plans that very verb ("plans to collect"
        // against "is collected"): in other words, the plan may be another matter.
        if marker == k, !sentence.contains(where: { !verbLemmas($0, lexicon: lexicon).isDisjoint(with: lemmas) }) { return nil }
        return (statement[marker...k].joined(separator: " "), plan)
    }
}
