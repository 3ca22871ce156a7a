import Foundation

/// Ranks the key terms of an essay and of each of its sections: single words and multi-word phrases
/// ("coordinated international assistance", "National Intelligence Estimate"), each with the sentences it occurs in.
///
/// The method is RAKE-like candidate selection with a tf-idf-like score, in four steps. It is linear in the number of
/// words: everything works on the tokens' word and stem numbers (hash tables of stem-number sequences), and strings
/// are built only for the terms returned.
///
/// 1. **Candidates.** A *content word* is a token that is not a stop word, not a number, not one of a few extra
///    function words and abbreviations ("inside", "amid", "Gen", "Sept"), and at least three bytes long (or a
///    two-letter capital acronym such as "UN"). Every content word is a candidate single term. Inside one sentence,
///    a maximal run of content words with only spaces between them is a candidate phrase: any other byte between two
///    words (a comma, colon, semicolon, dash, quote, bracket…) ends the run, and so does an "-ly" adverb. Without a
///    part-of-speech tagger, a few cues trim verbs off a run: its first word goes when a verb cue stands right
///    before it ("to prevent Iraq", "would hand", "it depends"), its last word when the object of a verb follows
///    ("prepare their strategies", "report them"), a trailing "-ed" word goes ("the estimate released"), and so do
///    leading very common words (`CommonWords`: "great civil war" → "civil war"). None of these cuts touch a word
///    capitalised mid-sentence, so names stay whole ("New York", "National Intelligence Estimate"). What is left,
///    if 2–4 words long, is a candidate phrase; a longer run is split at its very common words and participles.
///    Terms are keyed by stems, so inflections merge ("coordinated international efforts" = "coordinate
///    international effort"). A phrase's occurrences are every place its stems stand together inside a run,
///    also inside longer runs.
/// 2. **Frequency and weight.** A term's frequency is `f = s + (n − s) / 2`, for `n` occurrences in `s` sentences:
///    spread across sentences counts more than repetition inside one. A word's weight `w` stands in for an inverse
///    document frequency against general English: 0.4 for a very common word, a little less for short words (0.85
///    at three letters, 1 from six), 1 for names (capitalised in most mid-sentence occurrences), ×1.25 for words
///    of the title.
/// 3. **Scores.** A single word scores `√f · w`. A phrase of `k` words scores `√f` (its own frequency) times the
///    mean weight of its words, times 1.3, 1.55 or 1.65 for 2, 3 or 4 words (a phrase is rarer in general English
///    than a word), times the fourth root of the geometric mean of `f(word) / f(phrase)`: a phrase whose words are
///    individually key, occurring more often than the phrase, is worth more, so "coordinated international
///    assistance" ranks high although it occurs once. (Ratios keep scores independent of the text's length.)
///    In the essay's list every score is multiplied by `1 + 0.2 · (1 − first sentence / last sentence)`: earlier
///    mentions weigh a bit more. In a section's list a term scores as above with `f` counted inside the section
///    (the word-ratio factor of a phrase stays the essay's), times `√lift`, where `lift = (c · D/L + 1) / (C + 1)`
///    compares the term's `c` occurrences in the section (`L` words) with its `C` in the essay (`D` words): a term
///    concentrated in the section ranks above one spread through the whole essay, and the added 1 keeps a single
///    occurrence from counting as much. With one section the lift is 1.
/// 4. **Selection.** Candidates are taken best first (ties: earlier first occurrence, then fewer words). A term is
///    left out when all its occurrences lie inside occurrences of one longer phrase kept in the list, and dropped
///    again when a longer phrase kept later covers it so ("Intelligence" when it only occurs in "National
///    Intelligence Estimate"; a word found inside several different kept phrases stays, unless it is a name word:
///    "United" inside "United Nations" and "United States"). A term's display text is its most frequent word
///    sequence as written (ties: the earliest), with the capitals of names, other words in lower case, and no
///    trailing possessive "'s". A term's sentences are the ascending, distinct sentences of its occurrences (inside
///    the section, for a section's list).
struct KeyTermExtractor: Sendable {
    /// How many terms the essay's list holds.
    var essayLimit = 30
    /// How many terms each section's list holds.
    var sectionLimit = 10

    /// The key terms of an essay and of each section (same order as the sections).
    struct Result: Sendable, Equatable {
        var essay: [KeyTerm]
        var sections: [[KeyTerm]]
    }

    /// The longest phrase, in words.
    static let maxPhraseWords = 4

    init(essayLimit: Int = 30, sectionLimit: Int = 10) {
        self.essayLimit = essayLimit
        self.sectionLimit = sectionLimit
    }

