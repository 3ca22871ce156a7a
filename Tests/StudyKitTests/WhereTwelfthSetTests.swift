import XCTest
@testable import StudyKit

/// `where` on a twelfth set of 40 statements, written blind on 2026-12-07: the three essays were written for it
/// (courier-tribunal-decision, a summary of an employment tribunal's decision with parties, figures and an appeal;
/// shop-face-cameras-opinion, an opinion piece on face recognition in supermarkets with experts who disagree;
/// marsh-reserve-winter-report, a nature reserve's winter report with places, species, dates and counts), then the
/// statements from the essays alone, without reading the method (`Search/`, `EvidenceIndex`, `StatementCheck`) or the
/// statement tests, and without running `where` or this test on them; committed before anything was run and not
/// changed after. Said statements paraphrase exactly one sentence (given by the start of its text); not-said ones are
/// an opposite, another person or body, a plan made a done fact, another number or date, a change turned round,
/// another place, an absolute, a plausible claim sharing the essay's words, a flipped comparison and a conditional
/// made a fact. Only the counts are asserted: the lead measures the rest.
/// Measured once by the lead on main 66126b0, before any change made after the set was written: of the 20 said, all
/// 20 found first and 17 of them stated; of the 20 not said, 11 refused. The floors below are those figures.
/// Said but refused (3): a "not" of the sentence read as a denial, "only meant to delay" as an absolute, "the
/// previous winter" against a date. Not said but stated (9): the test prints them (people or bodies swapped, a place,
/// a decision turned round, a comparison flipped, a conditional as a fact).
/// Then with h17-where2 (swapped places, things and bodies; people swapped; 'already' against a sentence that only
/// looks ahead; phrasal opposites), written without seeing this set, and a month or place never taken for a person
/// who acts: 17 stated, 13 refused (from 17 stated, 11 refused).
/// Then with h17-compare (a comparison against two amounts of the sentence, or with its sides swapped): 17 stated, 14
/// refused.
/// Then with h17-compare (a plan or a conditional stated as done: 'was planned', 'our aim is to', 'if … would
/// consider'): 17 stated, 15 refused.
/// Then with h17-compare (a 'not' that contrasts is no denial of a statement that says 'rather than'): 18 stated, 15
/// refused.
/// Then with h17-compare (a denial of the statement's own verb in another clause: 'has not agreed'): 18 stated, 16
/// refused.
/// Then with h17r (another name in the same role that the passage names for something else: the sluice paid for by
/// another fund): 18 stated, 17 refused.
/// Then with h17s (clause frames: a named place after a preposition the sentence gives another): 18 stated, 18 refused.
final class WhereTwelfthSetTests: XCTestCase {
    static let tribunalSaid: [(statement: String, sentence: String)] = [
        ("in September 2026 a tribunal in Leeds decided that the 41 Swiftline drivers had been workers rather than "
         + "self-employed",
         "The Leeds Employment Tribunal ruled"),
        ("Martin Pryce said that under a tenth of the drivers ever sent a substitute but that they truly had the "
         + "right to",
         "The company's operations director"),
        ("drivers who turned down over two rounds in a month went to the bottom of the next month's list, a penalty "
         + "in all but name according to the judge",
         "Drivers who refused more than two rounds"),
        ("once fuel and van hire were paid the typical driver made £7.85 an hour in 2024, far under the £11.44 "
         + "minimum wage",
         "The union's evidence, drawn from"),
        ("the amounts were not settled by the tribunal, and a remedy hearing will take place on 20 January 2027",
         "The tribunal did not decide the amounts"),
        ("the tribunal found that the drivers were not employees, as they had claimed",
         "The drivers had argued that they were employees"),
        ("Daniel Mensah of the union said the appeal was only meant to delay things and the new contracts changed the "
         + "words rather than the work",
         "The union's regional officer"),
    ]

