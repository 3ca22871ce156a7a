import Foundation

/// Divides a text into topical sections: runs of paragraphs about one step of the argument.
///
/// When the text has Markdown headings (some paragraph after the first opens under one), they are the boundaries
/// and nothing is guessed. Otherwise the method is TextTiling (Hearst 1997, "TextTiling: Segmenting Text into
/// Multi-paragraph Subtopic Passages") over the gaps between paragraphs, with discourse cues added:
///
/// 1. **Cohesion.** At every gap between two paragraphs, the content words (stop words left out, stems counted)
///    of a window on each side are compared by cosine similarity. A window is the `window` paragraphs nearest the
///    gap (fewer near the ends), read sentence by sentence outward from the gap and cut once it holds about two
///    typical paragraphs' worth of words, so a few very long paragraphs do not drown the gap in distant text.
///    Each stem is weighted by `log(1 + paragraphs / paragraphs containing it)`, so words found everywhere (the
///    essay's subject) count less than words that belong to one stretch of it.
/// 2. **Depth.** Where the topic changes, cohesion dips. A gap's depth is how far its cohesion lies below the
///    highest point reached by climbing uphill on each side: `(leftPeak − c) + (rightPeak − c)`.
/// 3. **Cues.** Words that open the paragraph after the gap and typically open a new step of an argument ("Yet",
///    "However", "Given", "In short", "Therefore", "First", a question…) add to the gap's score, in proportion to
///    the mean depth of the text's valleys (so cues and depth stay in the same units).
/// 4. **How many and which.** Every break must earn its place: the breaks chosen maximise the sum, over the
///    breaks, of the gap's score minus the average gap score, so a break pays only where the text turns more than
///    usual (TextTiling's cut-off is relative to the text's own scores in the same way; Hearst's more liberal
///    `mean − σ/2` lets nearly every gap through in argumentative essays). The number of sections stays within a
///    range that depends on the length: 1 for one or two paragraphs, 1–2 for three, 2–3 for four or five,
///    otherwise 3–7 (at most one section per two paragraphs), and for long texts up to `paragraphs / 8`, at most
///    60. No section has a single paragraph (above all not at the very start or end), and none is longer than
///    `maximumLengthFactor` times the average section the scores suggest; these limits are relaxed one by one
///    only when they cannot be met. The best choice is found by dynamic programming; ties go to fewer breaks,
///    then to the earlier gap.
///
/// Everything is linear in the length of the text: the windows are bounded, peaks are found by one pass each way,
/// and the choice takes O(paragraphs × sections) with sections ≤ 60. A book of ten thousand paragraphs takes a
/// few tens of milliseconds.
///
/// Every gap is returned as a `SectionGap` with its cohesion, depth, cues, score and a one-sentence reason, so the
/// choice can be explained.
struct SectionSegmenter: Sendable {
    /// Paragraphs on each side of a gap whose words are compared (TextTiling's block size `k`).
    var window = 2
    /// What a full-strength discourse cue adds to a gap's score, as a fraction of the mean valley depth.
    var cueWeight = 0.6
    /// No section is longer than this many times the average section (where that can be helped), so one weak
    /// stretch of the text does not swallow half of it.
    var maximumLengthFactor = 2.5
    /// Fewest content words a window is cut at (for texts of very short paragraphs).
    var minimumWindowWords = 40

    init() {}

    /// What the segmenter reads.
    struct Input {
        /// Content-stem counts of every sentence of the text, in order.
        var sentences: StemVectors
        /// For each paragraph, its sentences (indexes into `sentences`), contiguous and in order.
        var paragraphs: [Range<Int>]
        /// For each paragraph, the UTF-8 bytes of its first sentence as written (for discourse cues).
        var openings: [ArraySlice<UInt8>]
        /// For each paragraph, the title of the Markdown heading it opens, if any.
        var headings: [String?]
    }

    /// What the segmenter decides.
    struct Result: Equatable {
        /// Each section's paragraphs (indexes), in order, covering every paragraph.
        var sections: [Range<Int>]
        /// Every gap between adjacent paragraphs, in order: `gaps[i]` is the gap before paragraph `i + 1`.
        var gaps: [SectionGap]
        /// Whether the sections are the text's Markdown headings (rather than found from its words).
        var byHeadings = false
    }

