/// Open answers, point by point. The answer is read clause by clause; a key point is made when a clause names one
/// of its words (or another form, a synonym or a related form). A point is contradicted when a clause about it uses
/// an opposite of the sentence's words ("shallow" for "deep"), or turns its polarity around ("has plenty of
/// leverage" against "lacks leverage", "not" against none): it counts as wrong and the reader is told why.
extension Grader {
    func gradeKeyPoints(_ q: Question, _ answer: String) -> Grade {
        let points = q.keyPoints ?? []
        guard !points.isEmpty else { return .wrong("no key points to compare") }
        let matcher = WordMatcher(lexicon: lexicon)
        let clauses = Self.clauses(answer).map { text -> (text: String, words: [String], units: [String]) in
            let words = AnswerText.words(text)
            return (text, words, AnswerText.units(words, lexicon: lexicon))
        }
        var made: [String] = [], missing: [String] = [], contradicted: [String] = []
        for point in points {
            let pointWords = point.words.flatMap { AnswerText.words($0) }
            let sentenceWords = point.sentence.map(AnswerText.words) ?? []
            let sentenceNegated = sentenceWords.contains { AnswerText.polarityWords.contains($0) }
            var isMade = false
            var against: String?
            for clause in clauses {
                let content = clause.units.filter(AnswerText.isContent)
                let hits = content.indices.filter { i in pointWords.contains { matcher.match(content[i], $0) != .none } }
                let opposes = content.contains { u in (pointWords + sentenceWords).contains { matcher.opposes(u, $0) } }
                guard !hits.isEmpty || opposes else { continue }
                let clauseNegated = clause.words.contains { AnswerText.polarityWords.contains($0) }
                // Without the sentence, only a negation just before the matched word turns the point around.
                let negatedNearHit = hits.contains { i in
                    guard let at = clause.words.firstIndex(of: content[i].split(separator: " ").first.map(String.init) ?? "") else { return false }
                    return clause.words[max(0, at - 3)..<at].contains { AnswerText.negators.contains($0) }
                }
                let flipped = point.sentence == nil ? negatedNearHit : clauseNegated != sentenceNegated
                if opposes || flipped {
                    against = against ?? clause.text
                } else {
                    isMade = true
                }
            }
            if let against, !isMade {
                let source = point.sentence.map { "; the essay says “\($0)”" + (point.evidence.map { " [\($0)]" } ?? "") } ?? ""
                contradicted.append("you said “\(against)”\(source)")
            } else if isMade {
                made.append(point.point)
            } else {
                missing.append(point.point)
            }
        }
        var reasons: [String] = []
        if !contradicted.isEmpty { reasons.append(contradicted.joined(separator: "; ")) }
        if !missing.isEmpty { reasons.append("missing: " + missing.joined(separator: "; ")) }
        if made.count == points.count { return .correct("you made every key point") }
        if made.isEmpty { return .wrong(reasons.joined(separator: ". ")) }
        return Grade(.partial, score: Double(made.count) / Double(points.count),
                     reason: "\(made.count) of \(points.count) key points; " + reasons.joined(separator: ". "))
    }

    /// An answer cut into clauses at punctuation and at the conjunctions that join clauses.
    static func clauses(_ text: String) -> [String] {
        var out: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { out.append(current.joined(separator: " ")) }
            current = []
        }
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var word = raw
            let ends = word.last.map { ",;:.!?".contains($0) } ?? false
            if ends { word = word.dropLast() }
            if ["and", "but", "while", "because", "so", "although", "whereas"].contains(word.lowercased()) {
                flush()
                continue
            }
            if !word.isEmpty { current.append(word) }
            if ends { flush() }
        }
        flush()
        return out
    }
}
