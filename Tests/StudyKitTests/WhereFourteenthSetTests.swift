import XCTest
@testable import StudyKit

/// `where` on a fourteenth set of 40 statements, written blind on 2026-12-07 (13:46–13:49 UTC): the three essays
/// were written for it (dairy-results-announcement, a listed company's annual results with figures, a dividend, an
/// investment plan subject to planning, a write-off and an outlook with a condition; rugby-match-report, a match
/// report with scorers, minutes, a score that changes hands and coaches' words; level-crossing-inquiry, the summary of
/// an accident investigation with findings, bodies, recommendations and their answers), then the statements from the
/// essays alone, without reading the method (`Search/`, `EvidenceIndex`, `StatementCheck`, the statement tests) or
/// any other helper's work, and without running `where` or this test on them; committed before anything was run.
/// Half are said in other words, each with the start of the one sentence that says it (synonyms, clauses reordered,
/// shortened, figures kept or written differently, a "not" or a reported "said" kept), 7/7/6 across the essays; half
/// are not said: an opposite (2), another person or body doing it (2), a plan made a done fact (2), another number or
/// time (2), a change turned round (2), another place (2), an absolute the text does not make (2), a plausible claim
/// sharing the essay's words but never made (2), a flipped comparison (2), a conditional made a fact (1) and one
/// person's words given to another (1). Committed (149acfd) before anything was run; statements and essays not
/// changed after.
/// Measured once on main 26081f7: of the 20 said, all 20 found first and 19 of them stated; of the 20 not said, 10
/// refused. The floors below are those figures.
/// Said but refused (1): "either would have put the game beyond reach", kept from the sentence, read as a plan made
/// a fact. Not said but stated (10): a plan made a done fact, a body's part swapped (the council lends the loan), a
/// dividend of 4.8p against 4.2p, "all six" against five of six, a comparison of margins flipped, another player
/// kicking the goal, a place the team travels to next taken as where the match was played, a conditional loan made a
/// fact, a rise in traffic turned into a fall, and a sight time flipped against the time needed. Two of the ten
/// refusals gave a reason beside the point: "took" against "passed up" for an absolute, and a "not" of the sentence
/// for a suspension never mentioned.
/// Then h17-actor and h17-compare, written without seeing this set, merged on main and measured blind: 19 stated,
/// 12 refused (a rise turned into a fall and a comparison flipped now refused).
/// Then h17n, h17r and the lead's fixes of h17r's false refusals (f15964f): 19 stated, 15 refused. h17n saw one
/// line of this set's figures by accident (a test filter matched it), none of its statements.
/// Then h17x, shaped after reading the not-said statements stated in the allowed sets: 19 stated, 16 refused.
final class WhereFourteenthSetTests: XCTestCase {
    static let dairySaid: [(statement: String, sentence: String)] = [
        ("sales went up 8% to £412 million, boosted by dearer cheese and twelve months of trading from the creamery in "
         + "Kendal that was bought in 2024",
         "Revenue rose by 8 per cent"),
        ("because the milk bought from farmers got dearer faster than supermarkets would pay more, operating profit "
         + "dropped from £22.9 million to £18.6 million",
         "Operating profit fell to"),
        ("the volume of Fellside cheddar rose 14% and five of Britain's six biggest grocers now sell it, up from three "
         + "last year",
         "Sales of the company's own Fellside cheddar"),
        ("liquid milk brings in nearly half the revenue but made a margin of only 1.9%, the lowest the company has "
         + "ever had",
         "Liquid milk, which still makes up"),
        ("Anil Kapoor said paying the farmers more had cost roughly £3 million of profit and that he did not think the "
         + "gap would go on after the summer",
         "The finance director, Anil Kapoor"),
        ("after the oat drink trial was stopped, having sold under a third of the cartons expected, the company wrote "
         + "off £2.4 million and will not bring the brand back",
         "The company wrote off £2.4 million"),
        ("Harcourt Securities analysts thought the plan sensible but said it would leave little margin for error should "
         + "milk prices go up again",
         "Analysts at Harcourt Securities"),
    ]

