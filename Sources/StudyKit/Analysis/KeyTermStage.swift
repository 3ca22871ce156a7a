/// Ranks key terms for the essay and for each section (see `KeyTermExtractor`), and labels every section that has
/// no label yet (no heading) with a noun phrase from its central sentence (see `SectionLabeler`).
struct KeyTermStage: AnalysisStage {
    let name = "key terms"
    var extractor = KeyTermExtractor()

    /// The longest label a section gets from its key terms, in characters.
    static let labelLimit = 40

    func run(_ draft: inout AnalysisDraft) {
        let result = extractor.extract(from: draft)
        draft.keyTerms = result.essay
        draft.sectionKeyTerms = result.sections
        draft.sections = Self.labelled(draft.sections, keyTerms: result.sections, draft: draft)
    }

    /// The sections with every empty label filled by `SectionLabeler` (a noun phrase from the section's central
    /// sentence), different from every other section's label. When the best phrase is already used, the next is
    /// tried; a section with no key terms is labelled with its first words.
    static func labelled(_ sections: [Section], keyTerms: [[KeyTerm]], draft: AnalysisDraft) -> [Section] {
        var used = Set(sections.map { $0.label.lowercased() }.filter { !$0.isEmpty })
        let labeler = SectionLabeler(draft: draft)
        return sections.enumerated().map { k, section in
            guard section.label.isEmpty else { return section }
            let terms = k < keyTerms.count ? keyTerms[k] : []
            var label = labeler.candidates(for: section, terms: terms).first { !used.contains($0.lowercased()) } ?? ""
            if label.isEmpty { label = Self.openingWords(of: section, draft: draft) }
            if label.isEmpty || used.contains(label.lowercased()) {
                label = (label.isEmpty ? "section" : label) + " (§\(section.number))"
            }
            used.insert(label.lowercased())
            return Section(number: section.number, paragraphs: section.paragraphs, label: label,
                           centralSentence: section.centralSentence)
        }
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
