extension String {
    /// The string without the given characters at either end ("  P3 " → "P3").
    public func trimmingCharacters(inSet set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
