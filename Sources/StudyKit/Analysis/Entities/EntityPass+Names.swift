/// Names: runs of capitalised words, their titles, and what kind of entity they are.
extension EntityPass {
    /// Collects the run of name words starting at `start`, classifies it, and returns the index after it.
    mutating func nameRun(at start: Int) -> Int {
        var end = start + 1
        var ofAfterOrganization = false
        while end < high {
            let last = end - 1
            if isPossessive(last) { break }
            let g = gap(last)
            guard g == .space || (g == .dot && dotJoins(last)) else { break }
            if isNameToken(end) || isInitial(end) { end += 1; continue }
            // A joining word inside the name, if a name word follows it.
            let c = cls(end)
            guard !isCapitalized(end) || c.contains(.of) || c.contains(.the) else { break }
            var next = end + 1
            if c.contains(.of), next < high, cls(next).contains(.the), gap(end) == .space { next += 1 }
            guard next < high, gap(next - 1) == .space, g == .space, isNameToken(next) else { break }
            let before = cls(last)
            var joins = false
            if c.contains(.of) {
                joins = !before.isDisjoint(with: [.organizationHead, .placeHead, .title])
                if before.contains(.organizationHead) { ofAfterOrganization = true }
            } else if c.contains(.forWord) {
                joins = before.contains(.organizationHead)
                ofAfterOrganization = ofAfterOrganization || joins
            } else if c.contains(.and) {
                joins = ofAfterOrganization
            } else if c.contains(.the) {
                joins = cls(next).contains(.epithet) && end - start <= 2
            } else if c.contains(.particle) {
                joins = true
            }
            guard joins else { break }
            end = next + 1
        }

        // A lower-case title just before the name ("president Bush", "prime minister Gordon Brown").
        var lowerTitle: Int?
        if start > low, !isCapitalized(start - 1), cls(start - 1).contains(.lowerCaseTitle), gap(start - 1) == .space {
            lowerTitle = start - 1
            if start - 2 >= low, !isCapitalized(start - 2), cls(start - 2).contains(.titleModifier),
               gap(start - 2) == .space {
                lowerTitle = start - 2
            }
        }
        let unlicensed = opensSentence(start) && !isLicensed(start)
        return classify(start, end, unlicensedFirst: unlicensed, lowerTitle: lowerTitle)
    }

    /// Whether a dot after token `i` stays inside a name: after an initial, an abbreviated title, "St." or "U.S.".
    func dotJoins(_ i: Int) -> Bool {
        if length(i) == 1 { return true }
        let c = cls(i)
        if !c.isDisjoint(with: [.title, .titleModifier]) { return true }
        let w = word(i)
        return w == "st" || w == "mt" || w == "ft" || w.utf8.contains(UInt8(ascii: "."))
    }

