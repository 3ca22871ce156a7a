/// How `where` decides whether the sentence it found first states the statement (`StatementCheck`).
extension EvidenceIndex {
    /// Words that deny the clause they stand in.
    static let denials: Set<String> = [
        "not", "no", "never", "nor", "cannot", "none", "nothing", "neither", "lack", "lacks", "lacked", "lacking",
        "nowhere", "nobody", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "shouldn't",
        "wouldn't", "couldn't", "hasn't", "haven't", "hadn't",
    ]
    /// Words that make a statement say less or deny it without a denial ("little leverage", "unlikely to end"), and
    /// the base forms of verbs that do ("lost its credibility", "abandoned goals", "refused to help").
    static let scarcity: Set<String> = ["little", "few", "hardly", "barely", "scarcely", "unlikely", "unable", "unwilling", "reluctant"]
    static let negativeVerbs: Set<String> = ["lose", "lack", "abandon", "refuse", "deny", "reject", "prevent", "avoid",
                                             "stop", "fail", "cease"]
    /// Modals that, followed by "have", say a thing was not done ("should have used").
    static let counterfactual: Set<String> = ["should", "could", "would", "might", "ought"]

    /// Whether sentence `s` (usually the first hit of `locate`) states `statement`.
    public func check(_ statement: String, against s: Int) -> StatementCheck {
        let concepts = resolve(QueryParser().parse(statement), tuning: .statement)
        let lo = Int(contentStart[s]), hi = Int(contentStart[s + 1])
        let sentenceStems = Set(contentStems[lo..<hi])
        let mentioned = Set(essayNames.entities(inSentence: s).map(Int.init))
        let words = QueryParser.words(of: statement, dollarSigns: true)
        let sentenceWords = self.words(ofSentence: s)
        var total = 0.0, answered = 0.0
        for c in concepts {
            var credit = 0.0
            for form in c.forms where form.weight > credit {
                let present = form.stems.count == 1 ? sentenceStems.contains(form.stems[0]) : phraseCount(form.stems, in: s) > 0
                if present { credit = form.weight }
            }
            if c.entities.contains(where: mentioned.contains) { credit = 1 }
            if deniesAsTheSentence(c, sentence: sentenceWords) { credit = 1 }
            total += c.importance
            answered += c.importance * min(1, credit)
        }
        let unseen = BM25.idf(documentFrequency: 0, documents: max(sentenceCount, 1))
        let clauses = scope(ofSentence: s, concepts: concepts)
        var conflict: StatementCheck.Conflict?
        let amounts = Amount.amounts(in: words, lexicon: lexicon), times = TimeReference.references(in: words, lexicon: lexicon)
        let passage = passageWords(around: s)
        let sentenceAmounts = Amount.amounts(in: sentenceWords, lexicon: lexicon)
        // A stretch of time the sentence gives only in other units ("every half hour" for "every thirty minutes") is given.
        let lengths = Duration.lengths(in: sentenceWords, lexicon: lexicon)
        let ungiven = amounts.filter { a in
            sentenceAmounts.contains { $0.agrees(with: a) }
                || !(Duration.length(of: a, lexicon: lexicon).map { l in lengths.contains { Duration.same($0, l) } } ?? false)
        }
        if let (said, given) = Amount.replaced(in: ungiven, by: sentenceAmounts, looksBack: Amount.looksBack(words))
            .flatMap({ AmountBound.holds($0.statement, in: words, by: $0.sentence) ? nil : (statement: $0.statement.text, sentence: $0.sentence.text) })
            ?? Amount.proportionAgainstShare(statement: (words, amounts), sentence: (sentenceWords, sentenceAmounts), lexicon: lexicon) {
            conflict = .amount(statement: said, sentence: given)
        } else if let (said, given) = TimeReference.replaced(in: times, by: TimeReference.references(in: sentenceWords, lexicon: lexicon))
                    .map({ ($0.statement.text, $0.sentence.text) }) ?? TimeReference.otherSide(statement: words, sentence: sentenceWords)
                    ?? TimeReference.moved(statement: words, sentence: sentenceWords, lexicon: lexicon) {
            conflict = .time(statement: said, sentence: given)
        } else if let said = Specifics.unsupportedAmount(statement: amounts, passage: Amount.amounts(in: passage, lexicon: lexicon),
                                                                                      passageWords: passage, lexicon: lexicon) {
            conflict = .unsupported(said.text)
        } else if let said = Specifics.unsupportedYear(statement: times, passage: TimeReference.references(in: passage, lexicon: lexicon),
                                                                   passageWords: passage) {
            conflict = .unsupported(said.text)
        } else if let word = denyingWord(in: ContrastiveNegation.masked(words)) {
            // The statement denies or lessens: the sentence must too ("without" denies what follows it there: "with
            // no extra costs" says "without new costs").
            if denyingWord(in: sentenceWords) == nil, !sentenceWords.contains("without"), !saysDenyingVerb(word, in: sentenceWords) {
                conflict = .affirmation(word)
            } else if let denial = UndeniedVerb.stated(statement: words, sentence: sentenceWords, lexicon: lexicon) {
                // The sentence denies something else, and states the very verb the statement denies.
                conflict = .affirmation(denial)
            }
        } else {
            if let word = denial(inSentence: s, scope: clauses, statement: words),
               !SharedContrast.holds(statement: words, sentence: clauses.words, denial: word) {
                conflict = .denial(word)
            } else if let word = DeniedVerb.denied(statement: words, sentence: sentenceWords, lexicon: lexicon) {
                conflict = .denial(word)
            } else if let (word, antonym) = antonym(of: concepts, in: s, stems: sentenceStems, statement: words) {
                conflict = .antonym(statement: word, sentence: antonym)
            }
        }
        if conflict == nil, lexicon.isAvailable {
            let names = names(in: statement).union(names(inSentence: s))
            if let (said, given) = Direction.flipped(statement: words, sentence: clauses.scopedWords, lexicon: lexicon)
                ?? Direction.swapped(statement: words, sentence: sentenceWords, lexicon: lexicon)
                ?? ChangeDirection.reversed(statement: words, sentence: sentenceWords, lexicon: lexicon)
                ?? Comparison.turned(statement: words, sentence: sentenceWords, names: names, lexicon: lexicon) {
                conflict = .direction(statement: said, sentence: given)
            } else if let (said, given) = denyingVerbAntonym(statement: words, sentence: clauses.scopedWords) {
                conflict = .antonym(statement: said, sentence: given)
            } else if let word = Absolutes.unbacked(statement: words, sentence: sentenceWords, lexicon: lexicon,
                                                          denies: { self.denyingWord(in: [$0]) != nil }) {
                conflict = .absolute(word)
            } else if let (said, given) = Modality.mismatch(statement: words, sentence: sentenceWords, lexicon: lexicon)
                ?? Modality.doneAgainstModal(statement: words, sentence: sentenceWords, lexicon: lexicon)
                ?? PlanAsDone.mismatch(statement: words, sentence: sentenceWords, lexicon: lexicon) {
                conflict = .modality(statement: said, sentence: given)
            } else if let (said, given) = Actor.replaced(statement: words, sentence: sentenceWords, lexicon: lexicon,
                                                         names: names, passage: passage) {
                conflict = .actor(statement: said, sentence: given)
            } else if let (said, given) = namedActorReplaced(statement: words, statementNames: self.names(in: statement)
                                                                .union(leadingName(in: statement)), sentence: s,
                                                                     sentenceWords: sentenceWords, passage: passage) {
                conflict = .actor(statement: said, sentence: given)
            } else if let (said, given) = Substitution.replaced(statement: words, sentence: sentenceWords, passage: passage,
                                                                names: names, lexicon: lexicon)
                ?? Substitution.renamed(statement: words, sentence: sentenceWords, passage: passage, names: names, lexicon: lexicon)
                ?? EventPlace.moved(statement: words, sentence: sentenceWords, names: names, lexicon: lexicon) {
                conflict = .substitution(statement: said, sentence: given)
            } else if let said = UnsupportedClaim.unsupported(statement: words, sentence: sentenceWords, passage: WordSupport(passage, lexicon: lexicon), lexicon: lexicon) {
                conflict = .unsupported(said)
            } else if let (said, given) = agentFrameReplaced(statement, against: s) {
                conflict = .actor(statement: said, sentence: given)
            } else if let (said, given) = heldFrameMismatch(statement, against: s) {
                conflict = .modality(statement: said, sentence: given)
            } else if let (said, given) = placeFrameReplaced(statement, against: s) {
                conflict = .substitution(statement: said, sentence: given)
            }
        }
        return StatementCheck(covered: total > 0 ? answered / total : 0, evidence: answered / unseen, conflict: conflict)
    }

