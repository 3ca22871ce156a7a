/// The sections' part of a correction: a split or a merge. Section numbers follow reading order again afterwards.
extension CorrectionWork {
    /// Starts a new section at a paragraph (by index).
    mutating func split(at p: Int) throws(CorrectionsError) {
        guard let s = sections.firstIndex(where: { $0.paragraphs.contains(p) }) else {
            throw CorrectionsError("P\(p + 1) is in no section")
        }
        let old = sections[s]
        guard old.paragraphs.lowerBound != p else { throw CorrectionsError("P\(p + 1) already starts §\(s + 1)") }
        let terms = sectionKeyTerms.indices.contains(s) ? sectionKeyTerms[s] : []
        let parts = [old.paragraphs.lowerBound..<p, p..<old.paragraphs.upperBound]
        var made: [Section] = []
        var madeTerms: [[KeyTerm]] = []
        for (n, part) in parts.enumerated() {
            let sentences = base.paragraphs[part.lowerBound].sentences.lowerBound..<base.paragraphs[part.upperBound - 1].sentences.upperBound
            let partTerms = terms.compactMap { t -> KeyTerm? in
                let inside = t.sentences.filter { sentences.contains($0) }
                return inside.isEmpty ? nil : KeyTerm(text: t.text, score: t.score, sentences: inside)
            }
            let label = n == 0 ? old.label : partTerms.first.map { Self.capitalised($0.text) } ?? old.label
            made.append(Section(number: 0, paragraphs: part, label: label,
                                centralSentence: central(in: sentences, terms: partTerms, keeping: old.centralSentence)))
            madeTerms.append(partTerms)
        }
        sections.replaceSubrange(s...s, with: made)
        if sectionKeyTerms.indices.contains(s) { sectionKeyTerms.replaceSubrange(s...s, with: madeTerms) }
        renumber()
    }

    /// Makes section `s` and the next one one section, under the first one's name.
    mutating func merge(_ s: Int) {
        let a = sections[s], b = sections[s + 1]
        var terms: [KeyTerm] = []
        if sectionKeyTerms.indices.contains(s + 1) {
            var byText: [String: KeyTerm] = [:]
            var order: [String] = []
            for t in sectionKeyTerms[s] + sectionKeyTerms[s + 1] {
                if let seen = byText[t.text] {
                    byText[t.text] = KeyTerm(text: t.text, score: max(seen.score, t.score),
                                             sentences: Array(Set(seen.sentences + t.sentences)).sorted())
                } else {
                    byText[t.text] = t
                    order.append(t.text)
                }
            }
            terms = order.compactMap { byText[$0] }.sorted { $0.score > $1.score }
            sectionKeyTerms.replaceSubrange(s...(s + 1), with: [terms])
        }
        sections.replaceSubrange(s...(s + 1), with: [Section(number: 0, paragraphs: a.paragraphs.lowerBound..<b.paragraphs.upperBound,
                                                            label: a.label, centralSentence: a.centralSentence)])
        renumber()
    }

    /// Records on the gap before a paragraph (by index) that the reader put a boundary there or took it away, so
    /// `sections --explain` tells the sections as they are.
    mutating func mark(gapBefore p: Int, boundary: Bool, _ c: Correction) {
        guard let i = sectionGaps.firstIndex(where: { $0.paragraphIndex == p }) else { return }
        let g = sectionGaps[i]
        sectionGaps[i] = SectionGap(paragraphIndex: g.paragraphIndex, cohesion: g.cohesion, depth: g.depth, cues: g.cues,
                                    score: g.score, isBoundary: boundary,
                                    reason: (boundary ? "a section starts here: " : "no section starts here: ") + Self.setBy(c))
    }

    /// The section's central sentence: the one kept when it lies inside, else the one holding most key terms.
    private func central(in sentences: Range<Int>, terms: [KeyTerm], keeping kept: Int) -> Int {
        if sentences.contains(kept) { return kept }
        var hits: [Int: Int] = [:]
        for t in terms { for k in t.sentences { hits[k, default: 0] += 1 } }
        return sentences.max { (hits[$0] ?? 0, -$0) < (hits[$1] ?? 0, -$1) } ?? sentences.lowerBound
    }

    private mutating func renumber() {
        sections = sections.enumerated().map { i, s in
            Section(number: i + 1, paragraphs: s.paragraphs, label: s.label, centralSentence: s.centralSentence)
        }
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
