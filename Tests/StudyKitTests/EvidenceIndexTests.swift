import Foundation
import XCTest
@testable import StudyKit

final class EvidenceIndexTests: XCTestCase {
    // MARK: - BM25 numbers

    func testBM25NumbersOnATinyCorpus() {
        // Three sentences; content words after stop words: [cat, sat, mat] [dog, sat] [cat, cat, ran, far, away].
        let m = Fixtures.model("The cat sat on the mat. The dog sat. A cat, a cat ran far away.")
        let index = EvidenceIndex(model: m)
        XCTAssertEqual(index.sentenceCount, 3)
        XCTAssertEqual(index.averageLength, 10.0 / 3.0, accuracy: 1e-12)
        // idf(cat), df 2 of 3: ln(1 + 1.5/2.5) = ln 1.6.
        XCTAssertEqual(BM25.idf(documentFrequency: 2, documents: 3), log(1.6), accuracy: 1e-12)
        // 'dog', df 1 of 3: ln(1 + 2.5/1.5).
        XCTAssertEqual(BM25.idf(documentFrequency: 1, documents: 3), log(1 + 2.5 / 1.5), accuracy: 1e-12)
        // Sentence 3: tf 2, length 5, avg 10/3: 2·2.2 / (2 + 1.2·(0.25 + 0.75·1.5)) = 4.4 / 3.65.
        let bm = BM25()
        XCTAssertEqual(bm.termWeight(frequency: 2, length: 5, averageLength: 10.0 / 3.0), 4.4 / 3.65, accuracy: 1e-12)
        // Sentence 1: tf 1, length 3: 2.2 / (1 + 1.2·(0.25 + 0.75·0.9)) = 2.2 / 2.11.
        XCTAssertEqual(bm.termWeight(frequency: 1, length: 3, averageLength: 10.0 / 3.0), 2.2 / 2.11, accuracy: 1e-12)

        // One-word query: the BM25 part is exactly BM25 (full coverage; 'cat' is also a key term).
        let hits = index.search("cat", limit: 5)
        XCTAssertEqual(hits.map(\.sentence), [2, 0])
        XCTAssertEqual(hits[0].parts.bm25, log(1.6) * 4.4 / 3.65, accuracy: 1e-9)
        XCTAssertEqual(hits[1].parts.bm25, log(1.6) * 2.2 / 2.11, accuracy: 1e-9)
        XCTAssertEqual(hits[0].score, (hits[0].parts.bm25 + hits[0].parts.keyTerm) * hits[0].parts.coverage, accuracy: 1e-9)
        XCTAssertEqual(hits[0].parts.coverage, 1)
    }

    // MARK: - Bonuses

    func testPhraseBeatsScatteredWords() {
        let m = Fixtures.model("""
        Trade grew and the war on the border went on.

        The border war ended after trade resumed.
        """)
        let hits = EvidenceIndex(model: m).search("border war")
        XCTAssertEqual(hits.first?.sentence, 1)
        XCTAssertGreaterThan(hits[0].parts.phrase, 0)
        XCTAssertEqual(hits[1].parts.phrase, 0)
        XCTAssertGreaterThan(hits[1].parts.proximity, 0, "'war … border' is near, out of order")
    }

    func testProximityRewardsNearWords() {
        let m = Fixtures.model("""
        Taxes rose sharply, while much later and far away in another city the harbour was finally closed.

        Taxes on the harbour rose.
        """)
        let hits = EvidenceIndex(model: m).search("harbour taxes")
        XCTAssertEqual(hits.first?.sentence, 1)
        XCTAssertGreaterThan(hits[0].parts.proximity + hits[0].parts.phrase, 0)
    }

