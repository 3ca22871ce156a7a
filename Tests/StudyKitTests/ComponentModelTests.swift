import XCTest
@testable import StudyKit

/// The learned component model: its shipped weights, their file format, and the essay-wide decoding.
final class ComponentModelTests: XCTestCase {
    func testShippedWeightsSayWhereTheyCameFromAndRoundTrip() {
        let bytes = PackageResources.component_model_tsv
        let clock = ContinuousClock()
        var model = ComponentModel(index: [:], weights: [], provenance: [])
        let elapsed = clock.measure { model = ComponentModel(tsv: bytes) }
        print("component model: \(model.index.count) features parsed in \(elapsed)")
        XCTAssertGreaterThan(model.index.count, 1000)
        XCTAssertTrue(model.provenance.contains { $0.contains("corpus: aaec-train.json") })
        XCTAssertTrue(model.provenance.contains { $0.hasPrefix("settings:") })
        // Writing the parsed model gives the same bytes: the format is fixed.
        XCTAssertTrue(Array(model.tsv().utf8) == bytes, "the shipped file is not in the format tsv() writes")
        XCTAssertEqual(model.weight("no such feature", .claim), 0)
    }

    func testDecodingKeepsOneThesisARestatementAndOneClaimPerBodyParagraph() {
        // Three paragraphs: intro (0, 1), body (2, 3, 4), conclusion (5).
        let p: [[Double]] = [
            [0.1, 0.1, 0.1, 0.7], [0.6, 0.2, 0.1, 0.1],
            [0.1, 0.5, 0.4, 0.0], [0.0, 0.6, 0.4, 0.0], [0.0, 0.1, 0.9, 0.0],
            [0.5, 0.3, 0.1, 0.1],
        ]
        let stems: [[Int32]] = [[1], [2, 3], [4], [5], [6], [2, 3]]
        let reading = ComponentDecoder().decode(p, paragraphs: [0..<2, 2..<5, 5..<6], stems: stems, excluded: { _ in false })
        XCTAssertEqual(reading.thesis, [1, 5])
        XCTAssertEqual(reading.components, [.none, .majorClaim, .premise, .claim, .premise, .majorClaim])
        // A sentence in another voice is never the thesis.
        let other = ComponentDecoder().decode(p, paragraphs: [0..<2, 2..<5, 5..<6], stems: stems, excluded: { $0 == 1 })
        XCTAssertEqual(other.thesis.first, 5)
        XCTAssertNotEqual(other.components[1], .majorClaim)
    }

    func testFeaturesNameTheirSignals() {
        let text = "Title\n\nCars crowd the town. Buses are slow.\n\nFor example, a bus takes 40 minutes. It is late.\n\nIn conclusion, we need trams."
        let draft = ArgumentStage.draftBeforeArgument(Document(rawText: text), source: EssaySource(name: "t", path: nil))
        let features = ArgumentStage().features(draft).model
        let names = features.map { Set($0.map(\.name)) }
        XCTAssertTrue(names[2].contains("opens with 'for example'"))
        XCTAssertTrue(names[2].contains("a number"))
        XCTAssertTrue(names[2].contains("sentence 1 of a body paragraph"))
        XCTAssertTrue(names[4].contains("in the conclusion"))
        XCTAssertTrue(names[1].contains("next sentence opens with 'for'") == false, "the next sentence is in another paragraph")
    }
}
