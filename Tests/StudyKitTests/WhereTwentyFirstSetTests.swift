import XCTest
@testable import StudyKit

/// `where` on a twenty-first set of 40 statements, written blind on 2026-12-07 (20:15–20:20 UTC): the three essays
/// were written for it (hartwell-books-annual-results, a bookshop chain's annual results with sales up and profit down,
/// shop sales that rose and online sales that fell, shops opened and closed, cafes compared, the chief executive's and
/// the chairman's words, a dividend held, shops planned under a condition, a warehouse plan, a warning and an analyst;
/// visitor-levy-column, an opinion column for a visitor levy in a seaside town with its figures, a hoteliers'
/// objection answered with a town abroad, a point conceded to it with lower rates, a council leader's promise and a
/// consultation that never took place; regal-cinema-history, a local history feature on a cinema from its opening to
/// its closing, a wartime bomb, audiences that rose and fell, a split into bingo and cinema, a projectionist and his
/// daughter's memories, a listing, and a trust's plan to reopen it under a condition), then the statements from the
/// essays alone, without reading the method (`Search/`, `EvidenceIndex`, `StatementCheck`, the statement tests) or any
/// other helper's work, and without running `where` or this test on them; committed before anything was run, so the
/// floors are 0 until it is measured.
/// Half are said in other words, each with the start of the one sentence that says it (synonyms, clauses reordered,
/// shortened, passives, figures written differently, reported speech kept with its speaker), 7/7/6 across the essays;
/// half are not said: an opposite (2), another person or body doing it (2), a plan made a done fact (2), another number
/// (2), a change turned round (2), another place (2), an absolute the text does not make (2), a plausible claim sharing
/// the essay's words but never made (2), a flipped comparison (2), a conditional made a fact (1) and one person's words
/// given to another (1).
/// Measured once on main (blind, on 703832c, before any method change of this session): of the 20 said, all 20 found
/// first and 13 of them stated; of the 20 not said, 10 refused. The floors below are those figures; nobody has read
/// the misses. After h17x and h17q (39677ea), still unread: 13 stated, 10 refused.
/// Measured after h17r2 (amounts written otherwise: "£3.4m" against "£3.4 million" and as the whole of a part, an age
/// in words before a hyphen), which read the misses: 15 stated, 10 refused; with h17s's clause frames (a conditional
/// refused) as well: 15 stated, 11 refused. The floors below are those figures.
final class WhereTwentyFirstSetTests: XCTestCase {
    static let resultsSaid: [(statement: String, sentence: String)] = [
        ("Hartwell Books, a chain of 118 bookshops, said sales rose by eight per cent to £142m in the year ending "
         + "31 August",
         "Hartwell Books, which runs 118 bookshops"),
        ("online sales dropped three per cent to £19 million, which Hartwell blamed on price competition from bigger "
         + "sellers",
         "Online sales went the other way"),
        ("Hartwell shut four shops whose leases had grown too costly, including its Cheltenham branch, open since 1987, "
         + "and opened nine, among them its first in Northern Ireland, in Coleraine",
         "During the year Hartwell opened nine shops"),
        ("according to the company, the 30 shops with cafes took 20 per cent more per square foot than those without",
         "Cafes now operate in 30"),
        ("Penrose said the biggest additional cost had been wages, with booksellers getting a six per cent pay rise in "
         + "April",
         "She said wages had been the largest"),
        ("Richard Ames, the chairman, said the payout was held rather than cut because Hartwell had £22m in cash and no "
         + "debt",
         "The chairman, Richard Ames"),
        ("Hartwell intends to spend £4m on a new warehouse near Rugby, which would cut the time taken to get an ordered "
         + "book to a shop from four days to two",
         "Hartwell plans to open another 12 shops"),
    ]

    static let resultsNotSaid = [
        "the board will pay a total dividend of 4.5p a share for the year",
        "Hartwell's profit before tax rose by 12 per cent to £6.1 million",
        "Hartwell has spent £4 million on a new warehouse near Rugby",
        "shops without cafes took more per square foot than the shops with them",
        "the board decided to cut the final dividend",
        "Richard Ames warned that profit could fall again if energy prices rose over the winter",
        "Hartwell will open another 12 shops in the coming year",
    ]

