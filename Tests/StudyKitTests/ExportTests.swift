import XCTest
@testable import StudyKit

final class ExportTests: XCTestCase {
    var model: KnowledgeModel { Fixtures.bundled }

    func quiz(_ count: Int = 20, seed: UInt64 = 3) -> [Question] {
        QuizMaker(model: model).make(QuizMaker.Options(count: count, seed: seed))
    }

    func testAnkiFileHasAnkisHeaderAndThreeFieldsALine() {
        let text = AnkiExport(model: model).text(quiz())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(Array(lines.prefix(3)), ["#separator:tab", "#html:false", "#tags column:3"])
        for line in lines.dropFirst(3) {
            XCTAssertEqual(line.split(separator: "\t", omittingEmptySubsequences: false).count, 3, String(line))
            XCTAssertFalse(line.contains("\r"))
        }
        let card = AnkiExport(model: model).card(for: quiz()[0])
        XCTAssertTrue(card.back.contains("— [S"), card.back)
        XCTAssertEqual(card.tags.first, "albright-iraq-2007")
        XCTAssertTrue(card.tags.contains(quiz()[0].kind.rawValue))
    }

    func testTSVEscapingKeepsEachNoteOnOneLine() {
        XCTAssertEqual(AnkiExport.field("a\tb\nc\r\nd"), "a b c d")
        XCTAssertEqual(AnkiExport.field("say \"no\""), "\"say \"\"no\"\"\"")
        XCTAssertEqual(AnkiExport.field("#1 rule"), "\"#1 rule\"")
        let q = Question(kind: .card, prompt: "Front\twith\ntabs \"quoted\"", answer: "Back\nline", evidence: ["S6.3"],
                         section: "§2", hints: [], explanation: "")
        let text = AnkiExport(model: model).text([q])
        XCTAssertEqual(text.split(separator: "\n").count, 4)
        let records = try! AnkiImport.records(text, name: "t")
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(records[0].fields[0], "Front with tabs \"quoted\"")
        XCTAssertEqual(records[0].fields[2], "albright-iraq-2007 sec2 card")
    }

    func testAnkiRoundTripsThroughImport() throws {
        let questions = quiz()
        let export = AnkiExport(model: model)
        let text = export.text(questions)
        let bank = try AnkiImport(model: model).bank(from: text, name: "cards.txt")
        XCTAssertEqual(bank.questions.count, questions.count)
        XCTAssertTrue(bank.questions.allSatisfy { $0.kind == .card })
        for (original, imported) in zip(questions, bank.questions) {
            let a = export.card(for: original), b = export.card(for: imported)
            XCTAssertEqual(a.front, b.front)
            XCTAssertEqual(a.back, b.back)
            XCTAssertEqual(imported.evidence, original.evidence)
            XCTAssertEqual(imported.section, original.section)
        }
        // The imported bank is a valid bank (it went through QuizBank.load) and survives JSON.
        XCTAssertEqual(try QuizBank.load(try bank.jsonData(), name: "x"), bank)
    }

    func testImportSkipsHeadersFindsEvidenceAndNamesLinesInErrors() throws {
        let importer = AnkiImport(model: model)
        let bank = try importer.bank(from: "#separator:tab\n#html:false\n\nWhat is the only option left?\tcoordinated international assistance\n", name: "a.txt")
        XCTAssertEqual(bank.questions.count, 1)
        XCTAssertEqual(bank.questions[0].evidence, ["S6.3"])
        XCTAssertEqual(bank.questions[0].answer, "coordinated international assistance")
        func error(_ text: String) -> String {
            do { _ = try importer.bank(from: text, name: "a.txt"); return "" } catch { return error.message }
        }
        XCTAssertEqual(error("#separator:tab\nfront only\n"), "a.txt: line 2: one field; a card needs front<TAB>back (fields are separated by tabs)")
        XCTAssertEqual(error("q\ta [S6.3]\n\tb\n"), "a.txt: line 2: the front is empty")
        XCTAssertEqual(error("q\ta [S99.1]\n"), "a.txt: line 1: S99.1 is not a sentence of albright-iraq-2007.txt")
        XCTAssertEqual(error("#only headers\n"), "a.txt: no cards; each line should be front<TAB>back")
        XCTAssertEqual(error("\"open\tb\n"), "a.txt: line 1: a quoted field is not closed; add the closing \"")
    }

