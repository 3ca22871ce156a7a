import Testing
@testable import StudyKit

/// A summary of N sentences holds N different sentences whenever the text has them, even when one sentence is
/// repeated more often than the candidate pool is wide.
@Suite struct SummaryDistinctTests {
    static let topics = [
        "harbour", "lighthouse", "orchard", "glacier", "library", "railway", "vineyard", "quarry", "market", "monastery",
        "canal", "foundry", "meadow", "observatory", "bakery", "windmill", "theatre", "brewery", "tannery", "shipyard",
    ]

    @Test func tenSentencesAreTenDifferentSentences() {
        let refrain = "The river carries the town's trade and its stories down to the sea."
        let paragraphs = Self.topics.enumerated().map { n, topic in
            Array(repeating: refrain, count: 12).joined(separator: " ")
                + " The \(topic) by the river employed \(n + 3) families and shaped the town's trade for a century."
        }
        let m = Fixtures.model(paragraphs.joined(separator: "\n\n"))
        let chosen = Summarizer(model: m).summarize(.all, budget: .sentences(10)).sentenceIndexes
        let texts = chosen.map { m.text(of: m.sentences[$0]) }
        #expect(chosen.count == 10)
        #expect(Set(texts).count == 10)
    }
}
