/// What the argument rules know about one sentence: its discourse markers and modals, whether it asks, how many
/// numbers and names it holds, where it stands, how much it shares with the essay's key terms and with the thesis,
/// and who holds its view. Computed in one pass over the tokens (`SentenceFeatures.extract`).
struct SentenceFeatures: Sendable {
    var matches: [DiscourseMarkers.Match] = []
    /// Bit `cue.rawValue` set when the cue occurs anywhere / at the start of the sentence.
    var anyCues: UInt16 = 0
    var initialCues: UInt16 = 0
    var question = false
    var words = 0
    /// Distinct content stems.
    var contentStems = 0
    /// Tokens starting with a digit.
    var numbers = 0
    /// Numbers that measure or count something ("14 cyclists", "40 percent", "$3 million"): not a date ("Sept. 11",
    /// "in 2003"), not an ordinal ("the 19th century"). Only these make a statistic.
    var quantities = 0
    /// Capitalised words that do not open the sentence (names of people, places, bodies).
    var names = 0
    /// Index of the paragraph, and 1-based position and count of sentences in it.
    var paragraph = 0
    var number = 1
    var paragraphLength = 1
    var paragraphCount = 1
    /// Index of the introduction: the first paragraph of at least 15 words (a salutation does not count).
    var intro = 0
    /// Quotation marks inside the sentence (someone else's words, or a term held at a distance).
    var quotes = 0
    /// A named speaker introduces a quotation here ("A local poet once wrote: "…""): the holder comes before the
    /// opening quotation mark.
    var introducesQuote = false
    /// Share of the sentence's bytes inside quotation marks, counting from the start of its paragraph (a quotation
    /// may run over several sentences).
    var quotedShare = 0.0
    /// How much of the sentence is the essay's key vocabulary (share of its content stems, 0…1).
    var keyOverlap = 0.0
    /// How widely its words recur across the essay's paragraphs (mean spread of its content stems, 0…1).
    var centrality = 0.0
    /// Whether the holder of an attributed view is the sentence's subject (near its start) or ends it ("…, say
    /// some"), so that the whole sentence states that view rather than mentioning it in passing.
    var attributedAtStart = false
    /// Binary cosine of its content stems with the thesis's (0…1); set once the thesis is known.
    var thesisOverlap = 0.0
    var attribution: ArgumentMap.Attribution?
    /// It tells of a particular case: a place named in this paragraph only (another place's experience), or an
    /// opening "In 1995" / "In Bosnia".
    var pastCase = false
    /// It only points back and judges what came before: a demonstrative subject and a verb, in at most eight words
    /// ("That is a real concern.", "This may be so."). Such a sentence may agree or disagree; no words show which.
    var pointsBack = false

    func has(_ cue: DiscourseMarkers.Cue) -> Bool { anyCues & (1 << cue.rawValue) != 0 }
    func opens(_ cue: DiscourseMarkers.Cue) -> Bool { initialCues & (1 << cue.rawValue) != 0 }
    /// It names its source with a marker ("studies show", "the data", "a survey"); "according to" counts only with
    /// its holder (`attribution`), and "percent" is a figure, not a source.
    var citesSource: Bool {
        matches.contains { $0.cue == .source && !["according to", "percent", "per cent"].contains(DiscourseMarkers.english[$0.marker].text) }
    }
    /// It gives an example: an example marker other than "such as" (which lists kinds, not a case).
    var givesExample: Bool {
        matches.contains { $0.cue == .example && DiscourseMarkers.english[$0.marker].text != "such as" }
    }
    /// The concession marker among the first three words ("Admittedly", "That may be true", "I understand").
    var grants: DiscourseMarkers.Match? { matches.first { $0.cue == .concession && $0.offset <= 2 } }
    /// Whether the cue occurs after the opening words.
    func hasInside(_ cue: DiscourseMarkers.Cue) -> Bool { matches.contains { $0.cue == cue && !$0.initial } }

    /// The text of the first marker with this cue, quoted ("'therefore'").
    func marker(_ cue: DiscourseMarkers.Cue, initialOnly: Bool = false) -> String {
        guard let m = matches.first(where: { $0.cue == cue && (!initialOnly || $0.initial) }) else { return "" }
        return "'" + DiscourseMarkers.english[m.marker].text + "'"
    }

