/// Ranks key terms for the essay and for each section (see `KeyTermExtractor`), and labels every section that has
/// no label yet (no heading) with its top key terms.
struct KeyTermStage: AnalysisStage {
    let name = "key terms"
    var extractor = KeyTermExtractor()

    /// The longest label a section gets from its key terms, in characters.
    static let labelLimit = 40
    /// How many key terms a label joins at most.
    static let labelTerms = 3

    func run(_ draft: inout AnalysisDraft) {
        let result = extractor.extract(from: draft)
        draft.keyTerms = result.essay
        draft.sectionKeyTerms = result.sections
        draft.sections = Self.labelled(draft.sections, keyTerms: result.sections, draft: draft)
    }

    /// The sections with every empty label filled: two or three of the section's top key terms joined by ", "
    /// (at most `labelLimit` characters, no two sharing a word), different from every other section's label.
    /// When the best terms give a label already used, the next terms are tried; a section with no key terms is
    /// labelled with its first words.
    static func labelled(_ sections: [Section], keyTerms: [[KeyTerm]], draft: AnalysisDraft) -> [Section] {
        var used = Set(sections.map { $0.label.lowercased() }.filter { !$0.isEmpty })
        return sections.enumerated().map { k, section in
            guard section.label.isEmpty else { return section }
            let terms = k < keyTerms.count ? keyTerms[k].map(\.text) : []
            var label = ""
            for skip in 0..<max(terms.count, 1) {
                let candidate = Self.label(from: terms.dropFirst(skip))
                if !candidate.isEmpty, !used.contains(candidate.lowercased()) {
                    label = candidate
                    break
                }
            }
            if label.isEmpty { label = Self.openingWords(of: section, draft: draft) }
            if label.isEmpty || used.contains(label.lowercased()) {
                label = (label.isEmpty ? "section" : label) + " (§\(section.number))"
            }
            used.insert(label.lowercased())
            return Section(number: section.number, paragraphs: section.paragraphs, label: label,
                           centralSentence: section.centralSentence)
        }
    }

    /// Up to `labelTerms` terms, in order, joined by ", " within `labelLimit` characters; a term sharing a word with
    /// one already taken is passed over. When a long first term leaves room for no other, shorter terms are tried so
    /// that the label names at least two.
    static func label(from terms: ArraySlice<String>) -> String {
        let taken = pick(from: terms)
        if taken.count < 2 {
            let short = pick(from: terms.filter { $0.count <= labelLimit / 2 }[...])
            if short.count >= 2 { return short.joined(separator: ", ") }
        }
        return taken.joined(separator: ", ")
    }

    private static func pick(from terms: ArraySlice<String>) -> [String] {
        var taken: [String] = []
        var words = Set<String>()
        var length = 0
        for term in terms {
            guard taken.count < labelTerms else { break }
            let termWords = Set(term.lowercased().split(separator: " ").map(String.init))
            guard words.isDisjoint(with: termWords) else { continue }
            let added = (taken.isEmpty ? 0 : 2) + term.count
            if length + added > labelLimit {
                if taken.isEmpty { return [shortened(term)] }
                continue
            }
            taken.append(term)
            words.formUnion(termWords)
            length += added
        }
        return taken
    }

    /// The first words of a section, within `labelLimit` characters.
    static func openingWords(of section: Section, draft: AnalysisDraft) -> String {
        guard let p = section.paragraphs.first, draft.paragraphs.indices.contains(p) else { return "" }
        return shortened(draft.document.slice(draft.paragraphs[p].range))
    }

    /// Text cut at a word boundary to fit `labelLimit` characters, with "…" when cut.
    static func shortened(_ text: String) -> String {
        guard text.count > labelLimit else { return text }
        var result = ""
        for word in text.split(separator: " ") {
            if result.count + word.count + 2 > labelLimit { break }
            result += (result.isEmpty ? "" : " ") + word
        }
        if result.isEmpty { result = String(text.prefix(labelLimit - 1)) }
        return result + "…"
    }
}
