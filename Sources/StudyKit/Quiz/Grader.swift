/// Grades answers leniently and says why: case, punctuation, articles and the order of a short phrase do not
/// matter; other forms of a word (stems) and small typos are forgiven, and said so; a near miss gets partial credit
/// with the reason. Multiple choice takes a letter, a number or the option's text.
public struct Grader: Sendable {
    let stemmer = PorterStemmer()

    public init() {}

    public func grade(_ question: Question, answer: String) -> Grade {
        let trimmed = answer.trimmingCharacters(inSet: " ")
        guard !trimmed.isEmpty else { return Grade(.unreadable, score: 0, reason: "type an answer, or hint, skip or quit") }
        if question.order != nil { return gradeOrder(question, trimmed) }
        if question.keyPoints != nil { return gradeKeyPoints(question, trimmed) }
        if let options = question.options { return gradeChoice(question, options: options, trimmed) }
        return gradeText(trimmed, targets: [question.answer] + question.accepted)
    }

    // MARK: Multiple choice

    /// Which option an answer names: a letter, a number (a section's number when the options are sections), or
    /// (leniently) an option's text.
    public func option(named answer: String, in options: [String]) -> Int? {
        var a = answer.lowercased().trimmingCharacters(inSet: " ")
        while let last = a.last, last == ")" || last == "." { a.removeLast() }
        if a.hasPrefix("(") { a.removeFirst() }
        if a.count == 1, let scalar = a.unicodeScalars.first, ("a"..."z").contains(scalar) {
            let index = Int(scalar.value - 97)
            if options.indices.contains(index) { return index }
        }
        // Options that are sections (`§2 Costs`): a number names the section, not the option's place.
        if !options.isEmpty, options.allSatisfy({ $0.hasPrefix("§") }), let n = Int(a.hasPrefix("§") ? String(a.dropFirst()) : a) {
            return options.firstIndex { $0 == "§\(n)" || $0.hasPrefix("§\(n) ") }
        }
        if let n = Int(a), (1...options.count).contains(n) { return n - 1 }
        if options.count == 2, options.first == "True" {
            if ["t", "true", "yes", "y"].contains(a) { return 0 }
            if ["f", "false", "no", "n"].contains(a) { return 1 }
        }
        let matching = options.indices.filter { gradeText(answer, targets: [options[$0]]).verdict == .correct }
        return matching.count == 1 ? matching[0] : nil
    }

    func gradeChoice(_ q: Question, options: [String], _ answer: String) -> Grade {
        guard let chosen = option(named: answer, in: options) else {
            let last = Character(UnicodeScalar(UInt8(96 + options.count)))
            let number = options.allSatisfy({ $0.hasPrefix("§") }) ? "a section number (§1, §2 …)" : "a number (1–\(options.count))"
            return Grade(.unreadable, score: 0, reason: "answer with a letter (a–\(last)), \(number) or the option's text")
        }
        let letter = Character(UnicodeScalar(UInt8(65 + (q.answerIndex ?? 0))))
        if chosen == q.answerIndex { return .correct() }
        return .wrong("the answer is \(letter): \(q.answer)")
    }

    // MARK: Typed text

    /// Grades a typed answer against the accepted answers; the best match counts.
    public func gradeText(_ answer: String, targets: [String]) -> Grade {
        var best = Grade.wrong("the answer is '\(targets.first ?? "")'")
        for target in targets where !target.isEmpty {
            let g = gradeOne(answer, target)
            if g.score > best.score || (g.score == best.score && g.verdict == .correct && best.verdict != .correct) {
                best = g
            }
            if best.verdict == .correct && best.reason == "correct" { break }
        }
        return best
    }

