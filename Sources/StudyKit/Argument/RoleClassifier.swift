/// Gives every sentence its finer role: the learned component (`ComponentDecoder`), refined by rules where the text
/// gives an explicit signal.
///
/// - A major claim is a **thesis**.
/// - A question mark makes a **question**.
/// - Words in quotation marks (most of the sentence, or a quotation its speaker introduces) are the speaker's:
///   **evidence**, from an authority when the speaker is named, else of no kind shown; never the author's claim.
/// - A view stated as someone else's ("critics say", "a cynic might suggest") is an **objection**; a sentence that
///   grants a point in its first words ("although", "admittedly", "of course", "that may be true", "I admit") and
///   is not answered in its first half is a **concession**; a contrast marker ("but", "however", "yet", "still", opening the sentence or inside it) in one
///   of the next three sentences of the paragraph after either is a **rebuttal** (the first such sentence; after
///   that, one that opens with a contrast carries the answer on); so is the author's sentence right after an
///   objection, unmarked (its link is weak), unless it only points back and judges it ("That is a real concern."),
///   which may as well grant the point.
/// - A claim that opens with "for example" or tells of a past case is **evidence** (an example or precedent).
/// - A claim (or a sentence outside the argument) with an obligation modal ("should", "must", "ought to", not
///   "should have") is a **recommendation**; one that says what will happen ("will", "is likely to", "going to") a
///   **prediction**; otherwise a **claim** (or **background**).
/// - A premise is **evidence** when it gives some (see `evidenceKind`); a **recommendation** when the author calls
///   for something with a stance ("I think we should…") or closes a paragraph of reasons with a call ("…so we
///   should do this"); else a **reason**.
/// - Anything else is **background**.
/// The features of each role are the model's (each feature's value × its weight for the component over the
/// runner-up), after the rule that refined it, if any.
struct RoleClassifier: Sendable {
    typealias Feature = ArgumentMap.Feature

    /// How many model features an assignment keeps for `explain`.
    var shown = 10

    func classify(_ base: [SentenceFeatures], reading: ComponentDecoder.Reading, probabilities: [[Double]],
                  features: [[ComponentFeatures.Row]], model: ComponentModel) -> [ArgumentMap.Assignment] {
        var result: [ArgumentMap.Assignment] = []
        result.reserveCapacity(base.count)
        for (k, f) in base.enumerated() {
            let component = reading.components[k]
            let p = probabilities[k]
            // The runner-up component: the likeliest other one.
            let other = ArgumentComponent.allCases.filter { $0 != component }.max { p[$0.index] < p[$1.index] }
            // The nearest opposing view among the last three sentences of the paragraph, and whether a rebuttal
            // already answered it.
            var opposing: (role: ArgumentRole, distance: Int)?
            var answered = false
            for j in stride(from: k - 1, through: max(0, k - 3), by: -1) where base[j].paragraph == f.paragraph {
                if result[j].role == .rebuttal { answered = true }
                if result[j].role.isOpposing { opposing = (result[j].role, k - j); break }
            }
            let (role, rule) = refine(component, f, opposing: opposing, answered: answered)
            var list = model.contributions(features[k], for: component, against: other, limit: shown)
            if let rule { list.insert(Feature(rule, 0), at: 0) }
            if let position = reading.placeFree[k] {
                list.insert(Feature("its paragraph's claim weighed without its place in the paragraph (a layout unlike the student essays'): a position at \(ComponentModel.percent(position))", 0),
                            at: rule == nil ? 0 : 1)
            }
            let scores = model.scores(features[k])
            result.append(.init(sentence: k, role: role, component: component,
                                confidence: Self.round(reading.thesis.contains(k) ? reading.thesisConfidence : p[component.index]), score: Self.round(scores[component.index]),
                                alternative: other.map(Self.role), evidenceKind: role == .evidence ? Self.evidenceKind(f) ?? .unspecified : nil,
                                features: list, thesisScore: Self.round(p[ArgumentComponent.majorClaim.index]),
                                thesisFeatures: model.contributions(features[k], for: .majorClaim, against: nil, limit: shown)))
        }
        return result
    }