    /// Sparse content-stem counts of a list of text units (sentences), stored flat: the entries of unit `i` are
    /// `stems[entries(i)]` with `counts[entries(i)]`, each stem once, in order of first occurrence. Stems are
    /// `Token.stem` ids.
    struct StemVectors: Sendable, Equatable {
        private(set) var stems: [Int32] = []
        private(set) var counts: [Int32] = []
        private(set) var offsets: [Int] = [0]
        /// One more than the largest stem id seen (the size of a dense array over these stems).
        private(set) var dimension = 0
        /// Counts by stem while a unit is added; all zero between calls.
        private var scratch: [Int32] = []

        init() {}

        static func == (a: StemVectors, b: StemVectors) -> Bool {
            a.stems == b.stems && a.counts == b.counts && a.offsets == b.offsets
        }

        /// Number of units.
        var count: Int { offsets.count - 1 }

        /// Where unit `i`'s entries are in `stems` and `counts`.
        func entries(_ i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }

        /// Number of content words in unit `i`.
        func length(_ i: Int) -> Int {
            var n = 0
            for e in entries(i) { n += Int(counts[e]) }
            return n
        }

        /// Adds a unit from its stems, in any order and with repeats.
        mutating func append<S: Sequence>(stems unit: S) where S.Element == Int32 {
            let first = stems.count
            for s in unit {
                let i = Int(s)
                if i >= scratch.count { scratch.append(contentsOf: repeatElement(0, count: i + 1 - scratch.count)) }
                if scratch[i] == 0 { stems.append(s) }
                scratch[i] += 1
            }
            for e in first..<stems.count {
                let i = Int(stems[e])
                counts.append(scratch[i])
                scratch[i] = 0
                if i >= dimension { dimension = i + 1 }
            }
            offsets.append(stems.count)
        }
    }

    // MARK: - Segmenting

    func segment(_ input: Input) -> Result {
        let n = input.paragraphs.count
        guard n > 1 else { return Result(sections: n == 0 ? [] : [0..<1], gaps: []) }
        let m = n - 1
        let cohesion = self.cohesion(input)
        let depth = Self.depths(cohesion)
        let cues = (1..<n).map { Self.cues(opening: $0 < input.openings.count ? input.openings[$0] : []) }

        // Cues are worth a share of a typical valley's depth, so both are in the same units.
        var valleyDepth = 0.0, valleyCount = 0
        for j in Self.valleys(cohesion) where depth[j] > 0 { valleyDepth += depth[j]; valleyCount += 1 }
        let unit = valleyCount > 0 ? valleyDepth / Double(valleyCount) : 0.1
        let score = (0..<m).map { depth[$0] + cueWeight * unit * min(1, cues[$0].reduce(0) { $0 + $1.strength }) }

        // Headings divide the text when some paragraph after the first opens under one.
        if input.headings.prefix(n).dropFirst().contains(where: { $0 != nil }) {
            return byHeadings(input, cohesion: cohesion, depth: depth, cues: cues, score: score)
        }

        // How many and which: every break must earn its place. The breaks chosen maximise the sum of (score −
        // average gap score), so a break pays only where its gap scores above the average; the number of sections
        // stays in the range allowed for the length. Gaps at the very ends do not count towards the average (a
        // break there would isolate one paragraph).
        let isEdge: (Int) -> Bool = { n > 3 && ($0 == 0 || $0 == m - 1) }
        var pool = 0, total = 0.0
        for j in 0..<m where !isEdge(j) { pool += 1; total += score[j] }
        let average = pool > 0 ? total / Double(pool) : 0
        var strong = 0
        for j in 0..<m where !isEdge(j) && score[j] > 0 && score[j] > average + 1e-12 { strong += 1 }
        let range = Self.sectionCountRange(paragraphs: n)
        // The longest section allowed follows from the number of sections the scores suggest.
        let expected = min(max(strong + 1, range.lowerBound), range.upperBound)
        let longest = max(2, Int((maximumLengthFactor * Double(n) / Double(expected)).rounded(.up)))
        let attempts = n > 3
            ? [(2, 2, longest), (2, 1, longest), (2, 2, n), (2, 1, n), (1, 1, n)]
            : [(1, 1, n)]
        var breaks: [Int] = []
        var used = (edge: 1, inner: 1, longest: n)
        for (edge, inner, long) in attempts {
            if let found = Self.bestBreaks(score: score, sections: range, penalty: average, edgeMinimum: edge,
                                           innerMinimum: inner, maximumLength: long) {
                breaks = found
                used = (edge, inner, long)
                break
            }
        }
        let count = breaks.count + 1

        var chosen = [Bool](repeating: false, count: m)
        for j in breaks { chosen[j] = true }
        var starts = [0]
        for j in 0..<m where chosen[j] { starts.append(j + 1) }
        let sections = starts.indices.map { i in starts[i]..<(i + 1 < starts.count ? starts[i + 1] : n) }

        var gaps: [SectionGap] = []
        gaps.reserveCapacity(m)
        var sectionNumber = 1
        for j in 0..<m {
            if chosen[j] { sectionNumber += 1 }
            let context = ReasonContext(paragraphs: n, sections: count, atMost: count == range.upperBound,
                                        average: average,
                                        innerMinimum: used.inner, longest: used.longest,
                                        neighbour: j > 0 && chosen[j - 1] ? j - 1 : j + 1 < m && chosen[j + 1] ? j + 1 : nil,
                                        isEdge: isEdge(j))
            let why = Self.reason(gap: j, chosen: chosen[j], section: sectionNumber, cohesion: cohesion[j],
                                  depth: depth[j], cues: cues[j], score: score[j], context: context)
            gaps.append(SectionGap(paragraphIndex: j + 1, cohesion: cohesion[j], depth: depth[j],
                                   cues: cues[j].map(\.text), score: score[j], isBoundary: chosen[j], reason: why))
        }
        return Result(sections: sections, gaps: gaps)
    }

