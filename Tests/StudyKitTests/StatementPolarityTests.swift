import XCTest
@testable import StudyKit

/// The polarity checks of `where` (denials, antonyms, comparisons) on a text written for them: a denial, an antonym
/// or a comparison counts against a statement only where it speaks about what the statement says.
final class StatementPolarityTests: XCTestCase {
    static let text = """
    Towns that banned cars from their centres have seen air pollution fall, despite growth in traffic on the ring \
    roads. The mill cuts the logs into shorter planks that dry faster. Old keys turn in the lock harder than new ones. \
    When the market moved indoors, stalls sold more bread within a year, and the police recorded fewer thefts in the \
    square. The ferry crossed at noon, because the fog was too thick for the boat to sail at dawn. Night porters carry \
    the same loads as day porters, often with fewer lifts nearby and no supervisors on the stairs. I do not deny that \
    the clinic needs a new roof. The bakery sells its flour by the sack and the old oven stands unused in winter. \
    A tunnel should have been part of the plan from the start but has never been seriously studied. A coagulant \
    makes tiny grains of silt stick together into larger lumps.
    """

    static let index = EvidenceIndex(model: Fixtures.model(text))

    /// The check of a statement against the sentence found first, which must be `sentence`.
    func check(_ statement: String, sentence: Int, file: StaticString = #filePath, line: UInt = #line) -> StatementCheck? {
        Self.index.checkFirstHit(statement, expecting: sentence, file: file, line: line)
    }

    func testAPhrasalVerbOpposesTheVerbItIsTheAntonymOf() {
        let index = EvidenceIndex(model: Fixtures.model("""
        The harbour board met on Monday. Bus fares in the valley will surely come down after the new depot opens. \
        The depot will also store the winter grit.
        """))
        func conflict(_ statement: String) -> StatementCheck.Conflict? {
            guard let top = index.locate(statement, limit: 1).first else { return nil }
            XCTAssertEqual(top.sentence, 1, statement)
            return index.check(statement, against: top.sentence).conflict
        }
        XCTAssertEqual(conflict("bus fares in the valley will rise after the new depot opens"), .antonym(statement: "rise", sentence: "come down"))
        XCTAssertNil(conflict("bus fares in the valley will fall after the new depot opens"))
        XCTAssertEqual(index.phrasalVerbs(inSentence: 1).map(\.lemma), ["come down"])
    }

    func testAnAntonymOpposesOnlyTheWordItStandsFor() {
        let index = EvidenceIndex(model: Fixtures.model("""
        The choir sang in the chapel on Sunday. The village library opens only on Mondays, and the post office \
        closes at noon on Thursdays. Because wet paper crumbles quickly once it dries out, the letters were lifted \
        in small bundles. The council has stopped the roadworks on the bridge until the digging resumes in spring. \
        The pilot boat went out to a tanker and capsized on the way home.
        """))
        func conflict(_ statement: String, _ sentence: Int) -> StatementCheck.Conflict? {
            guard let top = index.locate(statement, limit: 1).first else { return nil }
            XCTAssertEqual(top.sentence, sentence, statement)
            return index.check(statement, against: top.sentence).conflict
        }
        // The sentence says "shuts" in other words; its "opens" is the library's.
        XCTAssertNil(conflict("the post office shuts at noon on thursdays", 1))
        // "Falls apart" and "coming back" are phrasal verbs, not "fall" against "lifted" or "come" against "went".
        XCTAssertNil(conflict("wet paper falls apart quickly once it dries, so the letters were raised in small bundles", 2))
        XCTAssertNil(conflict("the pilot boat capsized coming back from a tanker", 4))
        // "Halted" says the sentence's "stopped": "starts" speaks of the digging.
        XCTAssertNil(conflict("the council has halted the roadworks on the bridge until the digging starts again in spring", 3))
        XCTAssertEqual(conflict("the council has started the roadworks on the bridge", 3), .antonym(statement: "started", sentence: "stopped"))
        XCTAssertEqual(index.phrasalVerb("falls", "apart"), "fall apart")
        XCTAssertTrue(index.sharesCommonSense("shuts", "closes"))
        XCTAssertFalse(index.sharesCommonSense("shuts", "opens"))
    }

    func testAShortNegativeFormOrWithoutDeniesAsTheStatementDoes() {
        XCTAssertTrue(Self.index.isNegativeForm("useless"))
        XCTAssertFalse(Self.index.isNegativeForm("unless"))
        let index = EvidenceIndex(model: Fixtures.model("""
        The ferry company met on Monday. The new timetable drops two late sailings without any extra cost to the town. \
        Old tickets stay valid. Most of the spare parts in the shed are useless to the new boats.
        """))
        func check(_ statement: String, sentence: Int) -> StatementCheck? {
            guard let top = index.locate(statement, limit: 1).first else { return nil }
            XCTAssertEqual(top.sentence, sentence, statement)
            return index.check(statement, against: top.sentence)
        }
        XCTAssertNil(check("the new timetable drops two late sailings with no extra cost to the town", sentence: 1)?.conflict)
        XCTAssertNil(check("most spare parts in the shed are of no use to the new boats", sentence: 3)?.conflict)
    }

