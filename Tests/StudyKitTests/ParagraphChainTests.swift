import XCTest
@testable import StudyKit

/// The paragraph chain over the component scores and its shipped weights (with their emissions, in one file).
final class ParagraphChainTests: XCTestCase {
    func testShippedChainSaysWhereItCameFromAndRoundTrips() {
        let bytes = PackageResources.paragraph_chain_tsv
        let clock = ContinuousClock()
        var file = ParagraphChainFile(emissions: ComponentModel(names: [], weights: [], provenance: []), chain: ParagraphChain())
        let elapsed = clock.measure { file = ParagraphChainFile(tsv: bytes) }
        print("paragraph chain: \(file.emissions.count) emission features and its chain parsed in \(elapsed)")
        XCTAssertGreaterThan(file.emissions.count, 1000)
        XCTAssertTrue(file.provenance.contains { $0.contains("corpus: aaec-train.json") })
        XCTAssertTrue(file.provenance.contains { $0.hasPrefix("settings:") && $0.contains("paragraph chain") })
        XCTAssertTrue(Array(file.tsv().utf8) == bytes, "the shipped chain is not in the format tsv() writes")
        XCTAssertTrue(file.chain.weights.contains { $0 != 0 }, "the shipped chain has no weight")
        // The chain's weights are not read as features, nor the features as chain weights.
        XCTAssertEqual(file.emissions.weight("start introduction none", .none), 0)
        XCTAssertNotEqual(file.chain.weights[file.chain.start(0, ArgumentComponent.none.index)], 0)
    }

    func testTheChainReadsTextsLaidOutLikeTheTrainingEssays() {
        // An introduction, at least one body paragraph and a conclusion, and no more paragraphs than the essays had.
        let decoder = ComponentDecoder()
        XCTAssertEqual((1...8).filter { ParagraphChainFile.reads(paragraphs: $0, decoder: decoder) }, [3, 4, 5, 6])
    }

    func testWithoutChainWeightsEachSentenceKeepsItsOwnProbabilities() {
        let emissions: [[Double]] = [[1, 0, 0, 2], [0, 3, 1, 0], [0.5, 0.5, 2, 0]]
        let p = ParagraphChain().probabilities(emissions, paragraphs: [0..<1, 1..<3], cue: { _ in 0 })
        for (row, e) in zip(p, emissions) {
            for (x, y) in zip(row, ComponentModel.softmax(e)) { XCTAssertEqual(x, y, accuracy: 1e-9) }
        }
    }

    func testAPairWeightMovesTheMarginalsOfTheWholeParagraph() {
        // A body paragraph of three sentences, each alone likelier a premise than a claim; the chain favours a
        // paragraph that opens with a claim, so the first sentence's claim probability rises and the others' stay.
        var chain = ParagraphChain()
        let c = ArgumentComponent.claim.index
        chain.weights[chain.start(1, c)] = 2
        let emissions: [[Double]] = [[0, 0.5, 1, 0], [0, 0.5, 1, 0], [0, 0.5, 1, 0]]
        let p = chain.probabilities(emissions, paragraphs: [0..<0, 0..<3, 3..<3], cue: { _ in 0 })
        XCTAssertGreaterThan(p[0][c], 0.5)
        XCTAssertLessThan(p[1][c], 0.5)
        for row in p { XCTAssertEqual(row.reduce(0, +), 1, accuracy: 1e-9) }
        // The names in the file say what each weight scores.
        XCTAssertEqual(ParagraphChainFile.chainNames[chain.start(1, c)], "start body claim")
        // Reading a name gives back its weight's index, for every weight.
        for (i, name) in ParagraphChainFile.chainNames.enumerated() {
            XCTAssertEqual(ParagraphChainFile.index(of: name.split(separator: " ")), i, name)
        }
    }
}