    /// The breaks (gap indexes, in order; gap `j` is before paragraph `j + 1`) that maximise the sum of
    /// `score − penalty` over the breaks, making a number of sections within `sections`, such that the first and
    /// last sections have at least `edgeMinimum` paragraphs, the others at least `innerMinimum`, and none more than
    /// `maximumLength`; nil when no such choice exists.
    ///
    /// Dynamic programming over (breaks so far, paragraph where the current section starts), with a sliding-window
    /// maximum over the previous start, so it takes O(paragraphs × sections) time. Ties go to fewer breaks, then to
    /// the earlier gap.
    static func bestBreaks(score: [Double], sections: ClosedRange<Int>, penalty: Double, edgeMinimum: Int,
                           innerMinimum: Int, maximumLength: Int) -> [Int]? {
        let n = score.count + 1
        let fewest = max(sections.lowerBound, 1) - 1, most = min(sections.upperBound, n) - 1
        guard most >= fewest else { return nil }
        var bestCount = -1, bestValue = -Double.infinity, bestLast = -1
        if fewest == 0 && n <= maximumLength { bestCount = 0; bestValue = 0 }
        guard most >= 1 else { return bestCount == 0 ? [] : nil }

        // layer[p]: best total with `b` breaks, the last section starting at paragraph p (1..<n); -inf if none.
        var layer = [Double](repeating: -.infinity, count: n)
        for p in 1..<n where p >= edgeMinimum && p <= maximumLength { layer[p] = score[p - 1] }
        var from: [[Int32]] = [[], []]
        func finish(_ b: Int) {
            guard b >= fewest else { return }
            var top = -Double.infinity, last = -1
            for p in 1..<n where n - p >= edgeMinimum && n - p <= maximumLength && layer[p] > top {
                top = layer[p]
                last = p
            }
            let value = top - Double(b) * penalty
            if last >= 0, value > bestValue + 1e-12 { bestValue = value; bestCount = b; bestLast = last }
        }
        finish(1)
        var window: [Int] = []  // starts q in the allowed span, best first; `head` is the front
        for b in stride(from: 2, through: most, by: 1) {
            var next = [Double](repeating: -.infinity, count: n)
            var back = [Int32](repeating: -1, count: n)
            window.removeAll(keepingCapacity: true)
            var head = 0
            for p in 1..<n {
                // Previous starts q with innerMinimum <= p - q <= maximumLength.
                let q = p - innerMinimum
                if q >= 1 {
                    while window.count > head, layer[window[window.count - 1]] < layer[q] { window.removeLast() }
                    window.append(q)
                }
                while window.count > head, window[head] < p - maximumLength { head += 1 }
                if window.count > head, layer[window[head]] > -.infinity {
                    next[p] = layer[window[head]] + score[p - 1]
                    back[p] = Int32(window[head])
                }
            }
            from.append(back)
            layer = next
            finish(b)
        }
        guard bestCount >= 0 else { return nil }
        guard bestCount > 0 else { return [] }
        var starts = [bestLast]
        var p = bestLast
        for b in stride(from: bestCount, to: 1, by: -1) {
            p = Int(from[b][p])
            starts.append(p)
        }
        return starts.reversed().map { $0 - 1 }
    }

