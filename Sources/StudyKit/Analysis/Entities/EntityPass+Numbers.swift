/// Numbers: numerals and cardinal words, with the noun they count.
extension EntityPass {
    /// A lower-case word that a number can count ("goals", "years").
    func isCountedNoun(_ j: Int) -> Bool {
        let t = tokens[j]
        guard t.flags.isDisjoint(with: [.capitalized, .stopWord, .numeric]) else { return false }
        if !cls(j).isDisjoint(with: [.numberWord, .scaleWord, .one, .ordinalWord, .percentWord, .and, .per]) {
            return false
        }
        for k in Int(t.start)..<Int(t.end) {
            let b = bytes[k]
            if !((b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "-") || b >= 0x80) { return false }
        }
        return true
    }

    /// Whether a word looks like a plural noun: "goals", "men", but not "useless", "obvious", "analysis".
    func isPlural(_ j: Int) -> Bool {
        let w = word(j)
        if EntityPass.irregularPlurals.contains(w) { return true }
        return w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
            && !w.hasSuffix("'s")
    }

    static let irregularPlurals: Set<String> = [
        "men", "women", "children", "people", "feet", "teeth", "mice", "geese", "sheep", "fish", "deer", "cattle",
        "pence", "brethren", "oxen", "couple", "folk", "clergy", "police", "troops",
    ]

    /// A number starting at token `i`, if there is one; returns the index after it.
    mutating func number(at i: Int) -> Int? {
        let c = cls(i)
        var startByte = Int(tokens[i].start)
        var end: Int
        var numeral = false
        if tokens[i].flags.contains(.numeric) {
            // Digits, a decimal point, thousands separators: nothing else ("4th", "F-16" are not numbers here).
            for k in Int(tokens[i].start)..<Int(tokens[i].end) {
                let b = bytes[k]
                if !((b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".")) { return nil }
            }
            // A list marker ("1." or "2)") opening a sentence.
            let after = Int(tokens[i].end)
            if i == low, after < bytes.count, bytes[after] == UInt8(ascii: ".") || bytes[after] == UInt8(ascii: ")") {
                return nil
            }
            if startByte >= 1, bytes[startByte - 1] == UInt8(ascii: "$") { startByte -= 1 }
            else if startByte >= 2, bytes[startByte - 2] == 0xC2, bytes[startByte - 1] == 0xA3 { startByte -= 2 }  // £
            else if startByte >= 3, bytes[startByte - 3] == 0xE2, bytes[startByte - 2] == 0x82,
                    bytes[startByte - 1] == 0xAC { startByte -= 3 }  // €
            end = i + 1
            while end < high, Int(tokens[end].start) == Int(tokens[end - 1].end) + 1,
                  bytes[Int(tokens[end - 1].end)] == UInt8(ascii: ","), let d = digits(end), d.count == 3, !d.ordinal {
                end += 1
            }
            numeral = true
        } else {
            guard !c.isDisjoint(with: [.numberWord, .one, .article]) else { return nil }
            let scaleNext = i + 1 < high && cls(i + 1).contains(.scaleWord) && gap(i) == .space
            if c.contains(.numberWord) {
                end = i + 1
            } else if (c.contains(.one) || (c.contains(.article) && !isCapitalized(i))) && scaleNext
                        && !(i + 1 < high && word(i + 1) == "score") {
                end = i + 2
            } else {
                return nil
            }
            while end < high, gap(end - 1) == .space {
                let e = cls(end)
                if e.contains(.scaleWord) {
                    if word(end) == "score" && !cls(end - 1).contains(.numberWord) { break }
                    end += 1
                } else if e.contains(.numberWord), cls(end - 1).contains(.scaleWord) {
                    end += 1
                } else if e.contains(.and), end + 1 < high, gap(end) == .space,
                          !cls(end + 1).isDisjoint(with: [.numberWord, .scaleWord]) {
                    end += 2
                } else {
                    break
                }
            }
        }
        var endByte = Int(tokens[end - 1].end)
        if numeral, end < high, gap(end - 1) == .space, cls(end).contains(.scaleWord), word(end) != "score" {
            end += 1
            endByte = Int(tokens[end - 1].end)
        }
        if endByte < bytes.count, bytes[endByte] == UInt8(ascii: "%") {
            endByte += 1
        } else if end < high, gap(end - 1) == .space, cls(end).contains(.percentWord) {
            end += 1
            endByte = Int(tokens[end - 1].end)
        } else if end + 1 < high, gap(end - 1) == .space, cls(end).contains(.per), cls(end + 1).contains(.cent) {
            end += 2
            endByte = Int(tokens[end - 1].end)
        } else if end < high, gap(end - 1) == .space, isCountedNoun(end) {
            // The things counted: a plural noun, or an adjective and a plural noun ("two great points").
            if isPlural(end) {
                end += 1
            } else if end + 1 < high, gap(end) == .space, isCountedNoun(end + 1), isPlural(end + 1) {
                end += 2
            }
            endByte = Int(tokens[end - 1].end)
        }
        let t = String(decoding: bytes[startByte..<endByte], as: UTF8.self)
        found.append(Found(role: .named(.number), sentence: sentence, range: startByte..<endByte,
                           key: t.lowercased(), name: t))
        return end
    }
}
