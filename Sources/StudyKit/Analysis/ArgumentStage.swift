/// Finds the essay's argument (see `ArgumentMap`): who holds each view (`AttributionFinder`), the features of each
/// sentence (`SentenceFeatures`), the thesis (`ThesisFinder`), a role for every sentence (`RoleClassifier`) and the
/// supports/attacks links (`RelationFinder`). Linear in the text: one pass over the tokens for markers and stems,
/// comparisons only against the thesis.
struct ArgumentStage: AnalysisStage {
    let name = "argument"
    var attributionFinder = AttributionFinder()
    var thesisFinder = ThesisFinder()
    var classifier = RoleClassifier()
    var relationFinder = RelationFinder()

    func run(_ draft: inout AnalysisDraft) {
        guard !draft.sentences.isEmpty else { draft.argument = ArgumentMap(); return }
        let attributions = attributionFinder.find(tokens: draft.tokens, sentences: draft.sentences, bytes: draft.bytes,
                                                  vocabulary: draft.vocabulary, entities: draft.entities)
        var features = SentenceFeatures.extract(draft, attributions: attributions)
        let thesisScores = features.map { thesisFinder.score($0) }
        let thesis = thesisFinder.find(features, scores: thesisScores.map(\.0), draft: draft)
        SentenceFeatures.measureOverlap(&features, thesis: thesis.map(\.sentence), draft: draft)
        let roles = classifier.classify(features, thesis: thesis, thesisScores: thesisScores)
        let relations = relationFinder.find(features, roles: roles, thesis: thesis.map(\.sentence), paragraphs: draft.paragraphs)
        draft.argument = ArgumentMap(assignments: roles, relations: relations, thesis: thesis.map(\.sentence),
                                     attributions: attributions)
    }
}
