/// A stable, human-typable id for a part of the model: `P3` (paragraph 3), `S3.2` (paragraph 3, sentence 2),
/// `§2` (section 2). Numbers start at 1.
public enum ModelID: Hashable, Sendable, CustomStringConvertible, Comparable {
    case paragraph(Int)
    case sentence(paragraph: Int, index: Int)
    case section(Int)

    /// Parses `P3`, `p3`, `S3.2`, `3.2`, `§2`, `sec2`. A bare number is not an id (it is ambiguous).
    public init?(_ text: String) {
        let t = text.trimmingCharacters(inSet: " ")
        if t.hasPrefix("§") {
            guard let n = Int(t.dropFirst()), n > 0 else { return nil }
            self = .section(n)
        } else if t.lowercased().hasPrefix("sec"), let n = Int(t.dropFirst(3)), n > 0 {
            self = .section(n)
        } else if let first = t.first, first == "P" || first == "p" {
            guard let n = Int(t.dropFirst()), n > 0 else { return nil }
            self = .paragraph(n)
        } else {
            let body = (t.first == "S" || t.first == "s") ? t.dropFirst() : t[...]
            let parts = body.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, let p = Int(parts[0]), let s = Int(parts[1]), p > 0, s > 0 else { return nil }
            self = .sentence(paragraph: p, index: s)
        }
    }

    public var description: String {
        switch self {
        case .paragraph(let n): return "P\(n)"
        case .sentence(let p, let s): return "S\(p).\(s)"
        case .section(let n): return "§\(n)"
        }
    }

    private var sortKey: (Int, Int, Int) {
        switch self {
        case .section(let n): return (0, n, 0)
        case .paragraph(let n): return (1, n, 0)
        case .sentence(let p, let s): return (1, p, s)
        }
    }

    public static func < (a: ModelID, b: ModelID) -> Bool { a.sortKey < b.sortKey }
}
