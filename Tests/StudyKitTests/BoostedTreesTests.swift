import XCTest
@testable import StudyKit

/// The boosted trees: they learn an interaction of two features that no sum of per-feature weights can, and the same
/// data give the same trees.
final class BoostedTreesTests: XCTestCase {
    /// Sentences with features "a" and "b" (present or not) and a noise feature; a claim when exactly one of a and b
    /// is present, else a premise.
    private func exclusiveOr() -> (examples: [[ComponentFeatures.Value]], labels: [Int]) {
        var examples: [[ComponentFeatures.Value]] = [], labels: [Int] = []
        for i in 0..<200 {
            let a = i % 2 == 1, b = (i / 2) % 2 == 1
            var s: [ComponentFeatures.Value] = []
            if a { s.append(.init(name: "a", value: 1)) }
            if b { s.append(.init(name: "b", value: 1)) }
            if i % 7 == 0 { s.append(.init(name: "noise", value: Double(i % 5) / 4)) }
            examples.append(s)
            labels.append(a != b ? ArgumentComponent.claim.index : ArgumentComponent.premise.index)
        }
        return (examples, labels)
    }

    private func predicted(_ trees: BoostedTrees, a: Bool, b: Bool) -> ArgumentComponent {
        var s: [ComponentFeatures.Value] = []
        if a { s.append(.init(name: "a", value: 1)) }
        if b { s.append(.init(name: "b", value: 1)) }
        let scores = trees.scores(s, index: trees.index)
        return ArgumentComponent.allCases[scores.indices.max { scores[$0] < scores[$1] }!]
    }

    func testTreesLearnAnExclusiveOrThatStumpsCannot() {
        let (examples, labels) = exclusiveOr()
        let base = Array(repeating: [0.0, 0, 0, 0], count: examples.count)
        var settings = BoostedTreesTrainer.Settings()
        settings.minCount = 1
        settings.minLeaf = 5
        settings.subsample = 1
        settings.rounds = 60
        settings.shrinkage = 0.3
        settings.depth = 2
        let trees = BoostedTreesTrainer(settings: settings).fit(examples, labels: labels, base: base)
        for (a, b) in [(false, false), (true, false), (false, true), (true, true)] {
            XCTAssertEqual(predicted(trees, a: a, b: b), a != b ? .claim : .premise, "a \(a), b \(b)")
        }
        // Trees of one split each add a weight per feature, as a linear model does: they cannot tell the four
        // cases apart (the claim and premise scores stay level in every case).
        settings.depth = 1
        let stumps = BoostedTreesTrainer(settings: settings).fit(examples, labels: labels, base: base)
        let right = [(false, false), (true, false), (false, true), (true, true)].filter { a, b in
            predicted(stumps, a: a, b: b) == (a != b ? .claim : .premise)
        }
        XCTAssertLessThan(right.count, 4)
    }

    func testTheSameDataGiveTheSameTrees() {
        let (examples, labels) = exclusiveOr()
        let base = Array(repeating: [0.1, -0.2, 0.3, 0], count: examples.count)
        var settings = BoostedTreesTrainer.Settings()
        settings.minCount = 1
        settings.subsample = 0.7
        settings.rounds = 10
        let first = BoostedTreesTrainer(settings: settings).fit(examples, labels: labels, base: base)
        let second = BoostedTreesTrainer(settings: settings).fit(examples, labels: labels, base: base)
        XCTAssertEqual(first, second)
        XCTAssertEqual(first.trees.count, 10 * ArgumentComponent.allCases.count)
        XCTAssertTrue(first.features.allSatisfy { ["a", "b", "noise"].contains($0) })
    }
}
