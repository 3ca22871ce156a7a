import XCTest
@testable import StudyKit

/// `where` on a seventeenth set of 40 statements, written blind on 2026-12-07 (16:42–16:50 UTC): the three essays
/// were written for it (brookside-school-inspection, the summary of a school inspection with a new grade, test results
/// against earlier years and the national average, weaker subjects, attendance, a nursery plan with a condition and a
/// change reversed after a parents' survey; ferrante-transfer-story, a football transfer with fees, add-ons, a record,
/// goals, the selling club's reasons, a doubting pundit and hopes that depend on the player settling;
/// building-societies-merger, a merger of two building societies with assets, profits that rose and fell, promises on
/// branches and jobs, a members' vote to come and a group campaigning against it), then the statements from the
/// essays alone, without reading the method (`Search/`, `EvidenceIndex`, `StatementCheck`, the statement tests) or
/// any other helper's work, and without running `where` or this test on them; committed before anything was run, so
/// the floors are 0 until it is measured.
/// Half are said in other words, each with the start of the one sentence that says it (synonyms, clauses reordered,
/// shortened, figures written differently, reported speech kept with its speaker), 7/7/6 across the essays; half are
/// not said: an opposite (2), another person or body doing it (2), a plan made a done fact (2), another number (2), a
/// change turned round (2), another place (2), an absolute the text does not make (2), a conditional made a fact (2),
/// a flipped comparison (2), a plausible claim sharing the essay's words but never made (1) and one person's words
/// given to another (1).
/// Measured once on main 718dc98 (blind): of the 20 said, all 20 found first and 15 of them stated; of the 20 not
/// said, 16 refused. The floors below are those figures. Said but refused (5): "last summer" against "last", a verb
/// read as the antonym of an unrelated word, a country's name against its adjective, a refusal read as an
/// affirmation, a town's name against "society". Not said but stated (4): a halving turned into a doubling, one
/// person's words given to another, a vote to come made a fact, a comparison flipped.
/// Then h17p, shaped after reading this set's and the sixteenth's false refusals: 17 stated, 16 refused.
/// Then h17x (a name before "and" or "but" read as the next verb's actor no more): 18 stated, 16 refused.
/// Then h17q (a country's possessive given by its adjective, "Portugal's" by "Portuguese"): 18 stated, 16 refused.
/// Both merged (39677ea): 19 stated, 16 refused.
/// Then h17s (clause frames: a named person's words given to another): 19 stated, 17 refused.
final class WhereSeventeenthSetTests: XCTestCase {
    static let inspectionSaid: [(statement: String, sentence: String)] = [
        ("two years after being judged as requiring improvement, Brookside Primary in Hetherington is now rated good",
         "Brookside Primary School in Hetherington"),
        ("the Larkfield Learning Trust took over the school of 412 children in September 2023, the same month Sophie "
         + "Lindqvist came from another trust school to be its head",
         "The school, which has 412 pupils"),
        ("71% of Year 6 pupils met the expected standard in reading, writing and maths together last summer, compared "
         + "with 48% in 2023 and a national average of 61%",
         "In last summer's national tests"),
        ("roughly one pupil in six missed at least a tenth of their school days last year, more than in similar schools",
         "About one pupil in six"),
        ("the inspectors said the breakfast club for around 90 children and the school's other work with families had "
         + "made only a small difference so far",
         "Inspectors said the school had"),
        ("Rajesh Anand, who runs the trust, said Brookside had been the hardest of its nine schools to turn round",
         "The trust's chief executive, Rajesh Anand"),
        ("after 64% of parents opposed it in a survey, the school went back on cutting ten minutes from the lunch break",
         "A group of parents complained"),
    ]

    static let inspectionNotSaid = [
        "the county council has agreed to pay for the building work for a nursery at Brookside",
        "the number of Year 2 pupils needing extra help with reading doubled in a year",
        "every pupil now leaves Brookside able to read fluently",
        "Rajesh Anand joined Brookside as headteacher from another of the trust's schools in September 2023",
        "persistent absence at Brookside is lower than in similar schools",
        "the inspectors spent three days at the school in October",
        "Bernadette Fay said she was enormously proud of the staff",
    ]

