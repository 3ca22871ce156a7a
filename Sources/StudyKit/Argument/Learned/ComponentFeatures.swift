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

    /// How many opening words give "first word" features.
    static let openingWords = 3
    /// Modal verbs, each its own feature.
    static let modals: Set<String> = ["should", "must", "will", "would", "could", "can", "may", "might", "ought", "need"]

    /// The features of every sentence, in sentence order.
    static func extract(_ draft: AnalysisDraft, base: [SentenceFeatures]) -> [[Value]] {
        let sentences = draft.sentences
        guard !sentences.isEmpty else { return [] }
        let tokens = draft.tokens
        let vocabulary = draft.vocabulary
        let stemCount = vocabulary.stems.count
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
        var result: [[Value]] = []
        result.reserveCapacity(sentences.count)
        var mark = Array(repeating: Int32(-1), count: stemCount)
        // Stems used after each paragraph's opener, stamped with the paragraph's index.
        var rest = Array(repeating: Int32(-1), count: stemCount)
        for (p, paragraph) in draft.paragraphs.enumerated() {
            let kind = paragraphCount == 1 ? "a one-paragraph text"
                : p == introIndex ? "the introduction" : p == conclusionIndex ? "the conclusion" : "a body paragraph"
            let opener = paragraph.sentences.lowerBound
            for s in stemsOf[opener] { mark[Int(s)] = Int32(p) }
            for k in paragraph.sentences.dropFirst() { for s in stemsOf[k] { rest[Int(s)] = Int32(p) } }
            for k in paragraph.sentences {
                let f = base[k]
                var out: [Value] = []
                out.reserveCapacity(48)
                func add(_ name: String, _ value: Double = 1) { if value != 0 { out.append(Value(name: name, value: value)) } }
                let number = k - opener + 1
                let fromEnd = paragraph.sentences.upperBound - k
                add("always")
                add("in \(kind)")
                add("sentence \(min(number, 4))\(number >= 4 ? "+" : "") of \(kind)")
                add("sentence \(min(fromEnd, 4))\(fromEnd >= 4 ? "+" : "") from the end of \(kind)")
                if paragraph.sentences.count == 1 { add("alone in its paragraph") }
                if paragraph.sentences.count <= 6 { add("sentence \(number) of \(paragraph.sentences.count) in \(kind)") }
                add("paragraph of \(min(paragraph.sentences.count, 7))\(paragraph.sentences.count >= 7 ? "+" : "") sentences")
                if paragraphCount > 2, p == 1 { add("in the first body paragraph") }
                if paragraphCount > 2, p == paragraphCount - 2 { add("in the last body paragraph") }
                add("\(Self.lengthBucket(f.words)) words")

                // Markers, where they stand.
                var cueSeen: UInt32 = 0
                for m in f.matches {
                    let text = DiscourseMarkers.english[m.marker].text
                    if m.initial {
                        add("opens with '\(text)'")
                        add("opens with a \(m.cue) marker in \(kind)")
                    } else {
                        add("marker '\(text)' inside")
                    }
                    let bit: UInt32 = 1 << (m.cue.rawValue + (m.initial ? 16 : 0))
                    if cueSeen & bit == 0 {
                        cueSeen |= bit
                        add(m.initial ? "opens with a \(m.cue) marker" : "\(m.cue) marker inside")
                    }
                }
                if f.question { add("a question") }
                if f.quotes >= 2 { add("quotes words") } else if f.quotes == 1 { add("a quotation mark") }
                if f.numbers > 0 { add(f.numbers > 1 ? "several numbers" : "a number") }
                if f.names >= 2 { add("names") }
                if let a = f.attribution {
                    add(a.isSource ? "cites a source" : f.attributedAtStart ? "states someone else's view" : "mentions someone else's view")
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
                    add("shares words with the title", Double(title) / size)
                    add("shares words with the title, in \(kind)", Double(title) / size)
                    if p != introIndex || paragraphCount < 2 {
                        add("shares words with the introduction, in \(kind)", share(k, introCounts, own: false))
                    }
                    if p != conclusionIndex {
                        add("shares words with the conclusion, in \(kind)", share(k, conclusionCounts, own: false))
                    }
                    if best.conclusion[p] == k { add("shares the most words with the conclusion in its paragraph") }
                    if best.introduction[p] == k { add("shares the most words with the introduction in its paragraph") }
                    if best.title[p] == k { add("shares the most words with the title in its paragraph") }
                    if k == opener {
                        add("echoed by the rest of its paragraph", Double(echoed) / size)
                    } else {
                        add("shares words with its paragraph's opener", Double(opening) / size)
                    }
                }
                // The usual places of the thesis: the introduction's last sentence and the conclusion's first.
                if paragraphCount >= 2 {
                    let introLast = draft.paragraphs[introIndex].sentences.upperBound - 1
                    let conclusionFirst = draft.paragraphs[conclusionIndex].sentences.lowerBound
                    if k != introLast { add("shares words with the introduction's last sentence, in \(kind)", overlap(k, introLast)) }
                    if k != conclusionFirst { add("shares words with the conclusion's first sentence, in \(kind)", overlap(k, conclusionFirst)) }
                }
                add("centrality", f.centrality)
                add("key terms", f.keyOverlap)

                // The sentences around it.
                if k > opener {
                    if let w = sentences[k - 1].tokens.first { add("previous sentence opens with '\(vocabulary.words[Int(tokens[w].word)])'") }
                    for cue in DiscourseMarkers.Cue.allCases where base[k - 1].opens(cue) { add("previous sentence opens with a \(cue) marker") }
                }
                if k + 1 < paragraph.sentences.upperBound {
                    let next = base[k + 1]
                    for cue in DiscourseMarkers.Cue.allCases where next.opens(cue) { add("next sentence opens with a \(cue) marker") }
                    if let w = sentences[k + 1].tokens.first { add("next sentence opens with '\(vocabulary.words[Int(tokens[w].word)])'") }
                }

                // Words.
                let range = sentences[k].tokens
                for (i, t) in tokens[range].prefix(openingWords).enumerated() {
                    add("word \(i + 1) is '\(vocabulary.words[Int(t.word)])'")
                    if i == 0 { add("word 1 is '\(vocabulary.words[Int(t.word)])' in \(kind)") }
                }
                var previousWord: Int32 = -1
                for t in tokens[range] {
                    if previousWord >= 0 { add("words '\(vocabulary.words[Int(previousWord)]) \(vocabulary.words[Int(t.word)])'") }
                    previousWord = t.word
                }
                if range.count >= 2 {
                    add("opens with '\(vocabulary.words[Int(tokens[range.lowerBound].word)]) \(vocabulary.words[Int(tokens[range.lowerBound + 1].word)])'")
                }
                var firstPerson = false
                for i in range {
                    let t = tokens[i]
                    guard seen[Int(t.stem)] != Int32(-2 - k) else { continue }
                    let w = vocabulary.words[Int(t.word)]
                    if Self.modals.contains(w) { add("modal '\(w)'") }
                    if w == "i" || w == "my" || w == "me" { firstPerson = true }
                    if !t.flags.contains(.numeric) { add("word '\(vocabulary.stems[Int(t.stem)])'") }
                    seen[Int(t.stem)] = Int32(-2 - k)
                }
                if firstPerson { add("the author says 'I'", 1) }
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

    /// "under 8", "8-14", "15-24", "25-39", "40 or more".
    static func lengthBucket(_ words: Int) -> String {
        switch words {
        case ..<8: "under 8"
        case ..<15: "8-14"
        case ..<25: "15-24"
        case ..<40: "25-39"
        default: "40 or more"
        }
    }
}
