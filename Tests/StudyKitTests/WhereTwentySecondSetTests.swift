import XCTest
@testable import StudyKit

/// `where` on a twenty-second set of 40 statements, written blind on 2026-12-07 (23:40–23:43 UTC): the three essays
/// were written for it (fernhill-energy-data-breach, an energy supplier's statement on a data breach, with the dates of
/// the break-in and its discovery, a contractor's stolen password, the customers whose data was copied and the smaller
/// number whose bank details were, what was not taken, credit monitoring offered, the chief executive's apology, access
/// cut, a contractor's and a consumer group's words, a review still running and a fine and refunds under conditions;
/// saltmere-gallery-painting-purchase, a museum acquisition story, a painting kept in Britain after an export bar, the
/// grants and a public appeal that paid for it, the painter's life, a head of collections' words, a trustee who voted
/// against it and the director's answer, conservation, and loans abroad under a condition; lenbury-fair-bun-history, a
/// recipe-history feature on a town's saffron bun, a legend a historian doubts, the earliest recipe, a wartime
/// substitute, a revival, a baker's rising costs and prices, a blind tasting, and a protected name applied for), then
/// the statements from the essays alone, without reading the method (`Search/`, `EvidenceIndex`, `StatementCheck`,
/// the statement tests, the other `where` sets) or any other helper's work, and without building or running `where`
/// or this test on them; committed before anything was run.
/// Half are said in other words, each with the start of the one sentence that says it (synonyms, clauses reordered,
/// shortened, passives, figures written differently, reported speech kept with its speaker), 7/7/6 across the essays;
/// half are not said: an opposite (2), another person or body doing it (2), a plan made a done fact (2), another number
/// (2), a conditional made a fact (2), one person's words given to another (2), a cause the text does not give (2),
/// another place (1), an absolute the text does not make (1), a flipped comparison (1), a wrong date (1), a negated
/// fact (1) and a quantity word the text does not support (1).
/// Measured once on main (blind, on 950821f, before any method change of this session): of the 20 said, all 20 found
/// first and 18 of them stated; of the 20 not said, 14 refused. The floors below are those figures; nobody has read
/// the misses. After h17r2 and h17s (amounts written otherwise, clause frames; 14fa480), still unread: 18 stated, 14
/// refused.
final class WhereTwentySecondSetTests: XCTestCase {
    static let breachSaid: [(statement: String, sentence: String)] = [
        ("Fernhill shut the system down less than three hours after it found the intrusion, and told the Information "
         + "Commissioner's Office the following morning",
         "We shut down the system within three hours"),
        ("according to an investigation led by Northgate Cyber, the attackers got in on 2 November with the password of "
         + "someone who worked at Calloway Services, which runs Fernhill's billing helpdesk",
         "Our investigation, led by the security firm"),
        ("the attackers were inside for twelve days until Fernhill's monitoring noticed strange downloads late one "
         + "Saturday night",
         "The attackers then had access for twelve days"),
        ("some 212,000 of the 1.4 million households Fernhill supplies had their data copied",
         "The data of about 212,000 customers"),
        ("customers whose bank details were taken will get two years of credit monitoring from Clearwell free of "
         + "charge, worth around £180",
         "Customers whose bank details were taken"),
        ("Helen Okafor, the chief executive, said a contractor's password should never have been enough on its own to "
         + "open the door, and that the fault was Fernhill's rather than the contractor's",
         "She added that a contractor's password"),
        ("since the attack, every account that can reach customer data, whether staff or contractor, must use two-step "
         + "sign-in, and contractor accounts with that access were cut from 140 to 26",
         "Since the attack, two-step sign-in"),
    ]

    static let breachNotSaid = [
        "Calloway Services discovered the intrusion on 14 November",
        "the attackers copied the bank details of about 212,000 customers",
        "Fernhill has finished its review of the contracts of the eleven firms that handle its customer data",
        "the Information Commissioner's Office has fined Fernhill Energy for breaking data protection law",
        "the attackers reached the system that holds customers' full bank account numbers and card numbers",
        "Fernhill found out about the attack after customers reported emails asking for their passwords",
        "Energy Watch said it was cooperating fully with the investigation",
    ]