    /// Classifies the run `lo..<hi`; returns the index after what it used.
    mutating func classify(_ start: Int, _ hi: Int, unlicensedFirst: Bool, lowerTitle: Int?) -> Int {
        var lo = start
        if unlicensedFirst {
            if let n = lexiconName(lo, hi) { emitLexicon(n, lo, hi); return hi }
            if hi - lo >= 2, cls(hi - 1).contains(.organizationCue), mayOpenName(lo) {
                emit(.organization, lo, hi)
                return hi
            }
            if hi - lo == 1 {
                if mayOpenName(lo) || capitalizedInside[Int(tokens[lo].word)] > 0 {
                    shortName(lo, sentenceInitial: true)
                }
                return hi
            }
            lo += 1
            while lo < hi, !isNameToken(lo), !isInitial(lo) { lo += 1 }
            if lo == hi { return hi }
        }
        // A nationality before a title: "German Chancellor Angela Merkel".
        if hi - lo >= 3, cls(lo).contains(.group), !cls(lo + 1).isDisjoint(with: [.title, .titleModifier]),
           lexiconName(lo, hi) == nil {
            single(lo)
            lo += 1
        }
        // Titles.
        var k = lo
        while k < hi, !cls(k).isDisjoint(with: [.title, .titleModifier]) { k += 1 }
        while k > lo, !cls(k - 1).contains(.title) { k -= 1 }
        if k > lo || lowerTitle != nil {
            var titleEnd = k
            var complement: Range<Int>?
            if k > lo, k < hi, cls(k).contains(.of) {
                var c = k + 1
                if c < hi, cls(c).contains(.the) { c += 1 }
                // What the title is of: a known name, else the words of a ministry ("Homeland Security"), else
                // one word.
                titleEnd = min(c + 1, hi)
                while titleEnd < hi, cls(titleEnd - 1).contains(.titleComplement),
                      cls(titleEnd).contains(.titleComplement) {
                    titleEnd += 1
                }
                for n in stride(from: min(4, hi - c), through: 1, by: -1) where lexiconName(c, c + n) != nil {
                    complement = c..<(c + n)
                    titleEnd = c + n
                    break
                }
            }
            if let comp = complement, let n = lexiconName(comp.lowerBound, comp.upperBound) {
                emitLexicon(n, comp.lowerBound, comp.upperBound)
            }
            if titleEnd == hi { return hi }  // A role with no name.
            if isPersonName(titleEnd, hi) && lexiconName(lo, hi) == nil {
                var titles: [String] = []
                let first = lowerTitle ?? lo
                if let t = lowerTitle { titles.append(text(t, start)) }
                if k > lo {
                    var title = text(lo, titleEnd)
                    if gap(titleEnd - 1) == .dot { title += "." }
                    titles.append(title)
                }
                emitPerson(nameFrom: titleEnd, hi, mentionFrom: first, titles: titles)
                return hi
            }
            if complement != nil {
                // "President of France Nicolas Sarkozy" failed; keep the rest apart.
                return classifyPlain(titleEnd, hi)
            }
        }
        return classifyPlain(lo, hi)
    }

    /// Classifies a run without titles.
    mutating func classifyPlain(_ lo: Int, _ hi: Int) -> Int {
        guard lo < hi else { return hi }
        if let n = lexiconName(lo, hi) {
            if n.kind == .place, !n.ambiguous, placeNounFollows(hi) {
                found.append(Found(role: .named(.place), sentence: sentence,
                                   range: Int(tokens[lo].start)..<Int(tokens[hi].end),
                                   key: n.display.lowercased(), name: n.display))
                return hi + 1
            }
            emitLexicon(n, lo, hi)
            return hi
        }
        let count = hi - lo
        let first = cls(lo), last = cls(hi - 1)
        if count >= 2 {
            let second = cls(lo + 1)
            if last.contains(.organizationCue)
                || (first.contains(.organizationHead) && !second.isDisjoint(with: [.of, .forWord])) {
                emit(.organization, lo, hi)
                return hi
            }
            if last.contains(.placeCue)
                || (first.contains(.placeHead) && second.contains(.of) && isPlaceLike(lo + 2, hi)) {
                emit(.place, lo, hi)
                return hi
            }
        }
        // Split at joining words the rules above did not use.
        let joiners = (lo..<hi).filter { isJoiner($0, hi) }
        if !joiners.isEmpty {
            var s = lo
            var end = hi
            for j in joiners + [hi] {
                if s < j { end = max(end, classifyPlain(s, j)) }
                s = j + 1
            }
            return end
        }
        // Groups: "Roman Catholic", or a nationality before another name.
        if first.contains(.group) {
            if (lo..<hi).allSatisfy({ cls($0).contains(.group) }) {
                if count == 1 { single(lo) } else { emit(.group, lo, hi) }
                return hi
            }
            var rest = lo
            while rest < hi, cls(rest).contains(.group) {
                single(rest)
                rest += 1
            }
            return classifyPlain(rest, hi)
        }
        // "Anbar province": a name followed by a lower-case place noun.
        if placeNounFollows(hi),
           (lo..<hi).allSatisfy({ cls($0).isDisjoint(with: WordClass.notPersonal) && !cls($0).contains(.title) }) {
            emit(.place, lo, hi, mentionEnd: hi + 1)
            return hi + 1
        }
        if count >= 2, isPersonName(lo, hi), isPersonByDefault(lo, hi) {
            emitPerson(nameFrom: lo, hi, mentionFrom: lo, titles: [])
            return hi
        }
        for j in lo..<hi where isNameToken(j) { single(j) }
        return hi
    }

