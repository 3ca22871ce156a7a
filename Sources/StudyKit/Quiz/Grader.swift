/// Grades answers by meaning and says why. Case, punctuation, articles and the order of a short phrase do not
/// matter; another form of a word, a synonym or related form in WordNet, and a typo that is no word of its own are
/// accepted and said so; an antonym or a negation the key does not have makes the answer wrong. Multiple choice takes
/// a letter, a number, or words that fit one option better than the others (an answer that fits two equally is asked
/// again). Open answers are checked point by point, and a point the answer contradicts is named.
public struct Grader: Sendable {
    let lexicon: Lexicon

    public init(lexicon: Lexicon = .shared) { self.lexicon = lexicon }

    public func grade(_ question: Question, answer: String) -> Grade {
        let trimmed = answer.trimmingCharacters(inSet: " ")
        guard !trimmed.isEmpty else { return Grade(.unreadable, score: 0, reason: "type an answer, or hint, skip or quit") }
        if question.order != nil { return gradeOrder(question, trimmed) }
        if question.keyPoints != nil { return gradeKeyPoints(question, trimmed) }
        if let options = question.options { return gradeChoice(question, options: options, trimmed) }
        return gradeText(trimmed, targets: [question.answer] + question.accepted)
    }

    // MARK: Multiple choice

    /// What an answer to a multiple-choice question names.
    public enum Pick: Equatable, Sendable {
        case option(Int)
        /// The words fit these options equally well.
        case tie([Int])
        case none
    }

    /// Which option an answer names: a letter, a number (a section's number when the options are sections), or
    /// words that fit one option better than the others.
    public func pick(_ answer: String, in options: [String]) -> Pick {
        var a = answer.lowercased().trimmingCharacters(inSet: " ")
        while let last = a.last, last == ")" || last == "." { a.removeLast() }
        if a.hasPrefix("(") { a.removeFirst() }
        if options.count == 2, options.first == "True" {
            if ["t", "true", "yes", "y"].contains(a) { return .option(0) }
            if ["f", "false", "no", "n"].contains(a) { return .option(1) }
        }
        if a.count == 1, let scalar = a.unicodeScalars.first, ("a"..."z").contains(scalar) {
            let index = Int(scalar.value - 97)
            return options.indices.contains(index) ? .option(index) : .none
        }
        // Options that are sections (`§2 Costs`): a number names the section, not the option's place.
        if !options.isEmpty, options.allSatisfy({ $0.hasPrefix("§") }), let n = Int(a.hasPrefix("§") ? String(a.dropFirst()) : a) {
            return options.firstIndex { $0 == "§\(n)" || $0.hasPrefix("§\(n) ") }.map(Pick.option) ?? .none
        }
        if let n = Int(a) { return (1...max(1, options.count)).contains(n) ? .option(n - 1) : .none }
        return pickByWords(answer, in: options)
    }

    /// The option whose words the answer's words fit best (each answer word weighed by how it matches), when it
    /// fits clearly better than the next; an opposite or an added negation counts against an option.
    func pickByWords(_ answer: String, in options: [String]) -> Pick {
        let matcher = WordMatcher(lexicon: lexicon)
        let givenWords = AnswerText.words(answer)
        let given = AnswerText.units(givenWords, lexicon: lexicon).filter(AnswerText.isContent)
        guard !given.isEmpty else { return .none }
        let givenNegated = givenWords.contains { AnswerText.polarityWords.contains($0) }
        let scores: [Double] = options.map { option in
            let optionWords = AnswerText.words(option)
            let units = AnswerText.units(optionWords, lexicon: lexicon).filter(AnswerText.isContent)
            guard !units.isEmpty else { return 0 }
            var total = 0.0, covered = Set<Int>()
            var opposed = false
            for g in given {
                var best = WordMatcher.Match.none, at = -1
                for (k, u) in units.enumerated() {
                    let m = matcher.match(g, u)
                    if m > best { (best, at) = (m, k) }
                    if matcher.opposes(g, u) { opposed = true }
                }
                total += best.weight
                if at >= 0 { covered.insert(at) }
            }
            var score = total / Double(given.count) + 0.1 * Double(covered.count) / Double(units.count)
            let optionNegated = optionWords.contains { AnswerText.polarityWords.contains($0) }
            if opposed || givenNegated != optionNegated { score *= 0.3 }
            return score
        }
        let ranked = scores.indices.sorted { scores[$0] > scores[$1] }
        let best = ranked[0]
        guard scores[best] >= 0.5 else { return .none }
        let close = ranked.filter { scores[$0] >= scores[best] - 0.05 }
        return close.count == 1 ? .option(best) : .tie(close.sorted())
    }

    /// Which option an answer names, when it names exactly one.
    public func option(named answer: String, in options: [String]) -> Int? {
        if case .option(let i) = pick(answer, in: options) { return i }
        return nil
    }

