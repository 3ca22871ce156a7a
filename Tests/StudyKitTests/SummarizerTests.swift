import Testing
@testable import StudyKit

@Suite struct SummarizerTests {
    static let text = """
    Cats

    Cats are small domestic animals that many families keep as pets. Cats sleep for most of the day in warm places.

    Cats are small domestic animals that many families keep as pets. Dogs need long walks and plenty of exercise every day.

    Birds sing in the early morning from the tall trees of the garden. Fish swim slowly in their glass tanks at home.
    """

    func summarize(_ m: KnowledgeModel, _ selection: Selection = .all, _ budget: SummaryBudget? = nil) -> [Int] {
        Summarizer(model: m).summarize(selection, budget: budget).sentenceIndexes
    }

    @Test func nearIdenticalSentencesAreNeverBothChosen() {
        let m = Fixtures.model(Self.text)
        let chosen = summarize(m, .all, .sentences(5))
        let texts = chosen.map { m.text(of: m.sentences[$0]) }
        #expect(Set(texts).count == texts.count)
        #expect(chosen.count < m.sentences.count)
    }

    @Test func budgetsAreKept() throws {
        let m = try Fixtures.essay("federalist-10")
        #expect(summarize(m, .all, .sentences(4)).count == 4)
        let words = summarize(m, .all, .words(120)).reduce(0) { $0 + m.sentences[$1].tokens.count }
        #expect(words <= 120 && words > 0)
        let total = m.wordCount
        let ratioWords = summarize(m, .all, .ratio(0.1)).reduce(0) { $0 + m.sentences[$1].tokens.count }
        #expect(ratioWords <= Int((Double(total) * 0.1).rounded()))
        #expect(ratioWords > total / 20)
    }

    @Test func documentOrderAndDeterminism() throws {
        let m = try Fixtures.essay("civil-disobedience")
        let a = summarize(m, .all, .sentences(8)), b = summarize(m, .all, .sentences(8))
        #expect(a == b)
        #expect(a == a.sorted())
        #expect(Set(a).count == a.count)
    }

    @Test func sectionsAndRangesStayInside() throws {
        let m = Fixtures.bundled
        for section in m.sections {
            let range = Selection.section(section.number).sentenceIndexes(in: m)
            let chosen = summarize(m, .section(section.number))
            #expect(!chosen.isEmpty)
            #expect(chosen.allSatisfy { range.contains($0) })
        }
        let chosen = summarize(m, .paragraphs(3...5), .sentences(2))
        #expect(chosen.count == 2)
        #expect(chosen.allSatisfy { (2...4).contains(m.sentences[$0].paragraphIndex) })
    }

    @Test func degenerateInputs() {
        let one = Fixtures.model("Title\n\nOnly one sentence here about nothing much at all.")
        #expect(summarize(one, .all, .sentences(3)) == [0])
        #expect(summarize(one, .all, .words(1)) == [0])
        let empty = Fixtures.model("")
        #expect(summarize(empty).isEmpty)
        let s = Summarizer(model: one).summarize(sentences: 0..<0, budget: .sentences(2))
        #expect(s.lines.isEmpty)
    }

    @Test func roleWeightChangesTheChoice() throws {
        let m = try Fixtures.essay("federalist-10")
        let plain = summarize(m, .all, .sentences(3))
        let standAlone = StandAlone(model: m)
        let target = try #require((0..<m.sentences.count).last { !standAlone.leansBack($0) && !standAlone.isFormula($0) && !plain.contains($0) })
        let boosted = Summarizer(model: m, roleWeight: { $0 == target ? 5 : 1 }).summarize(.all, budget: .sentences(3))
        #expect(boosted.sentenceIndexes.contains(target))
        #expect(boosted.lines.first { $0.sentence == target }?.score.role == 5)
    }

    func ids(_ m: KnowledgeModel, _ xs: [Int]) -> [String] { xs.map { m.sentences[$0].id.description } }

    // Expectations from reading the essays.
    @Test func bundledEssayNamesTheInternationalEffort() {
        let m = Fixtures.bundled
        let s = Summarizer(model: m).summarize(.all, budget: .sentences(5))
        let text = s.lines.map { m.text(of: m.sentences[$0.sentence]) }.joined(separator: " ").lowercased()
        #expect(text.contains("international") || ids(m, s.sentenceIndexes).contains("S6.3"), "\(ids(m, s.sentenceIndexes))")
    }

