// TEMPORARY stand-in by the lead, to be replaced by the real splitter (helper owns this file).
public struct SentenceSplitter: Sendable {
    public init() {}
    public func sentenceRanges(in text: String) -> [Range<Int>] {
        let b = Array(text.utf8)
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < b.count {
            if (b[i] == 46 || b[i] == 63 || b[i] == 33), i + 1 == b.count || b[i + 1] == 32 {
                out.append(start..<(i + 1)); start = i + 2
            }
            i += 1
        }
        if start < b.count { out.append(start..<b.count) }
        return out
    }
    public func sentences(in text: String) -> [String] { sentenceRanges(in: text).map { text.slice(utf8: $0) } }
}
