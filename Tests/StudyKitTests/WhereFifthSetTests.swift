import XCTest
@testable import StudyKit

/// `where` on a fifth set of 40 statements, about the bundled essay and two of the project's own (tool-library,
/// inflation-savings). Half are said in other words, half not said, many of these the opposite of a sentence or the
/// same words with another claim. Written after the fourth set was measured and measured once untouched (18 said
/// stated, 9 not said refused; the share rule before, 17 and 3): most not-said ones stated denied what a sentence
/// affirms ("see no stake", "refused to cooperate"), which led to the statement-side check; a development set now.
/// 17 stated and 14 refused before a thing stated as done by "already" or a perfect was set against any modal of
/// the sentence ("already funds" against "should fund"): 17 and 15. A doubt in the sentence ("unlikely to isolate
/// itself") opposing a statement that does not deny: 17 and 16. h17-amounts (a present perfect against a
/// sentence that only predicts, with no form of its verb: two; "all" said of another noun: one): 17 and 19.
final class WhereFifthSetTests: XCTestCase {
    static let bundledSaid: [(statement: String, sentence: String)] = [
        ("the troops deserve to be convinced about what they are fighting for", "S1.2"),
        ("the war's stated purposes changed several times and none of them held", "S2.1"),
        ("Bush may be using the army to avoid admitting the invasion turned into a disaster", "S3.1"),
        ("the president has not explained how the military can win", "S3.5"),
        ("the debate in Washington will probably not end the war soon", "S4.2"),
        ("military gains will count for little without a basic political shift", "S5.1"),
        ("a joint approach like the one in the Balkans was never really tried in Iraq", "S7.2"),
        ("the United Nations has committed itself to doing more", "S8.3"),
        ("an admission of error would jolt the diplomatic effort", "S9.2"),
        ("preparing people to seek power without violence is the key to avoiding disaster", "S11.1"),
    ]

    static let bundledNotSaid = [
        "Iraqi leaders have reached lasting political agreements",
        "the surge was meant to capture Osama bin Laden",
        "Europe's leaders see no stake in Iraq's future",
        "the intelligence estimate was published five years ago",
        "Turkey and the Kurds refused to cooperate on the border",
        "the president has explained clearly how the military will win",
        "Iran would be eager to join a program against reconciliation",
        "America's benchmarks have forced a change in Iraqi politics",
        "the United Nations plans to leave Iraq",
        "the international community can guarantee a peaceful Iraq",
    ]

    static let toolsSaid: [(statement: String, sentence: String)] = [
        ("a household drill is used for only a few minutes each year", "Most households own a drill"),
        ("borrowing a tool for a weekend costs much less than buying one", "For a family that needs one"),
        ("a drill that is shared may serve fifty homes a year", "A shared drill"),
        ("volunteers teach borrowers to use tools without getting hurt", "Kelby's library runs evening sessions"),
        ("under two percent of loans end with a damaged tool", "Kelby asks borrowers to register"),
    ]

    static let toolsNotSaid = [
        "the county already funds tool lending in every branch",
        "Kelby's library lends more than 3,000 items",
        "most borrowers break the tools they take home",
        "libraries should stop lending films and laptops",
        "the tool library costs more each year than new furniture",
    ]

    static let inflationSaid: [(statement: String, sentence: String)] = [
        ("inflation is usually measured by the yearly change in the price of a basket of goods", "Economists call this inflation"),
        ("a jump in oil prices makes transport and heating dearer", "A sharp increase in the price of oil"),
        ("people with debts can come out ahead because what they owe does not grow", "Borrowers can even gain"),
        ("central banks mainly raise interest rates to fight inflation", "Central banks fight inflation mainly"),
        ("savers who only watch the figure in their account miss the loss until it is big", "But knowing how inflation works"),
    ]

    static let inflationNotSaid = [
        "a rate of 10 percent a year is barely noticed",
        "people who hold cash are protected from inflation",
        "lower interest rates make saving more rewarding",
        "government bonds linked to prices remove all the damage",
        "inflation falls when workers expect prices to keep rising",
    ]

    func testTheFifthSet() throws {
        let all = try WhereConfusion.measure(bundled: Self.bundledSaid, notSaid: Self.bundledNotSaid, ownEssays: [
            ("tool-library", Self.toolsSaid, Self.toolsNotSaid), ("inflation-savings", Self.inflationSaid, Self.inflationNotSaid),
        ])
        print("where, fifth set: \(all)")
        XCTAssertGreaterThanOrEqual(all.foundFirst, 19, all.description)
        XCTAssertGreaterThanOrEqual(all.foundAndStated, 17, all.description)
        XCTAssertGreaterThanOrEqual(all.refused, 19, all.description)
    }
}
