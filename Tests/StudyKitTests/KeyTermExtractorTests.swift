import Foundation
import XCTest
@testable import StudyKit

final class KeyTermExtractorTests: XCTestCase {
    // MARK: Helpers

    /// Repository root: this file is `<root>/Tests/StudyKitTests/KeyTermExtractorTests.swift`.
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // StudyKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root

    private static func essay(_ path: String) throws -> KnowledgeModel {
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        return KnowledgeModel(text: text, source: EssaySource(name: (path as NSString).lastPathComponent, path: path))
    }

    private static func fixture(_ slug: String) throws -> KnowledgeModel {
        try essay("Tests/Fixtures/essays/\(slug).txt")
    }

    private static func model(_ text: String) -> KnowledgeModel {
        KnowledgeModel(text: text, source: EssaySource(name: "test.txt", path: nil))
    }

    /// A draft analysed up to tokens, cut into `sections` (paragraph ranges, any labels), then run through the key
    /// term stage.
    private static func draft(_ text: String, sections: [(Range<Int>, String)]) -> AnalysisDraft {
        var draft = AnalysisDraft(document: Document(rawText: text), source: EssaySource(name: "test.txt", path: nil))
        SentenceStage().run(&draft)
        TokenStage().run(&draft)
        draft.sections = sections.enumerated().map { i, s in
            Section(number: i + 1, paragraphs: s.0, label: s.1, centralSentence: 0)
        }
        KeyTermStage().run(&draft)
        return draft
    }

    /// The same text cut into `count` sections of about equal paragraph counts, all unlabelled.
    private static func draft(_ text: String, equalSections count: Int) -> AnalysisDraft {
        let paragraphs = Document(rawText: text).paragraphs.count
        let k = min(count, paragraphs)
        return draft(text, sections: (0..<k).map { i in ((i * paragraphs / k)..<((i + 1) * paragraphs / k), "") })
    }

    private static func texts(_ terms: [KeyTerm], top n: Int = .max) -> [String] {
        terms.prefix(n).map { $0.text.lowercased() }
    }

    /// Every term: non-empty text, distinct texts, scores best first, sentences ascending without duplicates and
    /// inside `sentences`, and each sentence really holds every word of the term (by stem).
    private static func checkWellFormed(_ terms: [KeyTerm], tokens: [Token], sentences: [Sentence],
                                        vocabulary: Vocabulary, within allowed: Range<Int>? = nil,
                                        file: StaticString = #filePath, line: UInt = #line) {
        let stemmer = PorterStemmer()
        XCTAssertEqual(Set(terms.map(\.text)).count, terms.count, "duplicate terms: \(terms.map(\.text))",
                       file: file, line: line)
        for (a, b) in zip(terms, terms.dropFirst()) {
            XCTAssertGreaterThanOrEqual(a.score, b.score, "not best first: \(a.text), \(b.text)",
                                        file: file, line: line)
        }
        for term in terms {
            XCTAssertFalse(term.text.isEmpty, file: file, line: line)
            XCTAssertFalse(term.sentences.isEmpty, "\(term.text) has no sentences", file: file, line: line)
            XCTAssertEqual(term.sentences, Array(Set(term.sentences)).sorted(), "\(term.text)", file: file, line: line)
            for s in term.sentences {
                XCTAssertTrue(sentences.indices.contains(s), file: file, line: line)
                if let allowed {
                    XCTAssertTrue(allowed.contains(s), "\(term.text) S\(s) outside", file: file, line: line)
                }
                guard sentences.indices.contains(s) else { continue }
                let stems = Set(tokens[sentences[s].tokens].map(\.stem))
                for word in term.text.lowercased().replacingOccurrences(of: "’", with: "'").split(separator: " ") {
                    let stem = vocabulary.number(ofStem: stemmer.stem(String(word)))
                    XCTAssertTrue(stem.map(stems.contains) ?? false, "'\(word)' of '\(term.text)' not in sentence \(s)",
                                  file: file, line: line)
                }
            }
        }
    }

