import Testing
@testable import StudyKit

/// What every summary of an argumentative text must show: its point, and no line that leans on a sentence left out.
@Suite struct SummaryGoldenTests {
    static let names = ["bundled"] + Fixtures.essayNames

    static func model(_ name: String) throws -> KnowledgeModel {
        name == "bundled" ? Fixtures.bundled : try Fixtures.essay(name)
    }

    @Test(arguments: names) func wholeSummaryHoldsTheThesis(_ name: String) throws {
        let m = try Self.model(name)
        let thesis = try #require(m.argument.mainThesis, "\(name) has a thesis")
        for budget in [nil, SummaryBudget.sentences(3), .sentences(8)] {
            let summary = Summarizer(model: m).summarize(.all, budget: budget)
            #expect(summary.sentenceIndexes.contains(thesis), "\(name) \(String(describing: budget))")
            #expect(summary.point == thesis)
        }
    }

    @Test func bundledSectionTwoHoldsTheOnlyOption() throws {
        let m = Fixtures.bundled
        let thesis = try #require(m.sentenceIndex(paragraph: 6, number: 3))
        let section = try #require(m.sections.first { Selection.section($0.number).sentenceIndexes(in: m).contains(thesis) })
        #expect(section.number == 2)
        #expect(Summarizer(model: m).summarize(.section(2)).sentenceIndexes.contains(thesis))
        // As `outline --summaries` asks: one or two sentences.
        let count = Selection.section(2).sentenceIndexes(in: m).count
        #expect(Summarizer(model: m).summarize(.section(2), budget: Summarizer.outlineBudget(sentenceCount: count)).sentenceIndexes.contains(thesis))
    }

    @Test(arguments: names) func everySectionSummaryHoldsItsMainClaim(_ name: String) throws {
        let m = try Self.model(name)
        let summarizer = Summarizer(model: m)
        for section in m.sections {
            let range = Selection.section(section.number).sentenceIndexes(in: m)
            guard let claim = summarizer.point(of: range) else { continue }
            #expect(summarizer.summarize(.section(section.number)).sentenceIndexes.contains(claim), "\(name) §\(section.number)")
        }
    }

    /// A line that opens by pointing back has a chosen line within its reach before it.
    @Test(arguments: names) func noLineLeansOnAMissingSentence(_ name: String) throws {
        let m = try Self.model(name)
        let standAlone = StandAlone(model: m)
        let summarizer = Summarizer(model: m)
        var summaries = [summarizer.summarize(.all), summarizer.summarize(.all, budget: .sentences(8))]
        summaries += m.sections.map { summarizer.summarize(.section($0.number)) }
        summaries += m.sections.map { s in
            let count = Selection.section(s.number).sentenceIndexes(in: m).count
            return summarizer.summarize(.section(s.number), budget: Summarizer.outlineBudget(sentenceCount: count))
        }
        for summary in summaries {
            let chosen = Set(summary.sentenceIndexes)
            for i in chosen {
                guard let reach = standAlone.antecedentReach(i) else { continue }
                let named = standAlone.nameReferent(i).map { r in
                    chosen.contains { summary.sentences.contains($0) && $0 < i && standAlone.namedReferents($0).contains(r) }
                } ?? false
                let resolved = named || (max(summary.sentences.lowerBound, i - reach)..<i).contains { chosen.contains($0) }
                #expect(resolved, "\(name): \(m.sentences[i].id) \(m.text(of: m.sentences[i]).prefix(40))")
            }
        }
    }

    @Test(arguments: names) func linesAreDistinct(_ name: String) throws {
        let m = try Self.model(name)
        let lines = Summarizer(model: m).summarize(.all, budget: .sentences(10)).sentenceIndexes
        #expect(lines.count == min(10, m.sentences.count))
        #expect(Set(lines.map { m.text(of: m.sentences[$0]) }).count == lines.count)
    }
}

@Suite struct StandAloneTests {
    static let text = """
    Rivers

    The river floods every spring. If it does, the farmers lose their seed. Such a loss ruins a year. This disconnect \
    worries the council. It would cost little to build a dam. The council met on Monday. However, nothing was decided. \
    Thank you all for coming. "The water rises and the water falls." Ladies and gentlemen, the dam is our future.
    """

    @Test func opensThatPointBack() {
        let m = Fixtures.model(Self.text)
        let s = StandAlone(model: m)
        #expect(m.sentences.count == 10)
        #expect((0..<10).map { s.leansBack($0) } == [false, true, true, true, true, false, true, false, false, false])
        #expect(s.antecedentReach(1) == 1)
        #expect(s.antecedentReach(6) == StandAlone.connectiveReach)
    }

    @Test func formulasAndStandingQuotations() {
        let m = Fixtures.model(Self.text)
        let s = StandAlone(model: m)
        #expect((0..<10).filter { s.isFormula($0) } == [7, 8, 9])
    }

    @Test func summaryPassesOverFormulasAndBringsAntecedents() {
        let m = Fixtures.model(Self.text)
        let lines = Summarizer(model: m).summarize(.all, budget: .sentences(3)).sentenceIndexes
        #expect(!lines.contains(7) && !lines.contains(8) && !lines.contains(9))
        let s = StandAlone(model: m)
        for i in lines {
            guard let reach = s.antecedentReach(i) else { continue }
            #expect((max(0, i - reach)..<i).contains { lines.contains($0) })
        }
    }

    /// "He" and "They" read on their own after a chosen line that names a person or an organisation; "It" does not.
    @Test func personalPronounsAreResolvedByANameEarlier() {
        let m = Fixtures.model("""
        Harbour

        Maria Lopez runs the harbour authority in Porto. The harbour handles grain, coal and timber each winter.         Ships wait three days for a berth in January. Cranes break down when the frost comes. He said the delays         would end soon. It would cost a fortune to repair the cranes.
        """)
        let s = StandAlone(model: m)
        #expect(s.nameReferent(4) == .person)
        #expect(s.nameReferent(5) == nil)
        #expect(s.namedReferents(0).contains(.person))
        #expect(!s.namedReferents(3).contains(.person))
        #expect(s.antecedentReach(5) == StandAlone.anaphorReach)
    }
}

@Suite struct SentenceRankTests {
    @Test func centralSentenceRanksFirstAndRanksSumToOne() {
        let m = Fixtures.model("""
        Boats

        Boats carry cargo across the harbour. Harbour cranes load cargo onto boats. Cranes need power at night. \
        The weather was mild. Birds sang in the park. Children played football after school.
        """)
        let v = SentenceVectors(model: m, sentences: 0..<m.sentences.count)
        let rank = SentenceRank().rank(v)
        #expect(abs(rank.reduce(0, +) - 1) < 1e-6)
        #expect(rank[1] > rank[0] && rank[0] > rank[2] && rank[2] > rank[3])
        #expect(rank[3] == rank[4])
    }

    @Test func sparseGraphAgreesWithTheFullOneOnShortTexts() throws {
        let m = try Fixtures.essay("federalist-10")
        let v = SentenceVectors(model: m, sentences: 0..<m.sentences.count)
        let full = SentenceRank().rank(v)
        var sparse = SentenceRank()
        sparse.fullGraphLimit = 10
        let top = { (r: [Double]) in Array((0..<r.count).sorted { r[$0] > r[$1] }.prefix(5)) }
        #expect(Set(top(full)).intersection(top(sparse.rank(v))).count >= 3)
    }
}