    /// The finer role of one sentence, and the rule that set it (nil when the component's plain role stands).
    func refine(_ component: ArgumentComponent, _ f: SentenceFeatures, opposing: (role: ArgumentRole, distance: Int)?,
                answered: Bool) -> (ArgumentRole, String?) {
        if component == .majorClaim { return (.thesis, nil) }
        if f.question { return (.question, "ends with a question mark") }
        if f.quotedShare > 0.5 || f.introducesQuote {
            return (.evidence, f.attribution.map { "quotes \($0.holder) ('\($0.cue)')" } ?? "a quotation, speaker not named")
        }
        if f.statesOtherView, let a = f.attribution { return (.objection, "states the view of \(a.holder) ('\(a.cue)')") }
        if let m = f.grants, f.words >= 3, !f.has(.contrast) || f.matches.first(where: { $0.cue == .contrast })!.offset > f.words / 2 + 1 {
            return (.concession, "grants a point: '\(DiscourseMarkers.english[m.marker].text)' at its start")
        }
        if opposing != nil, answered ? f.opens(.contrast) : f.has(.contrast) {
            return (.rebuttal, "answers the view before it with \(f.marker(.contrast))")
        }
        if opposing?.role == .objection, opposing?.distance == 1, !f.pointsBack {
            return (.rebuttal, "the author's next sentence after a view reported to answer it (no marker)")
        }
        switch component {
        case .claim, .none:
            if component == .claim, f.opens(.example) && f.givesExample || f.pastCase { return (.evidence, "gives evidence: \(Self.describe(.example, f))") }
            if f.obliges { return (.recommendation, "obligation modal \(f.marker(.obligation))") }
            if let m = Self.predictionMarker(f) { return (.prediction, "says what will happen ('\(m)')") }
            return (component == .claim ? .claim : .background, nil)
        case .premise:
            if let kind = Self.evidenceKind(f) { return (.evidence, "gives evidence: \(Self.describe(kind, f))") }
            // The author's own call ("I think that we should…"): an obligation the author states as a stance.
            if f.obliges, f.has(.stance) { return (.recommendation, "the author's stance \(f.marker(.stance)) with \(f.marker(.obligation))") }
            // The call a paragraph builds to: the author's own obligation modal closing a paragraph of reasons.
            if f.isLastInParagraph, f.number > 1, ThesisChoice.calls(f) {
                return (.recommendation, "the call its paragraph builds to (\(f.marker(.obligation)) in its last sentence)")
            }
            return (.reason, nil)
        case .majorClaim:
            return (.thesis, nil)
        }
    }

    /// The kind of evidence a sentence gives, only from explicit signals: a number (statistic), a named source or a
    /// reporting verb with a named holder (authority), "for example" or a past case (example), else nil. A list
    /// introduced by "such as" is no example of a case.
    static func evidenceKind(_ f: SentenceFeatures) -> EvidenceKind? {
        if f.quotedShare > 0.5 || f.introducesQuote, f.attribution != nil { return .authority }
        if f.givesExample || f.pastCase { return .example }
        if f.citesSource || f.attribution?.isSource == true || (f.attribution != nil && f.names > 0) { return .authority }
        if f.quantities > 0 { return .statistic }
        return nil
    }

    static func describe(_ kind: EvidenceKind, _ f: SentenceFeatures) -> String {
        switch kind {
        case .example: f.givesExample ? "an example \(f.marker(.example))" : "a past case"
        case .authority: f.attribution.map { "a source (\($0.holder))" } ?? "a source \(f.marker(.source))"
        case .statistic: "\(f.quantities) number\(f.quantities == 1 ? "" : "s")"
        case .unspecified: "no kind shown"
        }
    }

    /// The marker of a prediction: "will", "going to", "likely", "unlikely" (not "would", "must be"; not "shall",
    /// which states an intention or a rule as often as what will happen: "it shall take in…", "…shall not perish").
    static func predictionMarker(_ f: SentenceFeatures) -> String? {
        for m in f.matches where m.cue == .possibility {
            let text = DiscourseMarkers.english[m.marker].text
            if ["will", "going to", "likely", "unlikely"].contains(text) { return text }
        }
        return nil
    }

    /// The plain role of a component.
    static func role(_ c: ArgumentComponent) -> ArgumentRole {
        switch c {
        case .majorClaim: .thesis
        case .claim: .claim
        case .premise: .reason
        case .none: .background
        }
    }

    static func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}
