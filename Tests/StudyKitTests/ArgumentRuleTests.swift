import XCTest
@testable import StudyKit

/// Unit tests, one family of rules at a time, on short argumentative texts written for them.
final class ArgumentRuleTests: XCTestCase {
    /// Each text's first sentence is attributed to the holder given, as a cited source or not.
    func assertHolders(_ cases: [(text: String, holder: String, source: Bool)], file: StaticString = #filePath, line: UInt = #line) {
        for (text, holder, source) in cases {
            let a = Fixtures.model(text).argument.attributions[0]
            XCTAssertEqual(a?.holder, holder, text, file: file, line: line)
            XCTAssertEqual(a?.isSource, source, text, file: file, line: line)
        }
    }

    private func role(_ m: KnowledgeModel, _ id: String) -> ArgumentRole? {
        guard case .sentence(let p, let s)? = ModelID(id), let k = m.sentenceIndex(paragraph: p, number: s) else { return nil }
        return m.argument.role(of: k)
    }

    private func index(_ m: KnowledgeModel, _ id: String) -> Int {
        guard case .sentence(let p, let s)? = ModelID(id), let k = m.sentenceIndex(paragraph: p, number: s) else { return -1 }
        return k
    }

    static let schoolUniforms = """
    Schools across the country argue about uniforms every year. Parents, teachers and pupils all have opinions. \
    Schools should require uniforms for every pupil.

    Uniforms reduce bullying. Because every pupil wears the same clothes, nobody is mocked for cheap ones. \
    For example, a school in Leeds reported 40 percent fewer complaints after adopting them.

    Critics say that uniforms suppress self-expression. However, pupils can express themselves through their work, \
    their friendships and their ideas.

    In conclusion, schools must adopt uniforms, because the benefits outweigh the costs.
    """

    func testMarkersGiveReasonsEvidenceAndRecommendations() {
        let m = Fixtures.model(Self.schoolUniforms)
        XCTAssertEqual(role(m, "S2.2"), .reason)       // "Because …"
        XCTAssertEqual(role(m, "S2.3"), .evidence)     // "For example", a number
        XCTAssertEqual(m.argument.assignments[index(m, "S2.3")].evidenceKind, .example)
        XCTAssertEqual(role(m, "S2.1"), .claim)        // opens a body paragraph
    }

    func testAttributionMakesObjectionsAndContrastAnswersThem() {
        let m = Fixtures.model(Self.schoolUniforms)
        XCTAssertEqual(role(m, "S3.1"), .objection)
        XCTAssertEqual(m.argument.attributions[index(m, "S3.1")]?.holder, "Critics")
        XCTAssertEqual(role(m, "S3.2"), .rebuttal)
        XCTAssertTrue(m.argument.relations.contains { $0.kind == .attacks && $0.from == index(m, "S3.2") && $0.to == index(m, "S3.1") })
        XCTAssertTrue(m.argument.relations.contains { $0.kind == .attacks && $0.from == index(m, "S3.1") })
    }

    /// An unmarked sentence right after an objection answers it (weakly), unless it only points back and judges it:
    /// "That is a real concern." may as well grant the point, so it is no rebuttal; the "But" after it is.
    func testAJudgementOfTheObjectionIsNoRebuttal() {
        let text = "The Harbour Ferry\n\nThe town runs a ferry and a bus. I believe the council should close the ferry.\n\n"
            + "The ferry runs at a loss every winter. Some traders say the ferry brings them customers. That is a real "
            + "concern. But the bus will stop at the market every ten minutes.\n\n"
            + "The ferry is also slow. Some riders say the crossing is pleasant. The bus takes half the time.\n\n"
            + "In short, the council should close the ferry and run the bus instead."
        let m = Fixtures.model(text)
        XCTAssertEqual(role(m, "S2.2"), .objection)
        XCTAssertNotEqual(role(m, "S2.3"), .rebuttal)
        XCTAssertEqual(role(m, "S2.4"), .rebuttal)
        XCTAssertEqual(role(m, "S3.2"), .objection)
        XCTAssertEqual(role(m, "S3.3"), .rebuttal, "an unmarked answer is still a (weak) rebuttal")
    }

    func testThesisAndRestatement() throws {
        let m = Fixtures.model(Self.schoolUniforms)
        // The learned model puts the thesis in the conclusion's "In conclusion, schools must…" or the intro's last
        // sentence; either is right, and the main one is the statement, the other its later restatement.
        let accepted = [index(m, "S1.3"), index(m, "S4.1")]
        let main = try XCTUnwrap(m.argument.mainThesis)
        XCTAssertTrue(accepted.contains(main))
        XCTAssertEqual(m.argument.assignments[main].role, .thesis)
        XCTAssertEqual(m.argument.assignments[main].component, .majorClaim)
        for k in m.argument.thesis.dropFirst() { XCTAssertLessThan(main, k) }
        XCTAssertFalse(m.argument.assignments[main].thesisFeatures.isEmpty)
    }

