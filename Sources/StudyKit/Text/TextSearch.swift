#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether `other` occurs in this string, comparing UTF-8 bytes (no Unicode folding): a byte search that
    /// reads a long essay at memory speed, where Foundation's `contains` converts it to UTF-16 on every call.
    func containsBytes(of other: String) -> Bool {
        var haystack = self
        var needle = other
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard h.count >= n.count else { return false }
                // Candidates by the needle's first byte (memchr), each checked with memcmp.
                let first = Int32(n[0])
                var start = h.baseAddress!
                let last = h.baseAddress! + (h.count - n.count)
                while start <= last {
                    guard let hit = memchr(start, first, last - start + 1) else { return false }
                    let p = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(p, n.baseAddress!, n.count) == 0 { return true }
                    start = p + 1
                }
                return false
            }
        }
    }
}
