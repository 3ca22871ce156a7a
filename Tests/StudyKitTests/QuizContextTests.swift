import Foundation
import XCTest
@testable import StudyKit

final class QuizContextTests: XCTestCase {
    func testRankingPutsHeavierSentencesFirstAndKeepsTheOthersInOrder() {
        let weight: [Int: Double] = [4: 2, 1: 2, 3: -1, 5: 0.5, 6: 0]
        XCTAssertEqual(QuizContext.ranking(0..<7, weight: weight), [1, 4, 5, 0, 2, 6, 3])
        XCTAssertEqual(QuizContext.ranking(2..<4, weight: [:]), [2, 3])
    }

    func testRankingMatchesASortOfEverySentence() {
        var random = SeededGenerator(seed: 7)
        let sentences = 3..<400
        var weight: [Int: Double] = [:]
        for i in sentences where Int.random(in: 0..<4, using: &random) == 0 {
            weight[i] = Double(Int.random(in: -3...5, using: &random))
        }
        let sorted = sentences.sorted { a, b in
            let wa = weight[a, default: 0], wb = weight[b, default: 0]
            return wa != wb ? wa > wb : a < b
        }
        XCTAssertEqual(QuizContext.ranking(sentences, weight: weight), sorted)
    }

    func testQuoteMarksAreFoundByTheirBytes() {
        for quoted in ["He said \"no\" twice.", "She wrote “enough”.", "« Assez » dit-il.", "a closing ” alone"] {
            XCTAssertTrue(QuizContext.mayHoldQuoteMark(quoted), quoted)
        }
        for plain in ["It’s a plain sentence — with a dash.", "Nothing quoted here.", "Café and naïve words."] {
            XCTAssertFalse(QuizContext.mayHoldQuoteMark(plain), plain)
        }
    }

    func testASCIIFoldsAsFoundationFoldsIt() throws {
        let printable = String(decoding: (0x20..<0x7F).map { UInt8($0) }, as: UTF8.self)
        var texts = [printable, "MIXED Case, Words-with-Hyphens and O'Brien's 42nd \"quote\"."]
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/essays")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            texts += text.split(separator: "\n").map(String.init).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        }
        XCTAssertGreaterThan(texts.count, 20)
        for text in texts { XCTAssertEqual(AnswerText.folded(text), AnswerText.foldedByFoundation(text), text) }
    }
}
