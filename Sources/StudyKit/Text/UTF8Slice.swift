extension String {
    /// The part of the string between two UTF-8 byte offsets (the unit of every range in the model).
    public func slice(utf8 range: Range<Int>) -> String {
        let view = utf8
        let lower = view.index(view.startIndex, offsetBy: range.lowerBound)
        let upper = view.index(lower, offsetBy: range.count)
        return String(self[lower..<upper])
    }
}