    /// A lower-case joining word inside a run ("of", "for", "and"), but not a name particle or a byname's "the".
    func isJoiner(_ j: Int, _ hi: Int) -> Bool {
        if isCapitalized(j) && !cls(j).contains(.of) && !cls(j).contains(.the) { return false }
        if isParticleName(j) || cls(j).contains(.particle) { return false }
        if cls(j).contains(.the), j + 1 < hi, cls(j + 1).contains(.epithet) { return false }
        return true
    }

    /// Whether a lower-case place noun follows the run that ends before `hi` ("Anbar province").
    func placeNounFollows(_ hi: Int) -> Bool {
        hi < high && !isPossessive(hi - 1) && gap(hi - 1) == .space && !isCapitalized(hi)
            && cls(hi).contains(.placeNoun)
    }

    /// Whether a run could be a person's name: no word that marks a place, organisation, group or common noun,
    /// no joining words but name particles and a byname's "the".
    func isPersonName(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 1, hi - lo <= 5 else { return false }
        for j in lo..<hi {
            let c = cls(j)
            if isInitial(j) { continue }
            if !isCapitalized(j) {
                if isParticleName(j) || (c.contains(.particle) && j > lo) { continue }
                if c.contains(.the), j + 1 < hi, cls(j + 1).contains(.epithet) { continue }
                return false
            }
            if !c.isDisjoint(with: WordClass.notPersonal), !(j > lo && c.contains(.epithet)) { return false }
            if c.contains(.ambiguousPlace) && hi - lo == 1 { return true }
            if j == lo, c.contains(.title) { return false }
        }
        return true
    }

    /// Evidence that an untitled run is a person: a given name first, an initial, or words never written in lower
    /// case with a surname the text capitalises again.
    func isPersonByDefault(_ lo: Int, _ hi: Int) -> Bool {
        if cls(lo).contains(.givenName) { return true }
        if (lo..<hi).contains(where: isInitial) { return true }
        for j in lo..<hi where isCapitalized(j) && lowerCase[Int(tokens[j].word)] > 0 { return false }
        return capitalizedInside[Int(tokens[hi - 1].word)] >= 2
    }

    /// Whether the words after "Kingdom of" name a place: a known place, or unknown capitalised words.
    func isPlaceLike(_ lo: Int, _ hi: Int) -> Bool {
        guard lo < hi else { return false }
        if let n = lexiconName(lo, hi) { return n.kind == .place }
        return (lo..<hi).allSatisfy { cls($0).isDisjoint(with: [.group, .organization, .organizationCue, .nonName]) }
    }

    /// A single name word: a known name, or a possible short form of a person.
    mutating func single(_ j: Int) {
        if let n = lexiconName(j, j + 1) { emitLexicon(n, j, j + 1); return }
        let c = cls(j)
        guard isCapitalized(j) || isParticleName(j),
              c.isDisjoint(with: WordClass.notPersonal), !c.contains(.title), !c.contains(.titleModifier) else {
            return
        }
        shortName(j, sentenceInitial: false)
    }

    mutating func shortName(_ j: Int, sentenceInitial: Bool) {
        let w = baseWord(j)
        found.append(Found(role: .shortName(sentenceInitial: sentenceInitial), sentence: sentence,
                           range: Int(tokens[j].start)..<Int(tokens[j].end), key: w, name: w, words: [w]))
    }

    /// The lexicon entry of a run, trying the run's words as written and with hyphens as spaces ("Great-Britain").
    func lexiconName(_ lo: Int, _ hi: Int) -> EntityLexicon.Name? {
        guard lo < hi else { return nil }
        var n: EntityLexicon.Name?
        if hi - lo == 1, let known = singleNames[tokens[lo].word] {
            n = known
        } else if hi - lo > 1 || cls(lo).contains(.hyphenated) {
            let k = key(lo, hi)
            n = EntityLexicon.names[k]
            if n == nil, k.utf8.contains(UInt8(ascii: "-")) {
                n = EntityLexicon.names[String(String.UnicodeScalarView(k.unicodeScalars.map { $0 == "-" ? " " : $0 }))]
            }
        }
        guard let name = n else { return nil }
        if name.acronymOnly && !(hi - lo == 1 && isAllCaps(lo)) { return nil }
        return name
    }

