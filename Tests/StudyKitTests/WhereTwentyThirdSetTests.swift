import XCTest
@testable import StudyKit

/// `where` on a twenty-third set of 40 statements, written blind on 2026-12-07 (23:43–23:46 UTC): the three essays
/// were written for it (ashcombe-bus-station-letter, a letter to the editor against moving a town's bus station to the
/// ring road, with the council's passenger figures, a deputy leader's reasons, a budget cut conceded, a nearby town
/// whose passengers fell after the same move, a shuttle promised for two years, an architect's compromise left out of
/// the council's report, a decision to come and a plea under a condition; tarrow-valley-hosepipe-ban, a weather news
/// report of a drought and a hosepipe ban, rainfall and reservoir levels against their averages, what the ban forbids
/// and who is exempt, a fine never used, an operations director's figures, leakage and a councillor's criticism,
/// farms that must stop taking water under a condition, a forecaster's words and a level the ban waits for;
/// ashgrove-hospice-winter-appeal, a hospice's charity appeal, a target, the cost of a night of care, who pays for it,
/// demand that rose while NHS income stayed flat, a daughter's memories, gifts matched up to a limit before a date, a
/// day service hoped for under a condition and families turned away if it falls short), then the statements from the
/// essays alone, without reading the method (`Search/`, `EvidenceIndex`, `StatementCheck`, the statement tests, the
/// other `where` sets) or any other helper's work, and without building or running `where` or this test on them;
/// committed before anything was run.
/// Half are said in other words, each with the start of the one sentence that says it (synonyms, clauses reordered,
/// shortened, passives, figures written differently, reported speech kept with its speaker), 7/7/6 across the essays;
/// half are not said: a change turned round (3), a plan made a done fact (2), a conditional made a fact (2), a
/// plausible claim sharing the essay's words but never made (2), another person doing it (1), another number (1), an
/// absolute the text does not make (1), a flipped comparison (1), an opposite (1), a negated fact (1), one person's
/// words given to another (1), a cause the text does not give (1), a quantity word the text does not support (1), a
/// wrong date (1) and another place (1).
/// Measured once on main (blind, on 950821f, before any method change of this session): of the 20 said, all 20 found
/// first and 16 of them stated; of the 20 not said, 15 refused. The floors below are those figures; nobody has read
/// the misses. After h17r2 and h17s (amounts written otherwise, clause frames; 14fa480), still unread: 16 stated, 15
/// refused.
final class WhereTwentyThirdSetTests: XCTestCase {
    static let letterSaid: [(statement: String, sentence: String)] = [
        ("the writer, a retired district nurse who has ridden the 14 and 22 buses for most of her adult life, believes "
         + "moving the bus station is a mistake",
         "As a retired district nurse who has used"),
        ("according to the council, some 4,300 people use the bus station on a typical weekday, and 40 per cent of them "
         + "are over sixty",
         "The council's own figures show"),
        ("Graham Sutcliffe, the council's deputy leader, said moving the bus station would make room in the square for "
         + "60 flats and a new hotel, which would bring in money the council badly needs",
         "The council's deputy leader, Graham Sutcliffe"),
        ("the council's budget has been cut by almost a quarter since 2018",
         "Its budget has been cut by nearly a quarter"),
        ("after Brenford moved its bus station to a retail park in 2017, passengers on its town buses dropped by 30 per "
         + "cent within four years and two routes were scrapped",
         "When Brenford moved its bus station"),
        ("the shuttle minibus would be paid for by the council for just two years and would not run on Sundays",
         "That is welcome, but the council has only promised"),
        ("Margaret Dunn asks the council to publish what Joanna Reece's scheme would cost next to the cost of its own "
         + "before the planning committee meets on 15 January",
         "I would ask the council to publish"),
    ]

