import XCTest
@testable import StudyKit

/// `where` on a third set of 40 statements, about three essays: the bundled one and two of the project's own. Half
/// are said there in other words (with the start of the sentence that says them); half are not said, most of them on
/// the essay's topic and in its words, many the opposite of what it says. Written after `StatementCheck` was
/// calibrated on `WhereCalibrationTests` and measured once untouched: 14 said found first and stated, 10 not said
/// refused, short of the bar (18 and 16). Its failures then led to two signals (a number the sentence
/// replaces; "lost", "should have", "refuse" lessening a statement so that a sentence's denial does not oppose it),
/// so it is a development set now: the floors record it. `WhereHeldOutTests` measures the result afresh.
/// Then a phrasal verb as a verb's antonym ("will rise" against "will come down", h17-where2): 17 stated, 14 refused.
/// Then with h17-compare (a change turned round: increase against decrease in WordNet): 17 stated, 15 refused.
final class WhereThirdSetTests: XCTestCase {
    static let bundledSaid: [(statement: String, sentence: String)] = [
        ("the first thing to ask about any war is what it is being fought for", "S1.1"),
        ("one abandoned goal was to punish whoever was behind the September 11 attacks", "S2.1"),
        ("someone cynical could say the troops are there so Bush need not admit the invasion became a catastrophe", "S3.1"),
        ("the administration has lost its believability", "S3.5"),
        ("the debate will not create new backing for the current grim policy", "S4.2"),
        ("the United States should have used a comparable plan in Iraq from the beginning", "S7.2"),
        ("if Iran stayed out, many Iraqi leaders would gain politically", "S8.8"),
        ("admitting error would make it simpler for Arab governments to help", "S9.3"),
        ("outside help could guard Iraq's frontiers and rebuild the country", "S10.1"),
        ("a deal to share power must respect the majority and protect minorities", "S10.2"),
    ]

    static let bundledNotSaid = [
        "the surge has failed to reduce violence in Baghdad",
        "the United Nations refused to get involved in Iraq",
        "European leaders are unwilling to help Iraq",
        "America has great leverage over Iraqi politicians",
        "troop levels in Iraq will rise next year",
        "Iran supports the Shiite militias with money and arms",
        "the Balkan wars were ended by NATO bombing alone",
        "Bush has admitted that the invasion was a mistake",
        "Iraqi leaders are eager to compromise",
        "General Petraeus will recommend sending more troops",
    ]

    static let busesSaid: [(statement: String, sentence: String)] = [
        ("the council plans to increase the price of a bus ticket", "The city council is about to raise"),
        ("after Tallinn made transport free, more people rode buses and trams and fewer drove", "In Tallinn"),
        ("paying fares hurts people with low incomes more than the well-off", "Fares take a larger share"),
        ("the air on Harbour Road broke the legal pollution limit on 37 days", "Road transport is the largest"),
        ("some riders would otherwise have gone on foot or by bike", "Others argue"),
    ]

    static let busesNotSaid = [
        "free buses would cost the council 20 million pounds a year",
        "the council should build more car parks in the centre",
        "bus drivers are opposed to free travel",
        "in Tallinn the number of car trips rose after buses became free",
        "trams should replace the buses on Harbour Road",
    ]

    static let heatSaid: [(statement: String, sentence: String)] = [
        ("Luke Howard first wrote about the effect two hundred years ago by comparing London with the country",
         "It was first described"),
        ("concrete and asphalt soak up much more sunlight than grass does", "Asphalt, concrete and brick"),
        ("tall buildings along narrow streets hold the heat in", "Tall buildings on narrow streets"),
        ("elderly people alone in upper flats are in the most danger", "Nights that stay hot"),
        ("pale roofs reflect the sun rather than soak it up", "Light-coloured roofs"),
    ]

    static let heatNotSaid = [
        "cities are cooler than the countryside at night",
        "planting trees makes the heat island worse",
        "the urban heat island was first described in Paris",
        "air conditioners cool the streets around buildings",
        "cities will be ten degrees hotter by 2050",
    ]

    func testTheThirdSet() throws {
        let all = try WhereConfusion.measure(bundled: Self.bundledSaid, notSaid: Self.bundledNotSaid, ownEssays: [
            ("free-buses", Self.busesSaid, Self.busesNotSaid), ("why-cities-are-hotter", Self.heatSaid, Self.heatNotSaid),
        ])
        print("where, third set: \(all)")
        XCTAssertGreaterThanOrEqual(all.foundFirst, 19, all.description)
        XCTAssertGreaterThanOrEqual(all.foundAndStated, 17, all.description)
        XCTAssertGreaterThanOrEqual(all.refused, 15, all.description)
    }
}
