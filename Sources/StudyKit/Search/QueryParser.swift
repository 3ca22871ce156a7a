/// A query as the evidence search understands it: its content words grouped into concepts, and the section it is
/// limited to.
public struct ParsedQuery: Sendable, Equatable {
    /// One thing the query asks about: a content word, or a phrase the related-words table knows ("united nations").
    public struct Concept: Sendable, Equatable {
        /// The word or phrase, lower-cased, content words only.
        public let text: String
        /// Its words, lower-cased.
        public let words: [String]
        /// Position of its first word among the query's content words (for phrase and proximity bonuses).
        public let position: Int
        /// How much it counts: 1, or less for words that say little about where to look ("author", "essay").
        public let weight: Double
    }

    /// The query's text without the section limit.
    public let text: String
    /// The 1-based section the search is limited to (`in §2`), if any.
    public let section: Int?
    public let concepts: [Concept]
}

/// Splits a query into concepts: lower-cases, drops stop words (not those that change what is said: "only",
/// "never"), joins known phrases, and reads a trailing `in §2`.
public struct QueryParser: Sendable {
    /// Words a question uses about the essay rather than about its content; they count little.
    public static let metaWords: Set<String> = [
        "author", "authors", "writer", "essay", "essayist", "text", "passage", "article", "paragraph", "sentence",
        "say", "says", "said", "saying", "write", "writes", "wrote", "written", "argue", "argues", "argued",
        "claim", "claims", "mention", "mentions", "mentioned", "state", "states", "stated", "statement", "think",
        "thinks", "believe", "believes", "suggest", "suggests", "according", "point", "idea", "describe", "describes",
        "explain", "explains", "discuss", "discusses", "talk", "talks", "where", "find", "part",
    ]

    public init() {}

    /// Parses a query. `in §2`, `in sec2` or `in section 2` at the end (or anywhere) limits it to that section.
    public func parse(_ query: String) -> ParsedQuery {
        var words = query.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        var section: Int?
        var i = 0
        while i < words.count {
            if words[i].lowercased() == "in", i + 1 < words.count {
                let next = words[i + 1]
                if let n = Self.sectionNumber(next) {
                    section = n
                    words.removeSubrange(i...(i + 1))
                    continue
                }
                if next.lowercased() == "section", i + 2 < words.count, let n = Int(words[i + 2]), n > 0 {
                    section = n
                    words.removeSubrange(i...(i + 2))
                    continue
                }
            }
            i += 1
        }
        let text = words.joined(separator: " ")
        let lowered = Self.words(of: text)
        let content = lowered.filter {
            !StopWords.english.contains($0) || StopWords.contentBearing.contains($0) || $0 == "us" && text.contains("US")
        }
            .map { $0 == "us" ? "u.s" : $0 }
        var concepts: [ParsedQuery.Concept] = []
        var seen = Set<String>()
        var k = 0
        while k < content.count {
            var length = min(RelatedForms.longestPhrase, content.count - k)
            while length > 1, !RelatedForms.isEntry(content[k..<(k + length)].joined(separator: " ")) { length -= 1 }
            let phrase = Array(content[k..<(k + length)])
            let joined = phrase.joined(separator: " ")
            if seen.insert(joined).inserted {
                let meta = phrase.count == 1 && Self.metaWords.contains(joined)
                concepts.append(ParsedQuery.Concept(text: joined, words: phrase, position: k, weight: meta ? 0.3 : 1))
            }
            k += length
        }
        return ParsedQuery(text: text, section: section, concepts: concepts)
    }

    /// `§2`, `sec2`, `s2`? Only the first two: a section is written `§2` or `sec2`.
    static func sectionNumber(_ word: String) -> Int? {
        if case .section(let n)? = ModelID(word) { return n }
        return nil
    }

    /// A number written right after a dollar sign, with the sign ("$45"): to the tokenizer "$" is no word character.
    static func withDollarSign(_ word: String, after previous: UInt8) -> String {
        previous == UInt8(ascii: "$") && word.first.map({ $0.isASCII && $0.isNumber }) == true ? "$" + word : word
    }

    /// The words of a text as the tokenizer finds them, lower-cased, curly apostrophes made straight, and a
    /// trailing possessive dropped ("Iraq's" → "iraq"); with `dollarSigns`, a number keeps a dollar sign before it
    /// and hours and minutes written with a colon stay one word ("23:40"), as `ClockTime` reads them.
    static func words(of text: String, dollarSigns: Bool = false) -> [String] {
        var result: [String] = []
        let bytes = Array(text.utf8)
        var previousEnd = -1
        bytes.withUnsafeBufferPointer { buffer in
            Tokenizer().forEachWord(in: buffer, range: 0..<buffer.count) { r in
                var w = String(decoding: UnsafeBufferPointer(rebasing: buffer[r]), as: UTF8.self).lowercased()
                if w.contains(Character("’")) { w = w.replacingOccurrences(of: "’", with: "'") }
                if dollarSigns, r.lowerBound > 0 { w = withDollarSign(w, after: buffer[r.lowerBound - 1]) }
                if dollarSigns, let last = result.last, previousEnd + 1 == r.lowerBound, isClockTime(last, buffer[previousEnd], w) {
                    result[result.count - 1] = last + ":" + w
                } else {
                    result.append(w)
                }
                previousEnd = r.upperBound
            }
        }
        return result
    }

    /// Whether two words joined by one byte are the hours and minutes of a time of day ("23", ":", "40").
    static func isClockTime(_ hours: String, _ joiner: UInt8, _ minutes: String) -> Bool {
        joiner == UInt8(ascii: ":") && (1...2).contains(hours.count) && minutes.count == 2
            && (hours + minutes).allSatisfy { $0.isASCII && $0.isNumber }
    }
}

private extension String {
    func replacingOccurrences(of a: Character, with b: Character) -> String {
        String(map { $0 == a ? b : $0 })
    }
    func replacingOccurrences(of a: String, with b: String) -> String {
        replacingOccurrences(of: Character(a), with: Character(b))
    }
}