    func gradeChoice(_ q: Question, options: [String], _ answer: String) -> Grade {
        let chosen: Int
        switch pick(answer, in: options) {
        case .option(let i): chosen = i
        case .tie(let fits):
            let letters = fits.map { OptionLetter.of($0) }.joined(separator: " and ")
            return Grade(.unreadable, score: 0, reason: "that fits \(letters) equally: answer with a letter, or say more")
        case .none:
            let last = OptionLetter.of(options.count - 1).lowercased()
            let number = options.allSatisfy({ $0.hasPrefix("§") }) ? "a section number (§1, §2 …)" : "a number (1–\(options.count))"
            return Grade(.unreadable, score: 0, reason: "answer with a letter (a–\(last)), \(number) or the option's words")
        }
        if chosen == q.answerIndex { return .correct() }
        return .wrong("the answer is \(OptionLetter.of(q.answerIndex ?? 0)): \(q.answer)")
    }

    // MARK: Typed text

    /// Grades a typed answer against the accepted answers; the best match counts.
    public func gradeText(_ answer: String, targets: [String]) -> Grade {
        let matcher = WordMatcher(lexicon: lexicon)
        var best = Grade.wrong("the answer is '\(targets.first ?? "")'")
        var bestIsOpposite = false
        for target in targets where !target.isEmpty {
            let (g, opposite) = gradeOne(answer, target, matcher)
            if g.score > best.score || (g.score == best.score && g.verdict == .correct && best.verdict != .correct) {
                (best, bestIsOpposite) = (g, opposite)
            } else if g.score == best.score && opposite && !bestIsOpposite && best.verdict == .wrong {
                (best, bestIsOpposite) = (g, opposite)
            }
            if best.verdict == .correct && best.reason == "correct" { break }
        }
        return best
    }

    /// One answer against one target, and whether the answer says the opposite of it.
    private func gradeOne(_ answer: String, _ target: String, _ matcher: WordMatcher) -> (Grade, Bool) {
        let givenWords = AnswerText.words(answer), wantedWords = AnswerText.words(target)
        guard !wantedWords.isEmpty else { return (.wrong("the answer is '\(target)'"), false) }
        if givenWords == wantedWords { return (.correct(), false) }
        let given = AnswerText.units(givenWords, lexicon: lexicon), wanted = AnswerText.units(wantedWords, lexicon: lexicon)
        let negatedGiven = given.contains { AnswerText.negators.contains($0) }
        let negatedWanted = wanted.contains { AnswerText.negators.contains($0) }
        if negatedGiven != negatedWanted { return (.wrong("the answer is '\(target)' (yours says the opposite)"), true) }
        if given.sorted() == wanted.sorted() { return (.correct("correct (word order does not matter)"), false) }
        // Pair each wanted word with the unused given word that matches it best.
        var unused = given.filter { !AnswerText.negators.contains($0) }
        var notes: [String] = []
        var opposites: [String] = []
        var matched = 0, required = 0
        var missing: [String] = []
        for w in wanted where !AnswerText.negators.contains(w) {
            let content = AnswerText.isContent(w)
            if content { required += 1 }
            let scored = unused.indices.map { ($0, matcher.match(unused[$0], w)) }.filter { $0.1 != .none }
            if let (i, how) = scored.max(by: { $0.1 < $1.1 }) {
                switch how {
                case .typo: notes.append("'\(unused[i])' for '\(w)'")
                case .synonym: notes.append("'\(unused[i])' for '\(w)' (same meaning)")
                case .form: notes.append("another form of '\(w)'")
                default: break
                }
                unused.remove(at: i)
                if content { matched += 1 }
                continue
            }
            if let o = unused.first(where: { matcher.opposes($0, w) }) { opposites.append("'\(o)' is the opposite of '\(w)'") }
            if content { missing.append(w) }
        }
        if !opposites.isEmpty {
            return (.wrong("the answer is '\(target)' (yours says the opposite: \(opposites.joined(separator: ", ")))"), true)
        }
        if missing.isEmpty && required > 0 {
            if notes.isEmpty { return (.correct(unused.isEmpty ? "correct" : "correct ('\(target)')"), false) }
            return (.correct("accepted: " + notes.joined(separator: ", ")), false)
        }
        // A word of the key replaced by another ("keep the dam" for "remove the dam", "county court" for "county
        // council") names something else: no partial credit, unlike a word left out.
        if let other = unused.first(where: { AnswerText.isContent($0) && matcher.lexicon.isWord($0) }), let w = missing.first {
            return (.wrong("the answer is '\(target)' ('\(other)' is not '\(w)')"), false)
        }
        let coverage = required == 0 ? 0 : Double(matched) / Double(required)
        if coverage >= 0.5 && required > 1 {
            return (Grade(.partial, score: 0.5,
                          reason: "partly right: the answer is '\(target)' (missing: \(missing.joined(separator: ", ")))"), false)
        }
        return (.wrong("the answer is '\(target)'"), false)
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
        let letters = (0..<n).map { OptionLetter.of($0) }.joined(separator: " ")
        guard picks.count == n, Set(picks) == Set(0..<n) else {
            return Grade(.unreadable, score: 0, reason: "give all \(n) letters in order, e.g. \(letters)")
        }
        let expected = order.compactMap { options.firstIndex(of: $0) }
        let right = zip(picks, expected).filter { $0 == $1 }.count
        let answerLetters = expected.map { OptionLetter.of($0) }.joined(separator: " ")
        if right == n { return .correct() }
        if right * 2 >= n {
            return Grade(.partial, score: Double(right) / Double(n),
                         reason: "\(right) of \(n) in the right place; the author's order is \(answerLetters)")
        }
        return .wrong("the author's order is \(answerLetters)")
    }
}
