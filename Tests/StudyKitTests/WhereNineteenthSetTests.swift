import XCTest
@testable import StudyKit

/// `where` on a nineteenth set of 40 statements, written blind on 2026-12-07 (17:35–17:38 UTC): the three essays
/// were written for it (ashworth-fraud-court-report, a crown court report of a builder jailed for taking deposits, with
/// the charges he admitted and denied, the prosecution's and the defence's words, a victim's statement, the judge's
/// reasons, a shorter sentence than without his pleas and a confiscation hearing to come; westline-timetable-change, a
/// train operator's timetable change with more trains and faster journeys on one line, direct trains withdrawn on a
/// branch, a users' group that objects, a lift promised under a condition and a later last train;
/// lighthouse-keepers-theatre-review, a theatre review of a new play with its writer, its source, actors who succeed
/// and one who does not, its set and lighting, a long first act and a transfer), then the statements from the essays
/// alone, without reading the method (`Search/`, `EvidenceIndex`, `StatementCheck`, the statement tests) or any other
/// helper's work, and without running `where` or this test on them; committed before anything was run, so the floors
/// are 0 until it is measured.
/// Half are said in other words, each with the start of the one sentence that says it (synonyms, clauses reordered,
/// shortened, passives, figures written differently, reported speech kept with its speaker), 7/7/6 across the essays;
/// half are not said: an opposite (2), another person or body doing it (2), a plan made a done fact (2), another number
/// (2), a change turned round (2), another place (2), an absolute the text does not make (2), a plausible claim sharing
/// the essay's words but never made (2), a flipped comparison (2), a conditional made a fact (1) and one person's words
/// given to another (1).
/// Measured once on main (blind, the merge of h17b2 on ff1e113): of the 20 said, all 20 found first and 16 of them
/// stated; of the 20 not said, 12 refused. The floors below are those figures. Said but refused (4): a time of day
/// and a frequency written otherwise read as other amounts, "not" read as an affirmation, "two decades" against
/// "twenty years". Not said but stated (8): a conditional made a fact, another body, a plan made a fact, another
/// person's part (twice), another place, a plausible claim never made, a flipped comparison.
/// After h17x and h17q (39677ea), which ran it once inside whole-suite runs and read only the totals: 16 stated,
/// 12 refused.
/// Measured after h17r2 (amounts written otherwise: a time with a colon, an amount that leaves out its unit, a stretch
/// of time in other units), which read the misses: 18 stated, 12 refused; the floors below are those figures.
final class WhereNineteenthSetTests: XCTestCase {
    static let courtSaid: [(statement: String, sentence: String)] = [
        ("at a hearing in August, Ashworth, aged 47 and from Dunford, pleaded guilty to nineteen charges of fraud",
         "Craig Ashworth, 47"),
        ("customers were asked for a quarter to half of the job's price up front, supposedly so that materials "
         + "could be ordered",
         "The court heard that between 2021 and 2023"),
        ("the prosecutor, Helen Osei, said an 84-year-old widow paid £12,500 for a bathroom on the ground floor so "
         + "she could avoid going into a care home",
         "Prosecuting, Helen Osei said the oldest victim"),
        ("Gareth Lowe, who works as a postman, said he had to borrow £9,000 so that another builder could complete "
         + "the work",
         "Gareth Lowe, a postman"),
        ("for the defence, Brereton said Ashworth's business got into debt when timber and steel prices shot up after "
         + "the pandemic",
         "Defending, Thomas Brereton"),
        ("the judge said that had Ashworth not pleaded guilty he would have been jailed for six years",
         "She said she had given him credit"),
        ("Trading Standards in Dunford has got back only £14,000 for the victims so far",
         "Dunford Trading Standards"),
    ]

