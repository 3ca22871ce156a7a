import XCTest
@testable import StudyKit

/// `where` on an eighteenth set of 40 statements, written blind on 2026-12-07 (17:35–17:38 UTC): the three essays
/// were written for it (tide-table-restaurant-review, a restaurant review with its chef and owner, dishes that worked
/// and did not, prices that rose with the cost of fish, slow service, a rival it is compared with and a terrace that
/// needs a licence; castlebridge-waiting-times-report, a hospital trust's quarterly waiting times with lists that grew,
/// an emergency figure that rose at one hospital and fell at the other, causes, new theatres planned under a condition
/// and a critic; selkie-lander-mission-news, a space-mission news story on a Moon landing with its time, place, cost
/// overrun, a chief scientist's words, a tilt, a second lander to be proposed and a researcher who doubts it), then the
/// statements from the essays alone, without reading the method (`Search/`, `EvidenceIndex`, `StatementCheck`, the
/// statement tests) or any other helper's work, and without running `where` or this test on them; committed before
/// anything was run, so the floors are 0 until it is measured.
/// Half are said in other words, each with the start of the one sentence that says it (synonyms, clauses reordered,
/// shortened, passives, figures written differently, reported speech kept with its speaker), 7/7/6 across the essays;
/// half are not said: an opposite (2), another person or body doing it (2), a plan made a done fact (2), another number
/// (2), a change turned round (2), another place (2), an absolute the text does not make (2), a plausible claim sharing
/// the essay's words but never made (2), a flipped comparison (2), a conditional made a fact (1) and one person's words
/// given to another (1).
/// Measured once on main (blind, the merge of h17b2 on ff1e113): of the 20 said, all 20 found first and 17 of them
/// stated; of the 20 not said, 12 refused. The floors below are those figures. Said but refused (3): "only" read as
/// an absolute twice, a "not" read as an affirmation. Not said but stated (8): a change turned round, a flipped
/// comparison, one person's words given to another, another cause, an absolute, another body, another place, a plan
/// made a fact.
/// Then h17n and h17r (16 stated, 13 refused), and the lead's fixes of h17r's false refusals, shaped after reading
/// two of this set's misses (so no longer blind for them; f15964f): 17 stated, 13 refused.
/// Then h17x, shaped after reading the not-said statements stated in the allowed sets: 17 stated, 15 refused.
final class WhereEighteenthSetTests: XCTestCase {
    static let restaurantSaid: [(statement: String, sentence: String)] = [
        ("only open since the spring, in what used to be Wexmouth's customs house, the Tide Table is already difficult "
         + "to book on Saturdays",
         "The Tide Table opened in March"),
        ("Wolski, who is 41 and worked at Harcourt's in Edinburgh for nine years, runs the restaurant with his partner "
         + "Ellen Brady, once a supermarket's wine buyer",
         "The chef, Tomasz Wolski, 41"),
        ("the menu is rewritten each week depending on what the two day boats from the harbour land",
         "Wolski writes a new menu every week"),
        ("the crab tart was a disappointment, with thick, pale pastry and a filling that was not salty enough",
         "A crab tart was less successful"),
        ("Brady said the set lunch went up from £29 to £34 because the restaurant's fish now costs nearly two fifths "
         + "more",
         "The three-course set lunch"),
        ("on the busy Friday visit the service was slow and there were fifty minutes between the first and main "
         + "courses",
         "Service was warm on both visits"),
        ("according to Brady, two cooks were off ill that week, and another chef starts in January",
         "Brady said the kitchen had been two cooks short"),
    ]

    static let restaurantNotSaid = [
        "the council has granted the Tide Table a licence for a terrace with 20 more covers",
        "the price of the set lunch has fallen since the Tide Table opened",
        "the cooking at the Anchor is sharper than at the Tide Table",
        "all the wines on the Tide Table's list come from France and Spain",
        "Wolski said the rise in prices followed a jump of almost 40 per cent in what the firm pays for fish",
        "Tomasz Wolski spent nine years at Harcourt's in Glasgow",
        "Wolski plans to open a second restaurant with investors from Bristol",
    ]

