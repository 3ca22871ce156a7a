/// Finds the essay's argument (see `ArgumentMap`): who holds each view (`AttributionFinder`), the features of each
/// sentence (`SentenceFeatures`, `ComponentFeatures`), the learned component probabilities (`ComponentModel`; in a
/// text laid out like the training essays, each paragraph read as a whole by `ParagraphChain`), one coherent reading
/// of the essay (`ComponentDecoder`: thesis, restatement, a claim per body paragraph; in a text longer than the
/// training essays, the thesis chosen again with what the text states explicitly, `ThesisChoice`, and a claim found
/// without the place features for a paragraph left without one, `LongTextClaims`), the finer role of every sentence (`RoleClassifier`) and the supports/attacks links (`RelationFinder`). Linear in the text: one pass
/// over the tokens for markers and stems, comparisons only against the thesis and paragraph sets.
struct ArgumentStage: AnalysisStage {
    let name = "argument"
    var attributionFinder = AttributionFinder()
    var decoder = ComponentDecoder()
    var thesisChoice = ThesisChoice()
    var classifier = RoleClassifier()
    var relationFinder = RelationFinder()

    func run(_ draft: inout AnalysisDraft) {
        guard !draft.sentences.isEmpty else { draft.argument = ArgumentMap(); return }
        let paragraphs = draft.paragraphs.map(\.sentences)
        // The chain reads texts laid out like the essays it learned from, the per-sentence model the others (whose
        // scores the long-text rules, `ThesisChoice` and `LongTextClaims`, were tuned on); each file is read only
        // when a text needs it.
        let file = ParagraphChainFile.reads(paragraphs: paragraphs.count, decoder: decoder) ? ParagraphChainFile.shipped : nil
        let model = file?.emissions ?? ComponentModel.shipped
        var numbering = model
        var base = baseFeatures(draft)
        let features = ComponentFeatures.extract(draft, base: base, numbering: &numbering)
        let scores = features.map(model.scores)
        let probabilities = file?.chain.probabilities(scores, paragraphs: paragraphs, cue: { ParagraphChain.cue(base[$0]) })
            ?? scores.map(ComponentModel.softmax)
        let stems = ComponentFeatures.contentStems(draft)
        var reading = decoder.decode(probabilities, paragraphs: paragraphs, stems: stems,
                                     excluded: { Self.voiceOfOther(base[$0]) })
        if draft.paragraphs.count > decoder.trainedLayoutParagraphs {
            reading = thesisChoice.choose(reading, base: base, probabilities: probabilities, decoder: decoder.longText,
                                          stems: stems, excluded: { Self.voiceOfOther(base[$0]) })
            reading = LongTextClaims().choose(reading, decoder: decoder, paragraphs: paragraphs,
                                              features: features, model: model, stems: stems,
                                              excluded: { Self.voiceOfOther(base[$0]) || base[$0].opens(.reason)
                                                          || RoleClassifier.evidenceKind(base[$0]) != nil })
        }
        SentenceFeatures.measureOverlap(&base, thesis: reading.thesis, draft: draft)
        let roles = classifier.classify(base, reading: reading, probabilities: probabilities, features: features, model: model)
        let relations = relationFinder.find(base, roles: roles, thesis: reading.thesis, paragraphs: draft.paragraphs)
        var attributions: [Int: ArgumentMap.Attribution] = [:]
        for (k, f) in base.enumerated() { if let a = f.attribution { attributions[k] = a } }
        draft.argument = ArgumentMap(assignments: roles, relations: relations, thesis: reading.thesis,
                                     attributions: attributions)
    }

    /// The rule features and the model features (by name) of every sentence: what training reads.
    func features(_ draft: AnalysisDraft) -> (base: [SentenceFeatures], model: [[ComponentFeatures.Value]]) {
        let base = baseFeatures(draft)
        return (base, ComponentFeatures.extract(draft, base: base))
    }

    /// The rule features of every sentence.
    func baseFeatures(_ draft: AnalysisDraft) -> [SentenceFeatures] {
        let attributions = attributionFinder.find(tokens: draft.tokens, sentences: draft.sentences, bytes: draft.bytes,
                                                  vocabulary: draft.vocabulary, entities: draft.entities)
        return SentenceFeatures.extract(draft, attributions: attributions)
    }

    /// Whether a sentence speaks in another voice than the author's (a question, a quotation, someone else's view
    /// stated as theirs, a short point granted to the other side), so that it may not be the author's thesis.
    static func voiceOfOther(_ f: SentenceFeatures) -> Bool {
        f.question || f.statesOtherView || f.quotedShare > 0.5 || (f.opens(.concession) && !f.hasInside(.contrast) && f.words <= 12)
    }

    /// A document analysed up to (not including) this stage.
    static func draftBeforeArgument(_ document: Document, source: EssaySource) -> AnalysisDraft {
        var draft = AnalysisDraft(document: document, source: source)
        for stage in Analyzer().stages where !(stage is ArgumentStage) { stage.run(&draft) }
        return draft
    }
}
