import Foundation

/// The explicit signals in a sentence that a question's key can be checked against: quotation marks, discourse
/// markers for a role, numbers. A generator makes a question only when the signal its rule names is there, and
/// records it with the question (`Question.basis`, shown by `why`).
extension QuizContext {
    /// Whether sentence `i` is, or is inside, a quotation: a quotation opened earlier in its paragraph is still
    /// open, or a quoted clause (four words or more) is part of it. A word or two in quotation marks ("the
    /// "surge"") does not count. Nothing quoted is asked as the author's own statement.
    public func isQuoted(_ i: Int) -> Bool {
        if opensInsideQuote[i] { return true }
        return quotedSpans(i).contains { model.text(of: $0).split(separator: " ").count >= 4 }
    }

    /// The byte ranges of the quoted passages in sentence `i` (an unclosed one runs to the sentence's end).
    func quotedSpans(_ i: Int) -> [Range<Int>] {
        let s = model.sentences[i]
        let t = text(i)
        guard Self.mayHoldQuoteMark(t) else { return [] }
        var spans: [Range<Int>] = []
        var open: Int?
        var offset = s.range.lowerBound
        for ch in t {
            let isOpening = ch == "“" || ch == "«" || (ch == "\"" && open == nil)
            let isClosing = ch == "”" || ch == "»" || (ch == "\"" && open != nil)
            if isClosing, let o = open {
                spans.append(o..<offset)
                open = nil
            } else if isOpening {
                open = offset + ch.utf8.count
            }
            offset += ch.utf8.count
        }
        if let o = open { spans.append(o..<s.range.upperBound) }
        return spans
    }

    /// Whether a byte range of sentence `i` lies inside quotation marks.
    func isInsideQuote(_ range: Range<Int>, sentence i: Int) -> Bool {
        quotedSpans(i).contains { $0.overlaps(range) }
    }

    static let quoteMarks: Set<Character> = ["\"", "“", "”", "«", "»"]