    /// Ranks the key terms of a draft whose sentences, tokens and sections are known.
    func extract(from draft: AnalysisDraft) -> Result {
        let index = TermIndex(draft: draft)
        var texts: [Int32: String] = [:]
        let essay = index.essayTerms(limit: essayLimit, texts: &texts)
        let sections = index.sectionTerms(limit: sectionLimit, texts: &texts)
        return Result(essay: essay, sections: sections)
    }
}

// MARK: - Index of candidate terms

/// Candidate terms of one draft with their occurrences and scores. Term numbers: `0..<stemCount` are single stems,
/// `stemCount + p` is phrase `p`.
private struct TermIndex {
    let bytes: [UInt8]
    let tokens: [Token]
    let vocabulary: Vocabulary
    let sentenceCount: Int
    /// Sentence index of each token.
    let tokenSentence: [Int32]
    /// Section index of each sentence, or -1 when no section holds it.
    let sentenceSection: [Int32]
    /// Token range of each section.
    let sectionTokens: [Range<Int>]

    let stemCount: Int
    /// Per stem: occurrences (token indexes, ascending) in CSR form.
    let stemOffsets: [Int32]
    let stemPositions: [Int32]
    /// Per stem: log of the frequency `f`, keyness `√f · w` in the whole essay, and the weight `w`.
    let stemLogFrequency: [Double]
    let stemKeyness: [Double]
    let stemWeight: [Double]
    /// Per stem: mostly capitalised mid-sentence.
    let stemIsName: [Bool]

    let phraseCount: Int
    /// Per phrase: its stems (`maxPhraseWords` slots, -1 padded) and length.
    let phraseStems: [Int32]
    let phraseLength: [Int8]
    /// Per phrase: occurrences (token index of the first word, ascending) in CSR form.
    let phraseOffsets: [Int32]
    let phrasePositions: [Int32]
    /// Per phrase: written capitalised (every word) in at least half of its occurrences.
    let phraseIsName: [Bool]
    /// Per phrase: the mean weight of its words times the length boost.
    let phraseBase: [Double]

    static let width = KeyTermExtractor.maxPhraseWords

