/// Divides the essay into sections (see `SectionSegmenter`).
struct SectionStage: AnalysisStage {
    let name = "sections"

    func run(_ draft: inout AnalysisDraft) {
        guard !draft.paragraphs.isEmpty else { return }
        draft.sections = [Section(number: 1, paragraphs: 0..<draft.paragraphs.count, label: "", centralSentence: 0)]
    }
}
