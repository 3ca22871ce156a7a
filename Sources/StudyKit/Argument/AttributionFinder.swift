/// Finds who holds the view a sentence states when it is not the author: "according to X" (a source the author
/// cites) and "X says / argues / might suggest / found" (a view reported). The holder is the noun phrase before the
/// reporting verb (across an appositive: "Dr. Ann Lee, an economist, estimates"), and only when it names a person,
/// a group or an organisation: a name, or a noun for people or bodies ("critics", "a cynic", "the council"). A
/// relative clause ("a city that knows", "a mayor who insists") never makes a holder. When an entity mention covers
/// the holder, the entity's full name is used.
///
/// A reporting clause may also close the sentence ("…, the report adds.", "…, says the finance chair.", "“…,” said
/// the mayor."): the view is the clause before it. Where the sentence itself frames a report (the verb is followed by
/// "that" or by a reported clause, or the clause closes the sentence), a noun with a person in any of its WordNet
/// senses is a holder too ("the finance chair warns that"), not only one whose most frequent sense is. A holder that
/// names a text ("the report", "a survey", "the figures") is a source the author cites.
public struct AttributionFinder: Sendable {
    /// Verbs that report a view or a belief.
    public static let reportingVerbs: Set<String> = [
        "say", "says", "said", "argue", "argues", "argued", "claim", "claims", "claimed", "suggest", "suggests",
        "suggested", "believe", "believes", "believed", "contend", "contends", "insist", "insists", "insisted",
        "maintain", "maintains", "assert", "asserts", "asserted", "know", "knows", "think", "thinks", "warn", "warns",
        "warned", "admit", "admits", "allege", "alleges", "fear", "fears", "object", "deny", "denies",
        "tell", "tells", "affirm", "affirms", "declare", "declares", "declared", "complain", "complains", "urge", "urges",
        "propose", "proposes", "show", "shows", "showed", "found", "confirm", "confirms", "confirmed", "recognize",
        "recognizes", "recognise", "recognises", "acknowledge", "acknowledges", "reported", "reports", "imagine", "imagines", "pretend", "pretends", "objected",
        "estimate", "estimates", "estimated", "note", "notes", "noted", "observe", "observes", "observed", "write",
        "writes", "wrote", "predict", "predicts", "predicted", "concluded", "concludes", "urged", "suppose",
        "supposes", "supposed", "thought", "contended", "maintained", "alleged", "objects", "told", "assured",
        "informed", "report",
    ]
    /// Verbs that report a view only in a reporting frame: closing the sentence ("…, the report adds.") or before
    /// "that" ("the report adds that", "critics hold that"); elsewhere they mean something else ("the tax adds to the
    /// cost", "the dam has held back the river").
    public static let clauseVerbs: Set<String> = [
        "hold", "holds", "held", "add", "adds", "added", "explain", "explains", "explained", "recall", "recalls",
        "recalled", "reply", "replies", "replied", "remark", "remarks", "remarked", "comment", "comments", "commented",
    ]
    /// Verbs that present the reported view as true ("what the world knows"): the holder is a source the author
    /// shares, not an opponent.
    public static let factiveVerbs: Set<String> = [
        "know", "knows", "admit", "admits", "show", "shows", "showed", "found", "confirm", "confirms", "confirmed",
        "recognize", "recognizes", "recognise", "recognises", "acknowledge", "acknowledges", "reported", "reports",
        "estimate", "estimates", "estimated", "note", "notes", "noted", "observe", "observes", "observed",
        "concluded", "concludes",
    ]
    /// Pronouns and quantifiers that stand for people who hold a view ("they say", "many believe", "others argue").
    /// Nouns are judged by WordNet instead (`isAgentNoun`).
    static let holderPronouns: Set<String> = [
        "they", "he", "she", "others", "many", "some", "everyone", "everybody", "nobody", "somebody", "someone",
        "anyone", "most", "few",
    ]
    /// Titles that may be followed by a full stop inside a holder ("Dr. Helen Okafor").
    static let titles: Set<String> = ["dr", "prof", "mr", "mrs", "ms", "gen", "sen", "rep", "gov", "st", "pres", "col", "lt", "sgt", "capt", "rev", "hon"]
    /// Words that may stand between the holder and the verb ("might", "still", "often").
    static let skippable: Set<String> = [
        "might", "may", "would", "could", "will", "can", "often", "also", "still", "now", "sometimes", "always",
        "never", "even", "only", "really", "further", "do", "does", "did", "not", "usually", "commonly", "rightly",
        "wrongly", "sincerely", "generally", "must", "should", "shall", "too", "all", "have", "has", "had",
    ]
    /// Auxiliaries and modals: one a few words after a reporting verb shows that a clause is reported ("warns the
    /// cost will rise").
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "has",
        "have", "had", "does", "did",
    ]
    /// Reporting verbs whose object is the person told ("told residents", "assured the board"): a short phrase
    /// after them is that person, not the holder, and they never come before their subject ("…, said the mayor").
    static let listenerVerbs: Set<String> = ["tell", "tells", "told", "assured", "informed"]
    /// Words after a trailing reporting verb that begin a short phrase of time or place ("…, the mayor said on
    /// Tuesday."), not an object ("…, the team found a home.").
    static let tailOpeners: Set<String> = ["in", "on", "at", "to", "during", "after", "before", "last", "this", "yesterday", "today", "earlier"]
    /// Prepositions whose bare object is never the subject of the verb after it ("in conversation told my friend",
    /// "the nurse in charge can say"); "by" and "of" lead to a holder ("a study by Oxford researchers").
    static let prepositions: Set<String> = [
        "in", "on", "at", "with", "from", "for", "into", "during", "among", "under", "through", "between", "without",
        "within", "across", "after", "before", "since", "until",
    ]
    /// Words that open a relative clause: the noun before them is never a holder.
    static let relatives: Set<String> = ["who", "that", "which", "whom", "whose"]
    /// Words that may open a holder ("a cynic", "the world", "many critics").
    static let determiners: Set<String> = [
        "a", "an", "the", "some", "many", "most", "his", "her", "their", "its", "other", "these", "those", "such",
        "several", "few", "certain", "any", "every", "each", "no",
    ]
    /// Holders that are the author (not attributed).
    static let authorWords: Set<String> = ["i", "we", "you", "me", "us", "one"]
    /// Words that end a holder going backwards.
    static let stopBack: Set<String> = ["what", "whom", "whose", "if", "and", "or", "but", "because", "than", "as", "to", "of"]

    struct Lookup {
        var reporting: [Bool]
        var skip: [Bool]
        var determiner: [Bool]
        var author: [Bool]
        var stopBack: [Bool]
        var be: [Bool]
        var factive: [Bool]
        var relative: [Bool]
        var holderPronoun: [Bool]
        var title: [Bool]
        var clauseVerb: [Bool]
        var auxiliary: [Bool]
        var tailOpener: [Bool]
        var preposition: [Bool]
        var needsListener: [Bool]
        let words: [String]
        let according: Int32?
        let to: Int32?
        let about: Int32?
        let over: Int32?

        init(_ v: Vocabulary) {
            func table(_ words: Set<String>) -> [Bool] {
                var t = Array(repeating: false, count: v.words.count)
                for w in words { if let n = v.number(ofWord: w) { t[Int(n)] = true } }
                return t
            }
            reporting = table(AttributionFinder.reportingVerbs)
            skip = table(AttributionFinder.skippable)
            determiner = table(AttributionFinder.determiners)
            author = table(AttributionFinder.authorWords)
            stopBack = table(AttributionFinder.stopBack)
            be = table(["is", "are", "was", "were", "been", "be"])
            factive = table(AttributionFinder.factiveVerbs)
            relative = table(AttributionFinder.relatives)
            holderPronoun = table(AttributionFinder.holderPronouns)
            title = table(AttributionFinder.titles)
            clauseVerb = table(AttributionFinder.clauseVerbs)
            auxiliary = table(AttributionFinder.auxiliaries)
            tailOpener = table(AttributionFinder.tailOpeners)
            preposition = table(AttributionFinder.prepositions)
            needsListener = table(AttributionFinder.listenerVerbs)
            words = v.words
            according = v.number(ofWord: "according")
            to = v.number(ofWord: "to")
            about = v.number(ofWord: "about")
            over = v.number(ofWord: "over")
        }
    }

    public init() {}

    /// The attribution of each sentence that has one, by sentence index.
    func find(tokens: [Token], sentences: [Sentence], bytes: [UInt8], vocabulary: Vocabulary,
              entities: [Entity]) -> [Int: ArgumentMap.Attribution] {
        let look = Lookup(vocabulary)
        var result: [Int: ArgumentMap.Attribution] = [:]
        for (k, s) in sentences.enumerated() {
            if let a = attribution(in: s.tokens, tokens: tokens, bytes: bytes, look: look) { result[k] = a }
        }
        guard !result.isEmpty, !entities.isEmpty else { return result }
        // An entity mention inside the holder gives its full name ("Bush" → "George W. Bush").
        for e in entities where e.kind == .person || e.kind == .organization || e.kind == .group {
            for m in e.mentions {
                // Only a short form gains from the full name; "the National Intelligence Estimate" stays as written.
                guard e.name != m.text, let a = result[m.sentence], a.range.contains(m.range.lowerBound),
                      m.range.upperBound <= a.range.upperBound, a.range.count <= m.range.count + 4 else { continue }
                result[m.sentence] = .init(holder: e.name, cue: a.cue, range: a.range, isSource: a.isSource)
            }
        }
        return result
    }

    /// Whether an opening quotation mark (straight or curly) follows a reporting verb within a few bytes: after the
    /// verb and a short phrase, a colon or a comma ("wrote about the room: "…"", "said, “…").
    static func quotationFollows(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var i = start
        while i < min(end, start + 60) {
            if bytes[i] == 0x22 || (bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9C) {
                // Only right after a colon or comma (and spaces): a quotation the verb introduces.
                var j = i - 1
                while j > start, bytes[j] == 0x20 { j -= 1 }
                return bytes[j] == 0x3A || bytes[j] == 0x2C
            }
            i += 1
        }
        return false
    }

    /// Whether punctuation (a comma, colon, dash, bracket or quote) separates two adjacent tokens.
    static func broken(_ bytes: [UInt8], _ a: Token, _ b: Token) -> Bool {
        // "2,300": a thousands separator joins the digits of one number.
        if a.flags.contains(.numeric), b.flags.contains(.numeric), Int(b.start) == Int(a.end) + 1, bytes[Int(a.end)] == 0x2C { return false }
        var i = Int(a.end)
        while i < Int(b.start) {
            let c = bytes[i]
            if c != 0x20 && c != 0x27 { return true } // anything but a space or an apostrophe
            i += 1
        }
        return false
    }

    func attribution(in range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup) -> ArgumentMap.Attribution? {
        guard range.count >= 2 else { return nil }
        var i = range.lowerBound
        while i < range.upperBound {
            let w = tokens[i].word
            // "according to HOLDER"
            if w == look.according, i + 2 < range.upperBound, tokens[i + 1].word == look.to {
                var j = i + 2
                var last = j - 1
                var sawCapital = false
                if look.determiner[Int(tokens[j].word)] { last = j; j += 1 }
                while j < range.upperBound, j - i < 12 {
                    if Self.broken(bytes, tokens[j - 1], tokens[j]), j > i + 2 { break }
                    let t = tokens[j]
                    let cap = t.flags.contains(.capitalized)
                    if cap { sawCapital = true; last = j }
                    else if sawCapital {
                        // "of", "for", "and" inside a name ("Department of State"); anything else ends it.
                        if t.flags.contains(.stopWord), j + 1 < range.upperBound, tokens[j + 1].flags.contains(.capitalized),
                           !Self.broken(bytes, t, tokens[j + 1]) { j += 1; continue }
                        // A noun for people or a text after the name is its head ("the Dunmore organisers").
                        let word = look.words[Int(t.word)]
                        if !t.flags.contains(.stopWord), !Self.broken(bytes, tokens[j - 1], t),
                           Self.isAgentNoun(word) || LexiconTable.shipped.namesText(word) { last = j }
                        break
                    } else if j - i <= 5 { last = j } else { break }
                    j += 1
                }
                // A source is named, or its noun names people, a body or a text ("the data", "the report"), not
                // "according to the circumstances".
                let holderTokens = (i + 2)...max(i + 2, last)
                let agent = holderTokens.contains { tokens[$0].flags.contains(.capitalized) }
                    || holderTokens.contains { !tokens[$0].flags.contains(.stopWord) && Self.isAgentNoun(look.words[Int(tokens[$0].word)]) }
                if last >= i + 2, agent {
                    let r = Int(tokens[i + 2].start)..<Int(tokens[last].end)
                    return .init(holder: String(decoding: bytes[r], as: UTF8.self), cue: "according to", range: r, isSource: true)
                }
            }
            // "argue about uniforms", "disagree over": a topic, not a view reported (unless a quotation follows:
            // "wrote about the room: "…"").
            let quotes = look.reporting[Int(w)] && Self.quotationFollows(bytes, from: Int(tokens[i].end), to: Int(tokens[range.upperBound - 1].end))
            let topic = i + 1 < range.upperBound && (tokens[i + 1].word == look.about || tokens[i + 1].word == look.over) && !quotes
            // "the report adds that": a verb that reports only in a frame, here before "that".
            let framed = look.clauseVerb[Int(w)] && i + 1 < range.upperBound && look.words[Int(tokens[i + 1].word)] == "that"
            if look.clauseVerb[Int(w)], i > range.lowerBound,
               let a = trailing(verb: i, range: range, tokens: tokens, bytes: bytes, look: look) { return a }
            // "can always say no", "should say yes": an answer given, not a view reported.
            let answer = i + 1 < range.upperBound && ["yes", "no"].contains(look.words[Int(tokens[i + 1].word)])
                && (i + 2 == range.upperBound || Self.broken(bytes, tokens[i + 1], tokens[i + 2]))
            if look.reporting[Int(w)] || framed, !topic, !answer, i > range.lowerBound {
                if !framed, let a = passive(verb: i, range: range, tokens: tokens, bytes: bytes, look: look) { return a }
                if let a = trailing(verb: i, range: range, tokens: tokens, bytes: bytes, look: look) { return a }
                let tolerant = clauseFollows(verb: i, range: range, tokens: tokens, bytes: bytes, look: look)
                if let a = holder(before: i, verb: i, range: range, tokens: tokens, bytes: bytes, look: look, tolerant: tolerant),
                   !Self.comparedWith(a, before: i, range: range, tokens: tokens, bytes: bytes, look: look) {
                    // Words quoted from their speaker are cited, not a view reported to be answered.
                    return quotes ? .init(holder: a.holder, cue: a.cue, range: a.range, isSource: true) : a
                }
            }
            i += 1
        }
        return nil
    }

    /// Whether a noun names someone who can hold a view, by WordNet's most frequent senses (`Lexicon.isHolderNoun`,
    /// read from `LexiconTable`): "critics", "the council", "the report", "a study"; not "the world", "a city".
    static func isAgentNoun(_ word: String) -> Bool { LexiconTable.shipped.isHolderNoun(word) }

    /// A view reported in the passive, "it is said that", "it has been asserted by some that", "unless it should be
    /// urged that", "I have heard it asserted": held by the agent after "by" when there is one, else by unnamed others. Factive verbs ("it is
    /// known", "it will be found") report no opposing view here.
    func passive(verb i: Int, range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup) -> ArgumentMap.Attribution? {
        guard !look.factive[Int(tokens[i].word)], i - 1 >= range.lowerBound else { return nil }
        // "heard it asserted": "it" right after a verb; not "“Pay it,” it said", where "it" is the subject.
        let objectIt = look.words[Int(tokens[i - 1].word)] == "it" && i - 2 >= range.lowerBound
            && !tokens[i - 2].flags.contains(.stopWord) && !Self.broken(bytes, tokens[i - 2], tokens[i - 1])
        guard look.be[Int(tokens[i - 1].word)] || objectIt else { return nil }
        // "I am assured by our merchants", "we are told by a grave author": the author reports what a named agent
        // told them, a source.
        var subject = i - 1
        while subject > range.lowerBound, i - subject <= 3,
              look.be[Int(tokens[subject].word)] || ["am", "have", "has", "had"].contains(look.words[Int(tokens[subject].word)]) { subject -= 1 }
        if look.be[Int(tokens[i - 1].word)], subject < i - 1, look.author[Int(tokens[subject].word)],
           i + 2 < range.upperBound, look.words[Int(tokens[i + 1].word)] == "by",
           let a = holderPhrase(ending: agentEnd(from: i + 2, range: range, tokens: tokens, bytes: bytes, look: look),
                                verb: i, cueStart: i, range: (i + 2)..<range.upperBound, tokens: tokens, bytes: bytes, look: look) {
            return .init(holder: a.holder, cue: look.words[Int(tokens[i].word)] + " by", range: a.range, isSource: true)
        }
        // "it" (or "has been", "should be") before the verb, within four words.
        var j = i - 1
        while j > range.lowerBound, i - j < 4, look.words[Int(tokens[j].word)] != "it" { j -= 1 }
        guard look.words[Int(tokens[j].word)] == "it" else { return nil }
        let cue = Int(tokens[j].start)..<Int(tokens[i].end)
        let cueText = String(decoding: bytes[cue], as: UTF8.self)
        if i + 2 < range.upperBound, look.words[Int(tokens[i + 1].word)] == "by",
           let a = holderPhrase(ending: agentEnd(from: i + 2, range: range, tokens: tokens, bytes: bytes, look: look),
                                verb: i, cueStart: j, range: (i + 2)..<range.upperBound, tokens: tokens, bytes: bytes, look: look) {
            return .init(holder: a.holder, cue: cueText + " by", range: cue.lowerBound..<a.range.upperBound, isSource: false)
        }
        return .init(holder: "unnamed others", cue: cueText, range: cue, isSource: false)
    }

    /// The last word of a short agent phrase starting at `start` ("some", "the critics of the plan"): up to a break,
    /// "that", or five words.
    func agentEnd(from start: Int, range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup) -> Int {
        var e = start
        while e + 1 < range.upperBound, e - start < 4, !Self.broken(bytes, tokens[e], tokens[e + 1]),
              !look.relative[Int(tokens[e + 1].word)], !look.stopBack[Int(tokens[e + 1].word)] { e += 1 }
        // Cut at five words, the phrase ends on its last word that is no function word ("a gentleman in the" →
        // "a gentleman").
        while e > start, tokens[e].flags.contains(.stopWord), !tokens[e].flags.contains(.capitalized) { e -= 1 }
        return e
    }

    /// A reporting clause that closes the sentence, after the view it reports: the verb first ("But she has protected
    /// us, say some.", "…, says the finance chair.", "“…,” said the mayor.") or its holder first ("…, the report
    /// adds.", "…, the mayor said on Tuesday."). The clause follows a comma and runs to the end of the sentence; the
    /// holder is judged tolerantly (the frame itself reports), and a quotation before it is cited.
    func trailing(verb i: Int, range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup) -> ArgumentMap.Attribution? {
        let end = range.upperBound - 1
        /// Whether a comma (and maybe a closing quotation mark) stands between token `k - 1` and token `k`.
        func clauseBreak(_ k: Int) -> Bool {
            Self.broken(bytes, tokens[k - 1], tokens[k]) && bytes[Int(tokens[k - 1].end)..<Int(tokens[k].start)].contains(0x2C)
        }
        /// Whether the words from `a` through `b` run on with no punctuation but a title's full stop ("Dr. Lee").
        func unbroken(_ a: Int, _ b: Int) -> Bool {
            guard a < b else { return true }
            return !(a + 1...b).contains { k in
                Self.broken(bytes, tokens[k - 1], tokens[k]) && !(look.title[Int(tokens[k - 1].word)] && bytes[Int(tokens[k - 1].end)] == 0x2E)
            }
        }
        /// Whether a quotation closes right before token `k` (`,”` or `,"`).
        func quoted(_ k: Int) -> Bool {
            let gap = bytes[Int(tokens[k - 1].end)..<Int(tokens[k].start)]
            return gap.contains(0x22) || gap.elementsEqual([0x2C, 0xE2, 0x80, 0x9D, 0x20]) || gap.starts(with: [0x2C, 0xE2, 0x80, 0x9D])
        }
        func cited(_ a: ArgumentMap.Attribution, _ quote: Bool) -> ArgumentMap.Attribution {
            quote ? .init(holder: a.holder, cue: a.cue, range: a.range, isSource: true) : a
        }
        // The verb first: its holder runs to the end of the sentence. Not a verb that needs the person told as its
        // object ("…, the leader, Joan Bright, told residents"): it never comes before its subject.
        if i > range.lowerBound, clauseBreak(i), !look.needsListener[Int(tokens[i].word)] {
            guard i + 1 <= end, end - i <= 5, unbroken(i + 1, end),
                  let a = holderPhrase(ending: end, verb: i, cueStart: i, range: (i + 1)..<range.upperBound, tokens: tokens,
                                       bytes: bytes, look: look, tolerant: true),
                  a.range.lowerBound == Int(tokens[i + 1].start) else { return nil }
            return cited(a, quoted(i))
        }
        // The holder first: the clause starts after a comma a few words before the verb ("the finance chair
        // warns"); after the verb, nothing or a short phrase of time or place.
        if i < end {
            let opener = tokens[i + 1]
            let told = look.needsListener[Int(tokens[i].word)]
            guard end - i <= 5, unbroken(i, end), look.tailOpener[Int(opener.word)] || told else { return nil }
        }
        var c = i - 1
        while c > range.lowerBound, i - c <= 6, !clauseBreak(c) {
            if Self.broken(bytes, tokens[c - 1], tokens[c]), !(look.title[Int(tokens[c - 1].word)] && bytes[Int(tokens[c - 1].end)] == 0x2E) { return nil }
            c -= 1
        }
        guard c > range.lowerBound, clauseBreak(c), c < i else { return nil }
        // Modals and adverbs between the holder and the verb ("the chair has warned").
        var j = i - 1
        var cueStart = i
        while j > c, look.skip[Int(tokens[j].word)] || LexiconTable.shipped.isOnlyAdverb(look.words[Int(tokens[j].word)]) {
            cueStart = j
            j -= 1
        }
        guard !look.author[Int(tokens[j].word)], !look.relative[Int(tokens[j].word)],
              let a = holderPhrase(ending: j, verb: i, cueStart: cueStart, range: c..<range.upperBound, tokens: tokens, bytes: bytes,
                                   look: look, tolerant: true),
              a.range.lowerBound == Int(tokens[c].start) else { return nil }
        return cited(a, quoted(c))
    }

    /// Whether the holder found before a reporting verb is the standard of a comparison ("cheaper than people think",
    /// "higher than experts predicted"): the sentence measures against their view and states the author's own.
    static func comparedWith(_ a: ArgumentMap.Attribution, before verb: Int, range: Range<Int>, tokens: [Token],
                             bytes: [UInt8], look: Lookup) -> Bool {
        var k = verb - 1
        while k >= range.lowerBound, Int(tokens[k].start) >= a.range.lowerBound { k -= 1 }
        guard k >= range.lowerBound, !broken(bytes, tokens[k], tokens[k + 1]) else { return false }
        return look.words[Int(tokens[k].word)] == "than"
    }

    /// Whether a reporting verb is followed by what it reports: "that", or a clause (an auxiliary or modal within a
    /// few words: "warns the cost will rise").
    func clauseFollows(verb i: Int, range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup) -> Bool {
        guard i + 1 < range.upperBound, !Self.broken(bytes, tokens[i], tokens[i + 1]) else { return false }
        if look.words[Int(tokens[i + 1].word)] == "that" { return true }
        var k = i + 2
        while k < range.upperBound, k - i <= 5, !Self.broken(bytes, tokens[k - 1], tokens[k]) {
            if look.auxiliary[Int(tokens[k].word)] { return true }
            if look.reporting[Int(tokens[k].word)] || look.relative[Int(tokens[k].word)] { return false }
            k += 1
        }
        return false
    }

    /// The noun phrase before a reporting verb, when it is not the author.
    func holder(before index: Int, verb: Int, range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup,
                tolerant: Bool = false) -> ArgumentMap.Attribution? {
        var j = index - 1
        var cueStart = index
        // Skip modals and adverbs ("might", "still", "once": WordNet's adverbs); "who"/"that" lead to the antecedent.
        while j >= range.lowerBound, look.skip[Int(tokens[j].word)] || LexiconTable.shipped.isOnlyAdverb(look.words[Int(tokens[j].word)]), index - j <= 3 {
            if !Self.broken(bytes, tokens[j], tokens[j + 1]) { cueStart = j } else { return nil }
            j -= 1
        }
        guard j >= range.lowerBound else { return nil }
        if Self.broken(bytes, tokens[j], tokens[j + 1]) {
            // An appositive: "Dr. Ann Lee, an economist at the bank, estimates": the name before its first comma.
            guard bytes[Int(tokens[j].end)] == 0x2C else { return nil }
            // "The bank's economist, Tom Reyes, estimates": the name is the appositive itself.
            if tokens[j].flags.contains(.capitalized) { return holderPhrase(ending: j, verb: verb, cueStart: cueStart, range: range, tokens: tokens, bytes: bytes, look: look, tolerant: tolerant) }
            var m = j - 1
            while m >= range.lowerBound, j - m < 12, !(Self.broken(bytes, tokens[m], tokens[m + 1]) && bytes[Int(tokens[m].end)] == 0x2C) { m -= 1 }
            // The phrase before the comma must name someone: a name, or a noun for people ("Theoretic politicians,
            // who have patronized it, have supposed").
            guard m >= range.lowerBound, j - m < 12,
                  tokens[m].flags.contains(.capitalized) || Self.isAgentNoun(look.words[Int(tokens[m].word)]) else { return nil }
            j = m
        }
        if look.relative[Int(tokens[j].word)] { return nil } // "a city that knows": a relative clause
        if look.be[Int(tokens[j].word)] { return nil } // "it is argued": passive, handled as no named holder
        if look.author[Int(tokens[j].word)] {
            // "some of you say", "many of us believe": part of the audience, not the author.
            guard j - 2 >= range.lowerBound, look.words[Int(tokens[j - 1].word)] == "of", look.holderPronoun[Int(tokens[j - 2].word)] else { return nil }
            let r = Int(tokens[j - 2].start)..<Int(tokens[j].end)
            var holder = String(decoding: bytes[r], as: UTF8.self)
            if let f = holder.first, f.isUppercase { holder = f.lowercased() + holder.dropFirst() }
            let cue = String(decoding: bytes[Int(tokens[cueStart].start)..<Int(tokens[verb].end)], as: UTF8.self)
            return .init(holder: holder, cue: cue, range: r, isSource: look.factive[Int(tokens[verb].word)])
        }
        return holderPhrase(ending: j, verb: verb, cueStart: cueStart, range: range, tokens: tokens, bytes: bytes, look: look, tolerant: tolerant)
    }
}