    /// How many sections a text of `paragraphs` paragraphs may have.
    static func sectionCountRange(paragraphs n: Int) -> ClosedRange<Int> {
        switch n {
        case ...2: return 1...1
        case 3: return 1...2
        case 4...5: return 2...((n + 1) / 2)
        default:
            // At least two paragraphs a section; 3–7 for an essay, more for a long text.
            let upper = min(n / 2, max(7, min(60, n / 8)))
            return 3...max(3, upper)
        }
    }

    /// Sections at the headings; gaps are still scored, so `--explain` can show them.
    private func byHeadings(_ input: Input, cohesion: [Double], depth: [Double], cues: [[Cue]],
                            score: [Double]) -> Result {
        let n = input.paragraphs.count
        var starts = [0]
        let headings = input.headings + [String?](repeating: nil, count: max(0, n - input.headings.count))
        for p in 1..<n where headings[p] != nil { starts.append(p) }
        let sections = starts.indices.map { i in starts[i]..<(i + 1 < starts.count ? starts[i + 1] : n) }
        var gaps: [SectionGap] = []
        for j in 0..<(n - 1) {
            let heading = headings[j + 1]
            let reason = heading.map { "A section starts here: P\(j + 2) opens under the heading “\($0)”." }
                ?? "No section break: the text has headings and P\(j + 2) is not under a new one."
            gaps.append(SectionGap(paragraphIndex: j + 1, cohesion: cohesion[j], depth: depth[j],
                                   cues: cues[j].map(\.text), score: score[j], isBoundary: heading != nil,
                                   reason: reason))
        }
        return Result(sections: sections, gaps: gaps, byHeadings: true)
    }

    // MARK: - Cohesion and depth

    /// Cosine similarity of the weighted stem counts on either side of each gap (`n − 1` values).
    func cohesion(_ input: Input) -> [Double] {
        let n = input.paragraphs.count
        let vectors = input.sentences
        let dim = vectors.dimension

        // Paragraph lengths and document frequencies.
        var lengths = [Int](repeating: 0, count: n)
        var df = [Int32](repeating: 0, count: dim)
        var lastSeen = [Int32](repeating: -1, count: dim)
        for p in 0..<n {
            for s in input.paragraphs[p] {
                for e in vectors.entries(s) {
                    lengths[p] += Int(vectors.counts[e])
                    let stem = Int(vectors.stems[e])
                    if lastSeen[stem] != Int32(p) { lastSeen[stem] = Int32(p); df[stem] += 1 }
                }
            }
        }
        var weight = [Double](repeating: 0, count: dim)
        for s in 0..<dim where df[s] > 0 { weight[s] = log(1 + Double(n) / Double(df[s])) }

        // A window holds about `window` typical paragraphs' worth of words.
        let typical = lengths.sorted()[n / 2]
        let budget = max(minimumWindowWords, window * typical)

        var left = [Double](repeating: 0, count: dim), right = left
        var touchedLeft: [Int32] = [], touchedRight: [Int32] = []
        func add(_ s: Int, to acc: inout [Double], _ touched: inout [Int32]) -> Int {
            var words = 0
            for e in vectors.entries(s) {
                let stem = Int(vectors.stems[e])
                if acc[stem] == 0 { touched.append(Int32(stem)) }
                acc[stem] += Double(vectors.counts[e]) * weight[stem]
                words += Int(vectors.counts[e])
            }
            return words
        }

        var result = [Double](repeating: 0, count: n - 1)
        for g in 1..<n {
            // Left: sentences backwards from the gap; right: forwards.
            var words = 0
            let leftFirst = input.paragraphs[max(0, g - window)].lowerBound
            var s = input.paragraphs[g - 1].upperBound - 1
            while s >= leftFirst, words < budget { words += add(s, to: &left, &touchedLeft); s -= 1 }
            words = 0
            let rightEnd = input.paragraphs[min(n, g + window) - 1].upperBound
            s = input.paragraphs[g].lowerBound
            while s < rightEnd, words < budget { words += add(s, to: &right, &touchedRight); s += 1 }

            var dot = 0.0, l2 = 0.0, r2 = 0.0
            for t in touchedLeft {
                let v = left[Int(t)]
                l2 += v * v
                dot += v * right[Int(t)]
            }
            for t in touchedRight { let v = right[Int(t)]; r2 += v * v }
            result[g - 1] = l2 > 0 && r2 > 0 ? dot / (l2 * r2).squareRoot() : 0
            for t in touchedLeft { left[Int(t)] = 0 }
            for t in touchedRight { right[Int(t)] = 0 }
            touchedLeft.removeAll(keepingCapacity: true)
            touchedRight.removeAll(keepingCapacity: true)
        }
        return result
    }

