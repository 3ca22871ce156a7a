import XCTest
@testable import StudyShell

final class ShellWordsTests: XCTestCase {
    func testSplitsOnSpacesAndKeepsQuotedWordsWhole() throws {
        XCTAssertEqual(try ShellWords.split("read  2-4"), ["read", "2-4"])
        XCTAssertEqual(try ShellWords.split("load \"my essay.txt\""), ["load", "my essay.txt"])
        XCTAssertEqual(try ShellWords.split("load my\\ essay.txt"), ["load", "my essay.txt"])
        XCTAssertEqual(try ShellWords.split("mentions 'al-Qaeda'"), ["mentions", "al-Qaeda"])
        XCTAssertEqual(try ShellWords.split("   "), [])
    }

    func testUnclosedQuoteIsAnError() {
        XCTAssertThrowsError(try ShellWords.split("load \"essay.txt"))
        XCTAssertThrowsError(try CommandTable.parse("find 'cost of war")) { error in
            XCTAssertEqual((error as? CommandError)?.message, "find: a quote is not closed; close it or leave it out")
        }
    }

    func testAnApostropheInsideAWordIsALetter() throws {
        XCTAssertEqual(try ShellWords.split("find Iraq's future"), ["find", "Iraq's", "future"])
        XCTAssertEqual(try ShellWords.split("where most shoppers don't come by car"),
                       ["where", "most", "shoppers", "don't", "come", "by", "car"])
        XCTAssertEqual(try ShellWords.split("mentions Europe's"), ["mentions", "Europe's"])
        XCTAssertEqual(try ShellWords.split("where 'shoppers don't drive'"), ["where", "shoppers don't drive"])
        XCTAssertEqual(try ShellWords.split("find \"Iraq's future\" --limit 2"), ["find", "Iraq's future", "--limit", "2"])
    }
}
