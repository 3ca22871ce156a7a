/// Dates: months with days and years, weekdays, feasts, years after a preposition of time, decades.
extension EntityPass {
    /// The value of a token of one to four digits, and whether it has an ordinal ending ("4th").
    func digits(_ i: Int) -> (value: Int, count: Int, ordinal: Bool)? {
        guard tokens[i].flags.contains(.numeric) else { return nil }
        let s = Int(tokens[i].start), e = Int(tokens[i].end)
        var k = s, v = 0
        while k < e, bytes[k] >= 0x30, bytes[k] <= 0x39, k - s < 5 { v = v * 10 + Int(bytes[k] - 0x30); k += 1 }
        let n = k - s
        if k == e { return n <= 4 ? (v, n, false) : nil }
        if e - k == 2, n <= 2 {
            let suffix = (bytes[k] | 0x20, bytes[k + 1] | 0x20)
            switch suffix {
            case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return (v, n, true)  // st nd rd th
            default: return nil
            }
        }
        return nil
    }

    func isDay(_ i: Int) -> Bool {
        guard let d = digits(i) else { return false }
        return d.count <= 2 && d.value >= 1 && d.value <= 31
    }

    func isYear(_ i: Int) -> Bool {
        guard let d = digits(i), !d.ordinal, d.count == 4 else { return false }
        return d.value >= 1000 && d.value <= 2100
    }

    mutating func emitDate(_ lo: Int, _ hi: Int) {
        let t = text(lo, hi)
        var k = ""
        for j in lo..<hi {
            // Months and their abbreviations share a key ("Sept. 11" and "September 11").
            let w = word(j)
            k += (j > lo ? " " : "") + (EntityPass.monthNames[w] ?? w)
        }
        found.append(Found(role: .named(.date), sentence: sentence,
                           range: Int(tokens[lo].start)..<Int(tokens[hi - 1].end), key: k, name: t))
    }

    static let monthNames: [String: String] = [
        "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
        "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
        "dec": "december",
    ]

    /// A date starting at token `i`, if there is one; returns the index after it.
    mutating func date(at i: Int) -> Int? {
        let c = cls(i)
        let capital = isCapitalized(i)
        if capital, c.contains(.weekday) {
            var end = i + 1
            if end < high, gap(i) == .comma, cls(end).contains(.month), let e = monthDate(end) { end = e }
            emitDate(i, end)
            return end
        }
        if capital, c.contains(.month), let end = monthDate(i) {
            emitDate(i, end)
            return end
        }
        if capital, c.contains(.holiday) {
            emitDate(i, i + 1)
            return i + 1
        }
        if c.contains(.relativeDeterminer), i + 1 < high, gap(i) == .space, cls(i + 1).contains(.relativeUnit),
           !isCapitalized(i + 1) || !cls(i + 1).isDisjoint(with: [.month, .weekday]) {
            emitDate(i, i + 2)
            return i + 2
        }
        // "the eighteenth century", "the 19th century", "the nineteenth of April", "the 4th of July".
        if c.contains(.ordinalWord) || digits(i)?.ordinal == true, i + 1 < high, gap(i) == .space {
            if cls(i + 1).contains(.century) {
                emitDate(i, i + 2)
                return i + 2
            }
            if cls(i + 1).contains(.of), i + 2 < high, gap(i + 1) == .space, isCapitalized(i + 2),
               cls(i + 2).contains(.month), !cls(i + 2).contains(.monthAbbreviation) {
                var end = i + 3
                if end < high, gap(end - 1) == .comma || gap(end - 1) == .space, isYear(end) { end += 1 }
                emitDate(i, end)
                return end
            }
        }
        guard let d = digits(i) else { return dateRangeToken(i) }
        // "4 July 1776"
        if d.count <= 2, d.value >= 1, d.value <= 31, i + 1 < high, gap(i) == .space, isCapitalized(i + 1),
           cls(i + 1).contains(.month) {
            var end = i + 2
            let after = Int(tokens[i + 1].end)
            if cls(i + 1).contains(.monthAbbreviation) && (after >= bytes.count || bytes[after] != UInt8(ascii: ".")) {
                return nil
            }
            if end < high, gap(end - 1) == .space || gap(end - 1) == .comma || gap(end - 1) == .dot, isYear(end) {
                end += 1
            }
            emitDate(i, end)
            return end
        }
        // "9/11", "7/4/1776"
        if !d.ordinal, d.count <= 2, i + 1 < high, gap(i) == .slash, let m = digits(i + 1), !m.ordinal, m.count <= 2,
           d.value >= 1, m.value >= 1, d.value <= 31, m.value <= 31 {
            var end = i + 2
            if end < high, gap(end - 1) == .slash, let y = digits(end), y.count == 2 || y.count == 4 { end += 1 }
            emitDate(i, end)
            return end
        }
        // "the Revolution of ’75": two digits after an apostrophe.
        if !d.ordinal, d.count == 2, Int(tokens[i].end) - Int(tokens[i].start) == 2, isApostropheBefore(i) {
            found.append(Found(role: .named(.date), sentence: sentence,
                               range: apostropheStart(i)..<Int(tokens[i].end), key: "'" + word(i),
                               name: String(decoding: bytes[apostropheStart(i)..<Int(tokens[i].end)], as: UTF8.self)))
            return i + 1
        }
        // A year after a preposition of time, alone or as a range.
        if isYear(i), i > low, gap(i - 1) == .space, cls(i - 1).contains(.datePreposition) {
            var end = i + 1
            if i + 2 < high, cls(i + 1).contains(.rangeWord), gap(i) == .space, gap(i + 1) == .space, isYear(i + 2) {
                end = i + 3
            } else if i + 1 < high, gap(i) == .dash, isYear(i + 1) {
                end = i + 2
            } else if i + 1 < high, gap(i) == .space, isCountedNoun(i + 1) {
                return nil  // "of 1500 men" is a number
            }
            emitDate(i, end)
            return end
        }
        return nil
    }

