import XCTest
@testable import StudyKit

/// `where` on 80 statements about the bundled essay, written for this test in two sets of 40: 20 that the essay says
/// in other words (with the sentence that says it) and 20 that it does not say at all. Measures how often the
/// sentence is found first and stated, and how often a statement not said is answered "does not seem to say". Both
/// sets set `StatementCheck`'s thresholds and signals (the second one was written to confirm the first threshold,
/// which it did not: 13 of 20 refused, hence the evidence and conflict signals); `WhereHeldOutTests` measures them.
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

    /// A second set of 40, written after the first was used to set a threshold on `covered` alone.
    static let confirmSaid: [(statement: String, sentence: String)] = [
        ("above all, the men and women in uniform are owed a reply that persuades", "S1.2"),
        ("goals like guarding against banned weapons and building a model democracy did not work out", "S2.1"),
        ("the troop increase was supposed to buy Iraq's leaders time and safety to strike political bargains", "S2.2"),
        ("a less cynical reading sees three aims, one being that Iraq should not turn into Iran's client", "S3.2"),
        ("the president never made clear how the armed forces could win", "S3.5"),
        ("the argument in Washington is not likely to bring the war to a quick close", "S4.2"),
        ("the number of American soldiers will certainly begin to fall", "S4.3"),
        ("both parties ought to look for ways to limit the harm before a new president arrives", "S4.4"),
        ("the mismatch between the mission and what the forces can do should be central to the debate", "S4.1"),
        ("recent military progress was small and hard to achieve", "S5.1"),
        ("patrols, benchmarks and speeches by America will not bring the change", "S6.2"),
        ("nothing like the Balkan approach was ever really tried in Iraq", "S7.2"),
        ("the UN has promised to play a bigger part", "S8.3"),
        ("Tehran would hardly shut itself out of a wide international plan for reconciliation", "S8.7"),
        ("confessing the mistake would give a serious diplomatic effort the jolt it requires", "S9.2"),
        ("voters in Europe and Arab countries do not want to rescue a president who says he was right", "S9.3"),
        ("since soldiers face death daily, the president should at least be honest", "S9.4"),
        ("the world could tell Iraq's sectarian leaders that sharing power is the only answer", "S10.2"),
        ("the world community cannot guarantee the change but ought to encourage it", "S11.2"),
        ("instead of plotting to survive, Iraqis must prepare to compete for power without violence", "S11.1"),
    ]

    static let confirmNotSaid: [String] = [
        "the number of troops in the surge should be doubled",
        "Petraeus lied to Congress about the war",
        "the United Nations is useless in the Middle East",
        "Iraq's oil money should pay for rebuilding the country",
        "the Kurds deserve an independent state of their own",
        "Sarkozy opposed the invasion of Iraq from the start",
        "American casualties have fallen since the surge began",
        "sanctions in the 1990s were a mistake",
        "democracy can never take root in Arab countries",
        "Saudi Arabia pays for the Sunni insurgency",
        "the Iraqi army is ready to take over security now",
        "Democrats want to impeach the president",
        "Syria should be invaded next",
        "the European Union has sent billions in aid to Iraq",
        "the war was fought for oil",
        "the next president will be a Republican",
        "Turkish troops crossed into northern Iraq last year",
        "private security firms killed civilians in Baghdad",
        "the Sunni tribes in Anbar turned against al-Qaeda",
        "a military draft would fix the shortage of soldiers",
    ]

    func testStatementsSaidAreFoundAndOthersRefused() {
        let c = WhereConfusion.measure(said: Self.said, notSaid: Self.notSaid, in: Fixtures.bundled)
        XCTAssertGreaterThanOrEqual(c.foundAndStated, 18, c.description)
        XCTAssertGreaterThanOrEqual(c.refused, 17, c.description)
    }

    func testTheSecondSetToo() {
        let c = WhereConfusion.measure(said: Self.confirmSaid, notSaid: Self.confirmNotSaid, in: Fixtures.bundled)
        XCTAssertGreaterThanOrEqual(c.foundFirst, 18, c.description)
        XCTAssertGreaterThanOrEqual(c.foundAndStated, 17, c.description)
        XCTAssertGreaterThanOrEqual(c.refused, 17, c.description)
    }
}
