/// What web text ends sentences with besides final punctuation: smileys, addresses, separator lines, a letter's
/// salutation, and a lower-case first word after a stop.
extension SplitScan {
    /// A smiley standing as a word (`:)`, `:-(`, `;)`, `:D`, `:P`) ends a sentence before a capitalised word, as
    /// a final stop would: `Thanks :) See you`. Returns where scanning resumes.
    mutating func emoticon(at i: Int) -> Int {
        guard i > 0, isSpaceByte(b[i - 1]) else { return i + 1 }
        var j = i + 1
        if j < n && b[j] == 0x2D { j += 1 }
        guard j < n, b[j] == cRParen || b[j] == cLParen || b[j] == 0x44 || b[j] == 0x50 else { return i + 1 }
        let end = j + 1
        guard end < n, isSpaceByte(b[end]), !(i > protectedStart && i < protectedEnd) else { return end }
        var k = end
        while k < n && isSpaceByte(b[k]) { k += 1 }
        if k < n, case let kind = nextWord(at: k).kind, kind == .upper || kind == .link { appendCut(end) }
        return end
    }

    /// Whether a web address starts at `p`.
    func startsLink(at p: Int) -> Bool {
        func has(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard p + count <= n else { return false }
            return prefix.withUTF8Buffer { pb in (0..<count).allSatisfy { lowered(b[p + $0]) == pb[$0] } }
        }
        return has("http://") || has("https://") || has("www.")
    }

    /// At the first byte of a word: a web address followed by white space and another address or a capitalised
    /// word ends a sentence (`see http://a.example/x It works`). Returns where scanning resumes.
    mutating func link(at i: Int) -> Int {
        guard spaceBefore(i) || i == 0, startsLink(at: i) else { return i + 1 }
        var end = i
        while end < n && !isSpaceByte(b[end]) { end += 1 }
        guard end < n, !(i > protectedStart && i < protectedEnd) else { return end }
        var k = end
        while k < n && isSpaceByte(b[k]) { k += 1 }
        if k < n, case let kind = nextWord(at: k).kind, kind == .upper || kind == .link { appendCut(end) }
        return end
    }

    /// At a word start: a separator line of three or more `*` `=` `_` `-` `~` `#` (`***`, `=====`) ends a
    /// sentence before a capitalised word, an address or a bullet. Returns where scanning resumes.
    mutating func separator(at i: Int) -> Int {
        guard i == 0 || isSpaceByte(b[i - 1]) else { return i + 1 }
        var end = i
        while end < n, case let c = b[end], c == 0x2A || c == 0x3D || c == 0x5F || c == 0x2D || c == 0x7E || c == 0x23 {
            end += 1
        }
        guard end - i >= 3 else { return max(end, i + 1) }
        guard end < n, isSpaceByte(b[end]), !(i > protectedStart && i < protectedEnd) else { return end }
        var k = end
        while k < n && isSpaceByte(b[k]) { k += 1 }
        if k < n {
            switch nextWord(at: k).kind {
            case .upper, .link, .bullet: appendCut(end)
            default: break
            }
        }
        return end
    }

    /// At a comma: a letter's salutation or closing (`Dear Anna,` `Hi,` `Best regards,` `Thanks,`) is a sentence
    /// of its own before a capitalised word.
    mutating func salutation(at i: Int) {
        guard i + 2 < n, b[i + 1] == cSpace, isUpper(b[i + 2]), !(i > protectedStart && i < protectedEnd) else { return }
        // The first word since the last cut, and at most three words in all.
        var p = lastCut
        while p < i && (isSpaceByte(b[p]) || !isAlpha(b[p])) { p += 1 }
        var q = p
        while q < i && isAlpha(b[q]) { q += 1 }
        guard q > p, let key = WordKey(b, p, q), SplitterWords.salutationWords.contains(key) else { return }
        if wordCount(before: i, atMost: 4) <= 3 { appendCut(i + 1) }
    }

    /// Whether a lower-case word after the stop run `i..<runEnd` starts a new sentence, as it often does in web
    /// text (`where did you grow up? india?`, `call them. they said`): after `?`, or after `.`/`!` that ends a
    /// word which is not capitalised (`Yahoo! in`) and is not an abbreviation (checked by the caller for `.`).
    func startsLowerCaseSentence(afterRunAt i: Int, runEnd: Int) -> Bool {
        var p = i
        while p > 0 && (isAlpha(b[p - 1]) || isDigit(b[p - 1]) || b[p - 1] == cApostrophe || b[p - 1] >= 0x80) { p -= 1 }
        if p == i { return false }
        if b[i..<runEnd].contains(cQuestion) { return true }
        return !isUpper(b[p])
    }
}