    init(draft: AnalysisDraft) {
        let bytes = draft.bytes, tokens = draft.tokens
        self.bytes = bytes
        self.tokens = tokens
        self.vocabulary = draft.vocabulary
        sentenceCount = draft.sentences.count
        let tokenCount = tokens.count
        let W = Self.width

        // Where each token and sentence belongs.
        var tokenSentence = [Int32](repeating: 0, count: tokenCount)
        for (s, sentence) in draft.sentences.enumerated() {
            for t in sentence.tokens { tokenSentence[t] = Int32(s) }
        }
        var sentenceSection = [Int32](repeating: -1, count: draft.sentences.count)
        var sectionTokens: [Range<Int>] = []
        for (k, section) in draft.sections.enumerated() {
            var lo = Int.max, hi = Int.min
            for p in section.paragraphs where draft.paragraphs.indices.contains(p) {
                for s in draft.paragraphs[p].sentences {
                    sentenceSection[s] = Int32(k)
                    lo = min(lo, draft.sentences[s].tokens.lowerBound)
                    hi = max(hi, draft.sentences[s].tokens.upperBound)
                }
            }
            sectionTokens.append(lo <= hi ? lo..<hi : 0..<0)
        }
        self.tokenSentence = tokenSentence
        self.sentenceSection = sentenceSection
        self.sectionTokens = sectionTokens

        // Per word and per stem facts, computed once per vocabulary entry.
        let vocabulary = draft.vocabulary
        let stemCount = vocabulary.stems.count
        self.stemCount = stemCount
        let wordLength = vocabulary.words.map { $0.utf8.count }
        let stemIsCommon = vocabulary.stems.map { CommonWords.stems.contains($0) }
        let stemLength = vocabulary.stems.map { $0.utf8.count }
        var stemInTitle = [Bool](repeating: false, count: stemCount)
        if let title = draft.document.title {
            let titleBytes = Array(title.utf8)
            titleBytes.withUnsafeBufferPointer { b in
                Tokenizer().forEachWord(in: b, range: 0..<b.count) { r in
                    let word = String(decoding: b[r], as: UTF8.self).lowercased()
                    if let w = vocabulary.number(ofWord: word), !vocabulary.isStopWord[Int(w)] {
                        stemInTitle[Int(vocabulary.stemOfWord[Int(w)])] = true
                    }
                }
            }
        }

        // Content words, and per-stem counts.
        var isContent = [Bool](repeating: false, count: tokenCount)
        var isNameToken = [Bool](repeating: false, count: tokenCount)
        var stemTotal = [Int32](repeating: 0, count: stemCount)
        var stemSentences = [Int32](repeating: 0, count: stemCount)
        var stemLastSentence = [Int32](repeating: -1, count: stemCount)
        var stemCapitalMid = [Int32](repeating: 0, count: stemCount)
        var stemMid = [Int32](repeating: 0, count: stemCount)
        let wordIsFunction = vocabulary.words.map { Self.functionWords.contains($0) }
        bytes.withUnsafeBufferPointer { b in
            for i in 0..<tokenCount {
                let t = tokens[i]
                if t.flags.contains(.stopWord) || t.flags.contains(.numeric) || wordIsFunction[Int(t.word)] { continue }
                let length = wordLength[Int(t.word)]
                if length < 3 {
                    let start = Int(t.start)
                    guard length == 2, Self.isUpper(b[start]), Self.isUpper(b[start + 1]) else { continue }
                }
                isContent[i] = true
                let s = Int(t.stem)
                stemTotal[s] += 1
                if stemLastSentence[s] != tokenSentence[i] {
                    stemLastSentence[s] = tokenSentence[i]
                    stemSentences[s] += 1
                }
                if !t.flags.contains(.sentenceInitial) {
                    stemMid[s] += 1
                    if t.flags.contains(.capitalized) {
                        stemCapitalMid[s] += 1
                        isNameToken[i] = true
                    }
                }
            }
        }

        // Stem weights and keyness.
        var stemIsName = [Bool](repeating: false, count: stemCount)
        var stemWeight = [Double](repeating: 0, count: stemCount)
        var stemKeyness = [Double](repeating: 0, count: stemCount)
        var stemLogFrequency = [Double](repeating: 0, count: stemCount)
        for s in 0..<stemCount where stemTotal[s] > 0 {
            let name = stemCapitalMid[s] > 0 && 2 * stemCapitalMid[s] >= stemMid[s]
            stemIsName[s] = name
            var w = 1.0
            if !name {
                if stemIsCommon[s] { w *= 0.4 }
                w *= min(1.0, 0.7 + 0.05 * Double(stemLength[s]))
            }
            if stemInTitle[s] { w *= 1.25 }
            stemWeight[s] = w
            let frequency = Self.frequency(Int(stemTotal[s]), Int(stemSentences[s]))
            stemLogFrequency[s] = log(frequency)
            stemKeyness[s] = frequency.squareRoot() * w
        }
        self.stemIsName = stemIsName
        self.stemWeight = stemWeight
        self.stemKeyness = stemKeyness
        self.stemLogFrequency = stemLogFrequency

        // Stem occurrences, grouped by stem (counting sort keeps them ascending).
        var stemOffsets = [Int32](repeating: 0, count: stemCount + 1)
        for s in 0..<stemCount { stemOffsets[s + 1] = stemOffsets[s] + stemTotal[s] }
        var stemPositions = [Int32](repeating: 0, count: Int(stemOffsets[stemCount]))
        var fill = stemOffsets
        for i in 0..<tokenCount where isContent[i] {
            let s = Int(tokens[i].stem)
            stemPositions[Int(fill[s])] = Int32(i)
            fill[s] += 1
        }
        self.stemOffsets = stemOffsets
        self.stemPositions = stemPositions

        // Word shapes that rarely belong in a noun phrase: "-ly" adverbs split runs, a trailing "-ed" word (a verb,
        // "leaders created") is cut off, and after a verb cue ("to", "would", "it") the first word is a verb.
        var wordIsAdverb = [Bool](repeating: false, count: vocabulary.words.count)
        var wordIsParticiple = [Bool](repeating: false, count: vocabulary.words.count)
        var wordIsVerbCue = [Bool](repeating: false, count: vocabulary.words.count)
        var wordIsObject = [Bool](repeating: false, count: vocabulary.words.count)
        for (w, word) in vocabulary.words.enumerated() {
            let u = word.utf8
            wordIsAdverb[w] = u.count >= 5 && word.hasSuffix("ly") && !Self.notAdverbs.contains(word)
            wordIsParticiple[w] = u.count >= 5 && word.hasSuffix("ed") && !Self.notParticiples.contains(word)
            wordIsVerbCue[w] = Self.verbCues.contains(word)
            wordIsObject[w] = Self.objectStarts.contains(word)
        }
        var joinable = isContent
        for i in 0..<tokenCount where joinable[i] && wordIsAdverb[Int(tokens[i].word)] && !isNameToken[i] {
            joinable[i] = false
        }

        // Runs of joinable words inside sentences, not crossing punctuation; 2–4-word runs are candidate phrases.
        var table = PhraseTable()
        var phraseStems: [Int32] = []
        var phraseLength: [Int8] = []
        var runs: [Int32] = []  // pairs: start, end
        func isWeak(_ i: Int) -> Bool {
            !isNameToken[i] && (stemIsCommon[Int(tokens[i].stem)] || wordIsParticiple[Int(tokens[i].word)])
        }
        func addPhrase(_ start: Int, _ end: Int) {
            var a = start, b = end
            while a < b, stemIsCommon[Int(tokens[a].stem)], !isNameToken[a] { a += 1 }
            while b > a, wordIsParticiple[Int(tokens[b - 1].word)], !isNameToken[b - 1] { b -= 1 }
            guard b - a >= 2 else { return }
            if b - a > W, let split = (a..<b).first(where: isWeak) {
                // Too long for one phrase: its parts between very common words and participles may be phrases.
                // The part before the split holds no weak word, so it never splits again; the rest is walked in a
                // loop, not by recursion (a 200 000-character paragraph with no stops overflowed the stack).
                addPhrase(a, split)
                var next = split + 1
                while true {
                    var a = next, b = end
                    while a < b, stemIsCommon[Int(tokens[a].stem)], !isNameToken[a] { a += 1 }
                    while b > a, wordIsParticiple[Int(tokens[b - 1].word)], !isNameToken[b - 1] { b -= 1 }
                    guard b - a > W, let s = (a..<b).first(where: isWeak) else { break }
                    addPhrase(a, s)
                    next = s + 1
                }
                addPhrase(next, end)
                return
            }
            runs.append(Int32(a))
            runs.append(Int32(b))
            guard b - a <= W else { return }
            var key = PhraseTable.Key()
            for j in 0..<(b - a) { key[j] = tokens[a + j].stem }
            let (_, inserted) = table.insert(key, id: Int32(phraseLength.count))
            if inserted {
                for j in 0..<W { phraseStems.append(key[j]) }
                phraseLength.append(Int8(b - a))
            }
        }
        /// A run ends: drop a verb after a verb cue at its start, and a verb before an object at its end.
        func closeRun(_ start: Int, _ end: Int, afterVerbCue: Bool, beforeObject: Bool) {
            var a = start, b = end
            if afterVerbCue, !isNameToken[a] { a += 1 }
            if beforeObject, b > a, !isNameToken[b - 1] { b -= 1 }
            addPhrase(a, b)
        }
        bytes.withUnsafeBufferPointer { b in
            for sentence in draft.sentences {
                var runStart = -1
                var cue = false
                for i in sentence.tokens {
                    let spaced = i > sentence.tokens.lowerBound
                        && Self.onlySpaces(b, Int(tokens[i - 1].end), Int(tokens[i].start))
                    if joinable[i] {
                        if runStart >= 0, spaced { continue }
                        if runStart >= 0 { closeRun(runStart, i, afterVerbCue: cue, beforeObject: false) }
                        runStart = i
                        cue = spaced && wordIsVerbCue[Int(tokens[i - 1].word)]
                    } else if runStart >= 0 {
                        closeRun(runStart, i, afterVerbCue: cue,
                                 beforeObject: spaced && wordIsObject[Int(tokens[i].word)])
                        runStart = -1
                    }
                }
                if runStart >= 0 {
                    closeRun(runStart, sentence.tokens.upperBound, afterVerbCue: cue, beforeObject: false)
                }
            }
        }
        let phraseCount = phraseLength.count
        self.phraseCount = phraseCount
        self.phraseStems = phraseStems
        self.phraseLength = phraseLength

        // Every occurrence of a candidate phrase inside a run (also inside longer runs).
        var occurrencePhrase: [Int32] = []
        var occurrenceStart: [Int32] = []
        var phraseTotal = [Int32](repeating: 0, count: phraseCount)
        var r = 0
        while r < runs.count {
            let a = Int(runs[r]), b = Int(runs[r + 1])
            r += 2
            for x in a..<(b - 1) {
                var key = PhraseTable.Key()
                key[0] = tokens[x].stem
                for length in 2...min(W, b - x) {
                    key[length - 1] = tokens[x + length - 1].stem
                    let id = table.find(key)
                    if id >= 0 {
                        occurrencePhrase.append(id)
                        occurrenceStart.append(Int32(x))
                        phraseTotal[Int(id)] += 1
                    }
                }
            }
        }
        var phraseOffsets = [Int32](repeating: 0, count: phraseCount + 1)
        for p in 0..<phraseCount { phraseOffsets[p + 1] = phraseOffsets[p] + phraseTotal[p] }
        var phrasePositions = [Int32](repeating: 0, count: occurrenceStart.count)
        fill = phraseOffsets
        for o in occurrenceStart.indices {
            let p = Int(occurrencePhrase[o])
            phrasePositions[Int(fill[p])] = occurrenceStart[o]
            fill[p] += 1
        }
        // Runs were visited in token order, so each phrase's occurrences are ascending already.
        var phraseIsName = [Bool](repeating: false, count: phraseCount)
        for p in 0..<phraseCount {
            let length = Int(phraseLength[p])
            var capitalised = 0
            for o in Int(phraseOffsets[p])..<Int(phraseOffsets[p + 1]) {
                let x = Int(phrasePositions[o])
                if (x..<(x + length)).allSatisfy({ tokens[$0].flags.contains(.capitalized) }) { capitalised += 1 }
            }
            phraseIsName[p] = 2 * capitalised >= Int(phraseTotal[p])
        }
        self.phraseOffsets = phraseOffsets
        self.phrasePositions = phrasePositions
        self.phraseIsName = phraseIsName
        phraseBase = (0..<phraseCount).map { p in
            let n = Int(phraseLength[p])
            var sum = 0.0
            for j in 0..<n { sum += stemWeight[Int(phraseStems[p * W + j])] }
            return sum / Double(n) * Self.lengthBoost(n)
        }
    }