    private static func checkWellFormed(_ model: KnowledgeModel, file: StaticString = #filePath, line: UInt = #line) {
        checkWellFormed(model.keyTerms, tokens: model.tokens, sentences: model.sentences,
                        vocabulary: model.vocabulary, file: file, line: line)
        XCTAssertEqual(model.sectionKeyTerms.count, model.sections.count, file: file, line: line)
        for (k, section) in model.sections.enumerated() {
            let allowed = Selection.section(k + 1).sentenceIndexes(in: model)
            checkWellFormed(model.sectionKeyTerms[k], tokens: model.tokens, sentences: model.sentences,
                            vocabulary: model.vocabulary, within: allowed, file: file, line: line)
            XCTAssertFalse(section.label.isEmpty, file: file, line: line)
        }
    }

    /// Asserts that every expected term (case-insensitive) is among the first `n` terms.
    private static func assertTop(_ terms: [KeyTerm], _ n: Int, contain expected: [String],
                                  file: StaticString = #filePath, line: UInt = #line) {
        let top = texts(terms, top: n)
        for e in expected {
            XCTAssertTrue(top.contains(e.lowercased()), "'\(e)' not in top \(n): \(top)", file: file, line: line)
        }
    }

    // MARK: Hand-made texts

    func testObviousKeyTermsOfASmallText() {
        let text = """
        Solar Power at Home

        Solar panels turn sunlight into electricity. A house with solar panels on its roof can run its lights and its fridge for free on a sunny day.

        Battery storage keeps the electricity for the night. Without battery storage, solar panels sell their surplus to the grid and the house buys it back after dark.

        Installers size the solar panels and the battery storage to the household's electricity use over a year.
        """
        let model = Self.model(text)
        Self.checkWellFormed(model)
        Self.assertTop(model.keyTerms, 3, contain: ["solar panels", "battery storage"])
        Self.assertTop(model.keyTerms, 5, contain: ["electricity"])
        // "solar" only ever occurs in "solar panels"; "battery" only in "battery storage".
        XCTAssertFalse(Self.texts(model.keyTerms).contains("solar"))
        XCTAssertFalse(Self.texts(model.keyTerms).contains("battery"))
        let panels = model.keyTerms.first { $0.text == "solar panels" }
        XCTAssertEqual(panels?.sentences, [0, 1, 3, 4])
    }

    func testPhrasesStopAtPunctuation() {
        let text = """
        Budget Talks

        The council debated tax reform, budget deficits and tax reform again; budget deficits dominated.

        Tax reform (budget deficits) was the mayor's "tax reform" -- budget deficits came later: tax reform first.
        """
        let model = Self.model(text)
        let all = Self.texts(model.keyTerms)
        XCTAssertTrue(all.contains("tax reform"), "\(all)")
        XCTAssertTrue(all.contains("budget deficits"), "\(all)")
        for term in all {
            XCTAssertFalse(term.contains("reform budget"), "phrase crosses punctuation: \(term)")
            XCTAssertFalse(term.contains("deficits tax"), "phrase crosses punctuation: \(term)")
            XCTAssertFalse(term.contains("mayor's tax"), "phrase crosses a quote: \(term)")
        }
        let reform = model.keyTerms.first { $0.text == "tax reform" }
        XCTAssertEqual(reform?.sentences, [0, 1])
    }

    func testSubsumedWordsAreLeftOut() {
        let text = """
        Intelligence

        According to the National Intelligence Estimate, the gains were modest. Critics read the National Intelligence Estimate differently.

        The estimate of the critics was gloomier than the official estimate, and the gains were smaller than promised.
        """
        let model = Self.model(text)
        let all = Self.texts(model.keyTerms)
        XCTAssertTrue(all.contains("national intelligence estimate"), "\(all)")
        XCTAssertEqual(model.keyTerms.first { $0.text.lowercased() == "national intelligence estimate" }?.text,
                       "National Intelligence Estimate", "a name keeps its capitals")
        // "intelligence" and "national" occur only inside the phrase; "estimate" also occurs on its own.
        XCTAssertFalse(all.contains("intelligence"), "\(all)")
        XCTAssertFalse(all.contains("national"), "\(all)")
        XCTAssertTrue(all.contains("estimate"), "\(all)")
        XCTAssertEqual(model.keyTerms.first { $0.text.lowercased() == "estimate" }?.sentences, [0, 1, 2])
    }