    func testSynonymsAndAbbreviationsFindTheSentence() {
        let index = EvidenceIndex(model: Fixtures.bundled)
        let m = Fixtures.bundled
        let hit = index.locate("the UN wants to help more").first
        XCTAssertEqual(hit.map { m.sentences[$0.sentence].id.description }, "S8.3")
        XCTAssertTrue(hit?.matchedTerms.contains { $0.query == "un" && $0.sentence == "united nations" } ?? false)
        XCTAssertGreaterThan(hit?.parts.related ?? 0, 0)
        // The highlighted ranges are words of the sentence.
        let words = hit?.matches.map { m.text(of: $0) } ?? []
        XCTAssertTrue(words.contains("United") && words.contains("Nations"), "\(words)")
    }

    func testNamesAndKeyTermsAddBonuses() {
        let m = Fixtures.bundled
        let index = EvidenceIndex(model: m)
        let bush = index.search("Bush")
        XCTAssertEqual(Set(bush.map { m.sentences[$0.sentence].id.description }), ["S3.1", "S9.1"])
        XCTAssertTrue(bush.allSatisfy { $0.parts.entity > 0 }, "a name in the query that the sentence mentions")
        let term = index.search("coordinated international assistance").first
        XCTAssertEqual(term.map { m.sentences[$0.sentence].id.description }, "S6.3")
        XCTAssertGreaterThan(term?.parts.keyTerm ?? 0, 0)
    }

    func testRelatedFormsByStemPrefix() {
        let m = Fixtures.model("Democracy is hard. Cats sleep.")
        let hits = EvidenceIndex(model: m).search("democratic")
        XCTAssertEqual(hits.map(\.sentence), [0])
        XCTAssertEqual(hits.first?.matchedTerms.first?.kind, .related)
    }

    // MARK: - Limits, order and empty results

    func testSectionRestriction() {
        let m = Fixtures.bundled
        XCTAssertGreaterThan(m.sections.count, 1)
        let index = EvidenceIndex(model: m)
        for n in 1...m.sections.count {
            let hits = index.search("leaders in §\(n)", limit: 50)
            XCTAssertFalse(hits.isEmpty, "§\(n)")
            for hit in hits {
                XCTAssertEqual(m.sectionIndex(ofParagraph: m.sentences[hit.sentence].paragraphIndex), n - 1)
            }
            XCTAssertEqual(index.search("leaders", in: n, limit: 50).map(\.sentence), hits.map(\.sentence))
        }
        let parsed = QueryParser().parse("the war in section 2")
        XCTAssertEqual(parsed.section, 2)
        XCTAssertEqual(parsed.text, "the war")
    }

    func testTiesAreBrokenByDocumentOrder() {
        let m = Fixtures.model("""
        Rivers flood in spring.

        Mountains are cold.

        Rivers flood in spring.

        Rivers flood in spring.
        """)
        let hits = EvidenceIndex(model: m).search("rivers flood", limit: 5)
        XCTAssertEqual(hits.map(\.sentence), [0, 2, 3])
        XCTAssertEqual(hits[0].score, hits[2].score)
    }

    func testEmptyAndUnmatchedQueries() {
        let index = EvidenceIndex(model: Fixtures.bundled)
        XCTAssertTrue(index.search("").isEmpty)
        XCTAssertTrue(index.search("the of and it").isEmpty)
        XCTAssertTrue(index.search("xyzzy").isEmpty)
        XCTAssertTrue(index.search("war", limit: 0).isEmpty)
        XCTAssertTrue(EvidenceIndex(model: Fixtures.model("")).search("war").isEmpty)
    }

