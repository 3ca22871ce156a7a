/// The decision at a single period: a list marker, an abbreviation (and which kind), or a sentence end.
extension SplitScan {
    /// The decision for a single period at `i` whose closers end at `end`; -1 for no boundary.
    mutating func periodCut(at i: Int, end: Int, next: NextWord, closed: Bool) -> Int {
        if next.kind == .continuation { return -1 }
        if let start = markerTokenStart(dotAt: i), isConfirmedMarkerDot(i) || atSentenceStart(start) { return -1 }
        guard let abbreviation = abbreviation(before: i) else {
            if next.kind == .lower { return !closed && startsLowerCaseSentence(afterRunAt: i, runEnd: i + 1) ? end : -1 }
            return end
        }
        if next.kind == .lower { return -1 }
        switch next.kind {
        case .bullet, .link: return end
        case .digit, .other, .lower, .continuation: return -1
        case .upper: break
        }
        var kind = abbreviation.kind
        if kind == .numberPrefix {
            if !abbreviation.singleLetter { return end }
            kind = .general
        }
        let strong = next.key.map { SplitterWords.strongStarters.contains($0) } ?? false
        switch kind {
        case .inner:
            return -1
        case .final:
            return end
        case .title:
            return strong ? end : -1
        case .time:
            if strong { return end }
            if let key = next.key, SplitterWords.timeZones.contains(key) { return -1 }
            return wordCount(before: i, atMost: 5) <= 4 ? -1 : end
        case .general, .numberPrefix:
            if abbreviation.singleLetter && next.letters == 1 {
                // A chain of initials (`J. R. R. Tolkien`), except the pronoun: `you and I. I think`.
                return b[i - 1] == 0x49 && b[next.wordStart] == 0x49 ? end : -1
            }
            if let key = next.key, SplitterWords.sentenceStarters.contains(key) { return end }
            return -1
        }
    }

    /// The abbreviation ending just before the period at `i`, if the word there is one.
    func abbreviation(before i: Int) -> (kind: AbbreviationKind, singleLetter: Bool)? {
        var p = i
        while p > 0 && i - p < 24 {
            let c = b[p - 1]
            if isAlpha(c) || c == cDot {
                p -= 1
            } else if (c == 0xB0 || c == 0xBA) && p >= 2 && b[p - 2] == 0xC2 {
                p -= 2  // ° º as in N°.
            } else {
                break
            }
        }
        if i - p >= 24 { return nil }
        if !isWordBoundary(before: p) { return nil }
        var s = p
        while s < i && b[s] == cDot { s += 1 }
        if s == i { return nil }
        if let key = WordKey(b, s, i), var kind = SplitterWords.abbreviations[key] {
            if kind == .title && !isUpper(b[s]) { kind = .general }
            return (kind, i - s == 1)
        }
        if i - s == 1 { return (.general, true) }
        // Letters with inner dots, every part one or two letters: U.S, EE.UU, Ph.D.
        var part = 0
        var sawDot = false
        for q in s..<i {
            let c = b[q]
            if c == cDot {
                if part == 0 { return nil }
                sawDot = true
                part = 0
            } else if isAlpha(c) {
                part += 1
                if part > 2 { return nil }
            } else {
                return nil
            }
        }
        return sawDot ? (.general, false) : nil
    }

    /// Number of white-space separated words between the last cut and `i`, counting at most `limit`.
    func wordCount(before i: Int, atMost limit: Int) -> Int {
        var words = 0
        var inWord = false
        var p = i
        while p > lastCut {
            if isSpaceByte(b[p - 1]) {
                if inWord {
                    words += 1
                    if words >= limit { return words }
                }
                inWord = false
            } else {
                inWord = true
            }
            p -= 1
        }
        return inWord ? words + 1 : words
    }
}
