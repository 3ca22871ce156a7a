/// The named features of each sentence that the component model weighs: where it stands (paragraph kind, place in
/// the paragraph), its discourse markers and where they stand, modals, first person, questions, quotation, numbers,
/// who holds its view, how much it shares with the title, the introduction, the conclusion and its paragraph's
/// opener, the markers of the sentences around it, and its first words and vocabulary.
///
/// Training (`ComponentModelTrainer`) and analysis (`ArgumentStage`) both call `extract`, so the model is always
/// applied to exactly the features it was trained on. Names are short English phrases, shown by `explain`.
struct ComponentFeatures: Sendable {
    /// One feature of a sentence: its name and value (1 for a present/absent feature, 0…1 for an overlap).
    struct Value: Sendable, Equatable {
        let name: String
        let value: Double
    }

    /// One feature of a sentence by its number (a `FeatureNumbering`'s: the model's row when analysing).
    struct Row: Sendable, Equatable {
        let row: Int32
        let value: Double
    }

    /// How many opening words give "first word" features.
    static let openingWords = 3
    /// Modal verbs, each its own feature.
    static let modals: Set<String> = ["should", "must", "will", "would", "could", "can", "may", "might", "ought", "need"]
    /// The kinds of paragraph, as features name them.
    static let kinds = ["a one-paragraph text", "the introduction", "the conclusion", "a body paragraph"]

    /// The features of every sentence by name, in sentence order (training and `explain`'s tests read these).
    static func extract(_ draft: AnalysisDraft, base: [SentenceFeatures]) -> [[Value]] {
        var names = FeatureNames()
        let rows = extract(draft, base: base, numbering: &names)
        return rows.map { $0.map { Value(name: names.names[Int($0.row)], value: $0.value) } }
    }