    /// TextTiling depth: how far each value lies below the peaks reached by climbing uphill on each side.
    /// One pass each way (climbing from a gap continues exactly as climbing from its uphill neighbour would).
    static func depths(_ c: [Double]) -> [Double] {
        let m = c.count
        guard m > 0 else { return [] }
        var leftPeak = c, rightPeak = c
        for j in 1..<max(1, m) where c[j - 1] >= c[j] { leftPeak[j] = leftPeak[j - 1] }
        for j in stride(from: m - 2, through: 0, by: -1) where c[j + 1] >= c[j] { rightPeak[j] = rightPeak[j + 1] }
        return (0..<m).map { (leftPeak[$0] - c[$0]) + (rightPeak[$0] - c[$0]) }
    }

    /// Gaps where cohesion is a local minimum (no higher than either neighbour).
    static func valleys(_ c: [Double]) -> [Int] {
        c.indices.filter { j in (j == 0 || c[j] <= c[j - 1]) && (j == c.count - 1 || c[j] <= c[j + 1]) }
    }

    // MARK: - Discourse cues

    /// A word or phrase opening a paragraph that signals a new step of an argument.
    struct Cue: Equatable {
        /// As written in the text ("Yet", "In short"), or `Cue.question`.
        var text: String
        /// 0…1: how reliably it opens a new step.
        var strength: Double

        /// The text of the cue "the first sentence is a question".
        static let question = "a question"
    }

    /// Opening phrases (lower-case words) and their strengths. Contrast, conclusion and premise cues are strong;
    /// "but", "so", "if" open new steps often but not always; later items of an enumeration rarely do.
    static let cueTable: [(words: [[UInt8]], strength: Double)] = {
        let table: [(String, Double)] = [
            ("however", 1), ("yet", 1), ("nevertheless", 1), ("nonetheless", 1), ("on the other hand", 1),
            ("in short", 1), ("in sum", 1), ("in brief", 1), ("to sum up", 1), ("in conclusion", 1),
            ("to conclude", 1), ("finally", 1), ("therefore", 1), ("thus", 1), ("hence", 1),
            ("consequently", 1), ("given", 1),
            ("but", 0.6), ("so", 0.6), ("if", 0.6), ("perhaps", 0.6), ("first", 0.6), ("firstly", 0.6),
            ("in the first place", 0.6), ("to begin", 0.6), ("now", 0.6), ("still", 0.6), ("instead", 0.6),
            ("accordingly", 0.6), ("suppose", 0.6), ("supposing", 0.6), ("let us", 0.6), ("after all", 0.6),
            ("lastly", 0.6), ("in the end", 0.6),
            ("second", 0.3), ("secondly", 0.3), ("third", 0.3), ("thirdly", 0.3), ("fourth", 0.3),
            ("fourthly", 0.3), ("fifthly", 0.3), ("sixthly", 0.3), ("next", 0.3), ("in the next place", 0.3),
            ("then", 0.3),
        ]
        // Longest first, so "in the first place" wins over shorter phrases.
        return table.map { (text, strength) in (text.split(separator: " ").map { Array($0.utf8) }, strength) }
            .sorted { $0.words.count > $1.words.count }
    }()

