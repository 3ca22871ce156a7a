/// Where a sentence breaks into clauses, and how much of it comes before the break. A sentence is labelled with
/// the component that covers most of it, so a sentence holding a short claim and a long reason ("X, because Y…")
/// is a premise, and a long concession before a short position is the concession's component: the share of the
/// sentence before its clause break says which part is longer.
extension ComponentFeatures {
    /// The kinds of clause break, as feature names say them.
    static let clauseBreakNames = [
        "a reason marker inside", "a conclusion marker inside", "a contrast marker inside", "a concession marker inside",
        "an example marker inside", "a stance marker inside", "the end of an opening reason clause",
        "the end of an opening concession clause", "a semicolon or colon", "a comma before 'which' or 'who'",
        "the first comma after the third word",
    ]

    /// The quarters of a sentence, as feature names say them.
    static let quarters = ["in its first quarter", "in its second quarter", "in its third quarter", "in its last quarter"]

    /// Each clause break of a sentence (an index into `clauseBreakNames`, the first of each kind) and the quarter of the
    /// sentence's words before it (an index into `quarters`).
    /// - Parameters:
    ///   - f: the sentence's markers.
    ///   - tokens: the sentence's words.
    ///   - words: the text's vocabulary words by number.
    ///   - bytes: the text, for the punctuation between words.
    static func clauseBreaks(_ f: SentenceFeatures, tokens: ArraySlice<Token>, words: [String], bytes: [UInt8]) -> [(kind: Int, quarter: Int)] {
        let n = tokens.count
        guard n >= 4 else { return [] }
        var found = Array(repeating: -1, count: clauseBreakNames.count)
        func mark(_ kind: Int, _ at: Int) { if found[kind] < 0, at > 0, at < n { found[kind] = at } }
        let inside: [DiscourseMarkers.Cue] = [.reason, .conclusion, .contrast, .concession, .example, .stance]
        for m in f.matches {
            if let i = inside.firstIndex(of: m.cue), !m.initial { mark(i, m.offset) }
        }
        let opensReason = f.matches.contains { $0.initial && $0.cue == .reason && $0.offset <= 2 }
        let opensConcession = f.matches.contains { $0.initial && $0.cue == .concession && $0.offset <= 2 }
        let first = tokens.startIndex
        for j in (first + 1)..<tokens.endIndex {
            let gap = bytes[Int(tokens[j - 1].end)..<Int(tokens[j].start)]
            let at = j - first
            if gap.contains(0x3B) || gap.contains(0x3A) { mark(8, at) }
            guard gap.contains(0x2C) else { continue }
            if opensReason { mark(6, at) }
            if opensConcession { mark(7, at) }
            let word = words[Int(tokens[j].word)]
            if word == "which" || word == "who" { mark(9, at) }
            if at >= 3 { mark(10, at) }
        }
        return found.enumerated().compactMap { kind, at -> (kind: Int, quarter: Int)? in
            at < 0 ? nil : (kind: kind, quarter: min(3, 4 * at / n))
        }
    }
}
