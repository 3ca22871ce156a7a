import Foundation

/// One of WordNet's sorted text files (`index.noun`, `data.verb` …), mapped into memory rather than read: opening it
/// costs a system call, and a look-up touches only the pages it needs. Licence lines (starting with two spaces) are
/// skipped by the search.
struct WordNetFile: Sendable {
    let bytes: Data

    init?(_ url: URL) {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
        bytes = data
    }

    /// The line starting with `key` followed by a space, found by binary search (the index files are sorted by
    /// byte value), without its key.
    func line(forKey key: String) -> Substring? {
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Substring? in
            let b = raw.bindMemory(to: UInt8.self)
            guard let range = Self.lineRange(b, forKey: key) else { return nil }
            return Substring(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
        }
    }

    /// Whether an index file has a line for `key` (no text is made).
    func hasLine(forKey key: String) -> Bool {
        bytes.withUnsafeBytes { raw in Self.indexLineRange(raw.bindMemory(to: UInt8.self), forKey: key) != nil }
    }

    /// The synset offsets of an index file's line for `key`, most frequent sense first, read from the bytes
    /// without splitting the line: `key pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…`.
    func synsetOffsets(forKey key: String) -> [UInt32] {
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [UInt32] in
            let b = raw.bindMemory(to: UInt8.self)
            guard let range = Self.indexLineRange(b, forKey: key) else { return [] }
            var k = range.lowerBound
            /// The next field's bytes (fields are separated by one or more spaces).
            func field() -> Range<Int>? {
                while k < range.upperBound && b[k] == 32 { k += 1 }
                let start = k
                while k < range.upperBound && b[k] != 32 { k += 1 }
                return start < k ? start..<k : nil
            }
            func number(_ r: Range<Int>?) -> Int? {
                guard let r, r.count < 19 else { return nil }
                var v = 0
                for i in r {
                    guard (48...57).contains(b[i]) else { return nil }
                    v = v * 10 + Int(b[i] - 48)
                }
                return v
            }
            guard field() != nil, let synsetCount = number(field()), let pointerCount = number(field()) else { return [] }
            for _ in 0..<(pointerCount + 2) where field() == nil { return [] }
            var offsets: [UInt32] = []
            offsets.reserveCapacity(synsetCount)
            for _ in 0..<synsetCount {
                guard let r = field() else { return [] }
                if let v = number(r), v <= Int(UInt32.max) { offsets.append(UInt32(v)) }
            }
            return offsets
        }
    }

    /// The first field of every line (an index file's lemmas, an exception file's inflected forms), in file order,
    /// licence lines left out.
    func keys() -> [String] {
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [String] in
            let b = raw.bindMemory(to: UInt8.self)
            var out: [String] = []
            var start = 0
            while start < b.count {
                var end = start
                while end < b.count && b[end] != 10 { end += 1 }
                if !(end - start > 1 && b[start] == 32 && b[start + 1] == 32) {
                    var k = start
                    while k < end && b[k] != 32 { k += 1 }
                    if k > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<k]), as: UTF8.self)) }
                }
                start = end + 1
            }
            return out
        }
    }

    /// The licence lines at the head of the file, without their line numbers and padding.
    func licenceLines() -> [String] {
        let text = String(decoding: bytes.prefix(8192), as: UTF8.self)
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("  ") else { break }
            let numbered = line.drop { $0 == " " }
            let words = numbered.drop { $0.isNumber }.trimmingCharacters(in: .whitespaces)
            out.append(words)
        }
        return out
    }

    /// Like `lineRange`, for an index file, where every key has one line: the search steps from line start to
    /// line start forward only (`memchr`), without scanning back to the start of the line it lands in.
    private static func indexLineRange(_ b: UnsafeBufferPointer<UInt8>, forKey key: String) -> Range<Int>? {
        guard let base = b.baseAddress else { return nil }
        var key = key
        return key.withUTF8 { needle -> Range<Int>? in
            /// The start of the line after the one holding `p`, or the end of the file.
            func nextLine(after p: Int) -> Int {
                guard p < b.count, let newline = memchr(base + p, 10, b.count - p) else { return b.count }
                return base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            }
            // Lines starting in low..<high are left to compare; low is always a line start.
            var low = 0, high = b.count
            while low < high {
                let mid = (low + high) / 2
                var start = mid == low ? low : nextLine(after: mid - 1)
                if start >= high { start = low }
                // Licence lines sort before every lemma: treat them as smaller.
                let comparison = b.count - start > 1 && b[start] == 32 && b[start + 1] == 32 ? -1 : compare(b, start, needle)
                if comparison == 0 {
                    let first = start + needle.count + 1
                    guard first <= b.count else { return nil }
                    let next = nextLine(after: first)
                    return first..<(next > first && b[next - 1] == 10 ? next - 1 : next)
                }
                if comparison < 0 { low = nextLine(after: start) } else { high = start }
            }
            return nil
        }
    }

    /// The byte range of the line for `key`, after the key and its space.
    private static func lineRange(_ b: UnsafeBufferPointer<UInt8>, forKey key: String) -> Range<Int>? {
        var key = key
        return key.withUTF8 { needle -> Range<Int>? in
            var low = 0, high = b.count
            while low < high {
                let mid = (low + high) / 2
                var start = mid
                while start > 0 && b[start - 1] != 10 { start -= 1 }
                // Licence lines sort before every lemma: treat them as smaller.
                let comparison = b.count - start > 1 && b[start] == 32 && b[start + 1] == 32 ? -1 : compare(b, start, needle)
                if comparison == 0 {
                    let first = start + needle.count + 1
                    guard first <= b.count else { return nil }
                    var end = first
                    while end < b.count && b[end] != 10 { end += 1 }
                    return first..<end
                }
                if comparison < 0 {
                    var end = mid
                    while end < b.count && b[end] != 10 { end += 1 }
                    low = end + 1
                } else {
                    high = start
                }
            }
            return nil
        }
    }

    /// The lexicographer file number of the synset at `offset` (its line's second field).
    func lexicographerFile(at offset: Int) -> Int? {
        guard offset >= 0, offset < bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
            var k = offset
            while k < b.count && b[k] != 32 { k += 1 }
            k += 1
            var v = 0, digits = 0
            while k < b.count, (48...57).contains(b[k]) { v = v * 10 + Int(b[k]) - 48; k += 1; digits += 1 }
            return digits > 0 ? v : nil
        }
    }

    /// Whether the synset at `offset` writes `lemma` (an index key: lower-case, underscores) with a capital: a proper
    /// name ("Town", the architect), not a common noun ("town").
    func writesCapitalized(at offset: Int, lemma: String) -> Bool {
        guard offset >= 0, offset < bytes.count else { return false }
        let key = Array(lemma.utf8)
        return bytes.withUnsafeBytes { raw -> Bool in
            let b = raw.bindMemory(to: UInt8.self)
            var k = offset
            func field() -> Range<Int> {
                while k < b.count && b[k] == 32 { k += 1 }
                let start = k
                while k < b.count && b[k] != 32 && b[k] != 10 { k += 1 }
                return start..<k
            }
            _ = field(); _ = field(); _ = field()
            var count = 0
            for i in field() { count = count * 16 + Int(b[i] <= 57 ? b[i] - 48 : (b[i] | 32) - 87) }
            for _ in 0..<count {
                let w = field()
                _ = field()
                let letters = w.prefix { b[$0] != 40 }  // without an adjective marker
                guard letters.count == key.count,
                      zip(letters, key).allSatisfy({ ((65...90).contains(b[$0]) ? b[$0] + 32 : b[$0]) == $1 }) else { continue }
                return (65...90).contains(b[w.lowerBound])
            }
            return false
        }
    }

    /// A synset of a data file, parsed from the bytes at `offset` without splitting the line: its words (when
    /// `withWords`; lower-cased, spaces for underscores, markers like "(a)" dropped) and its pointers (symbol as one or two bytes, target as offset × 4 + part of speech).
    /// With `until`, the pointers stop after the first one of that symbol (whether a synset has one is known
    /// without reading a long list of narrower senses).
    func synset(at offset: Int, withWords: Bool, until: UInt16? = nil) -> (words: [String], pointers: [(symbol: UInt16, target: UInt32)])? {
        guard offset >= 0, offset < bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw -> (words: [String], pointers: [(symbol: UInt16, target: UInt32)])? in
            let b = raw.bindMemory(to: UInt8.self)
            var k = offset
            /// The next field's byte range.
            func field() -> Range<Int>? {
                while k < b.count && b[k] == 32 { k += 1 }
                let start = k
                while k < b.count && b[k] != 32 && b[k] != 10 { k += 1 }
                return start < k ? start..<k : nil
            }
            func number(_ r: Range<Int>, radix: Int) -> Int? {
                var v = 0
                for i in r {
                    let c = b[i]
                    let d: Int
                    switch c {
                    case 48...57: d = Int(c) - 48
                    case 97...102 where radix == 16: d = Int(c) - 87
                    default: return nil
                    }
                    v = v * radix + d
                }
                return v
            }
            // offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos source/target)…
            guard field() != nil, field() != nil, field() != nil, let wc = field(), let wordCount = number(wc, radix: 16) else { return nil }
            var words: [String] = []
            for _ in 0..<wordCount {
                guard let w = field(), field() != nil else { return nil }
                if withWords {
                    // Lower-cased, spaces for underscores, without an adjective marker ("(a)").
                    var out: [UInt8] = []
                    out.reserveCapacity(w.count)
                    for i in w {
                        let c = b[i]
                        if c == 40 { break }
                        out.append(c == 95 ? 32 : (65...90).contains(c) ? c + 32 : c)
                    }
                    words.append(String(decoding: out, as: UTF8.self))
                }
            }
            guard let pc = field(), let pointerCount = number(pc, radix: 10) else { return nil }
            var pointers: [(symbol: UInt16, target: UInt32)] = []
            pointers.reserveCapacity(pointerCount)
            for _ in 0..<pointerCount {
                guard let sym = field(), let off = field(), let pos = field(), field() != nil,
                      let target = number(off, radix: 10) else { return nil }
                let symbol = UInt16(b[sym.lowerBound]) << 8 | UInt16(sym.count > 1 ? b[sym.lowerBound + 1] : 0)
                let code: UInt32
                switch b[pos.lowerBound] {
                case 110: code = 0  // n
                case 118: code = 1  // v
                case 97, 115: code = 2  // a, s
                default: code = 3  // r
                }
                pointers.append((symbol, UInt32(target) * 4 + code))
                if symbol == until { break }
            }
            return (words, pointers)
        }
    }

    /// Compares the line's first field (up to a space) with `needle`: negative when the line sorts first.
    private static func compare(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while true {
            let p = start + i
            let lineEnded = p >= b.count || b[p] == 32 || b[p] == 10
            if i == needle.count { return lineEnded ? 0 : 1 }
            if lineEnded { return -1 }
            if b[p] != needle[i] { return b[p] < needle[i] ? -1 : 1 }
            i += 1
        }
    }
}
