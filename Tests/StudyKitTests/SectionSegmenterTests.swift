import Foundation
import XCTest
@testable import StudyKit

final class SectionSegmenterTests: XCTestCase {
    // MARK: - Helpers

    /// Repository root: this file is `<root>/Tests/StudyKitTests/SectionSegmenterTests.swift`.
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // StudyKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root

    private func model(_ text: String, name: String = "test.txt") -> KnowledgeModel {
        KnowledgeModel(text: text, source: EssaySource(name: name, path: nil))
    }

    private func model(file: String) throws -> KnowledgeModel {
        let url = Self.root.appendingPathComponent(file)
        return model(try String(contentsOf: url, encoding: .utf8), name: url.lastPathComponent)
    }

    /// 1-based numbers of the paragraphs that start a section, the first excepted.
    private func boundaries(_ m: KnowledgeModel) -> [Int] {
        m.sections.dropFirst().map { $0.paragraphs.lowerBound + 1 }
    }

    /// What every segmentation must satisfy, whatever the text.
    private func assertWellFormed(_ m: KnowledgeModel, file: StaticString = #filePath, line: UInt = #line) {
        let n = m.paragraphs.count
        XCTAssertEqual(m.sectionGaps.count, max(0, n - 1), "one gap between each pair of paragraphs", file: file, line: line)
        guard n > 0 else {
            XCTAssertTrue(m.sections.isEmpty, file: file, line: line)
            return
        }
        // Contiguous, in order, covering every paragraph, numbered from 1.
        var next = 0
        for (i, s) in m.sections.enumerated() {
            XCTAssertEqual(s.number, i + 1, file: file, line: line)
            XCTAssertEqual(s.paragraphs.lowerBound, next, file: file, line: line)
            XCTAssertFalse(s.paragraphs.isEmpty, file: file, line: line)
            next = s.paragraphs.upperBound
            // The central sentence lies inside the section.
            XCTAssertTrue(s.paragraphs.contains(m.sentences[s.centralSentence].paragraphIndex),
                          "central sentence of §\(s.number) outside it", file: file, line: line)
        }
        XCTAssertEqual(next, n, file: file, line: line)
        // The gaps agree with the sections, and each says why.
        let starts = Set(m.sections.dropFirst().map(\.paragraphs.lowerBound))
        for (j, g) in m.sectionGaps.enumerated() {
            XCTAssertEqual(g.paragraphIndex, j + 1, file: file, line: line)
            XCTAssertEqual(g.isBoundary, starts.contains(g.paragraphIndex), file: file, line: line)
            XCTAssertFalse(g.reason.isEmpty, file: file, line: line)
            XCTAssertTrue(g.reason.hasSuffix("."), "a reason is a sentence: \(g.reason)", file: file, line: line)
            XCTAssertTrue((0...1.0000001).contains(g.cohesion), file: file, line: line)
            XCTAssertGreaterThanOrEqual(g.depth, 0, file: file, line: line)
            XCTAssertGreaterThanOrEqual(g.score, g.depth - 1e-12, file: file, line: line)
        }
    }

    /// Asserts that enough of the boundaries a reader sees (each a set of acceptable first paragraphs, 1-based)
    /// are found within one paragraph; each found boundary is matched at most once. Enough is half of them,
    /// rounded down, but at least two when the reading has three or more: lexical cohesion finds the steps that
    /// change the vocabulary, not the ones made by reference back, and the exact places move a little with the
    /// sentence splitter, so the tests ask for a majority-ish agreement rather than for every boundary.
    private func assertRecall(_ m: KnowledgeModel, reading: [[Int]],
                              file: StaticString = #filePath, line: UInt = #line) {
        let minimum = reading.count >= 3 ? max(2, reading.count / 2) : reading.count
        let found = boundaries(m)
        var used = Set<Int>()
        var matched: [[Int]] = []
        for expected in reading {
            if let b = found.first(where: { b in !used.contains(b) && expected.contains { abs($0 - b) <= 1 } }) {
                used.insert(b)
                matched.append(expected)
            }
        }
        XCTAssertGreaterThanOrEqual(matched.count, minimum,
                                    "\(m.source.name): found section starts \(found), reading \(reading), matched \(matched)",
                                    file: file, line: line)
    }

