/// Finds named entities and their mentions (see `EntityRecognizer`).
struct EntityStage: AnalysisStage {
    let name = "entities"

    func run(_ draft: inout AnalysisDraft) {}
}
