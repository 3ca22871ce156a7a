import Foundation
import XCTest
@testable import StudyKit

final class SentenceSplitterTests: XCTestCase {
    private let splitter = SentenceSplitter()

    /// Repository root: this file is `<root>/Tests/StudyKitTests/SentenceSplitterTests.swift`.
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // StudyKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root

    private struct GoldenFile: Decodable {
        struct Case: Decodable {
            let id: Int
            let title: String
            let input: String
            let expected: [String]
        }
        let cases: [Case]
    }

    private static func goldenCases() throws -> [GoldenFile.Case] {
        let data = try Data(contentsOf: root.appendingPathComponent("Tests/Fixtures/golden-rules-en.json"))
        return try JSONDecoder().decode(GoldenFile.self, from: data).cases
    }

    /// Trimmed sentences, as the golden-rule benchmark compares them.
    private func split(_ text: String) -> [String] {
        splitter.sentences(in: text).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    // MARK: - (1) The 48 English Golden Rules

    /// The best Python segmenter (pySBD) passes 47 of 48; this splitter passes all 48.
    /// No golden case had to be explained away as contradictory, but two need care:
    /// - 18 wants `At 5 a.m. Mr. Smith` kept together and `at 6 P.M. Mr. Smith` split; the splitter tells them apart
    ///   by the length of the sentence so far (a three-word introductory phrase cannot be a sentence).
    /// - 48 wants `compounds. . . . The practice` split after `compounds.`, with `. . .` opening the next sentence,
    ///   while 45 (`period . . . . Next`) splits after the fourth dot: a period attached to a word ends the sentence
    ///   and the spaced ellipsis after it belongs to what follows.
    static let goldenPassesRequired = 48

    func testGoldenRules() throws {
        let cases = try Self.goldenCases()
        XCTAssertEqual(cases.count, 48, "unexpected fixture size")
        var passed = 0
        var report: [String] = []
        for c in cases {
            let got = split(c.input)
            if got == c.expected {
                passed += 1
            } else {
                report.append("#\(c.id) \(c.title)\n    input:    \(c.input)\n    expected: \(c.expected)\n    got:      \(got)")
            }
        }
        let rate = Double(passed) / Double(max(cases.count, 1)) * 100
        print("SentenceSplitter golden rules: \(passed)/\(cases.count) passed (\(String(format: "%.1f", rate))%)")
        for line in report { print("  FAIL \(line)") }
        XCTAssertGreaterThanOrEqual(passed, Self.goldenPassesRequired,
                                    "golden rules regressed:\n" + report.joined(separator: "\n"))
    }

    // MARK: - (2) Hard cases beyond the golden rules

    private func check(_ input: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(split(input), expected, "input: \(input)", file: file, line: line)
    }

    func testTitlesAndAbbreviations() {
        check("Gen. David Petraeus and Ambassador Ryan Crocker report.",
              ["Gen. David Petraeus and Ambassador Ryan Crocker report."])
        check("They punished those responsible for the Sept. 11 attacks.",
              ["They punished those responsible for the Sept. 11 attacks."])
        check("Madeleine K. Albright, secretary of state of the EE.UU. from 1997 to 2001.",
              ["Madeleine K. Albright, secretary of state of the EE.UU. from 1997 to 2001."])
        check("Dr. Smith and Mrs. Jones met Prof. Brown at St. Paul's. They talked.",
              ["Dr. Smith and Mrs. Jones met Prof. Brown at St. Paul's.", "They talked."])
        check("I met Martin Luther King Jr. He was there.", ["I met Martin Luther King Jr.", "He was there."])
        check("Apples, pears, etc. The list goes on.", ["Apples, pears, etc.", "The list goes on."])
        check("Apples, pears, etc. are fruit.", ["Apples, pears, etc. are fruit."])
        check("Compare e.g. France with Germany, i.e. Europe. It works.",
              ["Compare e.g. France with Germany, i.e. Europe.", "It works."])
        check("It was Roe v. Wade that mattered, not Smith vs. Jones.",
              ["It was Roe v. Wade that mattered, not Smith vs. Jones."])
        check("See p. 55, pp. 10-12 and No. 7 for details. Then stop.",
              ["See p. 55, pp. 10-12 and No. 7 for details.", "Then stop."])
        check("The answer was No. The vote failed.", ["The answer was No.", "The vote failed."])
        check("Apple Inc. and Acme Co. signed a deal with Smith & Co. It closed.",
              ["Apple Inc. and Acme Co. signed a deal with Smith & Co.", "It closed."])
        check("The U.S. Army arrived in the U.K. In May it left.",
              ["The U.S. Army arrived in the U.K.", "In May it left."])
        check("She earned a Ph.D. in physics.", ["She earned a Ph.D. in physics."])
        check("He lives on Main St. The house is red.", ["He lives on Main St.", "The house is red."])
        check("We climbed Mt. Fuji on Jan. 5 and left on Feb. 2. It was cold.",
              ["We climbed Mt. Fuji on Jan. 5 and left on Feb. 2.", "It was cold."])
    }

    func testInitials() {
        check("J. R. R. Tolkien wrote books. He died in 1973.", ["J. R. R. Tolkien wrote books.", "He died in 1973."])
        check("John F. Kennedy and George W. Bush were presidents.",
              ["John F. Kennedy and George W. Bush were presidents."])
        check("We need vitamin C. It helps.", ["We need vitamin C.", "It helps."])
        check("It was just you and I. I think so.", ["It was just you and I.", "I think so."])
    }

    func testTimes() {
        check("He left at 5 p.m. The next day he came back.", ["He left at 5 p.m.", "The next day he came back."])
        check("At 9 a.m. Congress met.", ["At 9 a.m. Congress met."])
        check("The meeting is at 5 p.m. EST on Friday. Be there.",
              ["The meeting is at 5 p.m. EST on Friday.", "Be there."])
        check("It ended at 5 p.m. on Friday.", ["It ended at 5 p.m. on Friday."])
    }

    func testQuestionsExclamationsAndQuotes() {
        check("Is such an initiative still viable? Perhaps. The United Nations has pledged.",
              ["Is such an initiative still viable?", "Perhaps.", "The United Nations has pledged."])
        check("“Stop!” she said.", ["“Stop!” she said."])
        check("“Stop!” She ran.", ["“Stop!”", "She ran."])
        check("He said \"Stop.\" Then he left.", ["He said \"Stop.\"", "Then he left."])
        check("He asked, \"Why? Who did it?\" and left.", ["He asked, \"Why? Who did it?\" and left."])
        check("He asked, “Why? Who did it?” Nobody answered.", ["He asked, “Why? Who did it?”", "Nobody answered."])
        check("He said ‘Go.’ Then he went.", ["He said ‘Go.’", "Then he went."])
        check("What?! You did what? I can't believe it!", ["What?!", "You did what?", "I can't believe it!"])
    }

    func testParentheses() {
        check("He asked (why? nobody knew) and left.", ["He asked (why? nobody knew) and left."])
        check("He asked (Why? Nobody knew.) and left.", ["He asked (Why? Nobody knew.) and left."])
        check("He went home (he was tired). Then he slept.", ["He went home (he was tired).", "Then he slept."])
        check("He went home. (He was tired.) Then he slept.", ["He went home.", "(He was tired.)", "Then he slept."])
        check("She wrote \"It works.\" (Smith 12). Others agree.", ["She wrote \"It works.\" (Smith 12).", "Others agree."])
    }

    func testDashes() {
        check("The Balkans are at peace today -- all of which worked. A similar strategy failed.",
              ["The Balkans are at peace today -- all of which worked.", "A similar strategy failed."])
        check("Europe's leaders -- led by Nicolas Sarkozy -- understand. They will help.",
              ["Europe's leaders -- led by Nicolas Sarkozy -- understand.", "They will help."])
        check("He stopped—then went on. She didn't—she stayed.", ["He stopped—then went on.", "She didn't—she stayed."])
        check("It was over. — Or was it?", ["It was over. — Or was it?"])
    }

    func testNumbers() {
        check("Pi is about 3.14 and version v1.2 costs $5.50 today. That is cheap.",
              ["Pi is about 3.14 and version v1.2 costs $5.50 today.", "That is cheap."])
        check("Prices rose 5.5%. Wages fell.", ["Prices rose 5.5%.", "Wages fell."])
        check("He was born in 1990. 2000 was a good year.", ["He was born in 1990.", "2000 was a good year."])
        check("The vote was 52-48. A close one.", ["The vote was 52-48.", "A close one."])
        check("It cost $1,000.50. He paid.", ["It cost $1,000.50.", "He paid."])
    }

    func testEllipses() {
        check("He paused... and then went on.", ["He paused... and then went on."])
        check("He paused… and then went on.", ["He paused… and then went on."])
        check("He paused... Then he went on.", ["He paused...", "Then he went on."])
        check("He paused… Then he went on.", ["He paused…", "Then he went on."])
        check("The law . . . applies to all.", ["The law . . . applies to all."])
        check("“Wait…” Then silence.", ["“Wait…”", "Then silence."])
        check("Count 1, 2, 3... 10 and stop.", ["Count 1, 2, 3... 10 and stop."])
    }

    func testEmailsAndURLs() {
        check("Email john.smith@example.org. I will reply.", ["Email john.smith@example.org.", "I will reply."])
        check("Visit https://example.com/a.b?c=d. Thanks.", ["Visit https://example.com/a.b?c=d.", "Thanks."])
        check("Go to www.example.com. Please check it out.", ["Go to www.example.com.", "Please check it out."])
    }

    func testLists() {
        check("Reasons:\n1. Cost. It is high.\n2. Time\n\nNew paragraph here. Done.",
              ["Reasons:", "1. Cost.", "It is high.", "2. Time", "New paragraph here.", "Done."])
        check("Goals:\n- cut costs\n- save time", ["Goals:", "- cut costs", "- save time"])
        check("• First point • Second point", ["• First point", "• Second point"])
        check("a) one thing b) another thing", ["a) one thing", "b) another thing"])
        check("The first line\nwraps here. End.", ["The first line\nwraps here.", "End."])
        check("(a) first\n(b) second", ["(a) first", "(b) second"])
    }

    func testWebTextWithoutCapitalsOrFinalStops() {
        check("where did you park? the lot was full.", ["where did you park?", "the lot was full."])
        check("we went to the lake. it rained all day.", ["we went to the lake.", "it rained all day."])
        check("Great soup! we will be back.", ["Great soup!", "we will be back."])
        // Abbreviations, capitalised words before `!` and closing quotes still continue the sentence.
        check("Ask Jane and co. at the desk, or vs. them.", ["Ask Jane and co. at the desk, or vs. them."])
        check("He shouted “Run!” and fled.", ["He shouted “Run!” and fled."])
        check("Nice room :) The staff was kind.", ["Nice room :)", "The staff was kind."])
        check("Photos: http://example.org/a.jpg http://example.org/b.jpg",
              ["Photos: http://example.org/a.jpg", "http://example.org/b.jpg"])
        check("See the plan. http://example.org/plan for details.", ["See the plan.", "http://example.org/plan for details."])
        check("The meeting moved. ***** Please bring the forms.", ["The meeting moved.", "*****", "Please bring the forms."])
        check("Dear Sam, The forms are ready. Best regards, Lee", ["Dear Sam,", "The forms are ready.", "Best regards,", "Lee"])
        check("Thanks, but the forms are late.", ["Thanks, but the forms are late."])
    }

    func testLongQuotationsAreSplitShortOnesKept() {
        check("He asked, “Why? Who did it?” Nobody answered.", ["He asked, “Why? Who did it?”", "Nobody answered."])
        let quote = "“The park was clean and quiet this morning. The new benches make it easy to sit. We will come back.”"
        XCTAssertEqual(split(quote).count, 3)
    }

    func testDegenerateInputs() {
        XCTAssertEqual(splitter.sentenceRanges(in: ""), [])
        XCTAssertEqual(splitter.sentenceRanges(in: "   \n  "), [])
        check("No stop at all", ["No stop at all"])
        check("  padded.  ", ["padded."])
        check("...", ["..."])
        check("!!! ???", ["!!! ???"])
        check("One. Two. Three.", ["One.", "Two.", "Three."])
        check("\"Unclosed quote. It goes on. And on.", ["\"Unclosed quote.", "It goes on.", "And on."])
        check("(Unclosed paren. It goes on.", ["(Unclosed paren.", "It goes on."])
    }

    /// Offsets are UTF-8 bytes, not characters: check them exactly for text with é, “ ” and —.
    func testUTF8Offsets() {
        let text = "Café “au lait” — déjà vu. Ça va? Oui."
        let ranges = splitter.sentenceRanges(in: text)
        let bytes = Array(text.utf8)
        XCTAssertEqual(ranges.count, 3)
        // "Café “au lait” — déjà vu." is 25 characters but 34 bytes: é (2), “ (3), ” (3), — (3), é (2), à (2).
        XCTAssertEqual(ranges.first, 0..<34)
        XCTAssertEqual(ranges.dropFirst().first, 35..<42)  // "Ça va?" starts after the space; Ç is 2 bytes.
        XCTAssertEqual(ranges.last, 43..<47)
        let pieces = ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
        XCTAssertEqual(pieces, ["Café “au lait” — déjà vu.", "Ça va?", "Oui."])
        XCTAssertEqual(pieces, splitter.sentences(in: text))
        XCTAssertEqual(ranges.map { text.slice(utf8: $0) }, pieces)
    }

    /// A bridged or otherwise non-contiguous string takes the copying path and must agree.
    func testNonContiguousStringAgrees() {
        let native = "He said “Stop.” Then he left. Dr. Who? Nobody… Fine."
        let bridged = NSString(string: native) as String
        XCTAssertEqual(splitter.sentenceRanges(in: bridged), splitter.sentenceRanges(in: native))
        let substring = String(("xx " + native).dropFirst(3))
        XCTAssertEqual(splitter.sentences(in: substring), splitter.sentences(in: native))
    }

    // MARK: - (3) Range invariants

    /// Every range lies inside the text, ranges are non-empty, in order and non-overlapping, trimmed of white space,
    /// on character boundaries, and together they cover every non-space byte.
    private func assertInvariants(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let bytes = Array(text.utf8)
        let ranges = splitter.sentenceRanges(in: text)
        var previousEnd = 0
        var covered = [Bool](repeating: false, count: bytes.count)
        func isSpace(_ i: Int) -> Bool {
            bytes[i] == 0x20 || (0x09...0x0D).contains(bytes[i])
        }
        for r in ranges {
            guard r.lowerBound >= previousEnd, r.lowerBound < r.upperBound, r.upperBound <= bytes.count else {
                XCTFail("bad range \(r) after \(previousEnd) in \(text.debugDescription): \(ranges)", file: file, line: line)
                return
            }
            XCTAssertFalse(isSpace(r.lowerBound) || isSpace(r.upperBound - 1),
                           "untrimmed \(r) in \(text.debugDescription)", file: file, line: line)
            XCTAssertNotEqual(bytes[r.lowerBound] & 0xC0, 0x80, "starts mid-character", file: file, line: line)
            if r.upperBound < bytes.count {
                XCTAssertNotEqual(bytes[r.upperBound] & 0xC0, 0x80, "ends mid-character", file: file, line: line)
            }
            for i in r { covered[i] = true }
            previousEnd = r.upperBound
        }
        for i in bytes.indices where !covered[i] && !isSpace(i) {
            // Only white space (including a no-break space, C2 A0) may fall between sentences.
            let nbsp = (bytes[i] == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0)
                || (bytes[i] == 0xA0 && i > 0 && bytes[i - 1] == 0xC2)
            if !nbsp {
                XCTFail("byte \(i) dropped in \(text.debugDescription): \(ranges)", file: file, line: line)
                return
            }
        }
    }

    func testRangeInvariantsOnGoldenAndEssays() throws {
        for c in try Self.goldenCases() { assertInvariants(c.input) }
        let essays = Self.root.appendingPathComponent("Tests/Fixtures/essays")
        let names = try FileManager.default.contentsOfDirectory(atPath: essays.path).filter { $0.hasSuffix(".txt") }
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let text = try String(contentsOf: essays.appendingPathComponent(name), encoding: .utf8)
            assertInvariants(text)
            for paragraph in text.split(separator: "\n") { assertInvariants(String(paragraph)) }
        }
    }

