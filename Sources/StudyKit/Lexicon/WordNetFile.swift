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
        let needle = Array(key.utf8)
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Substring? in
            let b = raw.bindMemory(to: UInt8.self)
            var low = 0, high = b.count
            while low < high {
                let mid = (low + high) / 2
                var start = mid
                while start > 0 && b[start - 1] != 10 { start -= 1 }
                // Licence lines sort before every lemma: treat them as smaller.
                let comparison = b.count - start > 1 && b[start] == 32 && b[start + 1] == 32 ? -1 : compare(b, start, needle)
                if comparison == 0 { return Self.rest(b, from: start + needle.count + 1) }
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

    /// The line at a byte offset (a data file's synset), up to its newline.
    func line(at offset: Int) -> Substring? {
        guard offset >= 0, offset < bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw in Self.rest(raw.bindMemory(to: UInt8.self), from: offset) }
    }

    /// Compares the line's first field (up to a space) with `needle`: negative when the line sorts first.
    private func compare(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ needle: [UInt8]) -> Int {
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

    private static func rest(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Substring? {
        guard start <= b.count else { return nil }
        var end = start
        while end < b.count && b[end] != 10 { end += 1 }
        return Substring(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
    }
}
