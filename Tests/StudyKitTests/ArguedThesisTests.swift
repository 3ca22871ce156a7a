import Testing
@testable import StudyKit

/// When a summary must keep the thesis: only where the text argues it (`ArguedThesis`).
@Suite struct ArguedThesisTests {
    /// A report in the third person: no stance, obligation, first person or conclusion outside its quotations, so
    /// whichever sentence the argument map takes for its thesis, the text does not argue it.
    static let report = """
    Harbour sale

    The port authority of Kelmouth has sold its northern harbour to a shipping group for 40 million pounds. \
    The group plans to build a container terminal on the site within three years. \
    Fishing boats that moor in the harbour will move to the southern quay by the spring.

    "We will keep every berth open until the new quay is ready," the harbour master said on Tuesday. \
    Local traders welcomed the sale, which ends a decade of losses at the harbour. \
    The authority lost 2 million pounds last year as cargo moved to larger ports.

    The terminal is expected to create 300 jobs, the shipping group said. \
    Work on the southern quay began in March and is due to finish in April.
    """

    @Test func aReportDoesNotArgueItsThesis() throws {
        let m = Fixtures.model(Self.report)
        #expect(m.argument.mainThesis != nil)
        #expect(ArguedThesis.of(m) == nil)
        let summary = Summarizer(model: m).summarize(.all, budget: .sentences(3))
        #expect(summary.point == nil)
        // Ranked by relevance alone: the three most relevant distinct sentences that read on their own.
        #expect(summary.lines.count == 3)
        let top = summary.lines.min { $0.rank < $1.rank }!
        let best = (0..<m.sentences.count).max { summary.scores[$0].relevance < summary.scores[$1].relevance }!
        #expect(top.sentence == best || StandAlone(model: m).leansBack(best))
    }

    @Test func aThesisTheReaderSetIsKept() throws {
        let m = Fixtures.model(Self.report)
        let last = m.sentences.count - 1
        let corrected = CorrectionApplier().apply([try Correction.thesis(m.sentences[last].id.description, in: m)], to: m).model
        #expect(corrected.argument.mainThesis == last)
        #expect(ArguedThesis.of(corrected) == last)
        #expect(Summarizer(model: corrected).summarize(.all, budget: .sentences(2)).point == last)
    }

    @Test(arguments: ["bundled"] + Fixtures.essayNames) func theFixtureEssaysArgueTheirThesis(_ name: String) throws {
        let m = name == "bundled" ? Fixtures.bundled : try Fixtures.essay(name)
        #expect(ArguedThesis.of(m) == m.argument.mainThesis)
    }

    static let signals = """
    Signals

    Our town should repair the bridge before winter comes. \
    The council should have repaired the bridge last year. \
    Traffic on the bridge doubled in the US and in Canada. \
    "We must repair it now," the engineer told the council. \
    The film My Summer of Love was shown in the town hall. \
    Therefore the bridge is the only road worth the money.
    """

    @Test func signalsAreTheAuthorsOwn() {
        let m = Fixtures.model(Self.signals)
        #expect(m.sentences.count == 6)
        let s = (0..<6).map { Set(ArguedThesis.positionSignals(m, $0)) }
        #expect(s[0] == [.obligation, .firstPerson])
        // "should have" judges the past; "US" is a country; a quotation is someone else's voice; "My" in a title.
        #expect(s[1].isEmpty)
        #expect(s[2].isEmpty)
        #expect(s[3].isEmpty)
        #expect(s[4].isEmpty)
        #expect(s[5] == [.conclusion, .stance])
    }

    @Test func quotedBytes() {
        func quoted(_ s: String) -> String {
            let bytes = Array(s.utf8)
            return String(decoding: zip(bytes, ArguedThesis.quotedBytes(bytes)).filter { !$0.1 }.map(\.0), as: UTF8.self)
        }
        #expect(quoted("He said \"we must\" today.") == "He said  today.")
        #expect(quoted("He said “we must” today.") == "He said  today.")
        // A quotation that began in an earlier sentence and closes here; one left open runs to the end.
        #expect(quoted("we must go,” she said.") == " she said.")
        #expect(quoted("She said: “we must go.") == "She said: ")
        #expect(quoted("No quotation here.") == "No quotation here.")
    }
}