    /// The lexicon key of a run: its lower-case words, possessive dropped.
    func key(_ lo: Int, _ hi: Int) -> String {
        var out = ""
        for j in lo..<hi {
            if j > lo { out += " " }
            out += j == hi - 1 ? baseWord(j) : word(j)
        }
        return out
    }

    /// A token's lower-case word without a possessive ending.
    func baseWord(_ j: Int) -> String {
        let w = word(j)
        return isPossessive(j) && w.hasSuffix("'s") ? String(w.dropLast(2)) : w
    }

    /// A run's name as written: words separated by one space, initials and abbreviations with their dot, the
    /// possessive ending dropped.
    func writtenName(_ lo: Int, _ hi: Int) -> String {
        var out: [UInt8] = []
        for j in lo..<hi {
            let s = Int(tokens[j].start)
            let e = Int(tokens[j].end) - (j == hi - 1 ? possessiveLength(j) : 0)
            out.append(contentsOf: bytes[s..<e])
            if j < hi - 1 {
                if gap(j) == .dot { out.append(UInt8(ascii: ".")) }
                out.append(0x20)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text from the start of token `lo` to the end of token `hi - 1`.
    func text(_ lo: Int, _ hi: Int) -> String {
        String(decoding: bytes[Int(tokens[lo].start)..<Int(tokens[hi - 1].end)], as: UTF8.self)
    }

    /// Whether a preposition of place stands just before token `j` ("in Washington").
    func followsLocative(_ j: Int) -> Bool {
        j > low && !isCapitalized(j - 1) && cls(j - 1).contains(.locative) && gap(j - 1) == .space
    }

    /// The byte range of tokens `lo..<hi`, with the closing dot of an abbreviation ("U.S.", "Inc.").
    func mentionRange(_ lo: Int, _ hi: Int) -> Range<Int> {
        var end = Int(tokens[hi - 1].end)
        let w = word(hi - 1)
        if end < bytes.count, bytes[end] == UInt8(ascii: "."), !isPossessive(hi - 1),
           w.utf8.contains(UInt8(ascii: ".")) || w == "jr" || w == "sr"
            || (cls(hi - 1).contains(.organizationCue) && length(hi - 1) <= 4) {
            end += 1
        }
        return Int(tokens[lo].start)..<end
    }

    mutating func emitLexicon(_ n: EntityLexicon.Name, _ lo: Int, _ hi: Int) {
        if n.ambiguous && !followsLocative(lo) {
            if hi - lo == 1 { shortName(lo, sentenceInitial: false) }
            return
        }
        let range = mentionRange(lo, hi)
        found.append(Found(role: .named(n.kind), sentence: sentence, range: range,
                           key: n.display.lowercased(), name: n.display))
    }

    mutating func emit(_ kind: Entity.Kind, _ lo: Int, _ hi: Int, mentionEnd: Int? = nil) {
        let range = mentionEnd.map { Int(tokens[lo].start)..<Int(tokens[$0 - 1].end) } ?? mentionRange(lo, hi)
        found.append(Found(role: .named(kind), sentence: sentence, range: range, key: key(lo, hi),
                           name: writtenName(lo, hi)))
    }

    mutating func emitPerson(nameFrom lo: Int, _ hi: Int, mentionFrom first: Int, titles: [String]) {
        var words: [String] = []
        for j in lo..<hi where !isInitial(j) { words.append(j == hi - 1 ? baseWord(j) : word(j)) }
        let range = Int(tokens[first].start)..<mentionRange(lo, hi).upperBound
        var name = writtenName(lo, hi)
        if range.upperBound > Int(tokens[hi - 1].end) { name += "." }
        found.append(Found(role: .person, sentence: sentence, range: range, key: words.joined(separator: " "),
                           name: name, words: words, titles: titles))
    }
}