    // MARK: Helpers

    @inline(__always)
    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

    /// Whether the bytes between two words are only spaces (so the words may belong to one phrase).
    @inline(__always)
    static func onlySpaces(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            if c == 0xC2, i + 1 < to, b[i + 1] == 0xA0 { i += 2; continue }  // no-break space
            return false
        }
        return true
    }

    /// Effective frequency: sentences count fully, repeats inside a sentence half.
    @inline(__always)
    static func frequency(_ occurrences: Int, _ sentences: Int) -> Double {
        Double(sentences) + 0.5 * Double(occurrences - sentences)
    }

    /// How much more often a term occurs in a section than in the essay as a whole: `(c · D/L + 1) / (C + 1)` for
    /// `c` occurrences in a section of `L` words, `C` in the essay of `D` words. The added 1 shrinks the ratio of a
    /// rare term towards 1 (one occurrence is weak evidence); with one section the lift is exactly 1.
    @inline(__always)
    static func lift(_ count: Int32, _ total: Double, _ inverseShare: Double) -> Double {
        (Double(count) * inverseShare + 1) / (total + 1)
    }

    /// How much rarer in general English a phrase of this many words is than a single word.
    static func lengthBoost(_ words: Int) -> Double {
        switch words {
        case ..<2: return 1
        case 2: return 1.3
        case 3: return 1.55
        default: return 1.65
        }
    }

    /// Words ending in "ly" that are not adverbs.
    static let notAdverbs: Set<String> = [
        "family", "supply", "assembly", "ally", "rally", "monopoly", "anomaly", "italy", "july", "holy", "belly",
        "jelly", "bully", "homily", "folly", "lily", "reply", "comply", "apply", "imply", "multiply", "fly",
    ]
    /// Words ending in "ed" that are not past participles.
    static let notParticiples: Set<String> = [
        "hundred", "kindred", "sacred", "naked", "wicked", "creed", "speed", "greed", "breed", "steed", "screed",
        "wretched", "beloved", "learned", "aged", "blessed", "rugged", "ragged", "crooked", "bred", "shred",
    ]
    /// Words that start the object of a verb: the word before them is most likely a verb.
    static let objectStarts: Set<String> = [
        "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "these", "those", "not",
        "him", "them", "us", "me", "it",
    ]
    /// Function words and abbreviations the stop list leaves out; never key terms.
    static let functionWords: Set<String> = [
        "inside", "outside", "amid", "amidst", "despite", "beneath", "behind", "till", "whilst", "like", "unlike",
        "lest", "hence", "thence", "whereupon", "thereof", "therein", "herein", "wherein", "hitherto", "wherefore",
        "yes", "mr", "mrs", "ms", "dr", "gen", "col", "capt", "lt", "sgt", "rev", "hon", "jr", "sr", "st", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "etc", "viz", "ibid",
    ]
    /// Words after which the next word is most likely a verb.
    static let verbCues: Set<String> = [
        "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "cannot", "not", "did",
        "does", "do", "i", "we", "you", "he", "she", "it", "they", "who", "which",
    ]

    func isPhrase(_ term: Int) -> Bool { term >= stemCount }
    func length(_ term: Int) -> Int { isPhrase(term) ? Int(phraseLength[term - stemCount]) : 1 }

    /// Occurrences (token index of the first word) of a term, ascending.
    func positions(_ term: Int) -> ArraySlice<Int32> {
        if isPhrase(term) {
            let p = term - stemCount
            return phrasePositions[Int(phraseOffsets[p])..<Int(phraseOffsets[p + 1])]
        }
        return stemPositions[Int(stemOffsets[term])..<Int(stemOffsets[term + 1])]
    }

    /// The occurrences of a term inside a token range.
    func positions(_ term: Int, in scope: Range<Int>) -> ArraySlice<Int32> {
        let all = positions(term)
        let lo = Self.lowerBound(all, Int32(scope.lowerBound))
        let hi = Self.lowerBound(all, Int32(scope.upperBound))
        return all[lo..<hi]
    }

    static func lowerBound(_ a: ArraySlice<Int32>, _ value: Int32) -> Int {
        var lo = a.startIndex, hi = a.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func stems(ofPhrase p: Int) -> ArraySlice<Int32> {
        phraseStems[(p * Self.width)..<(p * Self.width + Int(phraseLength[p]))]
    }

    /// Number of distinct sentences among ascending occurrences.
    func sentenceCount(_ occurrences: ArraySlice<Int32>) -> Int {
        var count = 0, last: Int32 = -1
        for x in occurrences where tokenSentence[Int(x)] != last {
            last = tokenSentence[Int(x)]
            count += 1
        }
        return count
    }

    func positionFactor(_ firstToken: Int32) -> Double {
        guard sentenceCount > 1 else { return 1.2 }
        return 1 + 0.2 * (1 - Double(tokenSentence[Int(firstToken)]) / Double(sentenceCount - 1))
    }

    // MARK: Essay

    func essayTerms(limit: Int, texts: inout [Int32: String]) -> [KeyTerm] {
        guard limit > 0, !tokens.isEmpty else { return [] }
        var pool = TopK(capacity: 12 * limit + 16)
        for s in 0..<stemCount where stemKeyness[s] > 0 {
            let first = stemPositions[Int(stemOffsets[s])]
            pool.insert(Candidate(score: stemKeyness[s] * positionFactor(first), first: first, length: 1,
                                  term: Int32(s)))
        }
        for p in 0..<phraseCount where phraseOffsets[p + 1] > phraseOffsets[p] {
            let occurrences = positions(stemCount + p)
            let frequency = Self.frequency(occurrences.count, sentenceCount(occurrences))
            let score = essayPhraseQuality(p, occurrences) * frequency.squareRoot() * positionFactor(occurrences.first!)
            pool.insert(Candidate(score: score, first: occurrences.first!, length: Int8(phraseLength[p]),
                                  term: Int32(stemCount + p)))
        }
        return select(pool.sorted(), limit: limit, scope: 0..<tokens.count, texts: &texts)
    }

    /// A phrase's score without its own frequency and position: the mean weight of its words, boosted by length,
    /// times the fourth root of the geometric mean of (word frequency / phrase frequency) in the essay — how much
    /// more its words occur than the phrase itself, i.e. how key its words are on their own. The ratio keeps the
    /// score independent of the text's length.
    func essayPhraseQuality(_ p: Int, _ occurrences: ArraySlice<Int32>) -> Double {
        let n = Double(phraseLength[p])
        var wordLogs = 0.0
        for s in stems(ofPhrase: p) { wordLogs += stemLogFrequency[Int(s)] }
        let frequency = Self.frequency(occurrences.count, sentenceCount(occurrences))
        let excess = max(0, wordLogs - n * log(frequency))
        return phraseBase[p] * exp(excess / (4 * n))
    }

    // MARK: Sections

    func sectionTerms(limit: Int, texts: inout [Int32: String]) -> [[KeyTerm]] {
        let sectionCount = sectionTokens.count
        guard sectionCount > 0 else { return [] }
        guard limit > 0, !tokens.isEmpty else { return Array(repeating: [], count: sectionCount) }
        let essayLength = Double(tokens.count)
        let sectionLength = sectionTokens.map { Double(max($0.count, 1)) }
        var pools = (0..<sectionCount).map { _ in TopK(capacity: 12 * limit + 16) }

        // Per section, for one term at a time: occurrences, sentences, first occurrence.
        var count = [Int32](repeating: 0, count: sectionCount)
        var sentences = [Int32](repeating: 0, count: sectionCount)
        var lastSentence = [Int32](repeating: -1, count: sectionCount)
        var first = [Int32](repeating: -1, count: sectionCount)
        var touched: [Int] = []
        func tally(_ occurrences: ArraySlice<Int32>) {
            for x in occurrences {
                let sentence = tokenSentence[Int(x)]
                let k = Int(sentenceSection[Int(sentence)])
                guard k >= 0 else { continue }
                if count[k] == 0 { touched.append(k); first[k] = x }
                count[k] += 1
                if lastSentence[k] != sentence { lastSentence[k] = sentence; sentences[k] += 1 }
            }
            touched.sort()
        }
        func reset() {
            for k in touched { count[k] = 0; sentences[k] = 0; lastSentence[k] = -1; first[k] = -1 }
            touched.removeAll(keepingCapacity: true)
        }

        for s in 0..<stemCount {
            let occurrences = positions(s)
            guard !occurrences.isEmpty else { continue }
            tally(occurrences)
            let total = Double(occurrences.count)
            for k in touched {
                let frequency = Self.frequency(Int(count[k]), Int(sentences[k]))
                let lift = Self.lift(count[k], total, essayLength / sectionLength[k])
                pools[k].insert(Candidate(score: (frequency * lift).squareRoot() * stemWeight[s], first: first[k],
                                          length: 1, term: Int32(s)))
            }
            reset()
        }
        for p in 0..<phraseCount {
            let occurrences = positions(stemCount + p)
            guard !occurrences.isEmpty else { continue }
            let quality = essayPhraseQuality(p, occurrences)
            tally(occurrences)
            let total = Double(occurrences.count)
            for k in touched {
                let frequency = Self.frequency(Int(count[k]), Int(sentences[k]))
                let lift = Self.lift(count[k], total, essayLength / sectionLength[k])
                pools[k].insert(Candidate(score: quality * (frequency * lift).squareRoot(), first: first[k],
                                          length: phraseLength[p], term: Int32(stemCount + p)))
            }
            reset()
        }
        return (0..<sectionCount).map { k in
            select(pools[k].sorted(), limit: limit, scope: sectionTokens[k], texts: &texts)
        }
    }

    // MARK: Selection

    /// Takes candidates best first, leaving out a term when every one of its occurrences (in `scope`) lies inside
    /// occurrences of one longer kept phrase (for a name word, of any longer kept phrases: "United" inside "United
    /// Nations" and "United States"). `texts` caches display texts by term.
    func select(_ ranked: [Candidate], limit: Int, scope: Range<Int>, texts: inout [Int32: String]) -> [KeyTerm] {
        typealias Cover = (length: Int8, tokens: Set<Int32>)
        var covers: [Cover] = []  // the tokens each kept phrase covers
        var union = Cover(length: Int8.max, tokens: [])  // the tokens all kept phrases cover
        var kept: [Candidate] = []
        func isInside(_ c: Candidate, _ cover: Cover) -> Bool {
            guard cover.length > c.length else { return false }
            for x in positions(Int(c.term), in: scope) {
                for t in x..<(x + Int32(c.length)) where !cover.tokens.contains(t) { return false }
            }
            return true
        }
        func isSubsumed(_ c: Candidate) -> Bool {
            if c.length == 1, stemIsName[Int(c.term)], isInside(c, union) { return true }
            return covers.contains { isInside(c, $0) }
        }
        for candidate in ranked {
            if kept.count == limit { break }
            if isSubsumed(candidate) { continue }
            kept.append(candidate)
            if candidate.length > 1 {
                var tokens = Set<Int32>()
                for x in positions(Int(candidate.term), in: scope) {
                    for t in x..<(x + Int32(candidate.length)) { tokens.insert(t) }
                }
                covers.append((candidate.length, tokens))
                union.tokens.formUnion(tokens)
                kept.removeAll { $0.length < candidate.length && isSubsumed($0) }
            }
        }
        return kept.map { c in
            var sentenceList: [Int] = []
            for x in positions(Int(c.term), in: scope) {
                let s = Int(tokenSentence[Int(x)])
                if sentenceList.last != s { sentenceList.append(s) }
            }
            let text = texts[c.term] ?? displayText(Int(c.term))
            texts[c.term] = text
            return KeyTerm(text: text, score: c.score, sentences: sentenceList)
        }
    }

    // MARK: Display

    /// The term as most often written: the most frequent word sequence (ties: the earliest), names with their
    /// capitals, other words in lower case, no trailing possessive.
    func displayText(_ term: Int) -> String {
        let length = self.length(term)
        let occurrences = positions(term)
        guard !occurrences.isEmpty else { return "" }
        // The most frequent word sequence.
        var counts: [PhraseTable.Key: (count: Int, first: Int32)] = [:]
        var best = PhraseTable.Key(), bestCount = 0, bestFirst = Int32.max
        for x in occurrences {
            var key = PhraseTable.Key()
            for j in 0..<length { key[j] = tokens[Int(x) + j].word }
            let entry = counts[key].map { ($0.count + 1, $0.first) } ?? (1, x)
            counts[key] = entry
            if entry.0 > bestCount || (entry.0 == bestCount && entry.1 < bestFirst) {
                best = key; bestCount = entry.0; bestFirst = entry.1
            }
        }
        // A representative occurrence: the first with that word sequence, preferably written capitalised
        // mid-sentence when the term is a name.
        let isNamePhrase = isPhrase(term) && phraseIsName[term - stemCount]
        var representative = bestFirst
        for x in occurrences {
            var same = true
            for j in 0..<length where tokens[Int(x) + j].word != best[j] { same = false; break }
            guard same else { continue }
            let capitalised = (0..<length).allSatisfy { tokens[Int(x) + $0].flags.contains(.capitalized) }
            if capitalised && (length > 1 || !tokens[Int(x)].flags.contains(.sentenceInitial)) {
                representative = x
                break
            }
        }
        var words: [String] = []
        for j in 0..<length {
            let token = tokens[Int(representative) + j]
            let asWritten = token.flags.contains(.capitalized)
                && (isNamePhrase || stemIsName[Int(token.stem)])
            if asWritten {
                words.append(String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self))
            } else {
                words.append(vocabulary.words[Int(token.word)])
            }
        }
        if var last = words.last {
            for suffix in ["'s", "’s", "'S"] where last.hasSuffix(suffix) && last.utf8.count > suffix.utf8.count + 2 {
                last.removeLast(2)
                words[words.count - 1] = last
                break
            }
        }
        return words.joined(separator: " ")
    }
}

