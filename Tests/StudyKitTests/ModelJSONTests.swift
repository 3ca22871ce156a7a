import Foundation
import XCTest
@testable import StudyKit

final class ModelJSONTests: XCTestCase {
    func encode(_ m: KnowledgeModel) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(m)
    }

    func testTheSameTextGivesByteIdenticalJSON() throws {
        for name in Fixtures.essayNames {
            let text = try Fixtures.text("Tests/Fixtures/essays/\(name).txt")
            let a = try encode(KnowledgeModel(text: text, source: EssaySource(name: name, path: nil)))
            let b = try encode(KnowledgeModel(text: text, source: EssaySource(name: name, path: "elsewhere/\(name)")))
            XCTAssertEqual(a, b, name)
        }
    }

    func testRoundTripThroughJSON() throws {
        let data = try encode(Fixtures.bundled)
        let decoded = try JSONDecoder().decode(KnowledgeModel.self, from: data)
        XCTAssertEqual(try encode(decoded), data)
        XCTAssertEqual(decoded.sentences, Fixtures.bundled.sentences)
    }

    func testANewerSchemaIsRefused() throws {
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: encode(Fixtures.bundled)) as? [String: Any])
        object["schemaVersion"] = KnowledgeModel.schemaVersion + 1
        let data = try JSONSerialization.data(withJSONObject: object)
        XCTAssertThrowsError(try JSONDecoder().decode(KnowledgeModel.self, from: data)) {
            XCTAssertTrue("\($0)".contains("newer"), "\($0)")
        }
    }

    func testEveryIdAndRangeIsConsistent() throws {
        let json = ModelJSON(Fixtures.bundled)
        XCTAssertEqual(json.schemaVersion, KnowledgeModel.schemaVersion)
        XCTAssertEqual(json.sentences.count, 35)
        let text = Array(json.text.utf8)
        for s in json.sentences {
            XCTAssertEqual(String(decoding: text[s.start..<s.end], as: UTF8.self), s.text)
        }
        let sentenceIDs = Set(json.sentences.map(\.id))
        for term in json.keyTerms { XCTAssertTrue(Set(term.sentences).isSubset(of: sentenceIDs)) }
        for e in json.entities {
            for mention in e.mentions {
                XCTAssertTrue(sentenceIDs.contains(mention.sentence))
                XCTAssertEqual(String(decoding: text[mention.start..<mention.end], as: UTF8.self), mention.text)
            }
        }
        XCTAssertEqual(json.paragraphs.compactMap(\.section).count, json.paragraphs.count, "every paragraph is in a section")
    }
}

/// Golden facts about each text, written from reading them (counts checked by hand).
final class GoldenStructureTests: XCTestCase {
    func testBundledEssaySentencesAsAReaderSplitsThem() {
        let m = Fixtures.bundled
        XCTAssertEqual(m.paragraphs.map(\.sentences.count), [2, 2, 5, 4, 1, 3, 2, 8, 4, 2, 2])
        XCTAssertTrue(m.text(of: m.sentences[m.sentenceIndex(paragraph: 4, number: 1)!])
            .hasPrefix("This disconnect between mission and capabilities should"))
        XCTAssertTrue(m.text(of: m.sentences[m.sentenceIndex(paragraph: 4, number: 1)!]).contains("Gen. David Petraeus"))
        XCTAssertEqual(m.text(of: m.sentences[m.sentenceIndex(paragraph: 8, number: 2)!]), "Perhaps.")
        XCTAssertEqual(m.text(of: m.sentences[m.sentenceIndex(paragraph: 6, number: 3)!]),
                       "That leaves coordinated international assistance as the only option.")
        XCTAssertTrue((3...7).contains(m.sections.count))
    }

    func testFixtureEssaysHaveTheirParagraphsAndBylines() throws {
        // Paragraph counts from the fixtures' SOURCES.md (Federalist's closing "PUBLIUS" is its byline).
        let expected = ["federalist-10": 24, "a-modest-proposal": 33, "civil-disobedience": 51,
                        "common-sense-thoughts-on-american-affairs": 55, "gettysburg-address": 4]
        for (name, paragraphs) in expected {
            let m = try Fixtures.essay(name)
            XCTAssertEqual(m.paragraphs.count, paragraphs, name)
            XCTAssertGreaterThan(m.sentences.count, paragraphs, name)
            XCTAssertFalse(m.sections.isEmpty, name)
            XCTAssertFalse(m.keyTerms.isEmpty, name)
        }
        let gettysburg = try Fixtures.essay("gettysburg-address")
        XCTAssertEqual(gettysburg.paragraphs.map(\.sentences.count), [1, 4, 3, 2],
                       "the '--' dashes of the last sentence do not split it")
    }
}
