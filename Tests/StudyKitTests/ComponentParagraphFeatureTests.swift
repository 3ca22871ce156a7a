import XCTest
@testable import StudyKit

/// The component features that look at the rest of a sentence's paragraph and at the essay's other body paragraphs:
/// the markers opening its other sentences, the other end of a body paragraph, how the writer opens and ends the
/// other body paragraphs, and the words it shares with the sentences after and before it.
final class ComponentParagraphFeatureTests: XCTestCase {
    /// An introduction, two body paragraphs that end with "Therefore", one that does not, and a conclusion.
    let essay = "Trams for Every Town\n\nTowns are growing. Every town should build trams.\n\n"
        + "Trams are quiet. A tram makes no noise at night. Therefore, trams suit quiet streets.\n\n"
        + "Buses burn diesel. Diesel smoke harms lungs. Therefore, trams are healthier than buses.\n\n"
        + "Trams last long. A tram runs for forty years. Old trams still carry riders.\n\n"
        + "In conclusion, every town should build trams."

    func features(_ text: String) -> [Set<String>] {
        let draft = ArgumentStage.draftBeforeArgument(Document(rawText: text), source: EssaySource(name: "t", path: nil))
        return ArgumentStage().features(draft).model.map { Set($0.map(\.name)) }
    }

    func values(_ text: String) -> [[String: Double]] {
        let draft = ArgumentStage.draftBeforeArgument(Document(rawText: text), source: EssaySource(name: "t", path: nil))
        return ArgumentStage().features(draft).model.map { Dictionary($0.map { ($0.name, $0.value) }, uniquingKeysWith: +) }
    }

    func testMarkersOpeningTheParagraphsOtherSentencesAreSeenFromEachSentence() {
        let names = features(essay)
        // Sentences 2-4 are the first body paragraph; its last sentence opens with "Therefore".
        XCTAssertTrue(names[2].contains("a later sentence of its paragraph opens with a conclusion marker"))
        XCTAssertTrue(names[3].contains("a later sentence of its paragraph opens with a conclusion marker"))
        XCTAssertFalse(names[4].contains("a later sentence of its paragraph opens with a conclusion marker"))
        XCTAssertFalse(names[2].contains("an earlier sentence of its paragraph opens with a conclusion marker"))
        // The conclusion's "In conclusion" is in another paragraph than the last body paragraph's sentences.
        XCTAssertFalse(names[9].contains { $0.hasPrefix("a later sentence of its paragraph") })
        XCTAssertTrue(names[11].contains { $0.hasPrefix("an earlier sentence of its paragraph") } == false)
    }

    func testABodyParagraphsFirstAndLastSentenceSeeEachOthersOpening() {
        let names = features(essay)
        XCTAssertTrue(names[2].contains("its paragraph's last sentence opens with a conclusion marker"))
        XCTAssertTrue(names[2].contains("its paragraph's last sentence opens with 'therefore'"))
        XCTAssertTrue(names[4].contains("its paragraph's first sentence opens with 'trams'"))
        // The middle sentence, and the introduction's sentences, see no other end.
        XCTAssertFalse(names[3].contains { $0.hasPrefix("its paragraph's last sentence") || $0.hasPrefix("its paragraph's first sentence") })
        XCTAssertFalse(names[0].contains { $0.hasPrefix("its paragraph's last sentence") })
    }

    func testTheOtherBodyParagraphsEndingsAreSeenFromEachFirstAndLastSentence() {
        let v = values(essay)
        let endsWithConclusion = "other body paragraphs' last sentences open with a conclusion marker"
        // First body paragraph: of the two others, one ends with "Therefore".
        XCTAssertEqual(v[2]["as its paragraph's first sentence: " + endsWithConclusion], 0.5)
        XCTAssertEqual(v[4]["as its paragraph's last sentence: " + endsWithConclusion], 0.5)
        // Third body paragraph: both others end with "Therefore".
        XCTAssertEqual(v[8]["as its paragraph's first sentence: " + endsWithConclusion], 1)
        XCTAssertNil(v[9]["as its paragraph's first sentence: " + endsWithConclusion], "a middle sentence")
        XCTAssertNil(v[1]["as its paragraph's last sentence: " + endsWithConclusion], "the introduction")
        // A text with one body paragraph has no other to compare with.
        let one = values("Title\n\nTowns grow.\n\nTrams are quiet. Therefore, trams suit towns.\n\nBuild trams.")
        XCTAssertFalse(one.joined().contains { $0.key.contains("other body paragraphs") })
    }

    func testWordsSharedWithTheSentencesAfterAndBefore() {
        let v = values(essay)
        // "Trams last long." (3 content stems) shares "tram" with both later sentences of its paragraph (4 each).
        let later = try! XCTUnwrap(v[8]["shares words with the later sentences of its paragraph"])
        XCTAssertEqual(later, 1 / 12.0.squareRoot(), accuracy: 1e-9)
        XCTAssertNil(v[8]["shares words with the earlier sentences of its paragraph"], "the first sentence has none before it")
        XCTAssertNil(v[10]["shares words with the later sentences of its paragraph"], "the last sentence has none after it")
        XCTAssertNotNil(v[10]["shares words with the earlier sentences of its paragraph"])
    }
}
