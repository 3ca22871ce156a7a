/// The thesis of a text laid out unlike the essays the model learned from (more paragraphs than
/// `ComponentDecoder.trainedLayoutParagraphs`: a pamphlet, a long op-ed, a speech), where the model's position
/// features say little about where the author states the position the rest of the text argues for. The rule layer
/// adds to the model's position score what the text states explicitly, and the pair of a statement and its
/// restatement is decoded again (`ThesisDecoder`, with the decoder's settings for long texts):
/// - a stance in the author's own voice, first person ("I think", "I believe", "I propose", "we must"), not a
///   signpost ("I shall now…"), not a view reported or quoted;
/// - a call: an obligation modal ("should", "must", "ought to", "let us"; not "should have", not a necessity
///   described, "which is essential");
/// - an assertion: a position stated without first person ("nothing but…", "the only…", "it is time…"), or a call
///   drawn as a conclusion ("Wherefore…, let us…"), in the author's voice.
/// A point the author grants the other side ("It is true, …") is no thesis. The decoder's floor applies to this
/// position score, not to the major-claim probability alone, which the student-essay layout taught the model (a
/// pamphlet's position may lie anywhere). Of a pair that shares no word (two positions rather than one restated),
/// the one stated explicitly is the main thesis, else the earlier. On the annotated essays with their position
/// withheld, the pair decoding finds a major claim in 33% of them with the first two signals against 25% without
/// (chance: 12%). The learned reading stays for every other sentence; a sentence that leaves the thesis takes its
/// likeliest other component.
struct ThesisChoice: Sendable {
    /// What a first-person stance adds to a sentence's position score.
    var stance = 0.5
    /// What a call adds.
    var call = 0.25
    /// What a position stated without first person, or a call drawn as a conclusion, adds.
    var assertion = 0.25

    /// The obligation markers that make a call: modal verbs and "let us", not a necessity described ("which is
    /// essential", "what we have to trust to") nor a bare "let" ("let me add", "parents let their children").
    static let callMarkers: Set<String> = ["should", "must", "ought", "let us"]

    /// Whether a sentence states a stance in the author's own voice, first person.
    static func statesStance(_ f: SentenceFeatures) -> Bool {
        authorSpeaks(f) && f.matches.contains {
            guard $0.cue == .stance else { return false }
            let text = DiscourseMarkers.english[$0.marker].text
            return text.hasPrefix("i ") || text.hasPrefix("we ")
        }
    }

    /// Whether a sentence calls for something in the author's own voice.
    static func calls(_ f: SentenceFeatures) -> Bool {
        authorSpeaks(f) && f.obliges
            && f.matches.contains { $0.cue == .obligation && callMarkers.contains(DiscourseMarkers.english[$0.marker].text) }
    }

    /// Whether a sentence asserts a position in the author's voice without first person ("nothing but
    /// independence can…", "the only answer is…"), or draws a call as a conclusion ("Wherefore…, let us…"); a
    /// consequence drawn ("Thus the landlord will…") is a step of the argument, not its position.
    static func asserts(_ f: SentenceFeatures) -> Bool {
        authorSpeaks(f) && ((f.has(.stance) && !statesStance(f)) || (f.opens(.conclusion) && calls(f)))
    }

    /// The author's own words, not a signpost of the text's order, a question, a quotation or a reported view.
    static func authorSpeaks(_ f: SentenceFeatures) -> Bool {
        !f.has(.signpost) && !f.question && f.attribution == nil && f.quotedShare == 0
    }

    /// Whether a sentence may be the thesis here: not in another's voice, and not a point the author grants the
    /// other side ("It is true, …", "Admittedly, …").
    static func mayState(_ k: Int, _ base: [SentenceFeatures], excluded: (Int) -> Bool) -> Bool {
        !excluded(k) && base[k].grants == nil
    }

    /// What the explicit signals add to a sentence's score.
    func explicitness(_ f: SentenceFeatures) -> Double {
        (Self.statesStance(f) ? stance : 0) + (Self.calls(f) ? call : 0) + (Self.asserts(f) ? assertion : 0)
    }

    /// Each sentence's position score: the model's, as the decoder reads it for long texts, plus the explicit signals.
    func positions(_ base: [SentenceFeatures], probabilities: [[Double]], decoder: ThesisDecoder) -> [Double] {
        let mc = ArgumentComponent.majorClaim.index, cl = ArgumentComponent.claim.index
        return base.indices.map { probabilities[$0][mc] + decoder.claimWeight * probabilities[$0][cl] + explicitness(base[$0]) }
    }

    /// The reading with the thesis chosen again (unchanged when it stays the same).
    func choose(_ reading: ComponentDecoder.Reading, base: [SentenceFeatures], probabilities: [[Double]],
                decoder: ThesisDecoder, stems: [[Int32]], excluded: (Int) -> Bool) -> ComponentDecoder.Reading {
        let position = positions(base, probabilities: probabilities, decoder: decoder)
        // The floor applies to the position score (see above), so the decoding itself lets every sentence through.
        var pairs = decoder
        pairs.floor = -.infinity
        let found = pairs.decode(probabilities, position: position, paragraphOf: base.map(\.paragraph), stems: stems,
                                 excluded: { !Self.mayState($0, base, excluded: excluded) || !(position[$0] >= decoder.floor) })
        var thesis = found.sentences
        // Two sentences that share no word are two positions, not one restated: where the model's probability
        // says little, the one the author states explicitly comes first, else the earlier.
        if thesis.count == 2, ComponentDecoder.overlaps(stems, with: thesis[0])[thesis[1]] == 0 {
            let (a, b) = (explicitness(base[thesis[0]]), explicitness(base[thesis[1]]))
            if b > a || (b == a && thesis[1] < thesis[0]) { thesis.swapAt(0, 1) }
        }
        guard !thesis.isEmpty, thesis != reading.thesis else { return reading }
        let components = reading.components.indices.map { k -> ArgumentComponent in
            if thesis.contains(k) { return .majorClaim }
            guard reading.components[k] == .majorClaim else { return reading.components[k] }
            let p = probabilities[k]
            return [ArgumentComponent.claim, .premise, .none].max { p[$0.index] < p[$1.index] }!
        }
        return ComponentDecoder.Reading(components: components, thesis: thesis, thesisConfidence: found.confidence)
    }
}