    static let transferSaid: [(statement: String, sentence: String)] = [
        ("Hallworth have paid Vilanova £14m for Mateo Ferrante, a fee that add-ons could take to £18m, setting a club "
         + "record for the second time in twelve months",
         "Hallworth United have signed the striker"),
        ("last season Ferrante was the top scorer in Portugal's top division with 22 league goals in 31 games",
         "Ferrante scored 22 goals"),
        ("Rinaldi said Hallworth first tried to buy Ferrante in the summer but Vilanova rejected £9m",
         "The manager, Paulo Rinaldi"),
        ("with 16 goals in 17 Premier League games United have scored fewer than every side but Corby Town and are "
         + "15th, four points clear of the relegation zone",
         "United have scored only 16 goals"),
        ("Artur Mendes said Vilanova accepted with sadness because the money would pay for the training ground it had "
         + "been planning for a decade",
         "Vilanova's president, Artur Mendes"),
        ("Lee Barraclough, a former Hallworth striker who is now a TV pundit, said it was a lot of money for someone "
         + "who has never played in England",
         "The former Hallworth striker Lee Barraclough"),
        ("fans' groups welcomed Ferrante's arrival but want Crestline Partners, the American owners, to freeze "
         + "season-ticket prices next year",
         "Supporters' groups have welcomed"),
    ]

    static let transferNotSaid = [
        "Vilanova accepted Hallworth's offer of £9 million in the summer",
        "Hallworth have also signed a left-back",
        "Ferrante has agreed a three-year contract with Hallworth",
        "Ferrante passed his medical in Lisbon on Monday",
        "Sam Ridley left Hallworth for a club in Saudi Arabia in August",
        "Ferrante scored in every game he played against the top three sides in Portugal",
        "Sam Ridley has agreed to stay on at Hallworth as a squad player",
    ]

    static let mergerSaid: [(statement: String, sentence: String)] = [
        ("the merged society, to be named Pennine Building Society, will be run from Halifax, Calder's home, and "
         + "Penistone's Barnsley head office will turn into a customer service centre",
         "The combined society will be called"),
        ("Fiona McAllister of Calder will run the new society with Penistone's Robert Greenhalgh as her deputy for two "
         + "years before he retires",
         "Its chief executive, Fiona McAllister"),
        ("McAllister said the cost of technology and regulation, up around 40% at Calder over five years, was the "
         + "chief reason for merging",
         "McAllister said the main reason"),
        ("Calder's profit went up from £21m to £26m last year, but Penistone's dropped from £19m to £14m",
         "Penistone made a profit of £14 million"),
        ("Colin Pryce, a retired accountant, is leading a group of Penistone members who will campaign against the "
         + "merger, saying local lending decisions will be taken in Halifax",
         "A group of Penistone members"),
        ("Tom Ellery of Forsyth Research called the deal sensible but not exciting and said margins would be squeezed "
         + "if interest rates fell next year",
         "An analyst at Forsyth Research"),
    ]

    static let mergerNotSaid = [
        "both societies said some branches would close in the first year after the merger",
        "members of both societies approved the merger at special meetings in April",
        "the cost of new technology and regulation at Calder fell by about 40 per cent in five years",
        "the combined society will have its head office in Barnsley",
        "Penistone is the larger of the two building societies",
        "the regulator has raised concerns about the merger of Penistone and Calder",
    ]

    func testStatementsWrittenBlind() throws {
        try WhereConfusion.assertSet("seventeenth", ownEssays: [
            ("brookside-school-inspection", Self.inspectionSaid, Self.inspectionNotSaid),
            ("ferrante-transfer-story", Self.transferSaid, Self.transferNotSaid),
            ("building-societies-merger", Self.mergerSaid, Self.mergerNotSaid),
        ], foundFirst: 20, stated: 19, refused: 17)
    }
}
