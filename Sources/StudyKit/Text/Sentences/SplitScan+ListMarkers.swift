/// List markers (`1.`, `b)`, `•`): found in a pre-pass, they cut the text before each item.
extension SplitScan {
    /// The pre-pass: markers such as `1.`, `2)`, `3.)`, `a.`, `b)` after white space or a bullet and before white
    /// space. A marker is confirmed when another marker of the same style is numbered one less or one more.
    mutating func collectListMarkers() {
        var found: [ListMarker] = []
        var i = 0
        while i < n {
            let c = b[i]
            if c == cDot || c == cRParen, i > 0, let m = marker(endingAt: i) { found.append(m) }
            i += 1
        }
        if found.count < 2 { return }
        var present = Set<Int>()
        for m in found { present.insert(m.group << 32 | m.value) }
        for m in found where present.contains(m.group << 32 | (m.value - 1)) || present.contains(m.group << 32 | (m.value + 1)) {
            markers.append(m)
            if m.dot >= 0 { markerDots.append(m.dot) }
        }
    }

    func marker(endingAt i: Int) -> ListMarker? {
        var style: Int
        var after: Int
        var dot = -1
        if b[i] == cDot {
            dot = i
            if i + 1 < n && b[i + 1] == cRParen { style = 2; after = i + 2 } else { style = 0; after = i + 1 }
        } else {
            if b[i - 1] == cDot { return nil }  // `1.)` is handled at its period
            style = 1
            after = i + 1
        }
        guard after < n, isSpaceByte(b[after]) else { return nil }
        var s = i
        while s > 0 && isDigit(b[s - 1]) && i - s < 3 { s -= 1 }
        var kind = 0
        var value = 0
        if s == i {
            guard isLower(b[i - 1]) else { return nil }
            s = i - 1
            kind = 1
            value = Int(b[s] - 0x60)
        } else {
            if s > 0 && isDigit(b[s - 1]) { return nil }
            for p in s..<i { value = value * 10 + Int(b[p] - 0x30) }
        }
        // Before the marker: start of text, white space or a bullet.
        var cut = s
        if s > 0 {
            if !isSpaceByte(b[s - 1]) && bulletLength(s - 3) == 0 { return nil }
            var q = s
            while q > 0 && isSpaceByte(b[q - 1]) { q -= 1 }
            if bulletLength(q - 3) == 3 { cut = q - 3 }
        }
        return ListMarker(cut: cut, dot: dot, group: kind * 4 + style, value: value)
    }

    /// Whether a list item starts at `k`: a bullet, `- `, `* `, `+ `, `– `, or `1.` `1)` `a.` `iv)` `(a)` `(12)`
    /// followed by a space.
    func listMarker(at k: Int) -> Bool {
        if bulletLength(k) > 0 { return true }
        let c = b[k]
        if (c == 0x2D || c == 0x2A || c == 0x2B) && k + 1 < n && b[k + 1] == cSpace { return true }
        if c == 0xE2 && k + 3 < n && b[k + 1] == 0x80 && b[k + 2] == 0x93 && b[k + 3] == cSpace { return true }
        var p = k
        let parenthesised = c == cLParen
        if parenthesised { p += 1 }
        let start = p
        while p < n && p - start < 3 && isDigit(b[p]) { p += 1 }
        if p == start {
            // A letter or a short roman numeral.
            while p < n && p - start < 5 && isAlpha(b[p]) { p += 1 }
            let count = p - start
            if count == 0 { return false }
            if count > 1 {
                for q in start..<p where !"ivxIVX".utf8.contains(b[q]) { return false }
            }
        }
        guard p < n else { return false }
        if parenthesised {
            return b[p] == cRParen && p + 1 < n && b[p + 1] == cSpace
        }
        if b[p] == cDot && p + 1 < n && b[p + 1] == cRParen { p += 1 }
        return (b[p] == cDot || b[p] == cRParen) && p + 1 < n && b[p + 1] == cSpace
    }

    /// Start of a possible list-marker token ending just before the period at `i` (1–3 digits or one letter
    /// after the start of text, white space, a bullet or a dash).
    func markerTokenStart(dotAt i: Int) -> Int? {
        var s = i
        while s > 0 && isDigit(b[s - 1]) && i - s < 3 { s -= 1 }
        if s == i {
            guard i > 0 && isAlpha(b[i - 1]) else { return nil }
            s = i - 1
        }
        if s == 0 { return s }
        let c = b[s - 1]
        if isSpaceByte(c) || c == 0x2D || c == 0x2A || c == 0x2B || bulletLength(s - 3) == 3 { return s }
        return nil
    }

    /// Whether only white space, bullets and list punctuation lie between the last cut and `p`.
    func atSentenceStart(_ p: Int) -> Bool {
        var q = p
        while q > lastCut {
            let c = b[q - 1]
            if isSpaceByte(c) || c == 0x2D || c == 0x2A || c == 0x2B || c == cLParen {
                q -= 1
            } else if q - 3 >= lastCut && bulletLength(q - 3) == 3 {
                q -= 3
            } else {
                return false
            }
        }
        return true
    }
}