    /// Three paragraphs each on bees, tax law and volcanoes.
    static let beesTaxVolcanoes = """
    Three Subjects

    Honey bees live in colonies of thousands of workers, a few hundred drones and a single queen. The workers build the comb from wax, and each hexagonal cell of the comb holds honey, pollen or a growing larva.

    A forager bee visits flowers to collect nectar and pollen, and the nectar is carried back to the hive in a honey stomach. Inside the hive, worker bees fan the nectar with their wings until it thickens into honey and seal the comb with wax.

    When a colony grows crowded, the old queen leaves with a swarm of workers to found a new hive, while the bees left behind raise a new queen from a larva fed on royal jelly. Beekeepers watch the comb for queen cells to catch a swarm before it leaves.

    Income tax law decides which earnings are taxable, which deductions a taxpayer may claim and what rate applies to each bracket of income. A statute sets the brackets, and the revenue agency publishes rules on how the statute applies.

    Courts settle disputes between a taxpayer and the revenue agency when the two read a statute differently. A judge weighs the text of the tax code, earlier rulings and the purpose of the legislature, and an appeal can take years.

    Corporate tax law adds rules of its own: a company pays tax on profits, may deduct expenses and depreciation, and owes withholding tax on dividends paid to shareholders. Auditors check the returns, and penalties follow when a return understates taxable income.

    A volcano forms where magma from the mantle rises through the crust and erupts as lava, ash and gas. Volcanic cones are built from layer after layer of cooled lava and ash, and a crater often sits at the summit.

    Geologists measure earthquakes, ground swelling and sulfur gas around a volcano to forecast an eruption. A sudden swarm of small earthquakes beneath the crater often means that magma is moving upward through the vent.

    Explosive eruptions throw ash high into the atmosphere, where it can ground aircraft and cool the climate for a year or more. Pyroclastic flows of hot gas and rock race down the slopes of the volcano and bury everything in their path.
    """

    // MARK: - Hand-made texts

    func testTopicShiftsAreFound() {
        let m = model(Self.beesTaxVolcanoes)
        XCTAssertEqual(m.paragraphs.count, 9)
        assertWellFormed(m)
        XCTAssertEqual(boundaries(m), [4, 7], m.sectionGaps.map(\.reason).joined(separator: "\n"))
        // Labels come from the key-term stage: each names its own topic.
        XCTAssertTrue(m.sections[0].label.lowercased().contains("honey") || m.sections[0].label.lowercased().contains("bee"), m.sections[0].label)
        XCTAssertTrue(m.sections[1].label.lowercased().contains("tax"), m.sections[1].label)
        XCTAssertTrue(m.sections[2].label.lowercased().contains("volcano") || m.sections[2].label.lowercased().contains("ash"), m.sections[2].label)
        // The deepest dips are at the two topic changes.
        let deepest = m.sectionGaps.sorted { $0.depth > $1.depth }.prefix(2).map(\.paragraphIndex).sorted()
        XCTAssertEqual(deepest, [3, 6])
        let chosen = m.sectionGaps.filter(\.isBoundary)
        XCTAssertTrue(chosen.allSatisfy { $0.reason.hasPrefix("Section §") }, "\(chosen.map(\.reason))")
    }

    func testCentralSentenceIsTheMostTypicalOne() {
        let m = model(Self.beesTaxVolcanoes)
        XCTAssertEqual(m.sections.count, 3)
        for s in m.sections.prefix(3) {
            let sentence = m.text(of: m.sentences[s.centralSentence])
            let topic = ["bee", "tax", "volcan"][s.number - 1]
            XCTAssertTrue(sentence.lowercased().contains(topic), "§\(s.number): \(sentence)")
        }
    }