    /// Whether an apostrophe ("'" or "’") stands just before token `i`, after a space.
    func isApostropheBefore(_ i: Int) -> Bool { apostropheStart(i) < Int(tokens[i].start) }

    func apostropheStart(_ i: Int) -> Int {
        let s = Int(tokens[i].start)
        if s >= 2, bytes[s - 1] == UInt8(ascii: "'"), bytes[s - 2] == 0x20 { return s - 1 }
        if s >= 4, bytes[s - 3] == 0xE2, bytes[s - 2] == 0x80, bytes[s - 1] == 0x99, bytes[s - 4] == 0x20 {
            return s - 3
        }
        return s
    }

    /// "1990s", "1990's", "1997-2001": a decade or year range written as one token.
    mutating func dateRangeToken(_ i: Int) -> Int? {
        guard tokens[i].flags.contains(.numeric) else { return nil }
        let s = Int(tokens[i].start), e = Int(tokens[i].end)
        var k = s, v = 0
        while k < e, bytes[k] >= 0x30, bytes[k] <= 0x39, k - s < 5 { v = v * 10 + Int(bytes[k] - 0x30); k += 1 }
        guard k - s == 4, v >= 1000, v <= 2100, k < e else { return nil }
        let rest = Array(bytes[k..<e])
        let decade = rest == [0x73] || rest == [0x27, 0x73]
        var range = false
        if rest.count == 3 || rest.count == 5, rest[0] == UInt8(ascii: "-") {
            range = rest.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        guard decade || range else { return nil }
        emitDate(i, i + 1)
        return i + 1
    }

    /// The end of a date that starts with a month at `m` ("Sept. 11", "July 4, 1776", "July 1776", "in March").
    func monthDate(_ m: Int) -> Int? {
        let c = cls(m)
        let abbreviated = c.contains(.monthAbbreviation)
        let dotted = Int(tokens[m].end) < bytes.count && bytes[Int(tokens[m].end)] == UInt8(ascii: ".")
        if abbreviated && !dotted { return nil }
        let next = m + 1
        if next < high {
            let g = gap(m)
            if g == .space || (abbreviated && g == .dot) {
                if isDay(next) {
                    var end = next + 1
                    if end < high, gap(next) == .comma || gap(next) == .space, isYear(end) { end += 1 }
                    return end
                }
                if isYear(next) { return next + 1 }
            }
        }
        if c.contains(.ambiguousMonth) || abbreviated {
            guard m > low, gap(m - 1) == .space,
                  !cls(m - 1).isDisjoint(with: [.datePreposition, .relativeDeterminer]) else { return nil }
        }
        return m + 1
    }
}
