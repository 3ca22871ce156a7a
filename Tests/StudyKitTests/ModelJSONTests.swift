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

    /// The streamed writer prints exactly what the encoder prints, in chunks of any size.
    func testTheStreamedJSONHasTheEncodersBytes() throws {
        for name in Fixtures.essayNames {
            let text = try Fixtures.text("Tests/Fixtures/essays/\(name).txt")
            let m = KnowledgeModel(text: text, source: EssaySource(name: name, path: nil))
            var streamed: [UInt8] = []
            var chunks = 0
            ModelJSONWriter.write(m, chunkSize: 4096) { streamed += $0; chunks += 1 }
            XCTAssertEqual(String(decoding: streamed, as: UTF8.self), String(decoding: try encode(m), as: UTF8.self), name)
            XCTAssertGreaterThan(chunks, 1, name)
        }
    }

    func testStreamedStringsAndNumbersMatchTheEncoder() throws {
        var controls = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        controls += "\u{7F} \"quoted\" back\\slash /slash é ’ \u{2028} \u{1F600}"
        let values: [Double] = [0, -0.0, 1, -1, 0.5, 0.0001, -0.1371, 12.25, 1234567.8901, 100]
        var streamed: [UInt8] = []
        var w = PrettyJSONWriter(chunkSize: 16) { streamed += $0 }
        w.beginObject()
        w.field("a", controls)
        w.key("b")
        w.beginArray()
        for v in values { w.element(); w.double(v) }
        w.endArray()
        w.field("c", [String]())
        w.endObject()
        w.finish()
        struct Sample: Encodable { var a: String; var b: [Double]; var c: [String] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(Sample(a: controls, b: values, c: []))
        XCTAssertEqual(String(decoding: streamed, as: UTF8.self), String(decoding: expected, as: UTF8.self))
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