    func testCentralSentenceSumsSimilarityExactly() {
        // Brute force over all pairs agrees with the linear centroid formula.
        var vectors = SectionSegmenter.StemVectors()
        var seed: UInt64 = 12345
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        var units: [[Int32]] = []
        for _ in 0..<40 {
            let unit = (0..<(5 + next() % 8)).map { _ in Int32(next() % 30) }
            units.append(unit)
            vectors.append(stems: unit)
        }
        func counts(_ u: [Int32]) -> [Int32: Double] { u.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        func cosine(_ a: [Int32: Double], _ b: [Int32: Double]) -> Double {
            let dot = a.reduce(0) { $0 + $1.value * (b[$1.key] ?? 0) }
            let na = a.values.reduce(0) { $0 + $1 * $1 }.squareRoot(), nb = b.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return dot / (na * nb)
        }
        for range in [0..<40, 3..<17, 20..<21] {
            let c = range.map { counts(units[$0]) }
            let eligible = range.filter { units[$0].count >= SectionSegmenter.centralSentenceMinimumWords }
            let sums = eligible.map { i in range.filter { $0 != i }.reduce(0) { $0 + cosine(c[i - range.lowerBound], c[$1 - range.lowerBound]) } }
            let best = eligible[sums.indices.max { sums[$0] < sums[$1] || (sums[$0] == sums[$1] && $0 > $1) }!]
            XCTAssertEqual(SectionSegmenter.centralSentences(vectors, in: [range]), [best])
        }
    }

    func testCentralSentencePrefersSentencesWithContent() {
        // Three sentences; the second shares words with both others.
        var v = SectionSegmenter.StemVectors()
        v.append(stems: [1, 2, 3, 4, 5])
        v.append(stems: [1, 2, 3, 6, 7, 8])
        v.append(stems: [6, 7, 8, 9, 10])
        v.append(stems: [1])  // similar to much, but too short to be central
        XCTAssertEqual(SectionSegmenter.centralSentences(v, in: [0..<4]), [1])
        // With only short sentences, the floor gives way; with no content words at all, the first is chosen.
        var short = SectionSegmenter.StemVectors()
        short.append(stems: [])
        short.append(stems: [4])
        short.append(stems: [4, 5])
        XCTAssertEqual(SectionSegmenter.centralSentences(short, in: [0..<3, 0..<1]), [2, 0])
    }

    func testMarkdownHeadingsAreTheSections() {
        let text = """
        # A Field Guide

        An opening paragraph before any heading, about nothing in particular and everything in general.

        ## Bees

        Honey bees live in colonies of thousands of workers and a single queen.

        Foragers collect nectar and pollen from flowers.

        ## Tax law

        Income tax law decides which earnings are taxable.

        ## Volcanoes

        A volcano forms where magma rises through the crust.

        Explosive eruptions throw ash high into the atmosphere.
        """
        let m = model(text)
        XCTAssertEqual(m.paragraphs.count, 6)
        assertWellFormed(m)
        XCTAssertEqual(m.sections.map(\.paragraphs), [0..<1, 1..<3, 3..<4, 4..<6])
        XCTAssertEqual(m.sections.map(\.label).dropFirst(), ["Bees", "Tax law", "Volcanoes"])
        XCTAssertFalse(m.sections[0].label.isEmpty, "the part before the first heading is labelled from its key terms")
        XCTAssertTrue(m.sectionGaps[0].reason.contains("“Bees”"), m.sectionGaps[0].reason)
        XCTAssertFalse(m.sectionGaps[1].isBoundary)
    }

    func testHeadingsOverrideCohesion() {
        // Headings in odd places still win: they are the author's own division.
        let paragraphs = Self.beesTaxVolcanoes.components(separatedBy: "\n\n").dropFirst()
        var text = "Notes\n\n## One\n\n"
        for (i, p) in paragraphs.enumerated() {
            if i == 5 { text += "## Two\n\n" }
            text += p + "\n\n"
        }
        let m = model(text)
        XCTAssertEqual(m.sections.map(\.paragraphs), [0..<5, 5..<9])
        XCTAssertEqual(m.sections.map(\.label), ["One", "Two"])
    }

    func testALoneLeadingHeadingDoesNotDivide() {
        // A heading over the first paragraph only is not a division of the text: words decide.
        let text = Self.beesTaxVolcanoes.replacingOccurrences(of: "Three Subjects\n\n", with: "Three Subjects\n\n## Nature\n\n")
        let m = model(text)
        XCTAssertEqual(m.paragraphs.first?.heading?.title, "Nature")
        XCTAssertEqual(boundaries(m), [4, 7])
        XCTAssertNotEqual(m.sections.first?.label, "Nature")
    }

    // MARK: - Degenerate inputs

    func testEmptyText() {
        for text in ["", "   \n\n  ", "Title Only"] {
            let m = model(text)
            assertWellFormed(m)
        }
        XCTAssertTrue(model("").sections.isEmpty)
    }

    func testOnlyHeadings() {
        let m = model("## One\n\n## Two\n\n### Three\n")
        assertWellFormed(m)
        XCTAssertEqual(m.sections.count, m.paragraphs.isEmpty ? 0 : 1)
    }

    func testOneParagraph() {
        let m = model("Bees make honey from nectar. They store it in wax comb. The queen lays the eggs.")
        assertWellFormed(m)
        XCTAssertEqual(m.sections.map(\.paragraphs), [0..<m.paragraphs.count])
        XCTAssertTrue(m.sectionGaps.isEmpty)
    }

    func testFewParagraphs() {
        let paragraphs = Self.beesTaxVolcanoes.components(separatedBy: "\n\n").dropFirst().map { $0 }
        for n in 2...6 {
            let m = model("Title\n\n" + paragraphs.prefix(n).joined(separator: "\n\n"))
            XCTAssertEqual(m.paragraphs.count, n)
            assertWellFormed(m)
            let allowed = SectionSegmenter.sectionCountRange(paragraphs: n)
            XCTAssertTrue(allowed.contains(m.sections.count), "\(n) paragraphs: \(m.sections.count) sections")
            if n <= 2 { XCTAssertEqual(m.sections.count, 1) }
            if n >= 4 {
                XCTAssertGreaterThan(m.sections.first!.paragraphs.count, 1, "no one-paragraph section at the start")
                XCTAssertGreaterThan(m.sections.last!.paragraphs.count, 1, "no one-paragraph section at the end")
            }
        }
    }

    func testParagraphsWithoutContentWords() {
        // Stop words only: no cohesion anywhere, still a valid division.
        let text = (1...8).map { _ in "It is what it is, and so it was, and so it will be." }.joined(separator: "\n\n")
        let m = model("Title\n\n" + text)
        assertWellFormed(m)
        XCTAssertTrue(m.sectionGaps.allSatisfy { $0.cohesion == 0 && $0.depth == 0 })
    }

    func testSectionCountRange() {
        XCTAssertEqual(SectionSegmenter.sectionCountRange(paragraphs: 0), 1...1)
        XCTAssertEqual(SectionSegmenter.sectionCountRange(paragraphs: 2), 1...1)
        XCTAssertEqual(SectionSegmenter.sectionCountRange(paragraphs: 3), 1...2)
        XCTAssertEqual(SectionSegmenter.sectionCountRange(paragraphs: 4), 2...2)
        XCTAssertEqual(SectionSegmenter.sectionCountRange(paragraphs: 5), 2...3)
        XCTAssertEqual(SectionSegmenter.sectionCountRange(paragraphs: 6), 3...3)
        XCTAssertEqual(SectionSegmenter.sectionCountRange(paragraphs: 11), 3...5)
        XCTAssertEqual(SectionSegmenter.sectionCountRange(paragraphs: 51), 3...7)
        XCTAssertEqual(SectionSegmenter.sectionCountRange(paragraphs: 400), 3...50)
        XCTAssertEqual(SectionSegmenter.sectionCountRange(paragraphs: 10_000), 3...60)
    }

    // MARK: - Parts of the method

    func testDepthClimbsToThePeaks() {
        let c = [0.5, 0.2, 0.6, 0.6, 0.1, 0.4, 0.3]
        let d = SectionSegmenter.depths(c)
        let expected = [0.0, (0.5 - 0.2) + (0.6 - 0.2), 0, 0, (0.6 - 0.1) + (0.4 - 0.1), 0, 0.4 - 0.3]
        for (a, b) in zip(d, expected) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        XCTAssertEqual(SectionSegmenter.depths([]), [])
        XCTAssertEqual(SectionSegmenter.depths([0.3]), [0])
    }

    func testBestBreaksRespectsSectionLengths() {
        // Gap j is before paragraph j + 1 (0-based), 8 paragraphs.
        let score = [0.0, 0.9, 0.8, 0.0, 0.0, 0.2, 0.0]
        func best(_ sections: ClosedRange<Int>, penalty: Double = 0, edge: Int = 2, inner: Int = 2,
                  longest: Int = 8, _ s: [Double]? = nil) -> [Int]? {
            SectionSegmenter.bestBreaks(score: s ?? score, sections: sections, penalty: penalty, edgeMinimum: edge,
                                        innerMinimum: inner, maximumLength: longest)
        }
        // Two breaks, sections of two or more: 0.9 and 0.8 are adjacent, so 0.9 pairs with 0.2.
        XCTAssertEqual(best(3...3), [1, 5])
        // One-paragraph sections in the middle allowed: the two best.
        XCTAssertEqual(best(3...3, inner: 1), [1, 2])
        // A longest section of 3 forces breaks spread over the text (0.8 + 0.2 beats 0.9 + 0).
        XCTAssertEqual(best(3...3, longest: 3), [2, 5])
        // Impossible: four sections of two or more in six paragraphs.
        XCTAssertNil(best(4...4, [0, 0, 0, 0, 0]))
        // Ties go to the earlier gap, and to fewer breaks.
        XCTAssertEqual(best(2...2, [0, 0, 0, 0, 0]), [1])
        XCTAssertEqual(best(2...4, [0, 0, 0, 0, 0]), [1])
        // The number of breaks: each must score above the penalty.
        XCTAssertEqual(best(1...4, penalty: 0.5), [1])
        XCTAssertEqual(best(1...4, penalty: 0.1), [1, 5])
        XCTAssertEqual(best(1...4, penalty: 1), [])
        XCTAssertEqual(best(3...4, penalty: 1), [1, 5], "at least three sections")
        // A strong break is not given up to reach a number of sections: 0.9 at P4 and P7 in 9 paragraphs.
        XCTAssertEqual(best(3...4, penalty: 0.2, [0.2, 0.1, 0.9, 0.05, 0.1, 0.9, 0.05, 0]), [2, 5])
    }

    func testDiscourseCues() {
        func cues(_ s: String) -> [String] { SectionSegmenter.cues(opening: s).map(\.text) }
        XCTAssertEqual(cues("Yet this should not preclude Democrats and Republicans from trying."), ["Yet"])
        XCTAssertEqual(cues("In short, the plan failed."), ["In short"])
        XCTAssertEqual(cues("In the first place, it is to be remarked that the republic is small."), ["In the first place"])
        XCTAssertEqual(cues("Given the depth of the sectarian divisions within Iraq, no shift will occur."), ["Given"])
        XCTAssertEqual(cues("Is such an initiative still viable?"), [SectionSegmenter.Cue.question])
        XCTAssertEqual(cues("But where says some is the King of America?"), ["But", SectionSegmenter.Cue.question])
        XCTAssertEqual(cues("“However,” she said, “we go on.”"), ["However"])
        XCTAssertEqual(cues("He asked: “Who pays?”"), [SectionSegmenter.Cue.question])
        XCTAssertEqual(cues("Butter is made from cream."), [])
        XCTAssertEqual(cues("The bees, however, stay."), [])
        XCTAssertEqual(cues("Secondly, the tenants gain."), ["Secondly"])
        XCTAssertEqual(cues(""), [])
        XCTAssertEqual(cues("Ésta es una frase."), [])
        XCTAssertLessThan(SectionSegmenter.cues(opening: "Thirdly, more.")[0].strength,
                          SectionSegmenter.cues(opening: "Therefore, more.")[0].strength)
    }

    func testFormat() {
        XCTAssertEqual(SectionSegmenter.format(0), "0.00")
        XCTAssertEqual(SectionSegmenter.format(0.084), "0.08")
        XCTAssertEqual(SectionSegmenter.format(0.125), "0.13")
        XCTAssertEqual(SectionSegmenter.format(1.5), "1.50")
        XCTAssertEqual(SectionSegmenter.format(12.345), "12.35")
        XCTAssertEqual(SectionSegmenter.format(-0.5), "-0.50")
    }

    // MARK: - Determinism and long texts

    func testDeterministic() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/essays/civil-disobedience.txt"),
                              encoding: .utf8)
        let a = model(text), b = model(text)
        XCTAssertEqual(a.sections, b.sections)
        XCTAssertEqual(a.sectionGaps, b.sectionGaps)
    }

    func testLongTextGetsMoreSectionsAtItsTopicChanges() {
        // 40 topics of 10 paragraphs each, every topic with its own made-up vocabulary.
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % bound
        }
        let letters = Array("bcdfghjklmnprstvz"), vowels = Array("aeiou")
        func word() -> String { String((0..<3).flatMap { _ in [letters[next(letters.count)], vowels[next(vowels.count)]] }) }
        var text = "A Long Text\n\n"
        for _ in 0..<40 {
            let vocabulary = (0..<30).map { _ in word() }
            for _ in 0..<10 {
                let sentences = (0..<3).map { _ in
                    "The " + (0..<8).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ") + "."
                }
                text += sentences.joined(separator: " ") + "\n\n"
            }
        }
        let m = model(text)
        XCTAssertEqual(m.paragraphs.count, 400)
        assertWellFormed(m)
        // Every change of topic starts a section; a few more breaks fall at chance dips inside topics, since the
        // number of sections follows the scores up to the limit for the length (400 / 8 = 50).
        let found = boundaries(m)
        let changes = Array(stride(from: 11, through: 391, by: 10))
        XCTAssertEqual(changes.filter { !found.contains($0) }, [], "missed topic changes")
        XCTAssertLessThanOrEqual(m.sections.count, 50)
        XCTAssertGreaterThanOrEqual(Double(changes.count) / Double(found.count), 0.75, "\(found)")
    }

    // MARK: - Golden tests: boundaries from reading the essays

    /// Madeleine Albright, "A Way Out of Iraq" (2007), 11 body paragraphs. Reading: P1–P3 what are we fighting
    /// for (the missions tried on, the three goals); P4–P5 the debate, and what the intelligence estimate says
    /// is needed (a fundamental shift); P6–P8 the only option, coordinated international assistance, its precedent
    /// and whether it is viable (P5 could as well open this step); P9–P11 what the president and the international
    /// effort must do, and the conclusion.
    ///
    /// The step at P4 ("This disconnect between mission and capabilities…") is made by reference back, not by new
    /// words, so cohesion cannot see it; two of the three boundaries are required, one of them the turn to
    /// coordinated international assistance.
    func testBundledEssay() throws {
        let m = try model(file: "seeds/albright-iraq-2007.txt")
        XCTAssertEqual(m.paragraphs.count, 11)
        assertWellFormed(m)
        XCTAssertTrue((3...5).contains(m.sections.count), "\(m.sections.count) sections")
        assertRecall(m, reading: [[4], [5, 6], [9]])
        // "Given … That leaves coordinated international assistance as the only option." opens a step.
        XCTAssertTrue(boundaries(m).contains { (5...7).contains($0) }, "\(boundaries(m))")
    }

    /// The Gettysburg Address, 4 paragraphs: the founding and the war (P1–P2), then "But, in a larger sense, we
    /// can not dedicate…" turns to what the living must do (P3–P4).
    func testGettysburgAddress() throws {
        let m = try model(file: "Tests/Fixtures/essays/gettysburg-address.txt")
        XCTAssertEqual(m.paragraphs.count, 4)
        assertWellFormed(m)
        XCTAssertEqual(m.sections.map(\.paragraphs), [0..<2, 2..<4])
    }

    /// The Federalist No. 10 (the signature "PUBLIUS" is a byline), 24 paragraphs. Reading: P1–P3 the danger of
    /// faction and its definition; P4–P11 the two ways of removing its causes, both rejected, ending in the
    /// inference that only its effects can be controlled; P12–P14 controlling the effects, where a pure democracy
    /// fails; P15–P20 the republic and representation; P21–P24 the extent of the republic and the Union.
    func testFederalist10() throws {
        let m = try model(file: "Tests/Fixtures/essays/federalist-10.txt")
        XCTAssertEqual(m.paragraphs.count, 24)
        assertWellFormed(m)
        assertRecall(m, reading: [[4], [11, 12], [15], [21]])
    }

    /// A Modest Proposal, 33 paragraphs. Reading: P1–P7 the problem and the numbers; P8–P16 the proposal itself
    /// (from "I shall now therefore humbly propose…"); P17–P19 the digression on a friend's refinement and on the
    /// aged poor; P20–P28 the advantages ("I have too long digressed…", first … sixthly); P29–P33 the objection,
    /// the other expedients and the author's disinterest.
    func testModestProposal() throws {
        let m = try model(file: "Tests/Fixtures/essays/a-modest-proposal.txt")
        XCTAssertEqual(m.paragraphs.count, 33)
        assertWellFormed(m)
        assertRecall(m, reading: [[8, 9], [17], [20], [29]])
    }

    /// Civil Disobedience, 51 paragraphs. Reading: P1–P8 government as an expedient, majorities and men as
    /// machines; P9–P13 how a man should behave toward this government, the right of revolution, Paley; P14–P19
    /// the merchants at home, voting and the duty to wash one's hands; P20–P24 unjust laws and withdrawing
    /// support; P25–P31 meeting the state in its tax-gatherer, prison for the just, the church and poll taxes;
    /// P32–P39 the night in jail (P30 could as well open it); P40–P46 the taxes he pays and refuses, and his wish to
    /// conform; P47–P51 statesmen, the Constitution and a more perfect state.
    func testCivilDisobedience() throws {
        let m = try model(file: "Tests/Fixtures/essays/civil-disobedience.txt")
        XCTAssertEqual(m.paragraphs.count, 51)
        assertWellFormed(m)
        XCTAssertTrue((5...7).contains(m.sections.count))
        assertRecall(m, reading: [[9], [14], [20], [25], [30, 32], [40], [47, 48]])
        // No stretch swallows half the essay.
        XCTAssertTrue(m.sections.allSatisfy { $0.paragraphs.count <= 20 }, "\(m.sections.map(\.paragraphs))")
    }

    /// Common Sense, "Thoughts on the Present State of American Affairs", 55 paragraphs. Reading: P1–P5 the
    /// cause and the new era of arms; P6–P14 the injuries of the connection, protection and the parent country;
    /// P15–P19 no advantage, only European wars; P20–P27 the end of British authority and the advocates of
    /// reconciliation; P28–P32 a continent cannot be governed by an island; P33–P39 reconciliation would ruin the
    /// continent; P40–P49 the fear of independence and a plan of government (P42 could as well open it);
    /// P50–P55 the King of America and the closing appeal.
    func testCommonSense() throws {
        let m = try model(file: "Tests/Fixtures/essays/common-sense-thoughts-on-american-affairs.txt")
        XCTAssertEqual(m.paragraphs.count, 55)
        assertWellFormed(m)
        assertRecall(m, reading: [[6], [15], [20], [28], [33], [40, 42], [50]])
    }
}
