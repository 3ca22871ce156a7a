/// The holder phrase of a reporting verb: the whole subject before it ("surveys of scientists in many fields",
/// "the company's own figures"), or the antecedent of a relative clause it stands in, when it names someone who holds
/// a view.
extension AttributionFinder {
    /// Prepositions that attach a phrase to the noun before them inside a holder ("critics of the plan", "the nurse
    /// in charge"). Not "by": its agent holds the view ("a review by the council found").
    static let attachingPrepositions: Set<String> = ["of", "in", "on", "at", "from", "for", "with", "across", "among", "within"]

    /// Whether a word is a possessive ("company's", "parents'").
    static func possessive(_ word: String) -> Bool {
        word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") || (word.count > 2 && (word.hasSuffix("s'") || word.hasSuffix("s\u{2019}")))
    }

    /// The relative pronoun ("who", "that", "which") that opens a clause ending right before token `first`, with at
    /// least one word of the clause between them ("who studied"), within six words and no punctuation; nil when there
    /// is none.
    func relativeBefore(_ first: Int, range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup) -> Int? {
        var k = first - 1
        while k > range.lowerBound, first - k <= 6, !Self.broken(bytes, tokens[k], tokens[k + 1]) {
            let n = Int(tokens[k].word)
            if look.relative[n] { return k < first - 1 ? k : nil }
            if look.reporting[n] || look.clauseVerb[n] || look.stopBack[n] || look.author[n] { return nil }
            k -= 1
        }
        return nil
    }

    /// The holder phrase that ends at token `j`, walking back to its determiner or first word.
    /// `tolerant`: the sentence frames a report, so a noun with a person in any sense is a holder ("the chair").
    func holderPhrase(ending j: Int, verb: Int, cueStart: Int, range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup,
                      tolerant: Bool = false) -> ArgumentMap.Attribution? {
        var first = j
        var count = 0
        while first >= range.lowerBound, count < 5 {
            let t = tokens[first]
            let n = Int(t.word)
            // A reporting verb ends the phrase, but may be its head noun ("the report adds").
            if look.stopBack[n] || look.author[n] || look.skip[n] || (look.reporting[n] && first < j) { first += 1; break }
            if first < j, Self.broken(bytes, t, tokens[first + 1]), !(look.title[n] && bytes[Int(t.end)] == 0x2E) { first += 1; break }
            count += 1
            if look.determiner[n] { break }
            // A function word (capitalized only by opening the sentence: "In 1811 Joseph").
            if t.flags.contains(.stopWord) && (!t.flags.contains(.capitalized) || t.flags.contains(.sentenceInitial)) {
                // A pronoun or other function word is a holder only on its own ("they say").
                if first == j { break }
                // After a determiner or a possessive it is part of the phrase ("the same report", "the
                // company's own figures").
                if first > range.lowerBound, !Self.broken(bytes, tokens[first - 1], t),
                   look.determiner[Int(tokens[first - 1].word)] || Self.possessive(look.words[Int(tokens[first - 1].word)]) {
                    first -= 1
                    continue
                }
                first += 1
                break
            }
            if first == range.lowerBound { break }
            first -= 1
        }
        guard first <= j, first >= range.lowerBound else { return nil }
        // A date after a preposition opens the sentence, not the holder ("In 1811 Joseph").
        while first < j, tokens[first].flags.contains(.numeric), first > range.lowerBound,
              look.preposition[Int(tokens[first - 1].word)] { first += 1 }
        // A noun phrase inside a relative clause is not the subject ("economists who studied its bills found"): the
        // holder is the clause's antecedent, or there is none.
        if let relative = relativeBefore(first, range: range, tokens: tokens, bytes: bytes, look: look) {
            guard relative - 1 >= range.lowerBound, relative - 1 < first else { return nil }
            return holderPhrase(ending: relative - 1, verb: verb, cueStart: cueStart, range: range, tokens: tokens, bytes: bytes,
                                look: look, tolerant: tolerant)
        }
        /// Whether the phrase from `first` to `j` with its head noun at `head` names someone who holds a view: a name,
        /// or a noun for people or bodies. A function word is a holder only as a pronoun ("they", "some"): WordNet's
        /// rare nouns "have" (a rich person) and "more" (Thomas More) are not.
        func holds(_ first: Int, _ head: Int) -> Bool {
            let named = (first...head).contains { tokens[$0].flags.contains(.capitalized) && !look.determiner[Int(tokens[$0].word)] }
            let headWord = look.words[Int(tokens[head].word)]
            let agent = !tokens[head].flags.contains(.stopWord)
                && (Self.isAgentNoun(headWord) || (tolerant && LexiconTable.shipped.hasPersonSense(headWord)))
            return named || look.holderPronoun[Int(tokens[head].word)] || agent
        }
        // "critics of a ban", "surveys of scientists in many fields", "neighbours on Kestrel Road": the holder is the
        // noun before the preposition, the phrase runs on (two prepositions at most).
        var head = j
        for _ in 0..<2 {
            guard first - 2 >= range.lowerBound, Self.attachingPrepositions.contains(look.words[Int(tokens[first - 1].word)]),
                  !tokens[first - 2].flags.contains(.stopWord) || look.holderPronoun[Int(tokens[first - 2].word)],
                  !tokens[first - 2].flags.contains(.numeric),
                  !Self.broken(bytes, tokens[first - 2], tokens[first - 1]), !Self.broken(bytes, tokens[first - 1], tokens[first]) else { break }
            head = first - 2
            first = head
            while first > range.lowerBound, head - first < 3, !Self.broken(bytes, tokens[first - 1], tokens[first]),
                  !look.stopBack[Int(tokens[first - 1].word)], !look.author[Int(tokens[first - 1].word)],
                  !look.preposition[Int(tokens[first - 1].word)], !look.relative[Int(tokens[first - 1].word)] {
                first -= 1
                if look.determiner[Int(tokens[first].word)] || tokens[first].flags.contains(.stopWord) { break }
            }
            if tokens[first].flags.contains(.stopWord) && !look.determiner[Int(tokens[first].word)]
                && !look.holderPronoun[Int(tokens[first].word)] && first < head { first += 1 }
        }
        // A bare noun right after a preposition, with no noun before the preposition to attach it to, is its object,
        // no subject ("and in conversation told my friend").
        if first == head, first > range.lowerBound, look.preposition[Int(tokens[first - 1].word)],
           !tokens[head].flags.contains(.capitalized), !tokens[head].flags.contains(.stopWord),
           !Self.broken(bytes, tokens[first - 1], tokens[first]) { return nil }
        // Only a person, a group or an organisation holds a view.
        guard holds(first, head) else { return nil }
        let headWord = look.words[Int(tokens[head].word)]
        // A text ("the report", "the figures"), not a name ("Royal Mail"), is a source the author cites.
        let headNamed = tokens[head].flags.contains(.capitalized) && !tokens[head].flags.contains(.sentenceInitial)
        let text = !headNamed && !tokens[head].flags.contains(.stopWord) && LexiconTable.shipped.namesText(headWord)
        let r = Int(tokens[first].start)..<Int(tokens[j].end)
        var holder = String(decoding: bytes[r], as: UTF8.self)
        if look.determiner[Int(tokens[first].word)], let f = holder.first, f.isUppercase {
            holder = f.lowercased() + holder.dropFirst()
        }
        let cue = String(decoding: bytes[Int(tokens[cueStart].start)..<Int(tokens[verb].end)], as: UTF8.self)
        return .init(holder: holder, cue: cue, range: r, isSource: look.factive[Int(tokens[verb].word)] || text)
    }
}
