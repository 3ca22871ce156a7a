import Foundation
import XCTest

/// `where` through the real binary: what it answers when a sentence seems to say the opposite of the statement.
final class WhereEndToEndTests: XCTestCase {
    static let essay = """
    The Harbour Budget

    The council seems willing to repair the old bridge this summer. The mayor lacks any power over the harbour \
    budget. Repairs cost 4 million pounds, paid from the road fund. The new ferry is safe in a storm.
    """

    func testWhereNamesWhatOpposesTheStatement() throws {
        let path = try StudyProcess.file(named: "harbour.txt", text: Self.essay)
        let r = try StudyProcess.run([path], input: """
            where the new ferry is dangerous in a storm
            where the mayor has power over the harbour budget
            where the repairs cost nine million pounds from the road fund
            where the council is ready to fix the old bridge in summer

            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        // Lines wrapped at the terminal's width are read as one.
        let out = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let answers = out.components(separatedBy: "The essay does not seem to say that")
        XCTAssertEqual(answers.count, 4, "three refused, the last stated: \(r.stdout)")
        XCTAssertTrue(answers[1].contains("it says “safe” where you say “dangerous”"), r.stdout)
        XCTAssertTrue(answers[2].contains("it says “lacks”"), r.stdout)
        // An amount in words is read as its value and set against the sentence's.
        XCTAssertTrue(answers[3].contains("it says “4 million pounds”, not “nine million pounds”"), r.stdout)
        let json = try StudyProcess.run(["where", path, "the council is ready to fix the old bridge in summer", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], json.stderr)
        XCTAssertEqual(object["stated"] as? Bool, true)
        XCTAssertNil(object["reason"] as? String, "a stated statement has no reason to refuse it")
        // The one-shot's JSON says why, as the screen does.
        let refused = try StudyProcess.run(["where", path, "the repairs cost nine million pounds from the road fund", "--json"])
        let answer = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(refused.stdout.utf8)) as? [String: Any], refused.stderr)
        XCTAssertEqual(answer["stated"] as? Bool, false)
        XCTAssertTrue((answer["reason"] as? String)?.hasSuffix("it says “4 million pounds”, not “nine million pounds”") == true,
                      refused.stdout)
    }

    /// A statement the essay gives as someone else's view is found, and `where` says whose view it is, on the screen
    /// and in the JSON; a view the essay cites a source for is shown with its source.
    func testWhereSaysWhoseViewASentenceGives() throws {
        let path = try StudyProcess.file(named: "shops.txt", text: """
            The High Street

            Many shopkeepers believe that most of their customers arrive by car. The street survey found the \
            opposite: two in three came on foot. The council should close the street to through traffic.
            """)
        let r = try StudyProcess.run([path], input: "where most customers come to the shops by car\nwhere two thirds of shoppers walk\n",
                                     environment: ["NO_COLOR": "1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let out = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(out.contains("The essay says that as the view of many shopkeepers (“believe”), not as its own:"), r.stdout)
        XCTAssertTrue(out.contains("held by: many shopkeepers (a view reported: “believe”)"), r.stdout)
        XCTAssertTrue(out.contains("cites: the street survey (cited as a source: “found”)"), r.stdout)
        XCTAssertFalse(out.contains("as the view of the street survey"), "a cited source is no one else's view: \(r.stdout)")
        let json = try StudyProcess.run(["where", path, "most customers come to the shops by car", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], json.stderr)
        let first = try XCTUnwrap((object["hits"] as? [[String: Any]])?.first, json.stdout)
        XCTAssertEqual(first["heldBy"] as? String, "many shopkeepers")
        XCTAssertEqual(first["cue"] as? String, "believe")
        XCTAssertEqual(first["source"] as? Bool, false)
    }
}