    func testAttributionHolders() {
        let cases: [(String, String, Bool)] = [
            ("A cynic might suggest that the plan is a sham. We disagree.", "a cynic", false),
            ("According to the National Intelligence Estimate released last month, gains are fragile.", "the National Intelligence Estimate", true),
            ("Madison argues that factions are inevitable. He is right.", "Madison", false),
            ("Some shop owners argue that the lanes hurt trade. They are wrong.", "some shop owners", false),
            ("Prof. Anna Berg found that the lanes halved injuries. Nobody disputes it.", "Anna Berg", true),
            ("The bank's chief economist, Tom Reyes, estimates that rents will rise. We agree.", "Tom Reyes", true),
            ("Dr. Helen Okafor, who runs the county clinic, estimates that waiting times have doubled. Patients agree.", "Helen Okafor", true),
            ("Prof. Eriksen found that the bridge saves an hour a day. Nobody checked.", "Eriksen", true),
            ("The administration insists that the tariffs work. Farmers doubt it.", "the administration", false),
            ("A recent study found that fewer pupils walk to school. That is a pity.", "a recent study", true),
            ("Many librarians warn that the cuts go too far. The mayor listens.", "many librarians", false),
            // Inverted, passive and audience forms.
            ("But the tax is fair, say some. It is not.", "some", false),
            ("It has been asserted by many critics that the bridge is unsafe. It is not.", "many critics", false),
            ("Unless it should be urged that the town is too small. It is not.", "unnamed others", false),
            ("Some of you will say that the past is gone. It is not.", "some of you", false),
        ]
        assertHolders(cases)
        // A reporting clause that closes the sentence: the view is the clause before it.
        let closing: [(String, String, Bool)] = [
            ("Traffic in the high street has doubled since 2010, the report adds. We agree.", "the report", true),
            ("Lorries now pass the school every two minutes, says the finance chair. Parents worry.", "the finance chair", false),
            ("Buses run late every morning, a survey found. Drivers blame the lights.", "a survey", true),
            ("“The road was never built for this,” said the mayor. Nobody argued.", "the mayor", true),
            ("Cyclists feel unsafe on the bridge, the head teacher told the council. The council listened.", "the head teacher", false),
            ("The market will close at noon, they say. It will not.", "they", false),
            // A verb that needs the person told never comes before its subject: the listener is no holder.
            ("The vote was a mistake, the council's leader, Joan Bright, told residents on Monday. Residents disagreed.", "Joan Bright", false),
            ("The pool will reopen in May, the manager assured the swimmers. They cheered.", "the manager", false),
        ]
        assertHolders(closing)
        // Where the sentence frames a report, a noun with a person in any of its senses holds it ("chair" is
        // furniture first); a text that reports is a source.
        let framed: [(String, String, Bool)] = [
            ("The finance chair warns that the cost will rise every year the council waits. We agree.", "the finance chair", false),
            ("The chair warns the fare will rise next spring. Riders are angry.", "the chair", false),
            ("Some individuals believe that the pier should close. It should not.", "some individuals", false),
            ("The figures suggest that the queue is getting shorter. Staff agree.", "the figures", true),
        ]
        assertHolders(framed)
        // The holder is the whole subject: its phrases after a preposition, a number with a thousands separator, the
        // words after a determiner or a possessive; not a date before it, and not a noun inside a relative clause.
        let subjects: [(String, String, Bool)] = [
            ("Surveys of farmers in three counties have found that yields fell. The drought explains it.", "Surveys of farmers in three counties", true),
            ("Nurses on the night wards say that they feel unsafe. The trust listens.", "Nurses on the night wards", false),
            ("Doctors who treated the workers in the mill warn that the dust is harmful. The owners deny it.", "Doctors", false),
            ("About 1,200 parents said that the new timetable is worse. The school will review it.", "1,200 parents", false),
            ("In 1990 Jane Doe argued that the canal could be saved. It was.", "Jane Doe", false),
            ("The same report admits that the cost will rise. Nobody is surprised.", "the same report", true),
            ("The club's own figures show that attendance fell. The board is worried.", "the club's own figures", true),
            ("According to the Kendal organisers, most visitors came by train. The town was pleased.", "the Kendal organisers", true),
            ("A review by the Water Board found that the pipes leak. Repairs began.", "the Water Board", true),
            ("As I have been informed by a principal clerk in the county of Kent, the harvest failed. Prices rose.", "a principal clerk", true),
        ]
        assertHolders(subjects)
        // Not a reporting frame, not a holder, or the author's own voice.
        for text in ["The tax adds to the cost of every ticket. Shops pay it.",
                     "The chair by the window shows its age. It creaks.",
                     "Prices fell sharply, the world knows. Buyers came back.",
                     "The old mill has stood for a century, which the town recalls. It is loved.",
                     "The plan is sound, I think. The council should adopt it.",
                     "It is to be remarked that the bridge is old. It still stands.",
                     "The fence was painted, the old gate stood open. Nobody came.",
                     "The porter in charge can always say no. Guests accept it.",
                     "The old wall has held back the river for a century. Nobody minds.",
                     "Pupils whose bridges held learned little. Their teacher knew why."] {
            XCTAssertNil(Fixtures.model(text).argument.attributions[0], text)
        }
        // Only people, groups and organisations hold views; a relative clause never makes a holder.
        for text in ["He admitted what the world knows about the war. Nothing changed.",
                     "Voters rejected a mayor who still insists that he was right. It was time.",
                     "It is a city that knows its history. Tourists come.",
                     "The arrangement recognizes majority rule and protects minorities. It holds.",
                     "The world knows that the plan failed. We must start again.",
                     "Prices vary according to the different seasons of the year. Buyers wait.",
                     "Schools argue about uniforms every year. Parents have views.",
                     "“Pay the tax,” it said, “or go to jail.” He paid."] {
            XCTAssertNil(Fixtures.model(text).argument.attributions[0], text)
        }
        // "thus far", "since 2003" and "so many" are no discourse markers.
        let draft = ArgumentStage.draftBeforeArgument(
            Document(rawText: "Leaders have thus far shown little interest. Prices have risen since 2003. So many people came. Thus we act."),
            source: EssaySource(name: "markers", path: nil))
        let base = ArgumentStage().features(draft).base
        XCTAssertFalse(base[0].has(.conclusion))
        XCTAssertFalse(base[1].has(.reason))
        XCTAssertFalse(base[2].opens(.conclusion))
        XCTAssertTrue(base[3].opens(.conclusion), "a real 'thus' still counts")
        // Only a number that counts or measures makes a statistic: not a date, a year or an ordinal.
        let numbers = ArgumentStage().features(ArgumentStage.draftBeforeArgument(
            Document(rawText: "The attack came on Sept. 11 in the 21st century. In 2003 the city grew. Last year 14 cyclists were hurt. Rents rose 40 percent in 2019."),
            source: EssaySource(name: "numbers", path: nil))).base
        XCTAssertEqual(numbers.map(\.quantities), [0, 0, 1, 1])
        // The author's own voice is not attributed.
        XCTAssertNil(Fixtures.model("I believe that taxes are too high. We know it.").argument.attributions[0])
        // A view that is only the standard of a comparison: the sentence is the author's.
        for text in ["I believe the new bus link is cheaper than people think. Riders will see.",
                     "The repairs cost far more than the engineers predicted. Nobody was surprised."] {
            XCTAssertNil(Fixtures.model(text).argument.attributions[0], text)
        }
    }