    func testMarkdownSheetHasItsParts() {
        let text = MarkdownStudySheet(model: model, questions: quiz(5)).text()
        for part in ["# Untitled (“The threshold question in any war…”)", "*Madeleine K. Albright", "## Outline", "### §1", "## Argument",
                     "**Thesis:** That leaves coordinated international assistance as the only option. (S6.3)",
                     "**Supports:**", "**Objections:**", "## Key terms", "## Questions", "## Answers", "1. ", "5. **"] {
            XCTAssertTrue(text.contains(part), part)
        }
        let q = text.range(of: "## Questions")!, a = text.range(of: "## Answers")!
        XCTAssertLessThan(q.lowerBound, a.lowerBound)
        XCTAssertEqual(MarkdownStudySheet.escape("a*b_[c]"), "a\\*b\\_\\[c\\]")
    }

    func testCSVQuotesAndCollectsAnswers() {
        XCTAssertEqual(CSVExport.field("plain"), "plain")
        XCTAssertEqual(CSVExport.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVExport.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVExport.field("two\nlines"), "\"two\nlines\"")
        let q = Question(kind: .cloze, prompt: "Fill, please: ___", answer: "Iraq", evidence: ["S2.1"], section: "§1",
                         hints: [], explanation: "")
        let t = Date(timeIntervalSince1970: 0)
        let events = [
            SessionEvent(kind: .quizStarted, time: t, quiz: 1, title: "Quiz", seed: 1),
            SessionEvent(kind: .question, time: t, quiz: 1, question: 0, questionData: q),
            SessionEvent(kind: .answer, time: t, quiz: 1, question: 0, answer: "Iran, I think",
                         grade: Grade(.wrong, score: 0, reason: "the answer is 'Iraq'")),
            SessionEvent(kind: .override, time: t, quiz: 1, question: 0),
            SessionEvent(kind: .question, time: t, quiz: 1, question: 1, questionData: q),
            SessionEvent(kind: .skip, time: t, quiz: 1, question: 1),
        ]
        let rows = CSVExport.rows(events)
        XCTAssertEqual(rows.map(\.verdict), ["correct", "skipped"])
        let text = CSVExport.text(rows)
        let lines = text.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "time,quiz,question,kind,prompt,answer,verdict,score,reason,evidence")
        XCTAssertEqual(lines[1], "1970-01-01T00:00:00Z,1,1,cloze,\"Fill, please: ___\",\"Iran, I think\",correct,1,overridden by the reader (grader: the answer is 'Iraq'),S2.1")
        XCTAssertEqual(lines[2], "1970-01-01T00:00:00Z,1,2,cloze,\"Fill, please: ___\",,skipped,0,,S2.1")
    }
}

/// The one sanitizer, CSV formula cells and JSON's C1 escapes.
final class SafeOutputTests: XCTestCase {
    func testCSVCellsThatSpreadsheetsWouldRunAreNeutralised() {
        XCTAssertEqual(CSVExport.field("=cmd|' /C calc'!A0"), "\"'=cmd|' /C calc'!A0\"")
        XCTAssertEqual(CSVExport.field("@SUM(1)"), "\"'@SUM(1)\"")
        XCTAssertEqual(CSVExport.field("+1+1"), "\"'+1+1\"")
        XCTAssertEqual(CSVExport.field("-2"), "\"'-2\"")
        XCTAssertEqual(CSVExport.field("\tx"), "\"'\tx\"")
        XCTAssertEqual(CSVExport.field("a\u{1B}[31mb"), "ab")
        XCTAssertEqual(CSVExport.field("plain, text"), "\"plain, text\"")
    }

    func testJSONEscapesC1AndBidiControls() {
        XCTAssertEqual(JSONText.escapingControls("{\"a\": \"x\u{9D}y\u{202E}\"}"), "{\"a\": \"x\\u009dy\\u202e\"}")
        XCTAssertEqual(JSONText.escapingControls("{\"é\": 1}"), "{\"é\": 1}")
    }

    func testOneLineMessagesAreCleanedAndShortened() {
        XCTAssertEqual(SafeText.clean("a\nb\u{1B}]52;c;x\u{07}c", limit: 80), "a bc")
        let long = SafeText.clean(String(repeating: "x", count: 5000) + ".txt", limit: 61)
        XCTAssertEqual(long.count, 61)
        XCTAssertTrue(long.hasSuffix(".txt") && long.contains("…"), long)
        XCTAssertEqual(SafeText.cleanForFile("a\tb\r\nc\u{85}d"), "a\tb\r\ncd")
    }

    func testAnkiFieldsDropEscapes() {
        XCTAssertEqual(AnkiExport.field("\u{1B}]52;c;eA==\u{07}front\u{1B}c"), "front")
    }
}