    func testInflectionsMergeAndTheCommonestFormIsShown() {
        let text = """
        Aid

        The plan calls for coordinated international efforts in the region.

        A coordinated international effort could train the police.

        Only coordinated international efforts can rebuild the courts.
        """
        let model = Self.model(text)
        let matches = model.keyTerms.filter { $0.text.hasPrefix("coordinated international") }
        XCTAssertEqual(matches.map(\.text), ["coordinated international efforts"])
        XCTAssertEqual(matches.first?.sentences, [0, 1, 2])
        XCTAssertEqual(model.keyTerms.first?.text, "coordinated international efforts")
    }

    func testTiesAreBrokenByFirstOccurrenceAndOrderIsDeterministic() {
        let text = """
        Things

        Porcupines, marmalade, telescopes, umbrellas.
        """
        let model = Self.model(text)
        XCTAssertEqual(model.keyTerms.map(\.text), ["porcupines", "marmalade", "telescopes", "umbrellas"])
        let again = Self.model(text)
        XCTAssertEqual(again.keyTerms, model.keyTerms)
        let essay = try? Self.essay("seeds/albright-iraq-2007.txt")
        let essayAgain = try? Self.essay("seeds/albright-iraq-2007.txt")
        XCTAssertEqual(essay?.keyTerms, essayAgain?.keyTerms)
        XCTAssertEqual(essay?.sectionKeyTerms, essayAgain?.sectionKeyTerms)
    }

    func testNumbersStopWordsAndShortWordsAreNotTerms() {
        let model = Self.model("""
        Numbers

        In 1997 the UN paid 2001 dollars to an ox farm in the valley. In 1998 the UN, again, paid the ox farm.
        """)
        let all = Self.texts(model.keyTerms)
        XCTAssertTrue(all.contains("un"), "two-letter acronyms count: \(all)")
        XCTAssertTrue(all.contains("farm"), "\(all)")
        for bad in ["1997", "2001", "1998", "ox", "the", "in", "to"] {
            let found = all.contains { $0.split(separator: " ").contains(Substring(bad)) }
            XCTAssertFalse(found, "\(bad) in \(all)")
        }
    }

    func testEmptyAndTinyTexts() {
        let empty = Self.model("")
        XCTAssertTrue(empty.keyTerms.isEmpty)
        XCTAssertEqual(empty.sectionKeyTerms.count, empty.sections.count)
        let stops = Self.model("It is what it is, and so it was.")
        XCTAssertTrue(stops.keyTerms.isEmpty)
        XCTAssertEqual(stops.sectionKeyTerms.count, stops.sections.count)
        XCTAssertTrue(stops.sections.allSatisfy { !$0.label.isEmpty })
    }

    // MARK: Sections