    /// Whether the UTF-8 of `text` holds one of `quoteMarks` (`"`, and the bytes of “ ” « »): most sentences
    /// hold none, and a byte scan says so without comparing characters.
    static func mayHoldQuoteMark(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x22 { return true }
            if previous == 0xC2, byte == 0xAB || byte == 0xBB { return true }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0x9C || byte == 0x9D { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// The sentence's words, lower-cased, punctuation removed.
    func words(_ i: Int) -> [String] { AnswerText.words(text(i)) }

    /// The first cue of `cues` (single words or phrases) found in sentence `i`, if any.
    func cue(in i: Int, _ cues: [String]) -> String? {
        let joined = " " + words(i).joined(separator: " ") + " "
        return cues.first { joined.contains(" " + $0 + " ") }.map { "“\($0)”" }
    }

    /// Words that deny or forbid what a reporting verb after them would give to someone.
    static let denials: Set<String> = ["never", "not", "no", "nobody", "anyone", "anybody", "don't", "let"]

    /// "for example" or "for instance" among the first four words of sentence `i`: there it marks the whole
    /// sentence as an example ("In Oregon, for example, scores fell"); later it qualifies a phrase of its own
    /// sentence ("Prices rise when…, for example after cheap borrowing").
    func exampleCue(in i: Int) -> String? {
        let opening = " " + words(i).prefix(4).joined(separator: " ") + " "
        return ["for example", "for instance"].first { opening.contains(" " + $0 + " ") }.map { "“\($0)”" }
    }

    /// Sentence `i` as a question shows it when its key is that it gives an example: without the "for example"
    /// that says so (the answer would be in the stem), an ellipsis in its place ("… at Marsh Lane School…", "In
    /// Oregon … test scores fell"). Other sentences as written.
    func shownWithoutExampleMarker(_ i: Int) -> String {
        let t = text(i)
        guard exampleCue(in: i) != nil else { return t }
        for marker in ["for example", "for instance"] {
            guard let r = t.range(of: marker, options: .caseInsensitive) else { continue }
            var before = t[..<r.lowerBound], after = t[r.upperBound...]
            while let last = before.last, last == " " || last == "," { before.removeLast() }
            while let first = after.first, first == " " || first == "," { after.removeFirst() }
            return before.isEmpty ? "… " + after : before + " … " + after
        }
        return t
    }

    /// The explicit cue in a sentence that marks it as having `role`, if one: the signal a role or evidence
    /// question needs. The lists are discourse markers, function words of English, not topic words.
    func roleCue(_ i: Int, _ role: ArgumentRole) -> String? {
        let w = words(i)
        switch role {
        case .thesis: return argument.mainThesis == i ? "the thesis the essay argues for" : nil
        case .reason:
            if w.first == "given" { return "“given” at its start" }
            // "since" of time ("since then", "since 1900", "ever since") gives no reason.
            let sinceOfTime = w.indices.contains { k in
                w[k] == "since" && (k + 1 == w.count || w[k + 1] == "then" || w[k + 1].first?.isNumber == true
                    || Self.months.contains(w[k + 1]) || (k > 0 && w[k - 1] == "ever"))
            }
            return cue(in: i, sinceOfTime ? ["because", "for this reason", "due to", "given that", "as a result of"]
                                          : ["because", "since", "for this reason", "due to", "given that", "as a result of"])
        case .evidence:
            // "such as" lists kinds of a word of its own sentence ("such as these"), no evidence for another.
            if let c = cue(in: i, ["according to", "studies show"]) ?? exampleCue(in: i) { return c }
            return statedFigure(in: i).map { "the figure \($0)" }
        // A concession opens with its marker ("Admittedly, …", "Of course some will…"); inside a sentence "of
        // course" is emphasis ("Finally, of course, X has shortcomings"). Not "although": "Although X, Y" claims Y.
        case .concession:
            let opening = w.prefix(4).joined(separator: " ") + " "
            return ["admittedly", "of course", "granted", "to be sure", "it is true that"]
                .first { opening.hasPrefix($0 + " ") }.map { "“\($0)” opening it" }
        case .objection:
            // A view is reported when its verb introduces a clause ("say that", "point out that"), not an object
            // ("people who hold their wealth in houses").
            guard let a = argument.attributions[i], !a.isSource,
                  let verb = a.cue.lowercased().split(separator: " ").last.map(String.init),
                  let k = w.firstIndex(of: verb), w[(k + 1)...].prefix(2).contains("that"),
                  // "Never let anyone tell you that…": a view denied before it is given is nobody's.
                  !w[..<k].contains(where: Self.denials.contains),
                  // "It was said that…" gives the view to nobody; "Second, parents tell us that…" numbers one of the
                  // author's own points (unless it names an objection or its holders).
                  w.first != "it", !w.prefix(2).contains(where: OrderGenerator.ordinals.contains)
                    || w.prefix(5).contains(where: Self.opposingWords.contains) else { return nil }
            return "“\(a.cue)” gives it to \(a.holder)"
        case .rebuttal:
            guard let first = w.first else { return nil }
            return ["but", "however", "yet", "nevertheless", "nonetheless", "still"].contains(first) ? "“\(first)” at its start" : nil
        case .recommendation:
            // A modal in a condition or a consequence ("Should a thought…", "if…, we should…") recommends nothing.
            if w.first == "should" || w.contains("if") || w.contains("were") { return nil }
            return cue(in: i, ["should", "must", "ought to", "need to", "needs to", "let us", "we need"])
        default: return nil
        }
    }
}

extension QuizContext {
    /// The essay's `n` most frequent content words (what the essay is about, and so guessable in a gap).
    func mostFrequentContentWords(_ n: Int) -> [String] {
        var counts = [Int](repeating: 0, count: model.vocabulary.words.count)
        for t in model.tokens where !t.flags.contains(.stopWord) && !t.flags.contains(.numeric) { counts[Int(t.word)] += 1 }
        return counts.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }.prefix(n)
            .map { model.vocabulary.words[$0] }
    }
}

extension QuizContext {
    /// A figure the sentence gives as a fact: a number written in digits that is not a date (no month name next
    /// to it, not a year). Number words ("one another", "two points") are not figures.
    func figure(in i: Int) -> String? {
        let w = text(i).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "," && $0 != "%" }).map(String.init)
        for (k, written) in w.enumerated() where written.first?.isNumber == true {
            // A comma after the number ends the clause ("the 1960s,"); only one between digits groups them.
            var word = written
            while word.hasSuffix(",") { word.removeLast() }
            let value = Int(word.filter(\.isNumber)) ?? 0
            if (1000...2100).contains(value) && !word.contains(",") { continue }
            if k > 0 && Self.months.contains(w[k - 1]) { continue }
            // "’87", "'75": a year with its century left out.
            if word.count == 2, let at = text(i).range(of: word), at.lowerBound > text(i).startIndex,
               ["'", "’"].contains(text(i)[text(i).index(before: at.lowerBound)]) { continue }
            if k + 1 < w.count && Self.months.contains(w[k + 1]) { continue }
            return word
        }
        return nil
    }

    /// A figure given as a fact about what is or was: `figure(in:)` in a sentence with no modal or future verb
    /// ("The whole number will be at least 390", "Each school should hire 2 cooks" plan or predict; they report
    /// nothing) that does not open a supposed case ("Suppose…", "If…").
    func statedFigure(in i: Int) -> String? {
        let w = words(i)
        // "Suppose a family keeps 1,000 pounds…": a supposed case reports nothing.
        guard !w.contains(where: Self.modalVerbs.contains), !["suppose", "imagine", "if", "say"].contains(w.first ?? "") else { return nil }
        return figure(in: i)
    }

    /// Verbs that put a statement in the future, a plan or a possibility.
    static let modalVerbs: Set<String> = ["will", "would", "shall", "should", "must", "let", "could", "might", "may", "ought"]

    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"]
}