    static let hospitalSaid: [(statement: String, sentence: String)] = [
        ("the trust's waiting list stood at 18,400 at the end of September, against 15,900 twelve months before",
         "At the end of September, 18,400 people"),
        ("the number who had been waiting for over a year has almost doubled, to 2,130",
         "Of those, 2,130 had waited"),
        ("Farah Siddiqui, the chief executive and once a kidney surgeon, told the board the figures were not good "
         + "enough for people waiting in pain",
         "Its chief executive, Farah Siddiqui"),
        ("after a unit for frail older patients opened in July, the share seen within four hours at St Aldhelm's "
         + "emergency department went up from 64% in June to 71% in September",
         "In the emergency department at St Aldhelm's"),
        ("hip and knee replacement patients now wait a median of 43 weeks, making orthopaedics the hardest hit "
         + "specialty",
         "Orthopaedics is the worst affected specialty"),
        ("as many as 600 patients will be sent to a private hospital in Harlford this winter",
         "It has also agreed to send up to 600 patients"),
        ("Martin Oyelaran of Castlebridge Healthwatch called the private hospital deal a sticking plaster and said the "
         + "trust ought to recruit anaesthetists of its own",
         "Martin Oyelaran, who chairs"),
    ]

    static let hospitalNotSaid = [
        "two new operating theatres have opened at Mere Community Hospital",
        "the trust started treatment within 18 weeks for 58 per cent of its patients",
        "at Mere Community Hospital the share of patients seen within four hours rose from 84 to 90 per cent",
        "Farah Siddiqui said she would raise the figures with the health secretary",
        "the strikes by resident doctors forced the trust to close its minor injuries unit at Mere",
        "the trust's 18-week figure was worse than the average for hospitals in England",
        "the Castlebridge and Mere NHS Trust met every national waiting-time target",
    ]

    static let missionSaid: [(statement: String, sentence: String)] = [
        ("after a fourteen-minute descent, Selkie landed at 03:14 GMT some 400 metres away from where it was aimed, in "
         + "a crater roughly 90 km from the south pole",
         "The lander, called Selkie"),
        ("the mission cost around €310 million, a third higher than when it was approved in 2019, mostly because its "
         + "launch was put back twice",
         "It cost about €310 million"),
        ("Ingrid Halvorsen, the chief scientist, said the team expected the first measurements within ten days",
         "The mission's chief scientist"),
        ("since it cannot keep warm through the lunar night, the solar-powered lander should only work for about 12 "
         + "days",
         "The lander runs on solar power"),
        ("controllers in Darmstadt said the tilt was within limits but would reduce the solar panels' power by about "
         + "15%",
         "Controllers at the agency's operations centre"),
        ("Paul Hendricks of King's College London said a joint mission with Japan would have been a better use of the "
         + "money",
         "Paul Hendricks, a space policy researcher"),
    ]

    static let missionNotSaid = [
        "Selkie's launch went ahead on schedule",
        "Selkie was built by the University of Tromsø",
        "ministers have approved a second, larger lander that will carry a small rover",
        "landing on a rock left Selkie tilted by about 15 degrees",
        "Selkie's controllers work at the agency's operations centre in Seville",
        "Selkie carries a small rover that will explore the crater",
    ]

    func testStatementsWrittenBlind() throws {
        try WhereConfusion.assertSet("eighteenth", ownEssays: [
            ("tide-table-restaurant-review", Self.restaurantSaid, Self.restaurantNotSaid),
            ("castlebridge-waiting-times-report", Self.hospitalSaid, Self.hospitalNotSaid),
            ("selkie-lander-mission-news", Self.missionSaid, Self.missionNotSaid),
        ], foundFirst: 20, stated: 17, refused: 15)
    }
}