    func testSectionTermsAreCharacteristicOfTheirSection() {
        let text = """
        Mountains

        Volcanoes build mountains from lava. Lava flows from volcanoes bury villages on the mountains.

        Volcanoes erupt when magma rises; magma chambers under volcanoes feed the lava.

        Glaciers carve mountains into valleys. Glaciers grind rock under moving ice.

        Ice sheets and glaciers retreat as the climate warms, leaving mountains bare.
        """
        let draft = Self.draft(text, sections: [(0..<2, ""), (2..<4, "")])
        let first = Self.texts(draft.sectionKeyTerms[0], top: 3)
        let second = Self.texts(draft.sectionKeyTerms[1], top: 3)
        XCTAssertTrue(first.contains("volcanoes"), "\(first)")
        XCTAssertTrue(second.contains("glaciers"), "\(second)")
        // "mountains" is spread evenly: characteristic of neither section.
        XCTAssertTrue(first.first?.contains("volcanoes") ?? false, "\(first)")
        XCTAssertTrue(second.first?.contains("glaciers") ?? false, "\(second)")
        XCTAssertFalse(first.contains { $0.contains("glaciers") }, "\(first)")
        XCTAssertFalse(second.contains { $0.contains("volcanoes") }, "\(second)")
        for (k, range) in [0..<2, 2..<4].enumerated() {
            let sentences = draft.paragraphs[range.lowerBound].sentences.lowerBound
                ..< draft.paragraphs[range.upperBound - 1].sentences.upperBound
            Self.checkWellFormed(draft.sectionKeyTerms[k], tokens: draft.tokens, sentences: draft.sentences,
                                 vocabulary: draft.vocabulary, within: sentences)
        }
        XCTAssertTrue(draft.sections[0].label.lowercased().hasPrefix("volcanoes"), draft.sections[0].label)
        XCTAssertTrue(draft.sections[1].label.lowercased().hasPrefix("glaciers"), draft.sections[1].label)
    }