    static let dairyNotSaid = [
        "operating profit rose from £18.6 million to £22.9 million",
        "building work on the new cheese store at Penrith began in October",
        "Westmorland and Furness Council lent Brackenfield £20 million for the new cheese store",
        "the board proposes a final dividend of 4.8p a share",
        "Anil Kapoor said the year had been harder than hoped but better than feared",
        "all six of the largest grocers in Britain now stock Fellside cheddar",
        "liquid milk earns about three times the margin of mature cheddar",
    ]

    static let rugbySaid: [(statement: String, sentence: String)] = [
        ("the victory takes the Saints up to fourth in National League One, a point ahead of Edgemoor, and ends three "
         + "away defeats in a row",
         "The win lifts the Saints"),
        ("Edgemoor's captain Joe Mainwaring took the first three lineouts on the Saints' throw, and Tomasz Nowak scored "
         + "the first try after nine minutes from a scrum at halfway",
         "Their captain, the lock Joe Mainwaring"),
        ("Marie Delacroix said that at half-time she had told her team to stop kicking the ball away",
         "The visitors' head coach, Marie Delacroix"),
        ("Steve Ollerton later conceded that the two penalties Grant missed in five minutes turned the afternoon, "
         + "though either would have put the game beyond reach",
         "Grant then missed two penalties"),
        ("Callum Reid, aged 19, came on for the injured Owen Price after 58 minutes, his first game for the first team",
         "Price limped off"),
        ("defending the choice not to go for goal, Ollerton said a kick from that far into the wind was a one-in-four "
         + "shot and their lineout had been their best weapon",
         "Ollerton defended the decision"),
        ("Delacroix said Reid would not start against Dunmore at home next week because she wants to protect him, "
         + "though she praised him",
         "Delacroix praised Reid"),
    ]

    static let rugbyNotSaid = [
        "Delacroix said Reid will start next week's home match against Dunmore",
        "Owen Price kicked the winning penalty in added time",
        "Tomasz Nowak scored the opening try after 19 minutes",
        "the match was played at Hallam Park",
        "the Saints have now won four of their last five games",
        "the Saints have brought in a fly-half on loan because Price is injured",
        "Ellis Grant missed every kick at goal he took",
    ]

    static let crossingSaid: [(statement: String, sentence: String)] = [
        ("the train was doing 61 mph when the driver spotted the tractor and braked hard, and it struck the trailer at "
         + "around 48 mph",
         "The train, a two-car unit"),
        ("the 23-year-old Holm Farms worker driving the tractor did not call the signaller before he went over, the "
         + "investigators found",
         "The investigation found that the tractor driver"),
        ("Network Rail's 2019 risk assessment counted some 20 vehicles a day, though the grain store Holm Farms opened "
         + "in 2022 had pushed the real number to about 140 a day at harvest time",
         "It found that Network Rail's last risk assessment"),
        ("Network Rail wrote to the landowner in 2021 asking for the trees, which were not on its land, to be cut back, "
         + "but did not chase it up",
         "The trees were not on railway land"),
        ("Holm Farms has started training its 65 staff and offered to pay for a bridge over the line if Network Rail "
         + "closes the crossing",
         "Holm Farms said it had begun training"),
        ("British Transport Police said in June that, given the state of the sign, there was not enough evidence that "
         + "the tractor driver had been reckless",
         "British Transport Police said in June"),
    ]

    static let crossingNotSaid = [
        "the tractor driver phoned the signaller before he crossed the line",
        "miniature warning lights have been installed at Fenby Lane",
        "traffic over the crossing fell after Holm Farms opened its grain store in 2022",
        "the collision happened near Boston in Lincolnshire",
        "the train driver was suspended while the investigation took place",
        "a user at the gate could see a train for longer than a slow vehicle needs to cross",
    ]

    func testStatementsWrittenBlind() throws {
        try WhereConfusion.assertSet("fourteenth", ownEssays: [
            ("dairy-results-announcement", Self.dairySaid, Self.dairyNotSaid),
            ("rugby-match-report", Self.rugbySaid, Self.rugbyNotSaid),
            ("level-crossing-inquiry", Self.crossingSaid, Self.crossingNotSaid),
        ], foundFirst: 20, stated: 19, refused: 16)
    }
}