    /// The discourse cues of a paragraph, from its first sentence: an opening word or phrase from `cueTable`
    /// (after any opening quote or mark, up to the first punctuation), and whether the sentence is a question.
    static func cues(opening: String) -> [Cue] { cues(opening: Array(opening.utf8)[...]) }

    /// The discourse cues of a paragraph whose first sentence is these UTF-8 bytes.
    static func cues(opening: ArraySlice<UInt8>) -> [Cue] {
        var found: [Cue] = []
        let bytes = Array(opening.prefix(120))

        // A word: ASCII letters, or any non-ASCII byte except typographic punctuation (U+2000–U+206F) and
        // Latin-1 marks (U+00A0–U+00BF). Cues are ASCII, so only the splitting needs to know about the rest.
        func isWord(_ i: Int) -> Bool {
            let c = bytes[i]
            if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
            var lead = i
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let first = bytes[lead], second = lead + 1 < bytes.count ? bytes[lead + 1] : 0
            if first == 0xE2 && (second == 0x80 || second == 0x81) { return false }
            if first == 0xC2 && second >= 0xA0 && second <= 0xBF { return false }
            return true
        }
        var words: [Range<Int>] = []
        var i = 0
        while i < bytes.count, words.count < 4 {
            if words.isEmpty { while i < bytes.count, !isWord(i) { i += 1 } }
            guard i < bytes.count, isWord(i) else { break }
            let start = i
            while i < bytes.count, isWord(i) { i += 1 }
            words.append(start..<i)
            // A cue is only the paragraph's opening: stop at anything but a single space after a word.
            guard i < bytes.count, bytes[i] == 0x20 else { break }
            i += 1
        }
        func same(_ cue: [UInt8], _ range: Range<Int>) -> Bool {
            guard cue.count == range.count else { return false }
            for (k, i) in range.enumerated() where bytes[i] >= 0x80 || cue[k] != bytes[i] | 0x20 { return false }
            return true
        }
        for entry in cueTable where entry.words.count <= words.count {
            var matches = true
            for k in entry.words.indices where !same(entry.words[k], words[k]) { matches = false; break }
            if matches {
                let span = words[0].lowerBound..<words[entry.words.count - 1].upperBound
                found.append(Cue(text: String(decoding: bytes[span], as: UTF8.self), strength: entry.strength))
                break
            }
        }

        // A question: the sentence ends with "?", perhaps followed by closing quotes, brackets or spaces.
        var tail = Array(opening.suffix(12))
        while let last = tail.last {
            if last == 0x20 || last == 0x22 || last == 0x27 || last == 0x29 { tail.removeLast(); continue }
            // ” (E2 80 9D) and ’ (E2 80 99)
            if tail.count >= 3, tail[tail.count - 3] == 0xE2, tail[tail.count - 2] == 0x80,
               last == 0x9D || last == 0x99 {
                tail.removeLast(3)
                continue
            }
            break
        }
        if tail.last == UInt8(ascii: "?") { found.append(Cue(text: Cue.question, strength: 1)) }
        return found
    }

    // MARK: - Reasons

    /// What a gap's reason needs to know about the whole choice.
    struct ReasonContext {
        var paragraphs: Int
        var sections: Int
        /// Whether the number of sections is the most allowed for the length (more gaps scored above average).
        var atMost: Bool
        /// The average score of the gaps that may hold a break.
        var average: Double
        /// Shortest section allowed in the middle, and longest anywhere, in the choice that was made.
        var innerMinimum: Int
        var longest: Int
        /// The gap just before or after this one, if a break was chosen there.
        var neighbour: Int?
        /// Whether a break here would leave the first or last paragraph alone.
        var isEdge: Bool
    }