    static let courtNotSaid = [
        "the court has decided that Ashworth must repay £180,000 to his customers",
        "Ashworth was sentenced to six years in prison",
        "Ashworth took deposits from 32 households",
        "Ashworth denied the 19 counts of fraud",
        "Judge Caroline Maitland said Ashworth had taken the time his victims had left to live in their own homes",
        "Norchester police brought the case against Ashworth after complaints from customers",
        "Ashworth's firm fell into debt when the price of timber and steel fell after the pandemic",
    ]

    static let timetableSaid: [(statement: String, sentence: String)] = [
        ("the winter timetable that Westline Rail brings in on 14 December is its largest change since it took over "
         + "the franchise in 2020",
         "Westline Rail will introduce"),
        ("between Hallam and Portbury there will be a train every twenty minutes rather than every thirty from Monday "
         + "to Saturday",
         "Trains will run every 20 minutes"),
        ("on Sundays the first trains on the route will run two hours earlier, from seven in the morning",
         "Sunday services on the route"),
        ("Margaret Fenwick, the users' group secretary and a former signaller, said the footbridge at Ellerby, which "
         + "lacks a lift, would be hard for elderly and disabled people",
         "The group's secretary, Margaret Fenwick"),
        ("Owen Pritchard said the direct Carnford trains had to go because the single-track branch could not carry "
         + "them as well as the extra Hallam trains",
         "Westline's managing director, Owen Pritchard"),
        ("following a campaign by theatres and restaurants, the last Friday and Saturday train from Portbury to "
         + "Hallam will run forty minutes later, at 11.40 pm",
         "The last train from Portbury to Hallam"),
        ("until the end of January, people whose usual train has been cut can get a refund with no £10 fee",
         "Season tickets bought before 14 December"),
    ]

    static let timetableNotSaid = [
        "a lift has been installed at Ellerby Junction",
        "the fastest journey between Hallam and Portbury will rise from 51 minutes to 58",
        "passengers from Carnford will change trains at Portbury",
        "from 14 December no direct trains at all will run between Carnford and Hallam, even at peak times",
        "the diesel units accelerate more quickly than the new electric trains",
        "the changes will add 68 trains a week across Westline's network",
        "fares will go up when the new timetable starts on 14 December",
    ]

    static let theatreSaid: [(statement: String, sentence: String)] = [
        ("the Corn Exchange has not staged a new play for eleven years, and Raman picked well in The Lighthouse "
         + "Keepers, Huw Prydderch's first play for the stage",
         "It is eleven years since"),
        ("Lloyd, an actor with the Royal Shakespeare Company for two decades, plays the head keeper, whom Prydderch "
         + "has made a woman",
         "The older keepers are played"),
        ("Harries's accent keeps slipping and his lengthy second-act speech about the sea is slow",
         "Only Harries struggles"),
        ("Tom Ockenden's lighting sends the lamp's beam sweeping across the stalls every 40 seconds",
         "Lighting is by Tom Ockenden"),
        ("Raman said a third of the script was cut in rehearsal",
         "Raman told me before the opening"),
        ("the show moves to Theatr Gwynedd in Bangor, which shares the production, in March",
         "The production is shared with"),
    ]

    static let theatreNotSaid = [
        "Ana Ferreira designed the lighting for The Lighthouse Keepers",
        "The Lighthouse Keepers is set on a rock off Anglesey",
        "the reviewer found every performance in The Lighthouse Keepers excellent",
        "Huw Prydderch also directs the production at the Corn Exchange",
        "The Lighthouse Keepers is adapted from a poem Prydderch wrote about his grandfather",
        "the first act of The Lighthouse Keepers is stronger than the second",
    ]

    func testStatementsWrittenBlind() throws {
        try WhereConfusion.assertSet("nineteenth", ownEssays: [
            ("ashworth-fraud-court-report", Self.courtSaid, Self.courtNotSaid),
            ("westline-timetable-change", Self.timetableSaid, Self.timetableNotSaid),
            ("lighthouse-keepers-theatre-review", Self.theatreSaid, Self.theatreNotSaid),
        ], foundFirst: 20, stated: 18, refused: 12)
    }
}
