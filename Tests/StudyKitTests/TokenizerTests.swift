import XCTest
@testable import StudyKit

final class TokenizerTests: XCTestCase {
    func words(_ text: String) -> [String] {
        var out: [String] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { b in
            Tokenizer().forEachWord(in: b, range: 0..<b.count) { r in
                out.append(String(decoding: bytes[r], as: UTF8.self))
            }
        }
        return out
    }

    func testWordsKeepInnerApostrophesHyphensAndNumbers() {
        XCTAssertEqual(words("Don't stop power-sharing in 3.14 cases, U.S. troops."),
                       ["Don't", "stop", "power-sharing", "in", "3.14", "cases", "U.S", "troops"])
        XCTAssertEqual(words("Iraq’s “surge” -- al-Qaeda—today"), ["Iraq’s", "surge", "al-Qaeda", "today"])
        XCTAssertEqual(words("end.Next"), ["end", "Next"])
        XCTAssertEqual(words("café naïve"), ["café", "naïve"])
    }

    func testTokensAreLowerCasedStemmedAndFlagged() {
        let m = Fixtures.model("The Generous donors were giving generously.")
        let s = m.sentences[0]
        let tokens = Array(m.tokens[s.tokens])
        XCTAssertEqual(tokens.map(m.word(of:)), ["the", "generous", "donors", "were", "giving", "generously"])
        XCTAssertEqual(tokens.map(m.stem(of:)), ["the", "generous", "donor", "were", "give", "generous"])
        XCTAssertTrue(tokens[0].flags.contains(.stopWord))
        XCTAssertTrue(tokens[0].flags.contains(.sentenceInitial))
        XCTAssertTrue(tokens[1].flags.contains(.capitalized))
        XCTAssertFalse(tokens[2].flags.contains(.stopWord))
        XCTAssertEqual(tokens[1].stem, tokens[5].stem, "one stem id for one stem")
    }

    func testCurlyApostrophesAreUnderstood() {
        let m = Fixtures.model("It’s Iraq’s future.")
        XCTAssertEqual(m.tokens.map(m.word(of:)), ["it's", "iraq's", "future"])
        XCTAssertTrue(m.tokens[0].flags.contains(.stopWord))
    }
}
