import XCTest
@testable import StudyKit

/// A body paragraph of a long text that states its point late gets that sentence as its claim, weighed without the
/// features of its place in the paragraph.
final class LongTextClaimsTests: XCTestCase {
    /// Premise by default; the fourth sentence of a body paragraph leans to premise, a conclusion marker to claim.
    let model = ComponentModel(names: ["always", "sentence 4+ of a body paragraph", "opens with a conclusion marker"],
                               weights: [0, 0, 2, 0, 0, -2, 2, 0, 0, 2, 0, 0], provenance: [])
    /// An introduction (the thesis), a body paragraph of four sentences whose last opens with a conclusion marker,
    /// a body paragraph with a claim and a marked sentence, a conclusion.
    let paragraphs = [0..<1, 1..<5, 5..<8, 8..<9]

    func rows(_ names: [String]) -> [ComponentFeatures.Row] {
        names.map { ComponentFeatures.Row(row: Int32(model.table.row($0)!), value: 1) }
    }

    func choose(excluded: @escaping (Int) -> Bool = { _ in false }) -> ComponentDecoder.Reading {
        var features = (0..<9).map { _ in rows(["always"]) }
        features[4] = rows(["always", "sentence 4+ of a body paragraph", "opens with a conclusion marker"])
        features[7] = rows(["always", "opens with a conclusion marker"])
        var components = Array(repeating: ArgumentComponent.premise, count: 9)
        components[0] = .majorClaim
        components[5] = .claim
        let reading = ComponentDecoder.Reading(components: components, thesis: [0])
        let stems: [[Int32]] = (0..<9).map { [Int32($0)] }
        return LongTextClaims().choose(reading, decoder: ComponentDecoder(), paragraphs: paragraphs, features: features,
                                       model: model, stems: stems, excluded: excluded)
    }

    func testALateMarkedPointBecomesTheClaimOfAParagraphWithout() {
        XCTAssertLessThan(model.probabilities(rows(["always", "sentence 4+ of a body paragraph", "opens with a conclusion marker"]))[1],
                          ComponentDecoder().claimFloor, "below the floor where it stands")
        let reading = choose()
        let components = reading.components
        XCTAssertEqual(components[4], .claim)
        XCTAssertEqual(Array(reading.placeFree.keys), [4], "explain says how it was found")
        XCTAssertEqual(reading.placeFree[4] ?? 0, 0.5, accuracy: 1e-9, "claim and premise weigh the same without the place")
        XCTAssertEqual(components.filter { $0 == .claim }.count, 2, "one per body paragraph")
        XCTAssertEqual(components[5], .claim, "a paragraph with a claim keeps it")
        XCTAssertEqual(components[7], .premise)
        XCTAssertEqual(components[0], .majorClaim)
    }

    func testAnotherVoiceOrAnUnlikelySentenceIsNoClaim() {
        let components = choose(excluded: { $0 == 4 }).components
        XCTAssertEqual(components[1..<5].filter { $0 == .claim }.count, 0, "the rest are premises without their place too")
    }

    func testPlaceFeaturesAreThoseOfThePlaceInTheParagraph() {
        for name in ["sentence 4+ of a body paragraph", "sentence 2 from the end of the introduction",
                     "sentence 2 of 5 in a body paragraph", "paragraph of 7+ sentences", "alone in its paragraph"] {
            XCTAssertTrue(LongTextClaims.placesInParagraph(name), name)
        }
        for name in ["in a body paragraph", "opens with a conclusion marker, last sentence of a body paragraph",
                     "the author says 'I' in a body paragraph", "always"] {
            XCTAssertFalse(LongTextClaims.placesInParagraph(name), name)
        }
    }

    /// The names the place features have when the features of a text are extracted.
    func testTheExtractedPlaceFeaturesAreRecognised() {
        let text = "Title\n\nCars crowd the town. Buses are slow.\n\nA bus takes forty minutes. It is late. It is full. So we need trams.\n\nIn conclusion, we need trams."
        let draft = ArgumentStage.draftBeforeArgument(Document(rawText: text), source: EssaySource(name: "t", path: nil))
        let names = ArgumentStage().features(draft).model[5].map(\.name)
        let places = names.filter(LongTextClaims.placesInParagraph)
        XCTAssertTrue(places.contains("sentence 4+ of a body paragraph"), "\(places)")
        XCTAssertTrue(places.contains("sentence 1 from the end of a body paragraph"), "\(places)")
        XCTAssertTrue(places.contains("paragraph of 4 sentences"), "\(places)")
        XCTAssertFalse(places.contains("in a body paragraph"))
    }
}