    static let letterNotSaid = [
        "passenger numbers on Brenford's town services rose after its bus station moved to a retail park",
        "Ashcombe District Council has decided to move the bus station to Fordham Park",
        "Graham Sutcliffe suggested building the hotel on the northern half of the square and keeping the buses on the "
            + "southern half",
        "the council has promised to pay for the shuttle minibus for five years",
        "Margaret Dunn wants the council to give older people free taxis into the town centre",
        "Mill Road has no pavement anywhere along it",
        "Fordham Park is closer to the health centre than Market Square is",
    ]

    static let droughtSaid: [(statement: String, sentence: String)] = [
        ("Weston Water said about 1.2 million customers in 480,000 homes would be affected by the ban",
         "Weston Water said the ban would affect"),
        ("only 187mm of rain fell at Kelby between March and August, 54 per cent of the usual amount for those six "
         + "months",
         "Between March and August, 187 millimetres"),
        ("the three biggest reservoirs have dropped from 78 per cent full at the beginning of June to 41 per cent",
         "The company's three largest reservoirs"),
        ("registered disabled people and those on the priority services register do not have to keep to the ban, and "
         + "buckets and watering cans can still be used",
         "Watering cans and buckets may still be used"),
        ("Priya Mandal said demand reached 540 million litres a day in the July heatwave, about 20 per cent above normal",
         "She said demand had risen to 540 million"),
        ("according to Ofwat, Weston Water loses some 118 million litres a day from leaking pipes, nearly a quarter of "
         + "the water it supplies",
         "Weston Water loses about 118 million litres"),
        ("Tom Greaves of the Met Office said the second half of September would probably be wetter than usual, but "
         + "refilling the reservoirs would need a wet autumn and winter",
         "Tom Greaves, a forecaster at the Met Office"),
    ]

    static let droughtNotSaid = [
        "farmers who take water from the River Tarrow are covered by the hosepipe ban",
        "leakage at Weston Water has risen by 12 per cent in five years",
        "Weston Water took people to court for breaking the two previous hosepipe bans",
        "Weston Water has spent £210 million on replacing old mains",
        "the Environment Agency has told 63 farms to stop taking water from the River Tarrow",
        "Councillor Dave Ibbotson said the hosepipe ban was a last resort",
        "Weston Water said the ban was needed because too many households had filled private swimming pools",
    ]

    static let appealSaid: [(statement: String, sentence: String)] = [
        ("last year Ashgrove's night nurses stayed with 610 people in their final weeks at home across Harlow Vale and "
         + "nearby villages",
         "Last year our night nurses sat with 610"),
        ("one night of care costs the hospice £690, which covers two nurses, their travel, and the medicines and "
         + "equipment they carry",
         "It costs us £690 to provide one night"),
        ("families asking for night care grew from 430 in 2022 to 610 last year",
         "The number of families asking for night care"),
        ("Sarah Whitlock said her mother cried with relief the night a nurse named Joan came and told her to go to bed",
         "Sarah said that her mother had not slept"),
        ("every pound given to the appeal before 31 December will be matched by the Pemberton Family Trust, up to "
         + "£100,000 in all",
         "The Pemberton Family Trust has promised"),
        ("Dr Felix Amadi, the chief executive, said that the hospice had never had to think about turning families away "
         + "before",
         "Our chief executive, Dr Felix Amadi"),
    ]

    static let appealNotSaid = [
        "the NHS pays for most of the hospice's costs",
        "the number of families asking for night care fell from 610 in 2022 to 430 last year",
        "Ashgrove Hospice has started a day service for patients who still live at home",
        "the Pemberton Family Trust will match gifts given to the appeal before 31 January",
        "the hospice plans to open two more charity shops to pay for the night service",
        "Ken Whitlock died on the palliative ward at Harlow Vale General Hospital",
    ]

    func testStatementsWrittenBlind() throws {
        try WhereConfusion.assertSet("twenty-third", ownEssays: [
            ("ashcombe-bus-station-letter", Self.letterSaid, Self.letterNotSaid),
            ("tarrow-valley-hosepipe-ban", Self.droughtSaid, Self.droughtNotSaid),
            ("ashgrove-hospice-winter-appeal", Self.appealSaid, Self.appealNotSaid),
        ], foundFirst: 20, stated: 16, refused: 15)
    }
}
