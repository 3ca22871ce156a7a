import Foundation
import XCTest

/// Texts as people bring them (hard-wrapped, CRLF, Markdown) and the shell's handling of apostrophes and of
/// statements the essay does not make, through the real binary.
final class PastedTextTests: XCTestCase {
    private static let wrapped = """
        Should the Town Build a New Library?

        By Jane Doe

        The old library is too small for the town. On a busy Saturday
        there is no free seat, and the children's corner is a hallway.

        A new building would cost money, but the land is already ours.
        The council could also ask the state for help.
        """

    private static let markdown = """
        # Should the Town Build a New Library?

        *By Jane Doe*

        The old library is **too small** for the town. On a busy Saturday
        there is no free seat, and the [children's corner](https://example.org/kids) is a hallway.

        A new building would cost money, but the land is *already ours*.
        The council could also ask the state for help.
        """

    private func sentences(_ text: String, name: String) throws -> [String] {
        let path = try StudyProcess.file(named: name, text: text)
        let r = try StudyProcess.run([path], input: "sentences all\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.split(separator: "\n").map(String.init)
    }

    func testWrappedCRLFAndMarkdownReadTheSame() throws {
        let plain = try sentences(Self.wrapped, name: "library.txt")
        XCTAssertTrue(plain.contains { $0.contains("S1.2") && $0.contains("On a busy Saturday there is no free seat") }, "\(plain)")
        XCTAssertFalse(plain.joined().contains("**"))
        XCTAssertEqual(try sentences(Self.wrapped.replacingOccurrences(of: "\n", with: "\r\n"), name: "crlf.txt"), plain)
        XCTAssertEqual(try sentences(Self.markdown, name: "library.md"), plain)
        let path = try StudyProcess.file(named: "library-info.md", text: Self.markdown)
        let info = try StudyProcess.run(["info", path])
        XCTAssertTrue(info.stdout.contains("Should the Town Build a New Library?"), info.stdout)
        XCTAssertTrue(info.stdout.contains("By Jane Doe"), info.stdout)
    }

    func testApostrophesInsideWordsNeedNoQuoting() throws {
        let r = try StudyProcess.run([], input: "find Iraq's future\nmentions Europe's\nwhere the president doesn't admit mistakes\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stderr.contains("quote"), r.stderr)
        XCTAssertTrue(r.stdout.contains("S8.4"), r.stdout)
        let unclosed = try StudyProcess.run([], input: "find 'Iraq future\n")
        XCTAssertEqual(unclosed.stderr, "find: a quote is not closed; close it or leave it out\n")
    }

    func testWhereSaysWhenTheEssayDoesNotSayIt() throws {
        let r = try StudyProcess.run([], input: "where the surge has been a great success\nwhere Turkey and the Kurds agreed to cooperate on the border\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        let parts = r.stdout.components(separatedBy: "\n1. S8.6")
        XCTAssertEqual(parts.count, 2, r.stdout)
        XCTAssertTrue(parts[0].hasPrefix("The essay does not seem to say that"), r.stdout)
        XCTAssertFalse(parts[0].contains("2. "), "only the closest sentence is shown: \(r.stdout)")
        let json = try StudyProcess.run(["where", "the surge has been a great success", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["stated"] as? Bool, false)
    }

    func testTheBundledEssayIsUntitledNotItsFileName() throws {
        let r = try StudyProcess.run(["info"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Untitled (“The threshold question in any war…”)"), r.stdout)
    }
}