// MARK: - Ranking helpers

/// A scored term; ordered best first: higher score, then earlier first occurrence, then fewer words.
private struct Candidate {
    var score: Double
    var first: Int32
    var length: Int8
    var term: Int32

    static func better(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.first != b.first { return a.first < b.first }
        if a.length != b.length { return a.length < b.length }
        return a.term < b.term
    }
}

/// Keeps the best `capacity` candidates seen (a min-heap on `Candidate.better`).
private struct TopK {
    let capacity: Int
    private var heap: [Candidate] = []

    init(capacity: Int) { self.capacity = capacity }

    mutating func insert(_ c: Candidate) {
        if heap.count < capacity {
            heap.append(c)
            var i = heap.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard Candidate.better(heap[parent], heap[i]) else { break }
                heap.swapAt(parent, i)
                i = parent
            }
        } else if let worst = heap.first, Candidate.better(c, worst) {
            heap[0] = c
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count, Candidate.better(heap[m], heap[l]) { m = l }
                if r < heap.count, Candidate.better(heap[m], heap[r]) { m = r }
                guard m != i else { break }
                heap.swapAt(m, i)
                i = m
            }
        }
    }

    func sorted() -> [Candidate] { heap.sorted(by: Candidate.better) }
}

/// An open-addressing hash table from stem sequences (up to `maxPhraseWords` stems) to phrase numbers.
private struct PhraseTable {
    struct Key: Hashable {
        var a: Int32 = -1, b: Int32 = -1, c: Int32 = -1, d: Int32 = -1
        subscript(i: Int) -> Int32 {
            get { i == 0 ? a : i == 1 ? b : i == 2 ? c : d }
            set {
                switch i {
                case 0: a = newValue
                case 1: b = newValue
                case 2: c = newValue
                default: d = newValue
                }
            }
        }
        var hashValue64: UInt64 {
            var h = UInt64(UInt32(bitPattern: a)) &* 0x9E37_79B9_7F4A_7C15
            h = (h ^ UInt64(UInt32(bitPattern: b))) &* 0xBF58_476D_1CE4_E5B9
            h = (h ^ UInt64(UInt32(bitPattern: c))) &* 0x94D0_49BB_1331_11EB
            h = (h ^ UInt64(UInt32(bitPattern: d))) &* 0x9E37_79B9_7F4A_7C15
            return h ^ (h >> 29)
        }
    }