    static let gallerySaid: [(statement: String, sentence: String)] = [
        ("Clara Venn's biggest surviving picture, The Net Menders, has been bought by the Saltmere Art Gallery for "
         + "£1.35m",
         "The Saltmere Art Gallery has bought"),
        ("a collector in Toronto, who has not been named, bought the painting at an auction in London in October 2025",
         "The picture had been sold at auction"),
        ("the £600,000 given by the Castell Art Fund was the biggest grant it has ever made, and another £450,000 came "
         + "from the Heritage Lottery Fund",
         "The Castell Art Fund gave £600,000"),
        ("over 5,200 people gave the £300,000 that was still needed, among them a class of nine-year-olds who sent £212 "
         + "from a cake sale",
         "The remaining £300,000 was raised"),
        ("Venn, a boat builder's daughter born in Saltmere in 1869, studied in Paris when few art schools in Britain "
         + "would let women draw from life",
         "Clara Venn was born in Saltmere"),
        ("Brian Tull, a trustee of the gallery, voted against buying the picture, arguing that the money could have paid "
         + "for mending the leaking roof two times",
         "Councillor Brian Tull, who sits"),
        ("Nadia Pryce said the gallery hoped to lend the painting to galleries in Paris and Edinburgh in 2028 if the "
         + "conservators decide it is strong enough to travel",
         "Ms Pryce said the gallery hoped"),
    ]

    static let galleryNotSaid = [
        "the gallery already owned ten paintings by Clara Venn before it bought The Net Menders",
        "The Net Menders was sold at an auction in Toronto in October 2025",
        "the Heritage Lottery Fund gave more towards the painting than the Castell Art Fund",
        "the money raised for the painting will pay for the repairs to the gallery's roof",
        "the conservators have judged The Net Menders strong enough to travel to Edinburgh and Paris",
        "all of Clara Venn's surviving oil paintings are owned by the Saltmere Art Gallery",
        "Nadia Pryce voted against buying the painting",
    ]

    static let bunSaid: [(statement: String, sentence: String)] = [
        ("according to the traders' association, Lenbury's four bakeries sold around 11,000 buns last year",
         "Last year the four bakeries"),
        ("Margaret Ellery notes that the merchants' surviving accounts mention wool, cloth and salt but not saffron",
         "She points out that the merchants' accounts"),
        ("Ellery thinks the recipe was already old when Hannah Coles wrote it down, since it does not say how much "
         + "yeast to use",
         "Ellery believes the recipe was already old"),
        ("from 1941 Lenbury's bakers used turmeric and some mustard powder in place of saffron to colour the fair buns, "
         + "because saffron could not be imported",
         "Saffron could not be imported, and from 1941"),
        ("it was thanks to a Women's Institute campaign in 1964 that the bun returned to every bakery in Lenbury",
         "When saffron came back in the early 1950s"),
        ("Tom Pollard said saffron cost him around £9 a gram this year, against £5 a gram in 2021",
         "Tom Pollard, whose family has run"),
    ]

    static let bunNotSaid = [
        "the Lenbury fair bun has been given protection as a traditional speciality",
        "Pollard's has not raised the price of its buns since 2021",
        "Hannah Coles wrote down the earliest known recipe for the bun in 1728",
        "Tom Pollard put up the price of a bun because his bakers' wages went up",
        "most of the saffron buns sold at the fair are baked by Pollard's",
        "Tom Pollard said a tradition does not need to be five hundred years old to be worth keeping",
    ]

    func testStatementsWrittenBlind() throws {
        try WhereConfusion.assertSet("twenty-second", ownEssays: [
            ("fernhill-energy-data-breach", Self.breachSaid, Self.breachNotSaid),
            ("saltmere-gallery-painting-purchase", Self.gallerySaid, Self.galleryNotSaid),
            ("lenbury-fair-bun-history", Self.bunSaid, Self.bunNotSaid),
        ], foundFirst: 20, stated: 18, refused: 14)
    }
}
