/// Finds named entities and their mentions (see `EntityRecognizer`).
struct EntityStage: AnalysisStage {
    let name = "entities"
    let recognizer = EntityRecognizer()

    func run(_ draft: inout AnalysisDraft) {
        draft.entities = recognizer.entities(bytes: draft.bytes, sentences: draft.sentences, tokens: draft.tokens,
                                             vocabulary: draft.vocabulary)
    }
}