    func testAnAntonymOpposesOnlyAWordTheSentenceDoesNotSayOtherwise() {
        // "fell" is the sentence's "fall": its "growth" opposes nothing.
        XCTAssertNil(check("air pollution fell in towns that banned cars from their centres", sentence: 0)?.conflict)
        // "shorter" is the statement's own word, not an antonym of its "lengths".
        XCTAssertNil(check("the mill cuts logs into shorter lengths that dry faster", sentence: 1)?.conflict)
        // "less easily" says what "harder" says; "more easily" is opposed by it.
        XCTAssertNil(check("old keys turn in the lock less easily than new ones", sentence: 2)?.conflict)
        XCTAssertEqual(check("old keys turn easily in the lock compared with new ones", sentence: 2)?.conflict,
                       .antonym(statement: "easily", sentence: "harder"))
        // "larger" qualifies the lumps, not the grains the statement calls small (the sentence's "tiny grains").
        XCTAssertNil(check("a coagulant makes small grains of silt clump into lumps", sentence: 9)?.conflict)
        XCTAssertEqual(check("a coagulant makes grains of silt stick together into smaller lumps", sentence: 9)?.conflict,
                       .antonym(statement: "smaller", sentence: "larger"))
    }

    func testAComparisonInAnotherClauseTurnsNothing() {
        XCTAssertNil(check("after the market moved indoors stalls sold more bread within a year", sentence: 3)?.conflict)
        XCTAssertEqual(check("stalls sold less bread within a year after the market moved indoors", sentence: 3)?.conflict,
                       .direction(statement: "less", sentence: "more"))
    }

    func testASentenceIsCutIntoClausesAndTheStatementsAreKept() {
        let words = ["when", "it", "rained", "the", "club", "grew", "and", "the", "pitch", "flooded", "but", "fans", "came"]
        var punctuation = [Character?](repeating: nil, count: words.count)
        punctuation[3] = ","
        punctuation[6] = ","
        let matched = words.map { ["club", "grew", "rained"].contains($0) }
        let scope = SentenceScope(words: words, punctuation: punctuation, matched: matched)
        // The opening "when" clause ends at its comma, ", and" opens one, and "but" another.
        XCTAssertEqual(scope.clause, [0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3])
        XCTAssertEqual(scope.scopedWords, ["when", "it", "rained", "the", "club", "grew"])
    }

    func testADenialCountsOnlyWhereItSpeaksAboutTheStatement() {
        // "no supervisors on the stairs" denies nothing about lifts.
        XCTAssertNil(check("night porters carry as much as day porters, often with fewer lifts close by", sentence: 5)?.conflict)
        // A denial of a denial says yes.
        XCTAssertNil(check("the writer accepts that the clinic needs a new roof", sentence: 6)?.conflict)
        // "But" before an auxiliary goes on with the same subject: its "never" still denies the statement.
        XCTAssertEqual(check("a tunnel was seriously studied as part of the plan from the start", sentence: 8)?.conflict, .denial("never"))
    }

    func testAStatementsDenialIsFoundWithoutNot() {
        // "too thick for the boat to sail" says the boat could not sail.
        XCTAssertNil(check("the ferry crossed at noon as the boat could not sail in the thick fog at dawn", sentence: 4)?.conflict)
        // "unused" denies as "not used" does; "leaves unused" is no statement that the oven is used.
        XCTAssertTrue(Self.index.isNegativeForm("unused"))
        XCTAssertFalse(Self.index.isNegativeForm("discuss"))
        XCTAssertNil(check("in winter the old oven of the bakery is never used", sentence: 7)?.conflict)
        // In the sentence, such a word is no denial: "disconnect" and "uncovered" deny nothing.
        XCTAssertNil(check("the bakery sells flour by the sack and uses the old oven in winter", sentence: 7)?.conflict)
    }

    /// "Barely" lessens as "hardly" does: either says the other, and against a statement that lessens nothing it
    /// denies.
    func testBarelyLessensAsHardlyDoes() {
        let index = EvidenceIndex(model: Fixtures.model("The reading room opened in May. The new heaters would barely warm the hall in January."))
        XCTAssertNil(index.check("the new heaters would hardly warm the hall in January", against: 1).conflict)
        XCTAssertEqual(index.check("the new heaters would warm the hall in January", against: 1).conflict, .denial("barely"))
    }

    /// A "not" that sets one thing against another is no denial of a statement that makes the same contrast with
    /// "rather than" or "instead of"; of one that makes none, it still is.
    func testAContrastSaidInOtherWordsIsNoDenial() {
        let index = EvidenceIndex(model: Fixtures.model("The hall opened in June. The judges ruled that the stalls were shops, not private homes, under the lease."))
        XCTAssertNil(index.check("the judges ruled that the stalls were shops rather than private homes", against: 1).conflict)
        XCTAssertNil(index.check("the judges ruled the stalls were shops instead of private homes", against: 1).conflict)
        XCTAssertTrue(SharedContrast.holds(statement: ["shops", "rather", "than", "private", "homes"],
                                           sentence: ["shops", "not", "private", "homes"], denial: "not"))
        XCTAssertFalse(SharedContrast.holds(statement: ["stalls", "were", "private", "homes"],
                                            sentence: ["shops", "not", "private", "homes"], denial: "not"))
    }

    /// A denial of the statement's own verb counts in whatever clause it stands; "not only" denies nothing, and a
    /// verb the sentence also states undenied is said.
    func testADenialOfTheStatementsVerbCountsInAnyClause() throws {
        let lexicon = Lexicon.shared
        try XCTSkipUnless(lexicon.isAvailable, "WordNet is not installed")
        func denied(_ statement: String, _ sentence: String) -> String? {
            DeniedVerb.denied(statement: QueryParser.words(of: statement), sentence: QueryParser.words(of: sentence), lexicon: lexicon)
        }
        let sentence = "The residents asked the board to reopen the ferry in spring, but the board has not agreed."
        XCTAssertEqual(denied("the board agreed to reopen the ferry in spring", sentence), "not")
        XCTAssertNil(denied("the residents asked the board to reopen the ferry", sentence))
        XCTAssertNil(denied("the board agreed to reopen the ferry", "The board not only agreed to reopen the ferry but paid for it."))
        XCTAssertNil(denied("the board agreed to reopen the ferry", "The board agreed, though it did not agree at first."))
    }
}
