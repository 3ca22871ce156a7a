/// What follows a candidate stop.
enum NextKind {
    /// `link` is a web address (`http://`, `https://`, `www.`): lower-case, yet it starts a new sentence after a stop.
    case upper, lower, digit, bullet, continuation, link, other
}

struct NextWord {
    var kind: NextKind
    var key: WordKey?
    var letters: Int
    /// Where the thing starts (an opening quote or bracket, if any).
    var start: Int
    /// Where its first letter, digit or symbol is.
    var wordStart: Int = 0
}

struct ListMarker {
    var cut: Int      // where the item starts (the bullet before it, if any)
    var dot: Int      // the marker's period, or -1
    var group: Int    // kind and style of the marker
    var value: Int
}

/// One pass of the sentence splitter over a text's bytes (see `SentenceSplitter` for the method).
struct SplitScan {
    /// Longest quotation or bracket (in bytes) whose inside is protected from splitting.
    static let maxSpan = 400
    /// Longest quotation (in bytes) whose inside is protected: a longer one quotes whole sentences (a speech, a
    /// review), which are split like any other text.
    static let maxQuoteSpan = 100

    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    var cuts: [Int] = []
    var lastCut = 0
    var protectedStart = -1
    var protectedEnd = -1
    var lineStart = 0
    var markers: [ListMarker] = []
    var markerIndex = 0
    var markerDots: [Int] = []
    var markerDotIndex = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        b = buffer
        n = buffer.count
    }

    static func split(_ buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scan = SplitScan(buffer)
        return scan.run()
    }

    mutating func run() -> [Range<Int>] {
        if n == 0 { return [] }
        collectListMarkers()
        var i = 0
        while i < n {
            switch b[i] {
            case cDot, cQuestion, cBang:
                i = stop(at: i)
            case cNewline:
                i = lineBreak(at: i)
            case cLParen, cLBracket, cQuote:
                opener(at: i)
                i += 1
            case cColon, 0x3B:
                i = emoticon(at: i)
            case 0x2A, 0x3D, 0x5F, 0x2D, 0x7E, 0x23:
                i = separator(at: i)
            case 0x68, 0x77, 0x48, 0x57:  // h w H W
                i = link(at: i)
            case 0x2C:
                salutation(at: i)
                i += 1
            case 0xE2:
                i = threeByte(at: i)
            case 0xE3, 0xEF:
                i = ideographicStop(at: i)
            default:
                i += 1
            }
        }
        flushMarkers(upTo: n)
        return ranges()
    }

    // MARK: Cuts and ranges

    @inline(__always)
    mutating func appendCut(_ p: Int) {
        if p > lastCut && p < n {
            cuts.append(p)
            lastCut = p
        }
    }

    @inline(__always)
    mutating func flushMarkers(upTo i: Int) {
        while markerIndex < markers.count && markers[markerIndex].cut <= i {
            appendCut(markers[markerIndex].cut)
            markerIndex += 1
        }
    }

    mutating func isConfirmedMarkerDot(_ i: Int) -> Bool {
        while markerDotIndex < markerDots.count && markerDots[markerDotIndex] < i { markerDotIndex += 1 }
        return markerDotIndex < markerDots.count && markerDots[markerDotIndex] == i
    }

    func ranges() -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(cuts.count + 1)
        var start = 0
        for k in 0...cuts.count {
            let end = k < cuts.count ? cuts[k] : n
            var lo = start, hi = end
            while lo < hi {
                if isSpaceByte(b[lo]) { lo += 1 } else if b[lo] == 0xC2 && lo + 1 < hi && b[lo + 1] == 0xA0 { lo += 2 } else { break }
            }
            while hi > lo {
                if isSpaceByte(b[hi - 1]) { hi -= 1 } else if hi - 2 >= lo && b[hi - 2] == 0xC2 && b[hi - 1] == 0xA0 { hi -= 2 } else { break }
            }
            if lo < hi { out.append(lo..<hi) }
            start = end
        }
        return out
    }

    // MARK: Byte helpers

    /// Length of a white-space character at `p` (ASCII or no-break space), or 0.
    @inline(__always)
    func spaceLength(_ p: Int) -> Int {
        let c = b[p]
        if isSpaceByte(c) { return 1 }
        if c == 0xC2 && p + 1 < n && b[p + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Length of a closing quote or bracket at `p`, or 0.
    @inline(__always)
    func closerLength(_ p: Int) -> Int {
        switch b[p] {
        case cQuote, cApostrophe, cRParen, cRBracket, 0x7D: return 1
        case 0xE2:
            // ” ’ ›
            if p + 2 < n && b[p + 1] == 0x80 && (b[p + 2] == 0x9D || b[p + 2] == 0x99 || b[p + 2] == 0xBA) { return 3 }
            return 0
        case 0xC2:
            return p + 1 < n && b[p + 1] == 0xBB ? 2 : 0  // »
        default: return 0
        }
    }

    /// Length of an opening quote, bracket or emphasis mark at `p`, or 0.
    @inline(__always)
    func openerLength(_ p: Int) -> Int {
        switch b[p] {
        case cQuote, cApostrophe, cLParen, cLBracket, 0x7B, 0x2A, 0x5F: return 1
        case 0xE2:
            // “ ‘ ‹
            if p + 2 < n && b[p + 1] == 0x80 && (b[p + 2] == 0x9C || b[p + 2] == 0x98 || b[p + 2] == 0xB9) { return 3 }
            return 0
        case 0xC2:
            // « ¿ ¡
            if p + 1 < n && (b[p + 1] == 0xAB || b[p + 1] == 0xBF || b[p + 1] == 0xA1) { return 2 }
            return 0
        default: return 0
        }
    }

    /// Length of a list bullet at `p` (• ‣ ⁃ ◦ ▪ ● ■ ►), or 0.
    @inline(__always)
    func bulletLength(_ p: Int) -> Int {
        guard p >= 0, p + 2 < n, b[p] == 0xE2 else { return 0 }
        let b1 = b[p + 1], b2 = b[p + 2]
        switch (b1, b2) {
        case (0x80, 0xA2), (0x80, 0xA3), (0x81, 0x83), (0x97, 0xA6), (0x96, 0xAA), (0x97, 0x8F), (0x96, 0xA0), (0x96, 0xBA):
            return 3
        default:
            return 0
        }
    }

    /// Whether the byte range just before `p` ends a word boundary: start of text, white space, an opening quote
    /// or bracket, a hyphen or a dash.
    func isWordBoundary(before p: Int) -> Bool {
        if p == 0 { return true }
        let c = b[p - 1]
        if isSpaceByte(c) { return true }
        switch c {
        case cLParen, cLBracket, 0x7B, cQuote, cApostrophe, 0x2D: return true
        case 0x9C, 0x98, 0x94, 0x93:  // “ ‘ — –
            return p >= 3 && b[p - 3] == 0xE2 && b[p - 2] == 0x80
        case 0xAB, 0xA0:  // « and no-break space
            return p >= 2 && b[p - 2] == 0xC2
        default:
            return false
        }
    }

    // MARK: Line breaks, bullets, openers

    /// Handles the white space run that starts with the line break at `i`; returns where scanning resumes.
    mutating func lineBreak(at i: Int) -> Int {
        flushMarkers(upTo: i)
        let currentLine = lineStart
        lineStart = i + 1
        var k = i + 1
        var breaks = 1
        while k < n && isSpaceByte(b[k]) {
            if b[k] == cNewline {
                breaks += 1
                lineStart = k + 1
            }
            k += 1
        }
        if k >= n { return k }
        var cut = breaks >= 2 || listMarker(at: k)
        if !cut {
            // The line that ends here starts with a list marker, or introduces a list with a colon.
            var p = currentLine
            while p < i && isSpaceByte(b[p]) { p += 1 }
            if p < i && listMarker(at: p) { cut = true }
            var q = i
            while q > currentLine && isSpaceByte(b[q - 1]) { q -= 1 }
            if q > currentLine && b[q - 1] == cColon { cut = true }
        }
        if cut { appendCut(i) }
        return k
    }

    /// A byte 0xE2 starts a three-byte character: an ellipsis, a curly opening quote or a bullet matter.
    mutating func threeByte(at i: Int) -> Int {
        guard i + 2 < n else { return i + 1 }
        let b1 = b[i + 1], b2 = b[i + 2]
        if b1 == 0x80 && b2 == 0xA6 { return stop(at: i) }
        if b1 == 0x80 && b2 == 0x9C { opener(at: i) }
        if bulletLength(i) > 0 {
            flushMarkers(upTo: i)
            if i == 0 || spaceBefore(i) { appendCut(i) }
        }
        return i + 3
    }

    @inline(__always)
    func spaceBefore(_ i: Int) -> Bool {
        i > 0 && (isSpaceByte(b[i - 1]) || (i >= 2 && b[i - 2] == 0xC2 && b[i - 1] == 0xA0))
    }

    /// At an opening quote or bracket outside any protected span: protect up to its closer on the same line.
    mutating func opener(at i: Int) {
        if i < protectedEnd { return }
        let limit = min(n, i + SplitScan.maxSpan)
        let c = b[i]
        if c == cLParen || c == cLBracket {
            let close = c == cLParen ? cRParen : cRBracket
            var depth = 0
            var p = i
            while p < limit {
                let d = b[p]
                if d == c {
                    depth += 1
                } else if d == close {
                    depth -= 1
                    if depth == 0 {
                        protectedStart = i
                        protectedEnd = p + 1
                        return
                    }
                } else if d == cNewline {
                    return
                }
                p += 1
            }
        } else if c == cQuote {
            // An opening straight quote: after a boundary, before a non-space.
            guard isWordBoundary(before: i) || (i > 0 && b[i - 1] == cColon), i + 1 < n, !isSpaceByte(b[i + 1]) else { return }
            var p = i + 1
            while p < min(limit, i + SplitScan.maxQuoteSpan) {
                let d = b[p]
                if d == cQuote {
                    if !isSpaceByte(b[p - 1]) {
                        protectedStart = i
                        protectedEnd = p + 1
                    }
                    return
                }
                if d == cNewline { return }
                p += 1
            }
        } else {
            // “ … ” (three bytes each), nesting allowed.
            var depth = 0
            var p = i
            while p + 2 < min(limit, i + SplitScan.maxQuoteSpan) {
                let d = b[p]
                if d == cNewline { return }
                if d == 0xE2 && b[p + 1] == 0x80 {
                    if b[p + 2] == 0x9C {
                        depth += 1
                    } else if b[p + 2] == 0x9D {
                        depth -= 1
                        if depth == 0 {
                            protectedStart = i
                            protectedEnd = p + 3
                            return
                        }
                    }
                    p += 3
                    continue
                }
                p += 1
            }
        }
    }

    // MARK: Candidate stops

    /// Handles the run of terminal punctuation starting at `i`; returns where scanning resumes.
    mutating func stop(at i: Int) -> Int {
        flushMarkers(upTo: i)
        // The run: . ? ! … and the spaced ellipsis ". . .".
        var j = i
        var dots = 0
        var questionOrBang = false
        var ellipsisCharacter = false
        var spaced = false
        while j < n {
            let c = b[j]
            if c == cDot {
                dots += 1
                j += 1
            } else if c == cQuestion || c == cBang {
                questionOrBang = true
                j += 1
            } else if c == 0xE2 && j + 2 < n && b[j + 1] == 0x80 && b[j + 2] == 0xA6 {
                ellipsisCharacter = true
                j += 3
            } else if c == cSpace && dots > 0 && !questionOrBang && b[j - 1] == cDot && j + 1 < n && b[j + 1] == cDot
                        && (j + 2 == n || isSpaceByte(b[j + 2]) || b[j + 2] == cDot || closerLength(j + 2) > 0) {
                spaced = true
                j += 1
            } else {
                break
            }
        }
        let runEnd = j
        var end = j
        while end < n {
            let l = closerLength(end)
            if l == 0 { break }
            end += l
        }
        // Veto 1: not followed by white space (end of text needs no cut).
        if end >= n { return end }
        if spaceLength(end) == 0 { return runEnd }
        // Veto 2: inside a protected quotation or bracket.
        if i > protectedStart && i < protectedEnd && end < protectedEnd { return end }

        var k = end
        while k < n {
            let l = spaceLength(k)
            if l == 0 { break }
            k += l
        }
        if k >= n { return end }
        let next = nextWord(at: k)

        let totalDots = dots + (ellipsisCharacter ? 3 : 0)
        var cut = -1
        if questionOrBang {
            switch next.kind {
            case .upper, .digit, .bullet, .link, .other: cut = end
            case .lower: if end == runEnd && startsLowerCaseSentence(afterRunAt: i, runEnd: runEnd) { cut = end }
            case .continuation: break
            }
        } else if totalDots >= 3 {
            // Ellipses.
            let editorial = i > 0 && b[i - 1] == cLBracket && runEnd < n && b[runEnd] == cRBracket
            if !editorial && (next.kind == .upper || next.kind == .bullet || next.kind == .link) {
                let attached = b[i] == cDot && i > 0 && !isSpaceByte(b[i - 1])
                let firstSeparate = b[i] == cDot && b[i + 1] == cSpace
                if totalDots >= 4 {
                    cut = attached && firstSeparate && end == runEnd ? i + 1 : end
                } else if spaced {
                    if let key = next.key, SplitterWords.strongStarters.contains(key) { cut = end }
                } else {
                    cut = end
                }
            }
        } else {
            cut = periodCut(at: i, end: end, next: next, closed: end > runEnd)
        }
        if cut >= 0 && !isCitation(at: next.start) { appendCut(cut) }
        return end
    }

    /// Classifies what starts at `k` (after skipping opening quotes and brackets).
    func nextWord(at k: Int) -> NextWord {
        var p = k
        var guardCount = 0
        while p < n && guardCount < 4 {
            let l = openerLength(p)
            if l == 0 { break }
            p += l
            guardCount += 1
        }
        guard p < n else { return NextWord(kind: .continuation, key: nil, letters: 0, start: k) }
        let c = b[p]
        if isUpper(c) {
            var q = p
            while q < n && isAlpha(b[q]) && q - p < 17 { q += 1 }
            return NextWord(kind: .upper, key: WordKey(b, p, q), letters: q - p, start: k, wordStart: p)
        }
        if isLower(c) { return NextWord(kind: startsLink(at: p) ? .link : .lower, key: nil, letters: 0, start: k) }
        if isDigit(c) { return NextWord(kind: .digit, key: nil, letters: 0, start: k) }
        if c < 0x80 {
            switch c {
            case 0x2C, 0x3B, 0x3A, 0x2D, 0x26, 0x2E, 0x3F, 0x21, 0x29, 0x5D, 0x7D, 0x2F, 0x25:
                return NextWord(kind: .continuation, key: nil, letters: 0, start: k)
            default:
                return NextWord(kind: .other, key: nil, letters: 0, start: k)
            }
        }
        if bulletLength(p) > 0 { return NextWord(kind: .bullet, key: nil, letters: 0, start: k) }
        guard let scalar = decodeScalar(at: p) else { return NextWord(kind: .other, key: nil, letters: 0, start: k) }
        let v = scalar.value
        if (0x2010...0x2015).contains(v) || v == 0x201D || v == 0x2019 || v == 0xBB || v == 0x2026 {
            return NextWord(kind: .continuation, key: nil, letters: 0, start: k)
        }
        let properties = scalar.properties
        if properties.isLowercase { return NextWord(kind: .lower, key: nil, letters: 0, start: k) }
        if properties.isUppercase { return NextWord(kind: .upper, key: nil, letters: 2, start: k) }
        return NextWord(kind: .other, key: nil, letters: 0, start: k)
    }

    func decodeScalar(at p: Int) -> Unicode.Scalar? {
        let c = b[p]
        var value: UInt32
        var count: Int
        if c & 0xE0 == 0xC0 { value = UInt32(c & 0x1F); count = 2 }
        else if c & 0xF0 == 0xE0 { value = UInt32(c & 0x0F); count = 3 }
        else if c & 0xF8 == 0xF0 { value = UInt32(c & 0x07); count = 4 }
        else { return nil }
        guard p + count <= n else { return nil }
        for q in (p + 1)..<(p + count) { value = value << 6 | UInt32(b[q] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Whether a parenthetical citation closed by punctuation starts at `k`: `(Smith 55).`
    func isCitation(at k: Int) -> Bool {
        guard k < n, b[k] == cLParen else { return false }
        var p = k + 1
        let limit = min(n, k + 120)
        while p < limit {
            let c = b[p]
            if c == cRParen {
                if p + 1 >= n { return true }
                switch b[p + 1] {
                case cDot, 0x2C, 0x3B, cColon, cQuestion, cBang: return true
                default: return false
                }
            }
            if c == cLParen || c == cNewline || c == cDot || c == cQuestion || c == cBang { return false }
            p += 1
        }
        return false
    }
}
