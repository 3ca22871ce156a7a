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
    }
}
