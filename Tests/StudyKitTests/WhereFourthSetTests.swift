import XCTest
@testable import StudyKit

/// `where` on a fourth set of 40 statements, about the bundled essay and two of the project's own (night-trains-return,
/// how-vaccines-work). Half are said there in other words (with the sentence that says them, by id or by the start of
/// its text); half are not said, on the essay's topic and in its words, several the opposite of what it says. Written
/// before the third set's failures were read and measured once untouched (17 said stated of 18 found first, 12 not
/// said refused; the share rule before, 17 and 5), it then helped to set the statement-side check (a statement that
/// denies or lessens needs a sentence that does too), so it is a development set now: the floors record it.
/// 17 stated and 15 refused before a doubt in the sentence ("unlikely to isolate itself") opposed a statement that
/// does not deny: 17 and 16. "Half the …" read as 50 percent: 17 and 17.
/// h17-amounts (a year on the other side: "in 2016" against "after 2016"): 17 and 18.
/// h17q (a verb's antonym only in its slot: "left" no longer against "come"): 18 and 18.
final class WhereFourthSetTests: XCTestCase {
    static let bundledSaid: [(statement: String, sentence: String)] = [
        ("goals now answer threats that the invasion itself produced rather than those that led to it", "S3.3"),
        ("civilian leaders caused the troubles that soldiers are now asked to die fixing", "S3.4"),
        ("the gap between what the troops are asked to do and what they can do should be debated first", "S4.1"),
        ("the withdrawal decision will probably be left to whoever is elected next", "S4.3"),
        ("deep religious divisions mean Iraqis alone cannot produce the shift", "S6.1"),
        ("assistance organised among many nations is the one remaining choice", "S6.3"),
        ("the governments of Saudi Arabia, Jordan and Syria fear an unstable Iraq", "S8.5"),
        ("soldiers risk dying each day, so the president owes them the truth", "S9.4"),
        ("outsiders cannot guarantee that Iraqis change, though they can push for it", "S11.2"),
        ("representatives of Turkey and the Kurds signed a deal about their border", "S8.6"),
    ]

    static let bundledNotSaid = [
        "the surge has brought peace to Anbar province",
        "Turkey and the Kurds are at war along the border",
        "Iran is eager to isolate itself from the international community",
        "the National Intelligence Estimate praised the political progress in Iraq",
        "Democrats and Republicans have agreed on a plan to end the war",
        "the Balkans are still at war today",
        "Gordon Brown refused to help Iraq",
        "the army and police of Iraq are already well trained",
        "the author supported the invasion of Iraq in 2003",
        "Saudi Arabia wants American troops to stay in Iraq forever",
    ]

    static let trainsSaid: [(statement: String, sentence: String)] = [
        ("many sleeper services were scrapped after budget airlines made them seem outdated", "Most of those services were cut"),
        ("per passenger, an electric train emits only a little of the carbon a plane does",
         "A passenger on a long-distance electric train"),
        ("airlines are not taxed on their fuel in most countries while railways pay for every kilometre of track",
         "Airlines pay no tax"),
        ("after 2016 the Austrian Nightjet trains were often full in summer", "When the Austrian railway"),
        ("states could lease carriages to operators and cut night-time track fees", "Governments can help in three ways"),
    ]

    static let trainsNotSaid = [
        "sleeper trains are cheaper to run than planes",
        "night trains are usually late",
        "the train from Paris to Rome runs every night today",
        "ÖBB cancelled its Nightjet network in 2016",
        "governments should build more airports",
    ]

    static let vaccinesSaid: [(statement: String, sentence: String)] = [
        ("a vaccine lets the body learn about a germ without the risk of getting ill",
         "A vaccine gives the immune system the lesson in advance"),
        ("antibodies made by B cells attach to antigens and flag them to be destroyed", "White blood cells called B cells"),
        ("a sore arm or slight fever after a jab shows the body is learning", "This response can cause a sore arm"),
        ("when enough people are immune, babies are protected too", "This effect, called herd immunity"),
        ("flu vaccines must be renewed each year because the virus keeps changing", "Some germs, such as the influenza virus"),
    ]

    static let vaccinesNotSaid = [
        "vaccines contain live germs that can cause the disease",
        "memory cells always last for life",
        "vaccines cause autism in children",
        "for measles about half the population must be immune",
        "antibiotics work by training T cells",
    ]

    func testTheFourthSet() throws {
        let all = try WhereConfusion.measure(bundled: Self.bundledSaid, notSaid: Self.bundledNotSaid, ownEssays: [
            ("night-trains-return", Self.trainsSaid, Self.trainsNotSaid), ("how-vaccines-work", Self.vaccinesSaid, Self.vaccinesNotSaid),
        ])
        print("where, fourth set: \(all)")
        XCTAssertGreaterThanOrEqual(all.foundFirst, 18, all.description)
        XCTAssertGreaterThanOrEqual(all.foundAndStated, 18, all.description)
        XCTAssertGreaterThanOrEqual(all.refused, 18, all.description)
    }
}