extension QuizContext {
    /// The sentences that support `claim` within its own paragraph, after it, when the claim opens that paragraph:
    /// the text's own layout (a topic sentence and what follows it) marks the link, not the argument model alone.
    func paragraphSupports(of claim: Int) -> [Int] {
        let paragraph = model.paragraphs[model.sentences[claim].paragraphIndex].sentences
        guard paragraph.lowerBound == claim else { return [] }
        return strongSupports(of: claim).filter { paragraph.contains($0) && $0 > claim }
    }

    /// Words that name a side's view ("A third objection is that…", "Critics say…", "Supporters of the change
    /// make a fair point"): such a sentence speaks of a view, not the author's own claim.
    static let opposingWords: Set<String> = ["objection", "objections", "critics", "opponents", "skeptics", "sceptics",
                                             "supporters", "proponents", "defenders", "advocates"]

    /// Whether sentence `i` states a view the author argues against: a view given to someone else, or one named as
    /// an objection among its first five words. Such a sentence is no claim of the author's to ask reasons for.
    func statesOpposingView(_ i: Int) -> Bool {
        reportsAnotherView(i) || !(argument.attributions[i].map(\.isSource) ?? true)
            || words(i).prefix(5).contains(where: Self.opposingWords.contains)
    }

    /// Verbs that give what follows to their subject as a view ("Others worry that…", "Some members have proposed
    /// a compromise"): the reporting verbs of the argument stage that do not present the view as true, and a few
    /// verbs of worry and proposal.
    static let viewVerbs: Set<String> = AttributionFinder.reportingVerbs.subtracting(AttributionFinder.factiveVerbs)
        .union(["worry", "worries", "worried", "proposed", "feared", "doubt", "doubts", "doubted", "hope", "hopes"])

    /// Whether sentence `i` gives a view to someone anywhere in it: a verb of `viewVerbs` or a reporting verb that
    /// introduces a clause ("there are people who think that…", "others say that…"), not after "I" or "we".
    func givesAView(_ i: Int) -> Bool {
        let w = words(i)
        return w.indices.contains { k in
            (Self.viewVerbs.contains(w[k]) || AttributionFinder.reportingVerbs.contains(w[k]))
                && w[(k + 1)...].prefix(2).contains("that") && !(k > 0 && ["i", "we"].contains(w[k - 1]))
        }
    }

    /// Whether sentence `i` reports someone else's view: one of `viewVerbs` among its first six words, after a
    /// subject that is not the author ("I", "we", "you") nor an impersonal "it". `evenAsFact`: also a report the
    /// author presents as true ("Shops report that…").
    func reportsAnotherView(_ i: Int, evenAsFact: Bool = false) -> Bool {
        let w = words(i).prefix(6)
        let verbs = evenAsFact ? AttributionFinder.reportingVerbs.union(Self.viewVerbs) : Self.viewVerbs
        guard let v = w.firstIndex(where: verbs.contains), v > 0 else { return false }
        return !w[..<v].contains { ["i", "we", "you", "it", "one"].contains($0) }
    }
}
