extension SplitScan {
    /// `。`, `！`, `？` (and the half-width `｡`) end a sentence with no space after them, unless a closing bracket or
    /// quote (`」`, `』`, `）`) follows: the quoted sentence is then part of the one around it.
    mutating func ideographicStop(at i: Int) -> Int {
        func stopAt(_ p: Int) -> Bool {
            guard p + 2 < n else { return false }
            let (x, y, z) = (b[p], b[p + 1], b[p + 2])
            return (x == 0xE3 && y == 0x80 && z == 0x82) || (x == 0xEF && y == 0xBC && (z == 0x81 || z == 0x9F))
                || (x == 0xEF && y == 0xBD && z == 0xA1)
        }
        func closerAt(_ p: Int) -> Bool {
            guard p + 2 < n else { return false }
            let (x, y, z) = (b[p], b[p + 1], b[p + 2])
            return (x == 0xE3 && y == 0x80 && (z == 0x8D || z == 0x8F)) || (x == 0xEF && y == 0xBC && z == 0x89)
        }
        guard stopAt(i) else { return i + 1 }
        var end = i + 3
        while stopAt(end) { end += 3 }
        // A quotation that closes after its stop goes on to the sentence's own stop.
        if closerAt(end) { return end }
        flushMarkers(upTo: end)
        appendCut(end)
        return end
    }
}