    /// One sentence saying why a section does or does not start at gap `j`.
    static func reason(gap j: Int, chosen: Bool, section: Int, cohesion: Double, depth: Double, cues: [Cue],
                       score: Double, context: ReasonContext) -> String {
        let after = "P\(j + 2)"
        let numbers = "cohesion \(format(cohesion)), depth \(format(depth))"
        let opening: String
        let words = cues.filter { $0.text != Cue.question }.map { "“\($0.text)”" }
        let question = cues.contains { $0.text == Cue.question }
        switch (words.first, question) {
        case (let w?, true): opening = "; it opens with \(w) and a question"
        case (let w?, false): opening = "; it opens with \(w)"
        case (nil, true): opening = "; it opens with a question"
        case (nil, false): opening = ""
        }
        if chosen {
            let lead = "Section §\(section) starts at \(after)"
            if depth > 0 {
                return "\(lead): it shares few words with the paragraphs before it (\(numbers))\(opening)."
            }
            return "\(lead): shared words do not dip here (\(numbers)), but it is the best place left for a break\(opening)."
        }
        if context.isEdge, score > context.average {
            let alone = j == 0 ? "P1" : "P\(context.paragraphs)"
            return "No break before \(after): it would leave \(alone) as a section of its own (\(numbers)\(opening))."
        }
        if let other = context.neighbour, score > 0, context.innerMinimum > 1 {
            return "No break before \(after): a section starts next to it, at P\(other + 2), and a section needs at "
                + "least two paragraphs (\(numbers)\(opening))."
        }
        if score <= context.average || score <= 0 {
            if depth == 0 && cues.isEmpty {
                return "No break before \(after): it carries on the words of the paragraphs before it (\(numbers))."
            }
            return "No break before \(after): its score \(format(score)) is not above the average gap's "
                + "\(format(context.average)) (\(numbers)\(opening))."
        }
        let limit = context.atMost ? ", the most for \(context.paragraphs) paragraphs" : ""
        return "No break before \(after): its score \(format(score)) is above the average gap's "
            + "\(format(context.average)), but the \(context.sections - 1) breaks chosen (\(context.sections) sections"
            + "\(limit)) score more together with sections of \(context.innerMinimum)–\(context.longest) paragraphs "
            + "(\(numbers)\(opening))."
    }

    /// A number with two decimals ("0.08").
    static func format(_ x: Double) -> String { x.twoDecimals }

    // MARK: - Central sentence

    /// Fewest content words a central sentence has, when its section has such sentences at all (a two-word
    /// sentence made of the section's commonest word is similar to everything, but says little).
    static let centralSentenceMinimumWords = 5

    /// For each range of units (a section's sentences), the unit with the highest summed cosine similarity to the
    /// other units of the range (ties: the earlier one). Only units with at least `centralSentenceMinimumWords`
    /// content words compete, unless the range has none; if no unit has content words, the first is returned.
    ///
    /// The sum over all pairs is exact and linear in the range's size: with `u_i` the unit-length vector of unit
    /// `i` and `U = Σ u_j` the sum of all of them, `Σ_{j ≠ i} cos(i, j) = u_i · U − 1`. So no pairs are compared,
    /// however long the section.
    static func centralSentences(_ vectors: StemVectors, in ranges: [Range<Int>]) -> [Int] {
        var centroid = [Double](repeating: 0, count: vectors.dimension)
        var touched: [Int32] = []
        var norms: [Double] = []
        return ranges.map { range in
            guard let first = range.first else { return 0 }
            norms.removeAll(keepingCapacity: true)
            var longest = 0
            for s in range {
                var sum = 0.0
                for e in vectors.entries(s) { let c = Double(vectors.counts[e]); sum += c * c }
                norms.append(sum.squareRoot())
                longest = max(longest, vectors.length(s))
            }
            let floor = max(1, min(centralSentenceMinimumWords, longest))
            for (k, s) in range.enumerated() where norms[k] > 0 {
                for e in vectors.entries(s) {
                    let stem = Int(vectors.stems[e])
                    if centroid[stem] == 0 { touched.append(Int32(stem)) }
                    centroid[stem] += Double(vectors.counts[e]) / norms[k]
                }
            }
            var best = first, bestScore = -Double.infinity
            for (k, s) in range.enumerated() where norms[k] > 0 && vectors.length(s) >= floor {
                var dot = 0.0
                for e in vectors.entries(s) { dot += Double(vectors.counts[e]) * centroid[Int(vectors.stems[e])] }
                let score = dot / norms[k] - 1
                if score > bestScore + 1e-9 { best = s; bestScore = score }
            }
            for t in touched { centroid[Int(t)] = 0 }
            touched.removeAll(keepingCapacity: true)
            return best
        }
    }
}
