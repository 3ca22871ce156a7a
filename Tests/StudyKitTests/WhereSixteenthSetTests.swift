import XCTest
@testable import StudyKit

/// `where` on a sixteenth set of 40 statements, written blind on 2026-12-07 (16:42–16:50 UTC): the three essays
/// were written for it (harbour-ward-by-election, a local by-election result with candidates' votes, turnout, shares
/// that rose and fell, the council's new balance and a count delayed by unopened postal votes;
/// lenn-valley-flood-warning, a news article on a severe flood warning with river levels, evacuations, a barrier that
/// may be outflanked under a condition and a village scheme that has not started; salt-year-book-review, a novel's
/// review comparing it with the author's first, its plot, its strong and weak halves and a prize it may reach), then
/// the statements from the essays alone, without reading the method (`Search/`, `EvidenceIndex`, `StatementCheck`, the
/// statement tests) or any other helper's work, and without running `where` or this test on them; committed before
/// anything was run, so the floors are 0 until it is measured.
/// Half are said in other words, each with the start of the one sentence that says it (synonyms, clauses reordered,
/// shortened, figures written differently, reported speech kept with its speaker), 7/7/6 across the essays; half are
/// not said: an opposite (2), another person or body doing it (2), a plan made a done fact (2), another number (2), a
/// change turned round (2), another place (2), an absolute the text does not make (2), a plausible claim sharing the
/// essay's words but never made (2), a flipped comparison (2), a conditional made a fact (1) and one person's words
/// given to another (1).
/// Measured once on main 718dc98 (blind): of the 20 said, all 20 found first and 12 of them stated; of the 20 not
/// said, 14 refused. The floors below are those figures. Said but refused (8), each by a check that misread a
/// paraphrase: a party's name against "the party", a number in an apposition (an age) read as an unsupported claim,
/// "fewer than a third" against 31.6 per cent, a verb against an unrelated word read as its antonym (twice), a
/// figure the passage gives read as unsupported, a "not" elsewhere in the sentence, and a verb in a relative clause
/// ("people who gave up") read as a recommendation made a fact. Not said but stated (6): a vote against turned round,
/// a promise made a fact, one person's words given to another, an approval made a finished work, another person's
/// act, and a plausible claim never made.
/// Then h17n, h17r and the lead's fixes of h17r's false refusals, which were read from the seventeenth's and
/// eighteenth's misses (f15964f): 12 stated, 15 refused.
/// Then h17p, shaped after reading this set's and the seventeenth's false refusals: 14 stated, 15 refused.
/// Then h17x, shaped after reading the not-said statements stated in the allowed sets: 14 stated, 16 refused.
/// Then h17q (a verb's antonym only in its slot, "get" against "leaves"; "every 30 minutes" for "every half hour"):
/// 16 stated, 15 refused.
/// Both merged (39677ea): 16 stated, 16 refused.
final class WhereSixteenthSetTests: XCTestCase {
    static let electionSaid: [(statement: String, sentence: String)] = [
        ("Labour had held the seat since 1998 until the Greens won Harbour ward in Thursday's by-election",
         "The Green Party won the Harbour ward"),
        ("Okafor, a marine biologist aged 34, beat Labour's Graham Tolley, a former headteacher, by 212 votes, getting "
         + "1,164 to his 952",
         "Nadia Okafor, a 34-year-old marine biologist"),
        ("fewer than a third of voters turned out, compared with 44% in May 2025 when Haines won by 640 votes",
         "Turnout was 31.6 per cent"),
        ("with 11 of the 23 seats Labour is one seat short of a majority and will need another group's backing to get "
         + "its budget through in February",
         "The result leaves Labour with 11"),
        ("Westvale Water reported sewage going into the harbour on 37 days last year, up from 12 in 2022, and Okafor "
         + "made this the centre of her campaign",
         "She had campaigned mainly on sewage"),
        ("Tolley put the poor turnout down to the cold and wet weather and to polling day falling in half-term week, "
         + "though he congratulated Okafor",
         "Tolley congratulated her"),
        ("the returning officer said nobody had complained and the late postal votes would not have altered the "
         + "outcome",
         "He said no complaint had been made"),
    ]

