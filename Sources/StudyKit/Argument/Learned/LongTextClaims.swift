/// The claims of the body paragraphs of a text longer than the essays the model learned from (more paragraphs than
/// `ComponentDecoder.trainedLayoutParagraphs`: a pamphlet, a long op-ed, a speech).
///
/// The model learned where a student puts a paragraph's claim (its first sentence, now and then its last), and its
/// features of a sentence's place in its paragraph weigh heavily: a paragraph that opens with context and states its
/// point later, or a long one, leaves every sentence below the decoder's claim floor, and the paragraph without a
/// claim. Such a paragraph is not laid out as the model learned, so its sentences are weighed again without those
/// features (the model's own weights for everything else: markers and where they stand, modals, first person,
/// words, overlaps), and the sentence likeliest to state a position (a claim or a major claim, plus the decoder's
/// bonus for sharing the thesis's words) becomes its claim when it reaches the decoder's claim floor. Only the
/// author's own statements are weighed: not another's voice, and not a sentence that gives evidence (a number, a
/// source, an example) or opens as a reason ("for", "because"), which supports a claim rather than states one. A
/// paragraph with a claim keeps it; every other sentence keeps its component.
struct LongTextClaims: Sendable {
    /// Whether a feature names a sentence's place in its paragraph or its paragraph's length (the layout the
    /// student essays taught; see `ComponentFeatures`).
    static func placesInParagraph(_ name: String) -> Bool {
        name.hasPrefix("sentence ") || name.hasPrefix("paragraph of ") || name == "alone in its paragraph"
    }

    /// The reading with a claim given to each body paragraph that has none and whose sentence likeliest to state a
    /// position, weighed without its place, reaches `decoder.claimFloor`. `excluded`: the sentences that may not be
    /// a claim (another's voice, evidence or a reason given).
    func choose(_ reading: ComponentDecoder.Reading, decoder: ComponentDecoder, paragraphs: [Range<Int>],
                features: [[ComponentFeatures.Row]], model: ComponentModel, stems: [[Int32]],
                excluded: (Int) -> Bool) -> ComponentDecoder.Reading {
        guard paragraphs.count >= 3 else { return reading }
        let overlap = reading.thesis.first.map { ComponentDecoder.overlaps(stems, with: $0) }
            ?? Array(repeating: 0, count: reading.components.count)
        // Whether each row of the model is a place feature, decided when first met.
        var isPlace = [Bool?](repeating: nil, count: model.count)
        func weighedWithoutPlace(_ k: Int) -> [Double] {
            let kept = features[k].filter { f in
                let row = Int(f.row)
                if isPlace[row] == nil { isPlace[row] = Self.placesInParagraph(model.table.name(row)) }
                return !isPlace[row]!
            }
            return ComponentModel.softmax(model.scores(kept))
        }
        var components = reading.components
        var placeFree: [Int: Double] = [:]
        for r in paragraphs.dropFirst().dropLast() where !r.contains(where: { components[$0] == .claim }) {
            let open = r.filter { components[$0] != .majorClaim && !excluded($0) }
            let position = open.map { k in
                let p = weighedWithoutPlace(k)
                return p[ArgumentComponent.claim.index] + p[ArgumentComponent.majorClaim.index]
            }
            let score = open.indices.map { position[$0] + decoder.claimOverlap * overlap[open[$0]] }
            guard let best = score.indices.max(by: { score[$0] < score[$1] || (score[$0] == score[$1] && $0 > $1) }),
                  score[best] >= decoder.claimFloor else { continue }
            components[open[best]] = .claim
            placeFree[open[best]] = position[best]
        }
        return ComponentDecoder.Reading(components: components, thesis: reading.thesis, thesisConfidence: reading.thesisConfidence,
                                        placeFree: placeFree)
    }
}
