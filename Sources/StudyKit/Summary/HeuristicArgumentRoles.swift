/// A stand-in for the argument map: guesses the digest's input from discourse markers. Replace the call sites of
/// `ArgumentDigestInput.heuristic(model:summary:)` with the argument map's roles once it exists; nothing else
/// depends on this file.
///
/// - recommendations: sentences with "should", "must", "need to", "ought to" (not questions);
/// - reasons: sentences opening with "Because", "Since", "Given", or holding "because";
/// - concessions: sentences opening with "Although", "Though", "While", "Granted", "Admittedly", "To be sure",
///   "Of course", "True,", or naming critics ("critics", "some argue", "it is true that"); answered by the next
///   sentence when it opens with "But", "Yet", "However", "Still", "Nevertheless";
/// - thesis: the most relevant summary sentence that takes a stance ("only", "must", "should", "cannot", "will not",
///   "need", "best", "argue", "believe", "is the", …), else the most relevant sentence.
///
/// Within each role the most relevant sentences (by the summary's scores) come first.
extension ArgumentDigestInput {
    public static func heuristic(model: KnowledgeModel, summary: Summary) -> ArgumentDigestInput {
        let range = summary.sentences
        let texts = range.map { " " + model.text(of: model.sentences[$0]).lowercased() + " " }
        func text(_ i: Int) -> String { texts[i - range.lowerBound] }
        func relevance(_ i: Int) -> Double { summary.score(of: i)?.relevance ?? 0 }
        func byRelevance(_ xs: [Int]) -> [Int] { xs.sorted { relevance($0) != relevance($1) ? relevance($0) > relevance($1) : $0 < $1 } }
        func isQuestion(_ i: Int) -> Bool { text(i).trimmingCharacters(inSet: " \"'”’)").hasSuffix("?") }
        func opens(_ i: Int, _ words: [String]) -> Bool { words.contains { text(i).hasPrefix(" " + $0) } }
        func has(_ i: Int, _ words: [String]) -> Bool { words.contains { text(i).contains(" " + $0 + " ") } }
        let usable = range.filter { !isQuestion($0) && model.sentences[$0].tokens.count >= 6 }

        let concessionOpenings = ["although ", "though ", "even though ", "while ", "granted", "admittedly",
                                  "to be sure", "of course,", "true,"]
        let answerOpenings = ["but ", "yet ", "yet,", "however", "still,", "nevertheless", "nonetheless"]
        let concessionSentences = usable.filter { opens($0, concessionOpenings) || has($0, ["critics", "some argue", "it is true that"]) }
        let concessions = byRelevance(concessionSentences).map { i -> Concession in
            let next = i + 1
            let answered = range.contains(next) && opens(next, answerOpenings) && !isQuestion(next) ? next : nil
            return Concession(sentence: i, answeredBy: answered)
        }
        let conceded = Set(concessionSentences)
        let reasons = byRelevance(usable.filter {
            !conceded.contains($0) && (opens($0, ["because ", "since ", "given "]) || has($0, ["because"]))
        })
        let recommendations = byRelevance(usable.filter {
            !conceded.contains($0) && has($0, ["should", "must", "need to", "needs to", "ought to"])
        })
        let stance = ["only", "must", "should", "cannot", "can not", "will not", "need", "best", "argue", "believe",
                      "is the", "are the", "never", "necessary", "essential", "ought"]
        let ranked = summary.lines.sorted { $0.rank < $1.rank }.map(\.sentence).filter { usable.contains($0) }
        let pool = ranked.isEmpty ? byRelevance(usable) : ranked
        // A thesis stands on its own: not one that opens by pointing back or on a condition ("If it does, …").
        let dependent = pool.filter { opens($0, ["if ", "this ", "these ", "such ", "it ", "they ", "those "]) }
        let avoid = conceded.union(reasons.prefix(2)).union(dependent)
        let thesis = pool.first { has($0, stance) && !avoid.contains($0) } ?? pool.first { !avoid.contains($0) } ?? pool.first
        return ArgumentDigestInput(thesis: thesis.map { [$0] } ?? [], reasons: reasons, concessions: concessions,
                                   recommendations: recommendations.filter { $0 != thesis })
    }
}