    static let electionNotSaid = [
        "Okafor has said she will vote for the harbour car park plan",
        "the town council has commissioned its own tests of the water at Slipway Beach",
        "the Conservatives now have six seats on Portlow Town Council",
        "Lucy Pennington's share of the vote rose from 16 per cent to 24 per cent",
        "every candidate's share of the vote fell compared with May 2025",
        "Peter Haines stood down after losing the support of the Labour group",
        "Anne-Marie Cross blamed the low turnout on the cold, wet weather and the half-term holiday",
    ]

    static let floodSaid: [(statement: String, sentence: String)] = [
        ("the Environment Agency has put out a severe flood warning, which means lives are in danger, for Ashby Mill "
         + "and lower Carrow, where the Lenn should be highest at about 11 o'clock tonight",
         "The Environment Agency has issued"),
        ("Helen Marsh of the agency said the peak could be 4.6 metres, 20 cm higher than in 2014 when 210 homes in the "
         + "valley flooded",
         "The agency's duty manager, Helen Marsh"),
        ("Martin Greaves said that from 2 pm buses would pick up people who have no car outside Ashby Mill village hall "
         + "every 30 minutes",
         "The council's leader, Martin Greaves"),
        ("Marsh warned that water could get around the north end of the Carrow barrier through the railway underpass "
         + "should the river go above 4.8 metres",
         "It was built to protect about 400 properties"),
        ("work on the £3 million embankment scheme for Ashby Mill, approved in 2022, has not begun because the agency "
         + "is still waiting for £600,000 from the council and local firms",
         "A £3 million scheme of embankments"),
        ("the police have shut the A614 at Carrow Bridge and warn that moving water 30 cm deep can float a car",
         "Police have closed the A614"),
        ("the Met Office says the rain should ease overnight but another 20 mm is expected on Wednesday and could slow "
         + "the river's fall",
         "The Met Office expects the rain"),
    ]

    static let floodNotSaid = [
        "Ashby Mill is protected by permanent flood defences",
        "Northfield District Council has closed the railway line between Carrow and Wendlebury",
        "the £3 million embankments at Ashby Mill were built in 2022",
        "the gauge at Carrow Bridge read 4.6 metres at noon",
        "at noon the river at Carrow Bridge was falling by about 10 cm an hour",
        "Northfield District Council has opened a rest centre at Ashby Mill village hall",
        "a second rest centre has opened at St Bede's School in Wendlebury",
    ]

    static let reviewSaid: [(statement: String, sentence: String)] = [
        ("Iris's father manages the salt works for Mrs Cordery, an old widow who owns it, lives in London and comes "
         + "twice a year",
         "The narrator is Iris Pell"),
        ("her father needs Iris to keep the books because the clerk has gone to a better job at the docks, but she "
         + "wants to go to the Colchester grammar school that has offered her a place",
         "Iris wants to leave for the grammar school"),
        ("the reviewer calls the chapter about the flood, which comes on page 181, the best writing of the year",
         "The flood itself arrives on page 181"),
        ("Amadi told an interviewer last month that her editor had asked her to cut 150 pages from the draft",
         "Amadi said in an interview last month"),
        ("the writing is plain and exact, with fewer of the long lists that made The Weighbridge heavy going",
         "The prose is plain and precise"),
        ("people who gave up on The Weighbridge should give Amadi another chance, the reviewer says",
         "Readers who gave up on The Weighbridge"),
    ]

    static let reviewNotSaid = [
        "Iris's father decides to sell the salt works to a chemical company from Hull",
        "Ruth Amadi grew up in Colchester",
        "the reviewer says every line of the dialogue is right",
        "The Salt Year is longer than Amadi's first novel, The Weighbridge",
        "the reviewer finds the second half of The Salt Year stronger than the first",
        "Amadi grew up on a salt works on the Essex marshes",
    ]

    func testStatementsWrittenBlind() throws {
        try WhereConfusion.assertSet("sixteenth", ownEssays: [
            ("harbour-ward-by-election", Self.electionSaid, Self.electionNotSaid),
            ("lenn-valley-flood-warning", Self.floodSaid, Self.floodNotSaid),
            ("salt-year-book-review", Self.reviewSaid, Self.reviewNotSaid),
        ], foundFirst: 20, stated: 16, refused: 16)
    }
}