    static let levySaid: [(statement: String, sentence: String)] = [
        ("according to council figures, visitors spent 1.1 million nights in Porthallow last year, sharing its streets, "
         + "beaches and car parks with its 6,000 residents",
         "The town's 6,000 residents share"),
        ("charging £2 per person per night in hotels, guest houses, holiday lets and campsites would bring in about "
         + "£2.2m a year, over twice the £900,000 the council spends on cleaning the beaches and emptying the bins on "
         + "the front",
         "A charge of £2 a person"),
        ("Gwen Tremayne, who chairs the hoteliers' association, says a levy would send families to cheaper resorts along "
         + "the coast",
         "The objection comes loudest"),
        ("visitor numbers in Vellin, in Brittany, went up by four per cent in the three years after it introduced a "
         + "similar charge in 2019",
         "When the town of Vellin"),
        ("campsites should pay the levy at half the rate, and under-16s should not pay at all",
         "The levy should therefore be set"),
        ("Alan Pascoe, who leads the council, said last week he was open to the idea and would consult the public in "
         + "the spring",
         "The council leader, Alan Pascoe"),
        ("councils were given the power to charge a levy by Parliament two years ago, and eleven of them have already "
         + "used it",
         "Parliament gave councils the power"),
    ]

    static let levyNotSaid = [
        "children under 16 should pay the levy in full",
        "Gwen Tremayne promised to hold a public consultation in the spring",
        "Porthallow council has held a public consultation on a visitor levy",
        "a £2 levy would raise about £900,000 a year",
        "Porthallow spent the money from its levy on a new harbour path",
        "every council has already used its power to charge a visitor levy",
        "the hoteliers' association has offered to pay for lifeguards to stay on the beach past August",
    ]

    static let cinemaSaid: [(statement: String, sentence: String)] = [
        ("the Harrows, who already had two cinemas in Selworth, paid £28,000 to build the Regal, a sum the paper said "
         + "would have bought forty houses",
         "The Harrow family, who owned two cinemas"),
        ("though the screen was undamaged, a bomb that fell on the yard behind the cinema in March 1941 destroyed the "
         + "cafe's kitchen and broke most of the windows, and the Regal reopened after just nine days",
         "In March 1941 a bomb fell"),
        ("in 1972 the Harrows split the auditorium, making the stalls a bingo hall and keeping the old circle as a "
         + "450-seat cinema",
         "Weekly audiences had fallen below"),
        ("Albert Finch started at the Regal in 1948 as a page boy aged 14 and stayed there 41 years, mostly as chief "
         + "projectionist",
         "For much of that time the films"),
        ("Linda Marsh, Finch's daughter, remembers him bringing home trailers that had been cut",
         "His daughter, Linda Marsh"),
        ("Sunita Rowe, who chairs the trust, says the Regal could reopen in 2028 if a lottery grant is awarded next "
         + "summer, and the trust has so far raised £1.1m of the £3.4m it needs",
         "The trust has raised £1.1 million"),
    ]

    static let cinemaNotSaid = [
        "the bingo company bought the Regal's site after the cinema closed",
        "the bingo company moved to a new hall in Selworth",
        "Albert Finch was chief projectionist for all of his 41 years at the Regal",
        "the Regal Trust has asked the supermarket chain to hand over the building",
        "the cinema the Regal Trust plans would have more seats than the one kept in the old circle in 1972",
        "weekly audiences at the Regal had risen above 3,000 by 1962",
    ]

    func testStatementsWrittenBlind() throws {
        try WhereConfusion.assertSet("twenty-first", ownEssays: [
            ("hartwell-books-annual-results", Self.resultsSaid, Self.resultsNotSaid),
            ("visitor-levy-column", Self.levySaid, Self.levyNotSaid),
            ("regal-cinema-history", Self.cinemaSaid, Self.cinemaNotSaid),
        ], foundFirst: 20, stated: 15, refused: 11)
    }
}
