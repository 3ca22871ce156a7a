/// Finds who holds the view a sentence states when it is not the author: "according to X" (a source the author
/// cites) and "X says / argues / might suggest / found" (a view reported). The holder is the noun phrase before the
/// reporting verb (across an appositive: "Dr. Ann Lee, an economist, estimates"), and only when it names a person,
/// a group or an organisation: a name, or a noun for people or bodies ("critics", "a cynic", "the council"). A
/// relative clause ("a city that knows", "a mayor who insists") never makes a holder. When an entity mention covers
/// the holder, the entity's full name is used.
public struct AttributionFinder: Sendable {
    /// Verbs that report a view or a belief.
    public static let reportingVerbs: Set<String> = [
        "say", "says", "said", "argue", "argues", "argued", "claim", "claims", "claimed", "suggest", "suggests",
        "suggested", "believe", "believes", "believed", "contend", "contends", "insist", "insists", "insisted",
        "maintain", "maintains", "assert", "asserts", "asserted", "know", "knows", "think", "thinks", "warn", "warns",
        "warned", "admit", "admits", "allege", "alleges", "fear", "fears", "object", "deny", "denies", "hold",
        "tell", "tells", "affirm", "affirms", "declare", "declares", "declared", "complain", "complains", "urge", "urges",
        "propose", "proposes", "show", "shows", "showed", "found", "confirm", "confirms", "confirmed", "recognize",
        "recognizes", "recognise", "recognises", "acknowledge", "acknowledges", "reported", "reports", "imagine", "imagines", "pretend", "pretends", "objected",
        "estimate", "estimates", "estimated", "note", "notes", "noted", "observe", "observes", "observed", "write",
        "writes", "wrote", "predict", "predicts", "predicted", "concluded", "concludes",
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
        "wrongly", "sincerely", "generally", "must", "should", "shall", "too", "all",
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

    /// Whether punctuation (a comma, colon, dash, bracket or quote) separates two adjacent tokens.
    static func broken(_ bytes: [UInt8], _ a: Token, _ b: Token) -> Bool {
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
                        break
                    } else if j - i <= 5 { last = j } else { break }
                    j += 1
                }
                if last >= i + 2 {
                    let r = Int(tokens[i + 2].start)..<Int(tokens[last].end)
                    return .init(holder: String(decoding: bytes[r], as: UTF8.self), cue: "according to", range: r, isSource: true)
                }
            }
            // "argue about uniforms", "disagree over": a topic, not a view reported.
            let topic = i + 1 < range.upperBound && (tokens[i + 1].word == look.about || tokens[i + 1].word == look.over)
            if look.reporting[Int(w)], !topic, i > range.lowerBound, let a = holder(before: i, verb: i, range: range, tokens: tokens, bytes: bytes, look: look) {
                return a
            }
            i += 1
        }
        return nil
    }

    /// The noun phrase before a reporting verb, when it is not the author.
    /// Whether a noun names someone who can hold a view, by WordNet's most frequent senses: a person ("critics",
    /// "a cynic"), a group or body ("the council") or a text that states findings ("the report"); an act that
    /// is also one of those in its next two senses ("the administration", "a study"). A place, a thing or an idea
    /// ("the world", "a city", "an arrangement") is not.
    static func isAgentNoun(_ word: String) -> Bool {
        let classes = Lexicon.shared.nounClasses(of: word)
        guard let first = classes.first else { return false }
        let agents: Set<Lexicon.NounClass> = [.person, .group, .communication]
        if agents.contains(first) { return true }
        return first == .act && classes.dropFirst().prefix(2).contains { agents.contains($0) }
    }

    func holder(before index: Int, verb: Int, range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup) -> ArgumentMap.Attribution? {
        var j = index - 1
        var cueStart = index
        // Skip modals and adverbs ("might", "still"); "who"/"that" lead to the antecedent.
        while j >= range.lowerBound, look.skip[Int(tokens[j].word)], index - j <= 3 {
            if !Self.broken(bytes, tokens[j], tokens[j + 1]) { cueStart = j } else { return nil }
            j -= 1
        }
        guard j >= range.lowerBound else { return nil }
        if Self.broken(bytes, tokens[j], tokens[j + 1]) {
            // An appositive: "Dr. Ann Lee, an economist at the bank, estimates": the name before its first comma.
            guard bytes[Int(tokens[j].end)] == 0x2C else { return nil }
            // "The bank's economist, Tom Reyes, estimates": the name is the appositive itself.
            if tokens[j].flags.contains(.capitalized) { return holderPhrase(ending: j, verb: verb, cueStart: cueStart, range: range, tokens: tokens, bytes: bytes, look: look) }
            var m = j - 1
            while m >= range.lowerBound, j - m < 12, !(Self.broken(bytes, tokens[m], tokens[m + 1]) && bytes[Int(tokens[m].end)] == 0x2C) { m -= 1 }
            guard m >= range.lowerBound, j - m < 12, tokens[m].flags.contains(.capitalized) else { return nil }
            j = m
        }
        if look.relative[Int(tokens[j].word)] { return nil } // "a city that knows": a relative clause
        if look.be[Int(tokens[j].word)] { return nil } // "it is argued": passive, handled as no named holder
        if look.author[Int(tokens[j].word)] { return nil }
        return holderPhrase(ending: j, verb: verb, cueStart: cueStart, range: range, tokens: tokens, bytes: bytes, look: look)
    }

    /// The holder phrase that ends at token `j`, walking back to its determiner or first word.
    func holderPhrase(ending j: Int, verb: Int, cueStart: Int, range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup) -> ArgumentMap.Attribution? {
        var first = j
        var count = 0
        while first >= range.lowerBound, count < 5 {
            let t = tokens[first]
            let n = Int(t.word)
            if look.stopBack[n] || look.author[n] || look.skip[n] || look.reporting[n] { first += 1; break }
            if first < j, Self.broken(bytes, t, tokens[first + 1]), !(look.title[n] && bytes[Int(t.end)] == 0x2E) { first += 1; break }
            count += 1
            if look.determiner[n] { break }
            if t.flags.contains(.stopWord) && !t.flags.contains(.capitalized) {
                // A pronoun or other function word is a holder only on its own ("they say").
                if first == j { break }
                first += 1
                break
            }
            if first == range.lowerBound { break }
            first -= 1
        }
        guard first <= j, first >= range.lowerBound else { return nil }
        // Only a person, a group or an organisation holds a view: a name or a noun for people or bodies.
        let named = (first...j).contains { tokens[$0].flags.contains(.capitalized) && !look.determiner[Int(tokens[$0].word)] }
        guard named || look.holderPronoun[Int(tokens[j].word)] || Self.isAgentNoun(look.words[Int(tokens[j].word)]) else { return nil }
        let r = Int(tokens[first].start)..<Int(tokens[j].end)
        var holder = String(decoding: bytes[r], as: UTF8.self)
        if look.determiner[Int(tokens[first].word)], let f = holder.first, f.isUppercase {
            holder = f.lowercased() + holder.dropFirst()
        }
        let cue = String(decoding: bytes[Int(tokens[cueStart].start)..<Int(tokens[verb].end)], as: UTF8.self)
        return .init(holder: holder, cue: cue, range: r, isSource: look.factive[Int(tokens[verb].word)])
    }
}