    func testIndexIsDeterministicAndLeavesTheModelAlone() {
        let m = Fixtures.bundled
        let a = EvidenceIndex(model: m).search("international effort to help Iraq", limit: 10)
        let b = EvidenceIndex(model: m).search("international effort to help Iraq", limit: 10)
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.map(\.score), a.map(\.score).sorted(by: >))
    }

    // MARK: - Quality against plain BM25

    func testRanksParaphrasesBetterThanPlainBM25() throws {
        var essays: [(String, KnowledgeModel, [(String, String)])] = [("bundled", Fixtures.bundled, EvidencePairs.bundled)]
        for name in Fixtures.essayNames {
            essays.append((name, try Fixtures.essay(name), EvidencePairs.fixtures[name] ?? []))
        }
        var total = 0, ours = 0, oursFind = 0, baseline = 0
        var report: [String] = []
        for (name, m, pairs) in essays {
            let index = EvidenceIndex(model: m)
            let plain = PlainBM25(model: m)
            var essayOurs = 0, essayBase = 0
            for (statement, id) in pairs {
                guard case .sentence(let p, let s)? = ModelID(id), let expected = m.sentenceIndex(paragraph: p, number: s) else {
                    XCTFail("\(name): no sentence \(id)"); continue
                }
                total += 1
                let top = index.locate(statement, limit: 1).first?.sentence
                if top == expected { ours += 1; essayOurs += 1 } else {
                    report.append("\(name) miss: '\(statement)' → \(top.map { m.sentences[$0].id.description } ?? "nothing"), want \(id)")
                }
                if index.search(statement, limit: 1).first?.sentence == expected { oursFind += 1 }
                if plain.top(statement) == expected { baseline += 1; essayBase += 1 }
            }
            report.append("\(name): ours \(essayOurs)/\(pairs.count), plain BM25 \(essayBase)/\(pairs.count)")
        }
        let summary = "top-1: where \(ours)/\(total), find \(oursFind)/\(total), plain BM25 \(baseline)/\(total)"
        print(([summary] + report).joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(total, 60)
        XCTAssertGreaterThan(ours, baseline, summary)
        XCTAssertGreaterThanOrEqual(oursFind, baseline, summary)
        XCTAssertGreaterThanOrEqual(Double(ours) / Double(total), 0.8, summary)
    }
}

/// Plain BM25 as rank_bm25's BM25Okapi computes it (k1 1.5, b 0.75, idf ln((N − df + 0.5)/(df + 0.5)) with
/// negative idf floored at 0.25 × the mean idf), over the same tokens (stems, stop words left out), no bonuses.
struct PlainBM25 {
    let model: KnowledgeModel
    let documents: [[Int32: Int]]
    let lengths: [Int]
    let idf: [Int32: Double]
    let average: Double

    init(model: KnowledgeModel) {
        self.model = model
        var documents: [[Int32: Int]] = []
        var lengths: [Int] = []
        var df: [Int32: Int] = [:]
        for s in model.sentences {
            var counts: [Int32: Int] = [:]
            var length = 0
            for t in model.tokens[s.tokens] where !t.flags.contains(.stopWord) {
                counts[t.stem, default: 0] += 1
                length += 1
            }
            for stem in counts.keys { df[stem, default: 0] += 1 }
            documents.append(counts)
            lengths.append(length)
        }
        let n = Double(documents.count)
        var idf = df.mapValues { log((n - Double($0) + 0.5) / (Double($0) + 0.5)) }
        let mean = idf.values.reduce(0, +) / Double(max(idf.count, 1))
        for (k, v) in idf where v < 0 { idf[k] = 0.25 * mean }
        self.documents = documents
        self.lengths = lengths
        self.idf = idf
        self.average = Double(lengths.reduce(0, +)) / max(n, 1)
    }

    func top(_ query: String) -> Int? {
        let stemmer = PorterStemmer()
        let stems = QueryParser.words(of: query).filter { !StopWords.english.contains($0) }.compactMap {
            model.vocabulary.number(ofStem: stemmer.stem($0))
        }
        var best: (Int, Double)?
        for (i, doc) in documents.enumerated() {
            var score = 0.0
            for q in stems {
                let tf = Double(doc[q] ?? 0)
                guard tf > 0 else { continue }
                score += (idf[q] ?? 0) * tf * 2.5 / (tf + 1.5 * (0.25 + 0.75 * Double(lengths[i]) / average))
            }
            if score > 0, score > (best?.1 ?? 0) { best = (i, score) }
        }
        return best?.0
    }
}