    func testModalityAndQuestions() {
        let m = Fixtures.model("""
        The city faces a housing crisis. Rents have doubled in ten years.

        The council should build more homes. Prices will fall if supply grows. Why would anyone oppose that? \
        The old plan should have been dropped years ago.
        """)
        XCTAssertEqual(role(m, "S2.1"), .recommendation)
        XCTAssertEqual(role(m, "S2.2"), .prediction)
        XCTAssertEqual(role(m, "S2.3"), .question)
        XCTAssertNotEqual(role(m, "S2.4"), .recommendation, "'should have' judges the past")
    }

    func testConclusionMarkersAndConcessions() {
        let m = Fixtures.model("""
        Cars crowd the centre of our town. Buses are slow and rare.

        Although trams are expensive, they carry many more people than buses. Given the traffic, buses cannot keep \
        their timetables. Given the noise, cars make the centre unpleasant. That leaves a tram line as the only option.

        Admittedly, building it will take years. But the town has waited longer for less.
        """)
        XCTAssertNotNil(m.argument.mainThesis)
        XCTAssertEqual(role(m, "S3.1"), .concession)
        // The answer is a rebuttal, or the thesis itself when the model reads the conclusion's last word as it.
        XCTAssertTrue([.rebuttal, .thesis].contains(role(m, "S3.2")))
        XCTAssertNotEqual(m.argument.mainThesis, index(m, "S3.1"), "a point granted is not the thesis")
    }

    func testEveryRoleIsExplainedAndGraphIsRootedAtTheThesis() throws {
        let m = Fixtures.model(Self.schoolUniforms)
        XCTAssertEqual(m.argument.assignments.count, m.sentences.count)
        for a in m.argument.assignments {
            XCTAssertFalse(a.features.isEmpty, "\(m.sentences[a.sentence].id) has no features")
            XCTAssertTrue((0...1).contains(a.confidence))
        }
        let root = try XCTUnwrap(m.argument.mainThesis)
        XCTAssertTrue(m.argument.relations(from: root).isEmpty)
        // Every chain of links ends at the thesis, without cycles.
        for r in m.argument.relations {
            var node = r.from
            var steps = 0
            while let next = m.argument.relations(from: node).first, steps < 20 { node = next.to; steps += 1 }
            XCTAssertLessThan(steps, 20)
            XCTAssertEqual(node, root)
        }
    }

    func testNoThesisInAQuestionOnlyText() {
        let m = Fixtures.model("Is it raining? Who knows?")
        XCTAssertTrue(m.argument.thesis.isEmpty)
        XCTAssertEqual(m.argument.role(of: 0), .question)
        XCTAssertTrue(Fixtures.model("").argument.assignments.isEmpty)
    }
}