    /// The features of every sentence by number, in sentence order; features the numbering does not count are
    /// left out. Each feature's name is built once per text, when first met, so analysis builds no string per
    /// sentence.
    static func extract<N: FeatureNumbering>(_ draft: AnalysisDraft, base: [SentenceFeatures],
                                             numbering: inout N) -> [[Row]] {
        let sentences = draft.sentences
        guard !sentences.isEmpty else { return [] }
        let tokens = draft.tokens
        let vocabulary = draft.vocabulary
        let words = vocabulary.words
        let stemCount = vocabulary.stems.count
        let wordCount = words.count
        let paragraphCount = draft.paragraphs.count
        let introIndex = 0
        let conclusionIndex = paragraphCount >= 2 ? paragraphCount - 1 : -1

        let stemsOf = contentStems(draft)
        var seen = Array(repeating: Int32(-1), count: stemCount)
        // In how many sentences of the introduction / conclusion each stem occurs.
        func counts(inParagraph p: Int) -> [Int32] {
            var c = Array(repeating: Int32(0), count: p >= 0 ? stemCount : 0)
            guard p >= 0 else { return c }
            for k in draft.paragraphs[p].sentences { for s in stemsOf[k] { c[Int(s)] += 1 } }
            return c
        }
        let introCounts = counts(inParagraph: paragraphCount >= 2 ? introIndex : -1)
        let conclusionCounts = counts(inParagraph: conclusionIndex)
        var titleStem = Array(repeating: false, count: stemCount)
        if let title = draft.document.title {
            let stemmer = PorterStemmer()
            var wanted: Set<String> = []
            for w in title.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }) {
                let word = String(w)
                if !StopWords.english.contains(word) { wanted.insert(stemmer.stem(word)) }
            }
            for (n, s) in vocabulary.stems.enumerated() where wanted.contains(s) { titleStem[n] = true }
        }

        /// Binary cosine of two sentences' content stems.
        func overlap(_ a: Int, _ b: Int) -> Double {
            let x = stemsOf[a], y = stemsOf[b]
            guard !x.isEmpty, !y.isEmpty else { return 0 }
            var shared = 0
            for s in x where y.contains(s) { shared += 1 }
            return Double(shared) / (Double(x.count) * Double(y.count)).squareRoot()
        }
        /// Share of a sentence's content stems found in a set, against the sentence's own count in it.
        func share(_ k: Int, _ count: [Int32], own: Bool) -> Double {
            let list = stemsOf[k]
            guard !list.isEmpty, !count.isEmpty else { return 0 }
            var hit = 0
            for s in list where count[Int(s)] - (own ? 1 : 0) > 0 { hit += 1 }
            return Double(hit) / Double(max(list.count, 4))
        }

        let best = Self.bestInParagraph(draft, stemsOf: stemsOf, introCounts: introCounts,
                                        conclusionCounts: conclusionCounts, titleStem: titleStem, share: share)

        // The numbers of the features, looked up once: each family of names has its slots.
        var slots = FeatureSlots(numbering: numbering)
        defer { numbering = slots.numbering }
        let kinds = Self.kinds.count, cues = DiscourseMarkers.Cue.allCases.count
        let markerCount = DiscourseMarkers.english.count
        let always = slots.reserve(1), inKind = slots.reserve(kinds)
        let place = slots.reserve(kinds * 4), placeFromEnd = slots.reserve(kinds * 4)
        let alone = slots.reserve(1), placeOfFew = slots.reserve(kinds * 36), size = slots.reserve(7)
        let firstBody = slots.reserve(1), lastBody = slots.reserve(1), length = slots.reserve(lengthBuckets.count)
        let opensWith = slots.reserve(markerCount), opensWithCueIn = slots.reserve(cues * kinds)
        let opensWithCueAt = slots.reserve(cues * kinds * 3), firstPersonIn = slots.reserve(kinds)
        let markerInside = slots.reserve(markerCount), opensWithCue = slots.reserve(cues), cueInside = slots.reserve(cues)
        let signals = slots.reserve(Signal.allCases.count)
        let titleIn = slots.reserve(kinds), introductionIn = slots.reserve(kinds), conclusionIn = slots.reserve(kinds)
        let introLastIn = slots.reserve(kinds), conclusionFirstIn = slots.reserve(kinds)
        let previousOpens = slots.reserve(wordCount), previousCue = slots.reserve(cues)
        let nextOpens = slots.reserve(wordCount), nextCue = slots.reserve(cues)
        let wordAt = slots.reserve(openingWords * wordCount), firstWordIn = slots.reserve(kinds * wordCount)
        let modal = slots.reserve(wordCount), stemWord = slots.reserve(stemCount)
        // Per word: 1 looked up, 2 a modal, 4 first person.
        var wordKind = [UInt8](repeating: 0, count: wordCount)

        var result: [[Row]] = []
        result.reserveCapacity(sentences.count)
        var mark = Array(repeating: Int32(-1), count: stemCount)
        // Stems used after each paragraph's opener, stamped with the paragraph's index.
        var rest = Array(repeating: Int32(-1), count: stemCount)
        for (p, paragraph) in draft.paragraphs.enumerated() {
            let kindIndex = paragraphCount == 1 ? 0 : p == introIndex ? 1 : p == conclusionIndex ? 2 : 3
            let kind = Self.kinds[kindIndex]
            let opener = paragraph.sentences.lowerBound
            for s in stemsOf[opener] { mark[Int(s)] = Int32(p) }
            for k in paragraph.sentences.dropFirst() { for s in stemsOf[k] { rest[Int(s)] = Int32(p) } }
            for k in paragraph.sentences {
                let f = base[k]
                var out: [Row] = []
                out.reserveCapacity(48)
                func add(_ slot: Int, _ value: Double = 1, _ name: () -> String) {
                    guard value != 0 else { return }
                    let row = slots.id(slot, name)
                    if row >= 0 { out.append(Row(row: row, value: value)) }
                }
                func add(_ signal: Signal) { add(signals + signal.rawValue) { signal.name } }
                let number = k - opener + 1
                let fromEnd = paragraph.sentences.upperBound - k
                let sentenceCount = paragraph.sentences.count
                add(always) { "always" }
                add(inKind + kindIndex) { "in \(kind)" }
                add(place + kindIndex * 4 + min(number, 4) - 1) { "sentence \(min(number, 4))\(number >= 4 ? "+" : "") of \(kind)" }
                add(placeFromEnd + kindIndex * 4 + min(fromEnd, 4) - 1) {
                    "sentence \(min(fromEnd, 4))\(fromEnd >= 4 ? "+" : "") from the end of \(kind)"
                }
                if sentenceCount == 1 { add(alone) { "alone in its paragraph" } }
                if sentenceCount <= 6 {
                    add(placeOfFew + kindIndex * 36 + (sentenceCount - 1) * 6 + number - 1) { "sentence \(number) of \(sentenceCount) in \(kind)" }
                }
                add(size + min(sentenceCount, 7) - 1) { "paragraph of \(min(sentenceCount, 7))\(sentenceCount >= 7 ? "+" : "") sentences" }
                if paragraphCount > 2, p == 1 { add(firstBody) { "in the first body paragraph" } }
                if paragraphCount > 2, p == paragraphCount - 2 { add(lastBody) { "in the last body paragraph" } }
                let bucket = Self.lengthBucket(f.words)
                add(length + bucket) { "\(Self.lengthBuckets[bucket]) words" }

                // Markers, where they stand.
                var cueSeen: UInt32 = 0
                for m in f.matches {
                    let cue = Int(m.cue.rawValue)
                    if m.initial {
                        add(opensWith + m.marker) { "opens with '\(DiscourseMarkers.english[m.marker].text)'" }
                        add(opensWithCueIn + cue * kinds + kindIndex) { "opens with a \(m.cue) marker in \(kind)" }
                        let at = number == 1 ? 0 : fromEnd == 1 ? 1 : 2
                        add(opensWithCueAt + (cue * kinds + kindIndex) * 3 + at) {
                            "opens with a \(m.cue) marker, \(["first", "last", "middle"][at]) sentence of \(kind)"
                        }
                    } else {
                        add(markerInside + m.marker) { "marker '\(DiscourseMarkers.english[m.marker].text)' inside" }
                    }
                    let bit: UInt32 = 1 << (m.cue.rawValue + (m.initial ? 16 : 0))
                    if cueSeen & bit == 0 {
                        cueSeen |= bit
                        if m.initial { add(opensWithCue + cue) { "opens with a \(m.cue) marker" } } else { add(cueInside + cue) { "\(m.cue) marker inside" } }
                    }
                }
                if f.question { add(.question) }
                if f.quotes >= 2 { add(.quotesWords) } else if f.quotes == 1 { add(.quotationMark) }
                if f.numbers > 0 { add(f.numbers > 1 ? .severalNumbers : .aNumber) }
                if f.names >= 2 { add(.names) }
                if let a = f.attribution {
                    add(a.isSource ? .citesSource : f.attributedAtStart ? .statesOtherView : .mentionsOtherView)
                }

                // Overlaps.
                let list = stemsOf[k]
                if !list.isEmpty {
                    var title = 0, opening = 0, echoed = 0
                    for s in list {
                        if titleStem[Int(s)] { title += 1 }
                        if k != opener, mark[Int(s)] == Int32(p) { opening += 1 }
                        if k == opener, rest[Int(s)] == Int32(p) { echoed += 1 }
                    }
                    let size = Double(max(list.count, 4))
                    add(signals + Signal.sharesTitle.rawValue, Double(title) / size) { Signal.sharesTitle.name }
                    add(titleIn + kindIndex, Double(title) / size) { "shares words with the title, in \(kind)" }
                    if p != introIndex || paragraphCount < 2 {
                        add(introductionIn + kindIndex, share(k, introCounts, own: false)) { "shares words with the introduction, in \(kind)" }
                    }
                    if p != conclusionIndex {
                        add(conclusionIn + kindIndex, share(k, conclusionCounts, own: false)) { "shares words with the conclusion, in \(kind)" }
                    }
                    if best.conclusion[p] == k { add(.mostWithConclusion) }
                    if best.introduction[p] == k { add(.mostWithIntroduction) }
                    if best.title[p] == k { add(.mostWithTitle) }
                    if k == opener {
                        add(signals + Signal.echoed.rawValue, Double(echoed) / size) { Signal.echoed.name }
                    } else {
                        add(signals + Signal.sharesOpener.rawValue, Double(opening) / size) { Signal.sharesOpener.name }
                    }
                }
                // The usual places of the thesis: the introduction's last sentence and the conclusion's first.
                if paragraphCount >= 2 {
                    let introLast = draft.paragraphs[introIndex].sentences.upperBound - 1
                    let conclusionFirst = draft.paragraphs[conclusionIndex].sentences.lowerBound
                    if k != introLast {
                        add(introLastIn + kindIndex, overlap(k, introLast)) { "shares words with the introduction's last sentence, in \(kind)" }
                    }
                    if k != conclusionFirst {
                        add(conclusionFirstIn + kindIndex, overlap(k, conclusionFirst)) { "shares words with the conclusion's first sentence, in \(kind)" }
                    }
                }
                add(signals + Signal.centrality.rawValue, f.centrality) { Signal.centrality.name }
                add(signals + Signal.keyTerms.rawValue, f.keyOverlap) { Signal.keyTerms.name }

                // The sentences around it.
                if k > opener {
                    if let w = sentences[k - 1].tokens.first {
                        let word = Int(tokens[w].word)
                        add(previousOpens + word) { "previous sentence opens with '\(words[word])'" }
                    }
                    for cue in DiscourseMarkers.Cue.allCases where base[k - 1].opens(cue) {
                        add(previousCue + Int(cue.rawValue)) { "previous sentence opens with a \(cue) marker" }
                    }
                }
                if k + 1 < paragraph.sentences.upperBound {
                    let next = base[k + 1]
                    for cue in DiscourseMarkers.Cue.allCases where next.opens(cue) {
                        add(nextCue + Int(cue.rawValue)) { "next sentence opens with a \(cue) marker" }
                    }
                    if let w = sentences[k + 1].tokens.first {
                        let word = Int(tokens[w].word)
                        add(nextOpens + word) { "next sentence opens with '\(words[word])'" }
                    }
                }

                // Words.
                let range = sentences[k].tokens
                for (i, t) in tokens[range].prefix(openingWords).enumerated() {
                    let word = Int(t.word)
                    add(wordAt + i * wordCount + word) { "word \(i + 1) is '\(words[word])'" }
                    if i == 0 { add(firstWordIn + kindIndex * wordCount + word) { "word 1 is '\(words[word])' in \(kind)" } }
                }
                var previousWord: Int32 = -1
                for t in tokens[range] {
                    if previousWord >= 0 {
                        let row = slots.pair(previousWord, t.word) { "words '\(words[Int(previousWord)]) \(words[Int(t.word)])'" }
                        if row >= 0 { out.append(Row(row: row, value: 1)) }
                    }
                    previousWord = t.word
                }
                if range.count >= 2 {
                    let a = tokens[range.lowerBound].word, b = tokens[range.lowerBound + 1].word
                    let row = slots.opening(a, b) { "opens with '\(words[Int(a)]) \(words[Int(b)])'" }
                    if row >= 0 { out.append(Row(row: row, value: 1)) }
                }
                var firstPerson = false
                for i in range {
                    let t = tokens[i]
                    guard seen[Int(t.stem)] != Int32(-2 - k) else { continue }
                    let word = Int(t.word)
                    if wordKind[word] == 0 {
                        let w = words[word]
                        wordKind[word] = 1 | (Self.modals.contains(w) ? 2 : 0) | (w == "i" || w == "my" || w == "me" ? 4 : 0)
                    }
                    if wordKind[word] & 2 != 0 { add(modal + word) { "modal '\(words[word])'" } }
                    if wordKind[word] & 4 != 0 { firstPerson = true }
                    if !t.flags.contains(.numeric) { add(stemWord + Int(t.stem)) { "word '\(vocabulary.stems[Int(t.stem)])'" } }
                    seen[Int(t.stem)] = Int32(-2 - k)
                }
                if firstPerson {
                    add(.firstPerson)
                    add(firstPersonIn + kindIndex) { "the author says 'I' in \(kind)" }
                }

                result.append(out)
            }
        }
        return result
    }

    /// The distinct content stems of each sentence, in order of first use.
    static func contentStems(_ draft: AnalysisDraft) -> [[Int32]] {
        var seen = Array(repeating: Int32(-1), count: draft.vocabulary.stems.count)
        var result: [[Int32]] = []
        result.reserveCapacity(draft.sentences.count)
        for (k, s) in draft.sentences.enumerated() {
            var list: [Int32] = []
            for t in draft.tokens[s.tokens] where !t.flags.contains(.stopWord) && seen[Int(t.stem)] != Int32(k) {
                seen[Int(t.stem)] = Int32(k)
                list.append(t.stem)
            }
            result.append(list)
        }
        return result
    }

    /// For each paragraph, the sentence sharing the most words with the conclusion, the introduction and the title
    /// (-1 when none shares any; the conclusion and introduction are not compared with themselves).
    static func bestInParagraph(_ draft: AnalysisDraft, stemsOf: [[Int32]], introCounts: [Int32], conclusionCounts: [Int32],
                                titleStem: [Bool], share: (Int, [Int32], Bool) -> Double)
        -> (conclusion: [Int], introduction: [Int], title: [Int]) {
        let count = draft.paragraphs.count
        var conclusion = Array(repeating: -1, count: count), introduction = conclusion, title = conclusion
        for (p, paragraph) in draft.paragraphs.enumerated() {
            var top = (0.0, 0.0, 0.0)
            for k in paragraph.sentences {
                if p != count - 1 || count < 2 {
                    let c = share(k, conclusionCounts, false)
                    if c > top.0 { top.0 = c; conclusion[p] = k }
                }
                if p != 0 || count < 2 {
                    let i = share(k, introCounts, false)
                    if i > top.1 { top.1 = i; introduction[p] = k }
                }
                let list = stemsOf[k]
                let t = Double(list.filter { titleStem[Int($0)] }.count) / Double(max(list.count, 4))
                if t > top.2 { top.2 = t; title[p] = k }
            }
        }
        return (conclusion, introduction, title)
    }

    /// The sentence lengths that name features: "under 8", "8-14", "15-24", "25-39", "40 or more" words.
    static let lengthBuckets = ["under 8", "8-14", "15-24", "25-39", "40 or more"]

    /// The index in `lengthBuckets` of a sentence of so many words.
    static func lengthBucket(_ words: Int) -> Int {
        switch words {
        case ..<8: 0
        case ..<15: 1
        case ..<25: 2
        case ..<40: 3
        default: 4
        }
    }

    /// The features named by a fixed phrase.
    enum Signal: Int, CaseIterable {
        case question, quotesWords, quotationMark, severalNumbers, aNumber, names, citesSource, statesOtherView,
             mentionsOtherView, sharesTitle, mostWithConclusion, mostWithIntroduction, mostWithTitle, echoed,
             sharesOpener, centrality, keyTerms, firstPerson

        var name: String {
            switch self {
            case .question: "a question"
            case .quotesWords: "quotes words"
            case .quotationMark: "a quotation mark"
            case .severalNumbers: "several numbers"
            case .aNumber: "a number"
            case .names: "names"
            case .citesSource: "cites a source"
            case .statesOtherView: "states someone else's view"
            case .mentionsOtherView: "mentions someone else's view"
            case .sharesTitle: "shares words with the title"
            case .mostWithConclusion: "shares the most words with the conclusion in its paragraph"
            case .mostWithIntroduction: "shares the most words with the introduction in its paragraph"
            case .mostWithTitle: "shares the most words with the title in its paragraph"
            case .echoed: "echoed by the rest of its paragraph"
            case .sharesOpener: "shares words with its paragraph's opener"
            case .centrality: "centrality"
            case .keyTerms: "key terms"
            case .firstPerson: "the author says 'I'"
            }
        }
    }
}
