import Foundation
import XCTest
@testable import StudyKit

final class PorterStemmerTests: XCTestCase {
    private let stemmer = PorterStemmer()

    /// Repository root: this file is `<root>/Tests/StudyKitTests/PorterStemmerTests.swift`.
    private static var fixtureURL: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // StudyKitTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
            .appendingPathComponent("Tests/Fixtures/snowball-english.tsv")
    }

    /// Every pair of the official Snowball vocabulary must match.
    func testSnowballReferenceVocabulary() throws {
        let text = try String(contentsOf: Self.fixtureURL, encoding: .utf8)
        var total = 0
        var mismatches: [String] = []
        var failures = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                XCTFail("malformed fixture line: \(line)")
                continue
            }
            total += 1
            let word = String(fields[0])
            let expected = String(fields[1])
            let got = stemmer.stem(word)
            if got != expected {
                failures += 1
                if mismatches.count < 20 {
                    mismatches.append("\(word): expected \(expected), got \(got)")
                }
            }
        }
        XCTAssertEqual(total, 42_649, "unexpected fixture size")
        if failures > 0 {
            XCTFail("\(failures) of \(total) stems differ from the reference; first ones:\n"
                + mismatches.joined(separator: "\n"))
        }
    }

    func testHandPickedWords() {
        let cases: [(String, String)] = [
            ("generously", "generous"),
            ("consignment", "consign"),
            ("running", "run"),
            ("skies", "sky"),
            ("skis", "ski"),
            ("dying", "die"),
            ("lying", "lie"),
            ("tying", "tie"),
            ("cries", "cri"),
            ("ties", "tie"),
            ("hoping", "hope"),
            ("hopping", "hop"),
            ("agreed", "agre"),
            ("proceeding", "proceed"),
            ("succeeded", "succeed"),
            ("innings", "inning"),
            ("communication", "communic"),
            ("arsenal", "arsenal"),
            ("generate", "generat"),
            ("early", "earli"),
            ("only", "onli"),
            ("news", "news"),
            ("atlas", "atlas"),
            ("playing", "play"),
            ("happily", "happili"),
            ("nationalization", "nation"),
            ("knightly", "knight"),
            ("sky's", "ski"),  // the "sky" exception applies to the whole word only
            ("'tis", "tis"),
        ]
        for (word, expected) in cases {
            XCTAssertEqual(stemmer.stem(word), expected, "stem(\(word))")
        }
    }

    func testShortAndNonASCIIWordsAreUnchanged() {
        for word in ["", "a", "is", "'s", "as", "café", "naïvely", "über"] {
            XCTAssertEqual(stemmer.stem(word), word)
        }
    }

    func testDegenerateInputsDoNotCrash() {
        for word in ["'", "''", "'''", "''''", "'s'", "s's'", "yying", "eed", "ied", "sses", "yyyyyy"] {
            _ = stemmer.stem(word)
        }
        let long = String(repeating: "ational", count: 500)
        XCTAssertFalse(stemmer.stem(long).isEmpty)
    }
}
