import XCTest
@testable import StudyKit

/// `where` on 40 statements about the bundled essay, written for this test: 20 that the essay says in other
/// words (with the sentence that says it) and 20 that it does not say at all. Measures how often the sentence is
/// found first and stated, and how often a statement not said is answered "does not seem to say".
final class WhereCalibrationTests: XCTestCase {
    static let said: [(statement: String, sentence: String)] = [
        ("soldiers should get a persuasive explanation of why they fight", "S1.2"),
        ("the reasons given for the Iraq war kept changing", "S2.1"),
        ("the surge was meant to give Iraqi politicians room to reach political deals", "S2.2"),
        ("Iraqi leaders have shown little interest in political compromise", "S2.2"),
        ("the military may be helping the president avoid admitting the invasion failed", "S3.1"),
        ("one aim is to keep Iraq from becoming a base for al-Qaeda", "S3.2"),
        ("the present dangers were caused by the invasion itself", "S3.3"),
        ("soldiers risk their lives to fix problems made by civilian leaders", "S3.4"),
        ("the next president will likely have to decide about a full withdrawal", "S4.3"),
        ("the intelligence estimate says military gains mean little without political change", "S5.1"),
        ("Iraqis cannot bridge the sectarian divide on their own", "S6.1"),
        ("America has little leverage to force a change", "S6.2"),
        ("help from many countries working together is the only option left", "S6.3"),
        ("the Balkans found peace through joint work of the US, the EU and the UN", "S7.1"),
        ("European leaders see their stake in Iraq and seem ready to help", "S8.4"),
        ("Saudi Arabia, Jordan and Syria see instability in Iraq as a threat", "S8.5"),
        ("Turkey and the Kurds agreed to cooperate on the border", "S8.6"),
        ("Bush should admit that critics of the invasion were right", "S9.1"),
        ("an international effort could train the army and police of Iraq", "S10.1"),
        ("people must learn to compete for power peacefully", "S11.1"),
    ]

    static let notSaid: [String] = [
        "the surge has been a great success",
        "the US should pull out all its troops right away",
        "oil prices rose because of the war",
        "the war cost three trillion dollars",
        "Saddam Hussein had weapons of mass destruction hidden in the desert",
        "China should send peacekeepers to Baghdad",
        "the draft should be brought back",
        "Iraq should be divided into three separate countries",
        "the elections in Iraq were a triumph of democracy",
        "Israel is the main cause of instability in the region",
        "torture at Abu Ghraib damaged the image of America",
        "Congress should cut off funding for the war",
        "the media lied about the progress of the war",
        "Afghanistan matters more than Iraq",
        "Iran is building a nuclear bomb",
        "private contractors should be banned from combat zones",
        "refugees should be welcomed in the United States",
        "the author served as a soldier in Iraq",
        "Russia supplies weapons to the insurgents",
        "the war on terror has made Americans safer",
    ]

    func testStatementsSaidAreFoundAndOthersRefused() {
        let index = EvidenceIndex(model: Fixtures.bundled)
        let m = Fixtures.bundled
        var foundAndStated = 0, statedElsewhere = 0, refusedSaid = 0
        for (statement, id) in Self.said {
            guard let top = index.search(statement, limit: 1, mode: .statement).first else { refusedSaid += 1; continue }
            if !EvidenceIndex.states(top) { refusedSaid += 1 }
            else if m.sentences[top.sentence].id.description == id { foundAndStated += 1 }
            else { statedElsewhere += 1 }
        }
        var refused = 0
        for statement in Self.notSaid {
            let top = index.search(statement, limit: 1, mode: .statement).first
            if top.map(EvidenceIndex.states) != true { refused += 1 }
        }
        print("where: said \(Self.said.count): found first \(foundAndStated), another sentence \(statedElsewhere), "
              + "refused \(refusedSaid); not said \(Self.notSaid.count): refused \(refused), answered \(Self.notSaid.count - refused)")
        XCTAssertGreaterThanOrEqual(foundAndStated, 17)
        XCTAssertGreaterThanOrEqual(refused, 16)
    }
}