    private func gradeOne(_ answer: String, _ target: String) -> Grade {
        let given = AnswerText.words(answer), wanted = AnswerText.words(target)
        guard !wanted.isEmpty else { return .wrong("the answer is '\(target)'") }
        if given == wanted { return .correct() }
        if given.sorted() == wanted.sorted() { return .correct("correct (word order does not matter)") }
        // Pair each wanted word with an unused given word: exactly, by stem, or within a typo budget.
        var unused = given
        var corrections: [(String, String)] = []
        var byForm = false
        var matched = 0
        var missing: [String] = []
        for w in wanted {
            if let i = unused.firstIndex(of: w) {
                unused.remove(at: i); matched += 1; continue
            }
            let stem = stemmer.stem(w)
            if !AnswerText.isExactOnly(w), let i = unused.firstIndex(where: { !AnswerText.isExactOnly($0) && stemmer.stem($0) == stem }) {
                unused.remove(at: i); matched += 1; byForm = true; continue
            }
            if !AnswerText.isExactOnly(w), let i = unused.firstIndex(where: {
                !AnswerText.isExactOnly($0) && AnswerText.distance($0, w, limit: AnswerText.typoBudget(w)) <= AnswerText.typoBudget(w)
            }) {
                corrections.append((unused[i], w))
                unused.remove(at: i); matched += 1; continue
            }
            missing.append(w)
        }
        let extraNegation = unused.contains { AnswerText.negators.contains($0) }
        if missing.isEmpty && !extraNegation {
            if !corrections.isEmpty {
                let list = corrections.map { "'\($0.0)' for '\($0.1)'" }.joined(separator: ", ")
                return .correct("accepted: \(list)")
            }
            if byForm { return .correct("accepted: another form of '\(target)'") }
            return .correct(unused.isEmpty ? "correct" : "correct ('\(target)')")
        }
        let coverage = Double(matched) / Double(wanted.count)
        if coverage >= 0.5 && !extraNegation && wanted.count > 1 {
            return Grade(.partial, score: 0.5,
                         reason: "partly right: the answer is '\(target)' (missing: \(missing.joined(separator: ", ")))")
        }
        if extraNegation { return .wrong("the answer is '\(target)' (yours says the opposite)") }
        return .wrong("the answer is '\(target)'")
    }

    // MARK: Order

    func gradeOrder(_ q: Question, _ answer: String) -> Grade {
        guard let options = q.options, let order = q.order else { return .wrong("no order to compare") }
        let n = options.count
        var picks: [Int] = []
        let compact = answer.filter { !$0.isWhitespace && $0 != "," && $0 != "-" && $0 != ">" }
        if compact.allSatisfy({ $0.isLetter }) && compact.count == n {
            picks = compact.lowercased().unicodeScalars.map { Int($0.value) - 97 }
        } else if compact.allSatisfy({ $0.isNumber }) && compact.count == n {
            picks = compact.compactMap { Int(String($0)) }.map { $0 - 1 }
        }
        let letters = (0..<n).map { String(Character(UnicodeScalar(UInt8(65 + $0)))) }.joined(separator: " ")
        guard picks.count == n, Set(picks) == Set(0..<n) else {
            return Grade(.unreadable, score: 0, reason: "give all \(n) letters in order, e.g. \(letters)")
        }
        let expected = order.compactMap { options.firstIndex(of: $0) }
        let right = zip(picks, expected).filter { $0 == $1 }.count
        let answerLetters = expected.map { String(Character(UnicodeScalar(UInt8(65 + $0)))) }.joined(separator: " ")
        if right == n { return .correct() }
        if right * 2 >= n {
            return Grade(.partial, score: Double(right) / Double(n),
                         reason: "\(right) of \(n) in the right place; the author's order is \(answerLetters)")
        }
        return .wrong("the author's order is \(answerLetters)")
    }

    // MARK: Open answers

    /// Each key point counts when one of its words (or another form of it) is in the answer and not negated
    /// just before; the score is the share of points made, and the missing points are named.
    func gradeKeyPoints(_ q: Question, _ answer: String) -> Grade {
        let points = q.keyPoints ?? []
        guard !points.isEmpty else { return .wrong("no key points to compare") }
        let words = AnswerText.words(answer)
        let stems = words.map { stemmer.stem($0) }
        var made: [String] = [], missing: [String] = []
        for point in points {
            let targets = Set(point.words.flatMap { AnswerText.words($0) }.map { stemmer.stem($0) })
            let hit = stems.indices.contains { i in
                targets.contains(stems[i]) && !words[max(0, i - 3)..<i].contains { AnswerText.negators.contains($0) }
            }
            if hit { made.append(point.point) } else { missing.append(point.point) }
        }
        let score = Double(made.count) / Double(points.count)
        if missing.isEmpty { return .correct("you made every key point") }
        if made.isEmpty { return .wrong("missing: " + missing.joined(separator: "; ")) }
        return Grade(.partial, score: score,
                     reason: "\(made.count) of \(points.count) key points; missing: " + missing.joined(separator: "; "))
    }
}