    /// The words of sentence `s`'s paragraph and of the sentences either side of it, lower-case, without
    /// punctuation: where the essay would give what a statement about `s` pins down.
    func passageWords(around s: Int) -> [String] {
        let p = model.sentences[s].paragraphIndex
        let range = model.paragraphs[p].sentences
        return (min(range.lowerBound, max(0, s - 1))..<max(range.upperBound, min(sentenceCount, s + 2))).flatMap(words(ofSentence:))
    }

    /// The words of a statement written with a capital past its first word, lower-case: its names.
    func names(in statement: String) -> Set<String> {
        let written = statement.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" })
        return Set(written.dropFirst().filter { $0.first?.isUppercase == true }.map { $0.lowercased() })
    }

    /// The words of sentence `s` written with a capital inside it, lower-case: its names.
    func names(inSentence s: Int) -> Set<String> {
        Set(model.sentences[s].tokens.map { model.tokens[$0] }
            .filter { $0.flags.contains(.capitalized) && !$0.flags.contains(.sentenceInitial) }
            .map { model.word(of: $0).lowercased() })
    }

    /// The words of sentence `s`, lower-case, without punctuation; a number keeps a dollar sign written before it
    /// ("$45") and a time of day its colon ("23:40"), as the statement's words do (`QueryParser.words(of:)`).
    func words(ofSentence s: Int) -> [String] {
        let text = model.text.utf8
        func byte(_ offset: Int) -> UInt8 { text[text.index(text.startIndex, offsetBy: offset)] }
        var out: [String] = [], previousEnd = -1
        for k in model.sentences[s].tokens {
            let token = model.tokens[k]
            let word = model.word(of: token).lowercased()
            guard word.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            let start = Int(token.start)
            defer { previousEnd = Int(token.end) }
            if let last = out.last, previousEnd + 1 == start, QueryParser.isClockTime(last, byte(previousEnd), word) {
                out[out.count - 1] = last + ":" + word
                continue
            }
            out.append(start > 0 ? QueryParser.withDollarSign(word, after: byte(start - 1)) : word)
        }
        return out
    }
}
