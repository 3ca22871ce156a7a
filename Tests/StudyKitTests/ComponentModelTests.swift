import XCTest
@testable import StudyKit

/// The learned component model: its shipped weights, their file format, and the essay-wide decoding.
final class ComponentModelTests: XCTestCase {
    func testShippedWeightsSayWhereTheyCameFromAndRoundTrip() {
        let bytes = PackageResources.component_model_tsv
        let clock = ContinuousClock()
        var model = ComponentModel(names: [], weights: [], provenance: [])
        let elapsed = clock.measure { model = ComponentModel(tsv: bytes) }
        print("component model: \(model.count) features parsed in \(elapsed)")
        XCTAssertGreaterThan(model.count, 1000)
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

    func testALongTextTakesTheRestatedPositionForItsThesis() {
        // Eight one- or two-sentence paragraphs (more than the student essays the model learned from). The
        // likeliest major claim on its own (10, the last paragraph's opener) is restated nowhere; the position taken
        // in paragraph 3 (4, likely a claim) is restated in the last paragraph (11).
        var p = Array(repeating: [0.02, 0.1, 0.8, 0.08], count: 12)
        p[4] = [0.08, 0.4, 0.5, 0.02]
        p[10] = [0.25, 0.2, 0.5, 0.05]
        p[11] = [0.2, 0.5, 0.2, 0.1]
        var stems: [[Int32]] = (0..<12).map { [Int32(100 + $0)] }
        stems[4] = [1, 2, 3]
        stems[11] = [2, 3, 4]
        let paragraphs = [0..<2, 2..<4, 4..<5, 5..<6, 6..<7, 7..<8, 8..<10, 10..<12]
        let reading = ComponentDecoder().decode(p, paragraphs: paragraphs, stems: stems, excluded: { _ in false })
        XCTAssertEqual(reading.thesis, [4, 11], "the statement first, then its restatement")
        XCTAssertEqual(reading.components[10], .premise)
        // Laid out like a student essay (the same sentences in five paragraphs), the likeliest major claim stays
        // (with no restatement likely enough in another paragraph).
        let short = ComponentDecoder().decode(p, paragraphs: [0..<2, 2..<4, 4..<7, 7..<10, 10..<12], stems: stems, excluded: { _ in false })
        XCTAssertEqual(short.thesis, [10])
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
        XCTAssertTrue(names[2].contains("opens with a example marker, first sentence of a body paragraph"), "\(names[2].sorted())")
        XCTAssertTrue(names[4].contains("the author says 'I' in the conclusion") == false)
        XCTAssertTrue(names[1].contains("next sentence opens with 'for'") == false, "the next sentence is in another paragraph")
    }

    func testNumberedFeaturesAreTheNamedOnesTheModelKnows() {
        // Repeated words, pairs and markers, a title, a question and a quotation: every family of names, met twice.
        let text = "Cities Should Build Trams\n\nCities should build trams. Trams are clean and trams are quiet.\n\n"
            + "For example, a tram carries 200 people. However, critics say trams are costly. Are they?\n\n"
            + "Some say \"buses are enough\". But buses are slow and buses are loud.\n\n"
            + "In conclusion, cities should build trams because trams are clean."
        let draft = ArgumentStage.draftBeforeArgument(Document(rawText: text), source: EssaySource(name: "t", path: nil))
        let stage = ArgumentStage()
        let (base, named) = stage.features(draft)
        var model = ComponentModel.shipped
        let numbered = ComponentFeatures.extract(draft, base: base, numbering: &model)
        XCTAssertEqual(numbered, named.map(model.rows))
        XCTAssertGreaterThan(numbered.joined().count, 100)
        // Names looked up once per text still name each sentence's own words and place.
        let words = draft.vocabulary.words
        for (k, sentence) in draft.sentences.enumerated() {
            let own = draft.tokens[sentence.tokens].map { words[Int($0.word)] }
            let pairs = named[k].map(\.name).filter { $0.hasPrefix("words '") }
            XCTAssertEqual(pairs, zip(own, own.dropFirst()).map { "words '\($0) \($1)'" }, "sentence \(k)")
            XCTAssertTrue(named[k].contains { $0.name == "word 1 is '\(own[0])'" }, "sentence \(k)")
            let p = draft.paragraphs.firstIndex { $0.sentences.contains(k) }!
            let kind = p == 0 ? "the introduction" : p == draft.paragraphs.count - 1 ? "the conclusion" : "a body paragraph"
            let number = k - draft.paragraphs[p].sentences.lowerBound + 1
            XCTAssertTrue(named[k].contains { $0.name == "sentence \(number) of \(kind)" }, "sentence \(k)")
        }
        // Names the model does not know are left out, the others keep their order.
        let toy = ComponentModel(names: ["a question", "always"], weights: Array(repeating: 0.5, count: 8), provenance: [])
        var numbering = toy
        let rows = ComponentFeatures.extract(draft, base: base, numbering: &numbering)
        XCTAssertEqual(rows.map { $0.map(\.row) }, named.map { $0.compactMap { ["always": Int32(1), "a question": 0][$0.name] } })
        XCTAssertTrue(rows.contains { $0.map(\.row) == [1, 0] })
    }

    func testTheFeatureTableFindsEachNameByItsBytes() {
        let names = ["always", "word 'café'", "words 'a b'", "", "sentence 1 of the introduction"]
        let table = FeatureTable(names: names)
        XCTAssertEqual(table.count, names.count)
        for (row, name) in names.enumerated() {
            XCTAssertEqual(table.row(name), row, name)
            XCTAssertEqual(table.name(row), name)
        }
        XCTAssertNil(table.row("word 'cafe'"))
        XCTAssertNil(table.row("alway"))
        XCTAssertEqual(FeatureTable(names: ["x", "y", "x"]).row("x"), 0, "a repeated name keeps its first row")
        XCTAssertNil(FeatureTable(names: []).row("x"))
        // Read from the file form: the same rows and weights as written.
        let model = ComponentModel(names: ["b", "a"], weights: [0.1, -0.2, 0, 1.5, 0, 0, 0, -0.0003], provenance: ["toy"])
        let read = ComponentModel(tsv: Array(model.tsv().utf8))
        XCTAssertEqual(read.provenance, ["toy"])
        XCTAssertEqual(read.weight("b", .none), 1.5)
        XCTAssertEqual(read.weight("a", .none), -0.0003)
        XCTAssertEqual(read.weight("c", .none), 0)
        XCTAssertEqual(read.tsv(), model.tsv())
    }

    func testPruningLeavesOutFeaturesThatBarelyChangeAnyProbability() {
        let model = ComponentModel(names: ["flat", "small", "strong"],
                                   weights: [0.4, 0.4, 0.4, 0.4, 0.01, 0, 0.02, 0, 1, -1, 0, 0], provenance: [])
        let pruned = model.pruned(below: 0.05)
        XCTAssertEqual(pruned.table.names, ["strong"])
        XCTAssertEqual(pruned.weight("strong", .claim), -1)
        XCTAssertEqual(model.pruned(below: 0).count, 3)
    }
}