    @Test func federalistTenNamesCausesEffectsOrTheRepublic() throws {
        let m = try Fixtures.essay("federalist-10")
        let s = Summarizer(model: m).summarize(.all, budget: .sentences(5))
        let text = s.lines.map { m.text(of: m.sentences[$0.sentence]) }.joined(separator: " ").lowercased()
        #expect(text.contains("causes") || text.contains("effects"))
        #expect(text.contains("republic"))
    }

    @Test func gettysburgKeepsItsThesisInTwoSentences() throws {
        let m = try Fixtures.essay("gettysburg-address")
        let thesis = try #require(m.argument.mainThesis)
        #expect(summarize(m, .all, .sentences(2)).contains(thesis))
    }
}

@Suite struct ArgumentDigestTests {
    static let text = """
    Parks

    Cities should build more parks in poor neighbourhoods. Because green space lowers summer heat, parks protect the health of older residents. Although parks cost money to maintain, the savings on hospital care are larger. Yet Mayor Brown still refuses to fund them.
    """

    @Test func composesFromHandBuiltInput() {
        let m = Fixtures.model(Self.text)
        let input = ArgumentDigestInput(thesis: [0], reasons: [1], concessions: [.init(sentence: 2)], recommendations: [])
        let d = ArgumentDigest(input, model: m)
        let prose = d.text(in: m)
        #expect(prose == "The author argues that cities should build more parks in poor neighbourhoods [S1.1], because green space lowers summer heat, parks protect the health of older residents [S1.2]; the author grants that parks cost money to maintain [S1.3] but answers that the savings on hospital care are larger [S1.3].")
        #expect(d.clauses.map(\.role) == [.thesis, .reason, .concession, .answer])
    }

    @Test func answeredByAnotherSentenceAndNamesKeepTheirCapital() {
        let m = Fixtures.model(Self.text)
        let input = ArgumentDigestInput(thesis: [0], concessions: [.init(sentence: 1, answeredBy: 3)], recommendations: [0, 2])
        let prose = ArgumentDigest(input, model: m).text(in: m, ids: false)
        #expect(prose.contains("but answers that Mayor Brown still refuses to fund them"))
        #expect(prose.hasSuffix("; and recommends that parks cost money to maintain, the savings on hospital care are larger.") == false)
        #expect(!prose.contains("because because"))
        // A sentence is used once: S1.1 is the thesis, so the recommendation is S1.3.
        #expect(prose.contains("; and recommends that although parks cost money"))
    }

    @Test func emptyInputGivesNothing() {
        let m = Fixtures.model(Self.text)
        #expect(ArgumentDigest(ArgumentDigestInput(), model: m).clauses.isEmpty)
    }

    @Test func heuristicInputForTheBundledEssay() {
        let m = Fixtures.bundled
        let summary = Summarizer(model: m).summarize(.all, budget: .sentences(5))
        let input = ArgumentDigestInput.heuristic(model: m, summary: summary)
        #expect(input.thesis.count == 1)
        #expect(!input.recommendations.isEmpty)
        let d = ArgumentDigest(input, model: m)
        #expect(d.text(in: m).hasPrefix("The author argues that ") || d.text(in: m).hasPrefix("The author concludes that "))
        #expect(Set(d.clauses.map(\.sentence)).count >= 3)
    }

    @Test func aThesisDrawnFromTheSentenceBeforeReadsAsAConclusion() {
        let m = Fixtures.model("""
        Towns

        Local shops are closing across the region. No single council can reverse the decline. That leaves a shared regional fund as the only remedy. This mismatch should worry every mayor.
        """)
        let input = ArgumentDigestInput(thesis: [2], recommendations: [3])
        let prose = ArgumentDigest(input, model: m).text(in: m)
        #expect(prose == "The author concludes that a shared regional fund is the only remedy [S1.3].")
        let plain = ArgumentDigest(ArgumentDigestInput(thesis: [1]), model: m).text(in: m)
        #expect(plain == "The author argues that no single council can reverse the decline [S1.2].")
    }
}