    var isFirstInParagraph: Bool { number == 1 }
    var isLastInParagraph: Bool { number == paragraphLength }
    var isFirstParagraph: Bool { paragraph <= intro }
    var isLastParagraph: Bool { paragraph == paragraphCount - 1 }
    /// A recommendation proper: an obligation modal that is not a past judgement ("should have").
    var obliges: Bool { has(.obligation) && !has(.pastModal) }
    /// A view held by someone other than the author and not cited as a source.
    var reportsOther: Bool { attribution.map { !$0.isSource } ?? false }
    /// The sentence as a whole states someone else's view ("A cynic might suggest that…", "Critics say…").
    var statesOtherView: Bool { reportsOther && attributedAtStart }

    /// Features of every sentence.
    static func extract(_ draft: AnalysisDraft, attributions: [Int: ArgumentMap.Attribution]) -> [SentenceFeatures] {
        let markers = DiscourseMarkers.Compiled(draft.vocabulary)
        var numberWords = NumberWords(draft.vocabulary)
        let vocabulary = draft.vocabulary
        // Stems of the essay's top key terms that occur in more than one sentence.
        var keyStem = Array(repeating: false, count: vocabulary.stems.count)
        for term in draft.keyTerms.lazy.filter({ $0.sentences.count > 1 }).prefix(12) {
            for w in term.text.lowercased().split(separator: " ") {
                if let n = vocabulary.number(ofWord: String(w)), !vocabulary.isStopWord[Int(n)] {
                    keyStem[Int(vocabulary.stemOfWord[Int(n)])] = true
                }
            }
        }
        // In how many paragraphs each stem occurs.
        var spread = Array(repeating: Int32(0), count: vocabulary.stems.count)
        var seen = Array(repeating: Int32(-1), count: vocabulary.stems.count)
        for (p, paragraph) in draft.paragraphs.enumerated() where !paragraph.sentences.isEmpty {
            let first = draft.sentences[paragraph.sentences.lowerBound].tokens.lowerBound
            let last = draft.sentences[paragraph.sentences.upperBound - 1].tokens.upperBound
            for t in draft.tokens[first..<last] where !t.flags.contains(.stopWord) && seen[Int(t.stem)] != Int32(p) {
                seen[Int(t.stem)] = Int32(p)
                spread[Int(t.stem)] += 1
            }
        }
        // A stem in this many paragraphs counts fully towards centrality.
        let fullSpread = 1 + 0.15 * Double(draft.paragraphs.count)
        for i in seen.indices { seen[i] = -1 }
        var intro = 0
        for (p, paragraph) in draft.paragraphs.enumerated() {
            let words = paragraph.sentences.reduce(0) { $0 + draft.sentences[$1].tokens.count }
            if words >= 15 || p == draft.paragraphs.count - 1 { intro = p; break }
        }
        if intro > 2 { intro = 0 }
        var result: [SentenceFeatures] = []
        result.reserveCapacity(draft.sentences.count)
        let tokens = draft.tokens
        let bytes = draft.bytes
        for (p, paragraph) in draft.paragraphs.enumerated() {
            var inside = false
            var last = paragraph.range.lowerBound
            // The speaker of the quotation running on from an earlier sentence of the paragraph.
            var speaker: ArgumentMap.Attribution?
            for k in paragraph.sentences {
                let s = draft.sentences[k]
                var f = SentenceFeatures()
                // Quotation state from the paragraph's start: straight quotes toggle, curly ones open or close.
                var quoted = 0
                var i = last
                var firstOpening: Int?
                while i < s.range.upperBound {
                    let b = bytes[i]
                    let opens = (b == 0x22 && !inside) || (b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9C)
                    if opens, i >= s.range.lowerBound, firstOpening == nil { firstOpening = i }
                    if b == 0x22 { inside.toggle() }
                    else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C { inside = true }
                    else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D { inside = false }
                    else if inside, i >= s.range.lowerBound, b != 0x20 { quoted += 1 }
                    i += 1
                }
                last = s.range.upperBound
                f.quotedShare = Double(quoted) / Double(max(1, s.range.count))
                f.paragraph = p
                f.number = k - paragraph.sentences.lowerBound + 1
                f.paragraphLength = paragraph.sentences.count
                f.paragraphCount = draft.paragraphs.count
                f.intro = intro
                for i in s.range where bytes[i] == 0x22 || (bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80
                                                            && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D)) {
                    f.quotes += 1
                }
                f.words = s.tokens.count
                f.matches = markers.matches(tokens[s.tokens])
                for m in f.matches {
                    f.anyCues |= 1 << m.cue.rawValue
                    if m.initial { f.initialCues |= 1 << m.cue.rawValue }
                }
                var hits = 0
                var central = 0.0
                for i in s.tokens {
                    if tokens[i].flags.contains(.numeric) {
                        f.numbers += 1
                        if Self.isQuantity(at: i, in: s.tokens, tokens: tokens, vocabulary: vocabulary) { f.quantities += 1 }
                    } else if numberWords.counts(at: i, in: s.tokens, tokens: tokens) {
                        f.quantities += 1
                    }
                }
                for t in tokens[s.tokens] {
                    if t.flags.contains(.capitalized), !t.flags.contains(.sentenceInitial), !t.flags.contains(.stopWord) { f.names += 1 }
                    guard !t.flags.contains(.stopWord), seen[Int(t.stem)] != Int32(k) else { continue }
                    seen[Int(t.stem)] = Int32(k)
                    f.contentStems += 1
                    if keyStem[Int(t.stem)] { hits += 1 }
                    central += min(1, Double(spread[Int(t.stem)] - 1) / fullSpread)
                }
                f.keyOverlap = Double(hits) / Double(max(f.contentStems, 5))
                f.centrality = central / Double(max(f.contentStems, 5))
                // A question ends with "?" (possibly before a closing quote or bracket).
                var e = s.range.upperBound - 1
                while e > s.range.lowerBound, bytes[e] == 0x22 || bytes[e] == 0x29 || bytes[e] == 0x27 || bytes[e] >= 0x80 { e -= 1 }
                f.question = bytes[e] == 0x3F
                f.attribution = attributions[k]
                // A quotation belongs to its speaker: the holder named before it opens, in this sentence or in the one
                // that opened a quotation still running.
                // A holder named inside the quoted words is the speaker's business ("whose shade they know"), but one
                // after the quotation names its speaker ("…," she wrote).
                let lastMark = s.range.reversed().first { bytes[$0] == 0x22 || (bytes[$0] == 0x9D && $0 >= 2 && bytes[$0 - 2] == 0xE2) }
                if let a = f.attribution, let q = firstOpening, a.range.upperBound <= q {
                    f.introducesQuote = true
                    speaker = a
                } else if f.quotedShare > 0.5 {
                    if let a = f.attribution, let e = lastMark, a.range.lowerBound > e { speaker = a } else { f.attribution = speaker }
                } else {
                    speaker = nil
                }
                if s.tokens.count >= 3 {
                    let first = tokens[s.tokens.lowerBound], second = tokens[s.tokens.lowerBound + 1]
                    f.pastCase = vocabulary.words[Int(first.word)] == "in" && second.flags.contains(.numeric)
                    f.pointsBack = s.tokens.count <= 8 && ["that", "this"].contains(vocabulary.words[Int(first.word)])
                        && Self.judgingVerbs.contains(vocabulary.words[Int(second.word)])
                }
                if let a = f.attribution {
                    let opening = s.tokens.lowerBound + min(s.tokens.count - 1, 4)
                    // Or its holder ends it ("…, say some."): the reporting clause comes after the view.
                    f.attributedAtStart = a.range.lowerBound <= Int(tokens[opening].start)
                        || a.range.upperBound >= Int(tokens[s.tokens.upperBound - 1].end)
                }
                result.append(f)
            }
        }
        // A place named in one paragraph only: the sentences naming it tell of another place's case (unless the
        // sentence opens as a reason or conclusion: "Given America's lack of leverage" argues, it tells no case).
        let arguing: UInt16 = 1 << DiscourseMarkers.Cue.reason.rawValue | 1 << DiscourseMarkers.Cue.conclusion.rawValue
            | 1 << DiscourseMarkers.Cue.concession.rawValue
        for e in draft.entities where e.kind == .place {
            guard let p = e.mentions.first.map({ result[$0.sentence].paragraph }),
                  e.mentions.allSatisfy({ result[$0.sentence].paragraph == p }),
                  draft.document.title.map({ !$0.contains(e.name) }) ?? true else { continue }
            for m in e.mentions where result[m.sentence].attribution == nil && result[m.sentence].initialCues & arguing == 0 {
                // Only as the sentence's subject: among its first four words.
                let s = draft.sentences[m.sentence]
                let opening = draft.tokens[min(s.tokens.upperBound - 1, s.tokens.lowerBound + 3)].end
                if m.range.lowerBound < Int(opening) { result[m.sentence].pastCase = true }
            }
        }
        return result
    }

    /// Forms of "be" and modals that follow a demonstrative subject judging what came before ("That is", "This may").
    static let judgingVerbs: Set<String> = ["is", "was", "may", "might", "could", "would", "seems", "sounds", "remains"]

    /// Months and their abbreviations: a number after one is a date.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Whether the numeric token at `i` counts or measures something: not a day after a month, not a year (a
    /// four-digit number from 1000 to 2099 not followed by a lower-case content word: "in 2003 the city", but
    /// "2000 soldiers" counts), not an ordinal ("19th").
    static func isQuantity(at i: Int, in range: Range<Int>, tokens: [Token], vocabulary: Vocabulary) -> Bool {
        let word = vocabulary.words[Int(tokens[i].word)]
        if ["st", "nd", "rd", "th"].contains(where: { word.hasSuffix($0) }) { return false }
        if i > range.lowerBound, months.contains(vocabulary.words[Int(tokens[i - 1].word)]) { return false }
        if word.count == 4, let n = Int(word), (1000...2099).contains(n) {
            let next = i + 1 < range.upperBound ? tokens[i + 1] : nil
            let countsSomething = next.map { !$0.flags.contains(.stopWord) && !$0.flags.contains(.capitalized) && !$0.flags.contains(.numeric) } ?? false
            if !countsSomething { return false }
        }
        return true
    }

    /// Numbers written out as a compound that counts something ("four hundred tyres", "fifty thousand", "one
    /// million"): two WordNet number words in a row (`Lexicon.isNumberWord`, read from `LexiconTable`). A single one
    /// ("two methods", "a few dozen") is no statistic. Each word of the essay is looked up once, and only when the
    /// next word is lower-case.
    struct NumberWords {
        private let vocabulary: Vocabulary
        /// Per word number: 0 not looked up, 1 a number word, 2 not.
        private var known: [UInt8]

        init(_ vocabulary: Vocabulary) {
            self.vocabulary = vocabulary
            known = Array(repeating: 0, count: vocabulary.words.count)
        }

        private mutating func isNumber(_ t: Token) -> Bool {
            guard !t.flags.contains(.capitalized) || t.flags.contains(.sentenceInitial) else { return false }
            let n = Int(t.word)
            if known[n] == 0 {
                let w = vocabulary.words[n]
                known[n] = w.count >= 3 && w.allSatisfy(\.isLetter) && LexiconTable.shipped.isNumberWord(w) ? 1 : 2
            }
            return known[n] == 1
        }

        /// Whether the token at `i` ends a compound number (so that each compound counts once).
        mutating func counts(at i: Int, in range: Range<Int>, tokens: [Token]) -> Bool {
            guard i > range.lowerBound, !tokens[i].flags.contains(.capitalized), isNumber(tokens[i - 1]), isNumber(tokens[i]) else { return false }
            return i + 1 == range.upperBound || !isNumber(tokens[i + 1])
        }
    }

    /// Sets `thesisOverlap` of every sentence against the thesis sentences' content stems.
    static func measureOverlap(_ features: inout [SentenceFeatures], thesis: [Int], draft: AnalysisDraft) {
        guard !thesis.isEmpty else { return }
        var mark = Array(repeating: false, count: draft.vocabulary.stems.count)
        var size = 0
        for k in thesis.prefix(1) {
            for t in draft.tokens[draft.sentences[k].tokens] where !t.flags.contains(.stopWord) && !mark[Int(t.stem)] {
                mark[Int(t.stem)] = true
                size += 1
            }
        }
        guard size > 0 else { return }
        var seen = Array(repeating: Int32(-1), count: draft.vocabulary.stems.count)
        for (k, s) in draft.sentences.enumerated() where features[k].contentStems > 0 {
            var shared = 0
            for t in draft.tokens[s.tokens] where !t.flags.contains(.stopWord) && seen[Int(t.stem)] != Int32(k) {
                seen[Int(t.stem)] = Int32(k)
                if mark[Int(t.stem)] { shared += 1 }
            }
            features[k].thesisOverlap = Double(shared) / (Double(size) * Double(features[k].contentStems)).squareRoot()
        }
    }
}