    func testSectionLabelsAreShortNonEmptyAndDistinct() throws {
        for slug in ["federalist-10", "civil-disobedience", "a-modest-proposal", "gettysburg-address"] {
            let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/essays/\(slug).txt"),
                                  encoding: .utf8)
            let draft = Self.draft(text, equalSections: 6)
            let labels = draft.sections.map(\.label)
            XCTAssertEqual(draft.sectionKeyTerms.count, draft.sections.count)
            XCTAssertEqual(Set(labels.map { $0.lowercased() }).count, labels.count, "\(slug): \(labels)")
            for label in labels {
                XCTAssertFalse(label.isEmpty, slug)
                XCTAssertLessThanOrEqual(label.count, KeyTermStage.labelLimit, "\(slug): \(label)")
            }
            XCTAssertEqual(draft.sections.map(\.number), Array(1...draft.sections.count))
        }
    }

    func testIdenticalSectionsStillGetDistinctLabels() {
        let paragraph = "Rivers carry sediment to the delta. "
            + "The delta grows where rivers slow down and sediment settles."
        let text = "Deltas\n\n" + Array(repeating: paragraph, count: 4).joined(separator: "\n\n")
        let draft = Self.draft(text, equalSections: 4)
        let labels = draft.sections.map(\.label)
        XCTAssertEqual(labels.count, 4)
        XCTAssertEqual(Set(labels).count, 4, "\(labels)")
        XCTAssertTrue(labels.allSatisfy { !$0.isEmpty })
    }

    func testHeadingLabelsAreKept() {
        let text = """
        Costs and Benefits

        Tariffs raise prices for consumers. Tariffs protect some factories.

        Exports fall when partners retaliate against tariffs.
        """
        let draft = Self.draft(text, sections: [(0..<1, "Costs"), (1..<2, "")])
        XCTAssertEqual(draft.sections[0].label, "Costs")
        XCTAssertFalse(draft.sections[1].label.isEmpty)
        XCTAssertNotEqual(draft.sections[1].label, "Costs")
    }

    func testSectionWithoutTermsIsLabelledWithItsFirstWords() {
        let text = """
        Odd

        Telescopes gather starlight through mirrors. Telescopes on mountains see farther.

        It is what it is, and so it was.
        """
        let draft = Self.draft(text, sections: [(0..<1, ""), (1..<2, "")])
        XCTAssertTrue(draft.sectionKeyTerms[1].isEmpty)
        XCTAssertEqual(draft.sections[1].label, "It is what it is, and so it was.")
    }

    func testLabelBuilding() {
        XCTAssertLessThanOrEqual(KeyTermStage.shortened(String(repeating: "word ", count: 20)).count,
                                 KeyTermStage.labelLimit)
    }

    // MARK: Golden tests: the bundled essay and the fixtures

    func testBundledEssay() throws {
        let model = try Self.essay("seeds/albright-iraq-2007.txt")
        Self.checkWellFormed(model)
        XCTAssertEqual(model.keyTerms.count, 30)
        XCTAssertEqual(Self.texts(model.keyTerms).first, "iraq")
        Self.assertTop(model.keyTerms, 10, contain: ["Iraq", "troops", "leaders", "president", "President Bush"])
        Self.assertTop(model.keyTerms, 30, contain: ["mission", "war", "international",
                                                     "coordinated international assistance",
                                                     "National Intelligence Estimate", "United Nations"])
        // Names keep their capitals; other words are lower-cased.
        let shown = model.keyTerms.map(\.text)
        for name in ["Iraq", "United Nations", "troops"] { XCTAssertTrue(shown.contains(name), "\(name): \(shown)") }
    }

    func testFederalist10() throws {
        let model = try Self.fixture("federalist-10")
        Self.checkWellFormed(model)
        Self.assertTop(model.keyTerms, 10, contain: ["faction", "interests", "parties", "majority", "government"])
        Self.assertTop(model.keyTerms, 30, contain: ["republic", "public good", "citizens", "rights", "liberty",
                                                     "property", "passion", "Union"])
    }

    func testGettysburgAddress() throws {
        let model = try Self.fixture("gettysburg-address")
        Self.checkWellFormed(model)
        Self.assertTop(model.keyTerms, 2, contain: ["nation", "dedicated"])
        Self.assertTop(model.keyTerms, 10, contain: ["living", "dead", "consecrate", "civil war"])
        Self.assertTop(model.keyTerms, 30, contain: ["devotion", "Liberty", "honored dead", "battle-field"])
    }

    func testAModestProposal() throws {
        let model = try Self.fixture("a-modest-proposal")
        Self.checkWellFormed(model)
        Self.assertTop(model.keyTerms, 6, contain: ["children", "country", "kingdom", "proposal", "parents"])
        Self.assertTop(model.keyTerms, 30, contain: ["child", "poor", "mothers", "infants", "shillings", "food",
                                                     "landlords", "breeders", "per annum"])
    }

    func testCivilDisobedience() throws {
        let model = try Self.fixture("civil-disobedience")
        Self.checkWellFormed(model)
        Self.assertTop(model.keyTerms, 2, contain: ["government", "State"])
        Self.assertTop(model.keyTerms, 30, contain: ["majority", "law", "conscience", "prison", "property",
                                                     "slavery", "neighbor", "American government"])
    }

    func testCommonSense() throws {
        let model = try Self.fixture("common-sense-thoughts-on-american-affairs")
        Self.checkWellFormed(model)
        Self.assertTop(model.keyTerms, 10, contain: ["continent", "England", "America", "Britain", "government"])
        Self.assertTop(model.keyTerms, 30, contain: ["reconciliation", "king", "colonies", "Congress", "Europe",
                                                     "independance", "parent country"])
    }

    func testEveryFixtureCutIntoSections() throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("Tests/Fixtures/essays").path
        ).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 5)
        for file in files + ["../../../seeds/albright-iraq-2007.txt"] {
            let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/essays/\(file)"),
                                  encoding: .utf8)
            let draft = Self.draft(text, equalSections: 5)
            XCTAssertFalse(draft.keyTerms.isEmpty, file)
            for (k, section) in draft.sections.enumerated() {
                let sentences = draft.paragraphs[section.paragraphs.lowerBound].sentences.lowerBound
                    ..< draft.paragraphs[section.paragraphs.upperBound - 1].sentences.upperBound
                XCTAssertFalse(draft.sectionKeyTerms[k].isEmpty, "\(file) §\(k + 1)")
                XCTAssertLessThanOrEqual(draft.sectionKeyTerms[k].count, 10)
                Self.checkWellFormed(draft.sectionKeyTerms[k], tokens: draft.tokens, sentences: draft.sentences,
                                     vocabulary: draft.vocabulary, within: sentences)
            }
        }
    }
}