    /// Random strings built from the pieces that matter to the rules (seeded, so failures reproduce).
    func testRangeInvariantsOnRandomText() {
        let pieces = ["a", "Mr", ".", ". ", "?", "!", " ", "\n", "\"", "“", "”", "‘", "’", "(", ")", "[", "]", "…",
                      "•", "⁃", "1", "2.", "a.", "b)", "U.S.", "The", "é", "—", "--", "'", "etc.", " . . .", "N°",
                      "\u{00A0}", "p.m.", "I", "J.", "x", "@", ":", "\n\n", "- ", "(a) ", "ii. ", "日本", "😀"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<next(40) { text += pieces[next(pieces.count)] }
            assertInvariants(text)
        }
    }

    /// Inputs that could make a careless scanner quadratic or crash.
    func testPathologicalInputs() {
        let size = 100_000
        for unit in ["\n", " \n", "(", "“", "\"a ", ". ", "...", " .", "a.", "1. ", "• ", "Mr. ", "a.m. X "] {
            let text = String(repeating: unit, count: size / unit.utf8.count)
            assertInvariants(text)
        }
    }

    /// Ideographic full stops end a sentence with no space after them; a quotation's stop does not end the sentence
    /// around it.
    func testIdeographicStops() {
        XCTAssertEqual(split("今日は雨です。明日は晴れるでしょう！本当ですか？"), ["今日は雨です。", "明日は晴れるでしょう！", "本当ですか？"])
        XCTAssertEqual(split("彼は「行く。」と言った。それから帰った。"), ["彼は「行く。」と言った。", "それから帰った。"])
        XCTAssertEqual(split("Rain fell. 雨が降った。Then it stopped."), ["Rain fell.", "雨が降った。", "Then it stopped."])
    }
}