    static let tribunalNotSaid = [
        "the tribunal accepted Swiftline's argument that its drivers were free to send someone else in their place",
        "Martin Pryce called the appeal a delaying tactic",
        "the remedy hearing will be held on 20 February 2027",
        "Swiftline Deliveries is based in Leeds",
        "none of the 41 claimants had ever sent a substitute",
        "the Independent Couriers' Union paid the drivers' legal costs",
    ]

    static let camerasSaid: [(statement: String, sentence: String)] = [
        ("the supermarket says thefts in the branches with cameras dropped 27% in the first year and it intends to "
         + "put them in all 120 stores by the end of 2027",
         "Marlow & Finch says that shoplifting"),
        ("violence and abuse against shop workers went up to around 1,900 incidents a day in 2025 from 1,300 two "
         + "years before, according to the Shopworkers' Safety Alliance",
         "Retail crime is real"),
        ("Alison Reeve, a Nottingham criminologist, notes that the chain also took on more security guards that year "
         + "and put spirits and razor blades behind the counter",
         "Professor Alison Reeve"),
        ("Tomasz Kowal answers that stores without cameras got the same extra guards and thefts there fell by just 9 "
         + "per cent",
         "The chief executive of Vantis Vision"),
        ("scanning about 400,000 faces a week, the 35 stores could produce as many as 40 false alerts weekly by the "
         + "company's own figure",
         "That sounds tiny"),
        ("shoppers put on the watchlist are not told and cannot appeal to anyone outside the company",
         "A shopper who is added to it"),
        ("the commissioner's review only looked at eight stores, and a regulator not saying no is not the same as "
         + "saying yes",
         "That is a fair point"),
    ]

    static let camerasNotSaid = [
        "the Information Commissioner's Office ordered the face scanning system to be switched off",
        "Dr Priya Natarajan is a criminologist at the University of Nottingham",
        "Marlow & Finch has fitted the cameras in all 120 of its stores",
        "incidents of violence and abuse against shop staff fell from 1,900 to 1,300 a day",
        "Margaret Hollis was asked to leave a Marlow & Finch store in Bristol",
        "the Vantis software never matches the wrong person",
        "independent tests found higher error rates for white men than for darker-skinned women",
    ]

    static let marshSaid: [(statement: String, sentence: String)] = [
        ("a bittern was heard booming on 14 February west of the Heron Hide, the first one recorded on the reserve "
         + "since 2011",
         "A single bird was first heard"),
        ("wigeon peaked at 4,860 in January, more than the 3,200 of last winter and the highest since 1994",
         "The peak count of wigeon"),
        ("teal dropped by roughly a third, from 1,700 to a peak of 1,150",
         "Teal, by contrast"),
        ("the Trust wants the county council to shut the sea wall path over winter, but the council has not agreed "
         + "and the path is still open",
         "The Trust has asked Northshire"),
        ("high water in January stopped the machines, so only 3.2 hectares of reed at Long Fen were cut in December, "
         + "half what was planned",
         "Contractors cut 3.2 hectares"),
        ("18,400 people visited the reserve in the four months, 12% more than the previous winter",
         "The reserve welcomed 18,400"),
    ]

    static let marshNotSaid = [
        "Northshire County Council agreed to close the sea wall path for the winter",
        "the new sluice at Saltings Field was paid for by the National Lottery Heritage Fund",
        "a new boardwalk to the Heron Hide was finished this winter",
        "Tom Akers retired after 29 years as assistant warden",
        "the reserve had 12 per cent fewer visitors than the winter before",
        "dogs must be kept on a lead everywhere on the reserve",
        "the Trust now runs a park-and-ride bus from Eastfield station",
    ]

    func testStatementsWrittenBlind() throws {
        try WhereConfusion.assertSet("twelfth", ownEssays: [
            ("courier-tribunal-decision", Self.tribunalSaid, Self.tribunalNotSaid),
            ("shop-face-cameras-opinion", Self.camerasSaid, Self.camerasNotSaid),
            ("marsh-reserve-winter-report", Self.marshSaid, Self.marshNotSaid),
        ], foundFirst: 20, stated: 18, refused: 18)
    }
}
