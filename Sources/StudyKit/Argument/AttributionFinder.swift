/// Finds who holds the view a sentence states when it is not the author: "according to X" (a source the author
/// cites) and "X says / argues / might suggest / knows" (a view reported), including "who"-clauses ("a president
/// who still insists" → "a president"). The holder is taken from the words before the reporting verb; when an
/// entity mention covers it, the entity's full name is used.
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
    ]
    /// Verbs that present the reported view as true ("what the world knows"): the holder is a source the author
    /// shares, not an opponent.
    public static let factiveVerbs: Set<String> = [
        "know", "knows", "admit", "admits", "show", "shows", "showed", "found", "confirm", "confirms", "confirmed",
        "recognize", "recognizes", "recognise", "recognises", "acknowledge", "acknowledges", "reported", "reports",
    ]
    /// Words that may stand between the holder and the verb ("might", "still", "often").
    static let skippable: Set<String> = [
        "might", "may", "would", "could", "will", "can", "often", "also", "still", "now", "sometimes", "always",
        "never", "even", "only", "really", "further", "do", "does", "did", "not", "usually", "commonly", "rightly",
        "wrongly", "sincerely", "generally", "must", "should", "shall", "who", "that", "which", "too", "all",
    ]
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
        let according: Int32?
        let to: Int32?

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
            according = v.number(ofWord: "according")
            to = v.number(ofWord: "to")
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
            if look.reporting[Int(w)], i > range.lowerBound, let a = holder(before: i, verb: i, range: range, tokens: tokens, bytes: bytes, look: look) {
                return a
            }
            i += 1
        }
        return nil
    }

    /// The noun phrase before a reporting verb, when it is not the author.
    func holder(before index: Int, verb: Int, range: Range<Int>, tokens: [Token], bytes: [UInt8], look: Lookup) -> ArgumentMap.Attribution? {
        var j = index - 1
        var cueStart = index
        // Skip modals and adverbs ("might", "still"); "who"/"that" lead to the antecedent.
        while j >= range.lowerBound, look.skip[Int(tokens[j].word)], index - j <= 3 {
            if !Self.broken(bytes, tokens[j], tokens[j + 1]) { cueStart = j } else { return nil }
            j -= 1
        }
        guard j >= range.lowerBound, !Self.broken(bytes, tokens[j], tokens[j + 1]) else { return nil }
        if look.be[Int(tokens[j].word)] { return nil } // "it is argued": passive, handled as no named holder
        if look.author[Int(tokens[j].word)] { return nil }
        var first = j
        var count = 0
        while first >= range.lowerBound, count < 5 {
            let t = tokens[first]
            let n = Int(t.word)
            if look.stopBack[n] || look.author[n] || look.skip[n] || look.reporting[n] { first += 1; break }
            if first < j, Self.broken(bytes, t, tokens[first + 1]) { first += 1; break }
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
        let r = Int(tokens[first].start)..<Int(tokens[j].end)
        var holder = String(decoding: bytes[r], as: UTF8.self)
        if look.determiner[Int(tokens[first].word)], let f = holder.first, f.isUppercase {
            holder = f.lowercased() + holder.dropFirst()
        }
        let cue = String(decoding: bytes[Int(tokens[cueStart].start)..<Int(tokens[verb].end)], as: UTF8.self)
        return .init(holder: holder, cue: cue, range: r, isSource: look.factive[Int(tokens[verb].word)])
    }
}