    private var keys: [Key] = Array(repeating: Key(), count: 1024)
    private var ids: [Int32] = Array(repeating: -1, count: 1024)
    private var count = 0

    /// The phrase number of `key`, or -1.
    func find(_ key: Key) -> Int32 {
        let mask = ids.count - 1
        var i = Int(truncatingIfNeeded: key.hashValue64) & mask
        while ids[i] >= 0 {
            if keys[i] == key { return ids[i] }
            i = (i + 1) & mask
        }
        return -1
    }

    /// Adds `key` with number `id` unless present; returns the key's number and whether it was added.
    mutating func insert(_ key: Key, id: Int32) -> (Int32, Bool) {
        if 2 * (count + 1) > ids.count { grow() }
        let mask = ids.count - 1
        var i = Int(truncatingIfNeeded: key.hashValue64) & mask
        while ids[i] >= 0 {
            if keys[i] == key { return (ids[i], false) }
            i = (i + 1) & mask
        }
        keys[i] = key
        ids[i] = id
        count += 1
        return (id, true)
    }

    private mutating func grow() {
        let oldKeys = keys, oldIds = ids
        let capacity = ids.count * 2
        keys = Array(repeating: Key(), count: capacity)
        ids = Array(repeating: -1, count: capacity)
        let mask = capacity - 1
        for j in oldIds.indices where oldIds[j] >= 0 {
            var i = Int(truncatingIfNeeded: oldKeys[j].hashValue64) & mask
            while ids[i] >= 0 { i = (i + 1) & mask }
            keys[i] = oldKeys[j]
            ids[i] = oldIds[j]
        }
    }
}
