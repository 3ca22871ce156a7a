/// Divides the essay into topical sections (see `SectionSegmenter`): fills `draft.sections` and, for every gap
/// between adjacent paragraphs, `draft.sectionGaps` with why a section does or does not start there.
///
/// Each section gets its paragraph range and its most central sentence (the one most similar to the rest of the
/// section). Its `label` is the heading's title when the essay's Markdown headings define the sections; otherwise
/// (and for a first section that has no heading) it is left empty here, and the key-term stage, which runs next,
/// fills it from the section's key terms.
struct SectionStage: AnalysisStage {
    let name = "sections"
    let segmenter = SectionSegmenter()

    func run(_ draft: inout AnalysisDraft) {
        draft.sections = []
        draft.sectionGaps = []
        guard !draft.paragraphs.isEmpty else { return }

        // Content stems of every sentence, and what the segmenter reads of each paragraph.
        var vectors = SectionSegmenter.StemVectors()
        let tokens = draft.tokens
        for sentence in draft.sentences {
            vectors.append(stems: tokens[sentence.tokens].lazy.filter { !$0.flags.contains(.stopWord) }.map(\.stem))
        }
        let openings = draft.paragraphs.map { p in
            draft.bytes[p.sentences.isEmpty ? p.range : draft.sentences[p.sentences.lowerBound].range]
        }
        let input = SectionSegmenter.Input(sentences: vectors, paragraphs: draft.paragraphs.map(\.sentences),
                                           openings: openings, headings: draft.paragraphs.map { $0.heading?.title })
        let result = segmenter.segment(input)

        let sentenceRanges = result.sections.map { r in
            draft.paragraphs[r.lowerBound].sentences.lowerBound..<draft.paragraphs[r.upperBound - 1].sentences.upperBound
        }
        let central = SectionSegmenter.centralSentences(vectors, in: sentenceRanges)
        draft.sections = result.sections.indices.map { i in
            let paragraphs = result.sections[i]
            let heading = result.byHeadings ? draft.paragraphs[paragraphs.lowerBound].heading?.title : nil
            return Section(number: i + 1, paragraphs: paragraphs, label: heading ?? "", centralSentence: central[i])
        }
        draft.sectionGaps = result.gaps
    }
}
