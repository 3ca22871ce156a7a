import XCTest
@testable import StudyKit

final class DocumentTests: XCTestCase {
    func testNormalizationOfLineEndingsSpacesAndControls() {
        let raw = "\u{FEFF}Title\r\n\r\nOne\ttwo\u{00A0}three  four.\rNext\u{1B}[31m line\u{7}.\r\n"
        let text = TextNormalizer.normalize(raw)
        XCTAssertEqual(text, "Title\n\nOne two three four.\nNext line.\n")
    }

    func testEscapeSequencesAreRemovedWhole() {
        XCTAssertEqual(TextNormalizer.normalize("A \u{1B}]0;pwned\u{07}title \u{1B}]2;x\u{1B}\\set, \u{1B}[1;31mred\u{1B}[0m, \u{1B}cgone."),
                       "A title set, red, gone.")
        // An unfinished sequence loses only its ESC; the text after it stays.
        XCTAssertEqual(TextNormalizer.normalize("Keep \u{1B}]no end\nhere \u{1B}[\nthere."), "Keep ]no end\nhere [\nthere.")
        XCTAssertEqual(TextNormalizer.normalize("End\u{1B}"), "End")
    }

    func testSmartQuotesAndDashesAreKept() {
        XCTAssertEqual(TextNormalizer.normalize("“Yes” — she said… ‘no’"), "“Yes” — she said… ‘no’")
    }

    func testTitleAndClosingBylineAreMetadata() {
        let d = Document(rawText: "On Bees\n\nBees matter. They pollinate.\n\nWe should protect them.\n\nJane Q. Public, professor of biology.\n")
        XCTAssertEqual(d.title, "On Bees")
        XCTAssertEqual(d.byline, "Jane Q. Public, professor of biology.")
        XCTAssertEqual(d.paragraphs.map { d.slice($0.range) }, ["Bees matter. They pollinate.", "We should protect them."])
    }

    func testBundledEssayHasNoTitleAndAClosingByline() {
        let m = Fixtures.bundled
        XCTAssertNil(m.title)
        XCTAssertEqual(m.byline, "Madeleine K. Albright, secretary of state of the EE.UU. from 1997 to 2001.")
        XCTAssertEqual(m.paragraphs.count, 11)
        XCTAssertTrue(m.text(of: m.paragraphs[0]).hasPrefix("The threshold question in any war is"))
        XCTAssertTrue(m.text(of: m.paragraphs[10]).hasSuffix("but we can and should do more to encourage it."))
    }

    func testOpeningBylineAndSignature() {
        let d = Document(rawText: "A Title\n\nBy John Smith\n\nFirst paragraph here.\n\nSecond one.\n")
        XCTAssertEqual(d.title, "A Title")
        XCTAssertEqual(d.byline, "By John Smith")
        XCTAssertEqual(d.paragraphs.count, 2)
        let signed = Document(rawText: "To the people:\n\nWe argue a great deal here.\n\nPUBLIUS\n")
        XCTAssertEqual(signed.byline, "PUBLIUS")
    }

    func testAnOrdinaryLastSentenceIsNotAByline() {
        for last in ["Thank you.", "John Smith was wrong about everything.", "The End", "Act now, before it is too late."] {
            let d = Document(rawText: "First paragraph of text.\n\nSecond paragraph of text.\n\n\(last)\n")
            XCTAssertNil(d.byline, last)
        }
    }

    func testHardWrappedParagraphsAreJoinedAndLongLinesStandAlone() {
        let wrapped = "This paragraph is wrapped at a\nfixed width by the author's\neditor, as old texts are.\n\nA second one,\nalso wrapped.\n"
        let d = Document(rawText: wrapped)
        XCTAssertEqual(d.paragraphs.count, 2)
        XCTAssertEqual(d.slice(d.paragraphs[0].range), "This paragraph is wrapped at a fixed width by the author's editor, as old texts are.")
        let long = String(repeating: "word ", count: 30)
        let lines = Document(rawText: "\(long)one.\n\(long)two.\n\(long)three.\n")
        XCTAssertEqual(lines.paragraphs.count, 3)
    }

    func testMarkdownHeadingsAndLists() {
        let md = "# The Case for Bees\n\n## Why\n\nBees pollinate crops.\n\n## What to do\n\n- Plant flowers.\n- Stop spraying.\n"
        let d = Document(rawText: md)
        XCTAssertEqual(d.title, "The Case for Bees")
        XCTAssertEqual(d.paragraphs.count, 3)
        XCTAssertEqual(d.paragraphs[0].heading?.title, "Why")
        XCTAssertEqual(d.paragraphs[1].heading?.title, "What to do")
        XCTAssertNil(d.paragraphs[2].heading)
        XCTAssertEqual(d.slice(d.paragraphs[2].range), "Stop spraying.")
    }

    func testOneParagraphALineStaysAsItIs() {
        let d = Document(rawText: "Notes\n\nGood service\nThe staff knew the menu well.\nWe will come back\nParking was easy.\n")
        XCTAssertEqual(d.title, "Notes")
        XCTAssertEqual(d.paragraphs.map { d.slice($0.range) },
                       ["Good service", "The staff knew the menu well.", "We will come back", "Parking was easy."])
    }

    func testOneHardWrappedParagraphAloneIsReflowed() {
        let text = """
            The town council met on Monday to talk about the new bus
            lines, and most of the members agreed that the old routes
            no longer reach the places where people work, shop and go
            to school.
            """
        let d = Document(rawText: text)
        XCTAssertEqual(d.paragraphs.count, 1)
        XCTAssertFalse(d.slice(d.paragraphs[0].range).contains("\n"))
    }

    func testAShortFirstLineBeforeABlankLineIsTheTitleEvenWithAStop() {
        for title in ["Is homework useful?", "Homework works.", "Stop the new road!"] {
            let d = Document(rawText: "\(title)\n\nHomework helps some pupils practise, while others only lose sleep over it.\n\nSchools should decide for themselves how much of it to give.\n")
            XCTAssertEqual(d.title, title)
            XCTAssertEqual(d.paragraphs.count, 2, title)
        }
        // A long first sentence is not a title, nor is a short one that runs on to the next line.
        let long = Document(rawText: "Homework helps some pupils learn more, but many others simply lose sleep over it.\n\nSchools decide.\n")
        XCTAssertNil(long.title)
        let joined = Document(rawText: "Homework helps.\nIt also costs sleep.\nSchools decide.\n")
        XCTAssertNil(joined.title)
        // Nor is the first of several one-line paragraphs as short as itself.
        let lines = Document(rawText: "Rivers flood.\n\nMountains are cold.\n\nLakes freeze in winter.\n")
        XCTAssertNil(lines.title)
    }

    func testClosingLinesThatAreNotNamesAreNotBylines() {
        for last in ["Thanks Everyone", "Works Cited", "Further Reading", "See You Soon"] {
            let d = Document(rawText: "First paragraph of text.\n\nSecond paragraph of text.\n\n\(last)\n")
            XCTAssertNil(d.byline, last)
        }
        for last in ["— Jane Doe", "Jane Doe", "JANE"] {
            let d = Document(rawText: "First paragraph of text.\n\nSecond paragraph of text.\n\n\(last)\n")
            XCTAssertEqual(d.byline, last)
        }
    }

    /// One essay written four ways: plain, hard-wrapped, CRLF, Markdown. Same sentences, same ids.
    func testPlainWrappedCRLFAndMarkdownGiveTheSameSentences() {
        let plain = """
            Should the Town Build a New Library?

            By Jane Doe

            The old library is too small for the town. On a busy Saturday there is no free seat, and the children's corner is a hallway.

            A new building would cost money, but the land is already ours. The council could also ask the state for help.

            Some say that books are moving online. Yet people come for more than books: they come for the rooms, the classes and each other.
            """
        let wrapped = """
            Should the Town Build a New Library?

            By Jane Doe

            The old library is too small for the town. On a busy Saturday
            there is no free seat, and the children's corner is a hallway.

            A new building would cost money, but the land is already ours.
            The council could also ask the state for help.

            Some say that books are moving online. Yet people come for more
            than books: they come for the rooms, the classes and each other.
            """
        let crlf = wrapped.replacingOccurrences(of: "\n", with: "\r\n")
        let markdown = """
            # Should the Town Build a New Library?

            *By Jane Doe*

            The old library is **too small** for the town. On a busy Saturday
            there is no free seat, and the [children's corner](https://example.org/kids) is a hallway.

            ## Cost

            A new building would cost money, but the land is *already ours*.
            The council could also ask the state for help.

            > Some say that books are moving online. Yet people come for more
            > than books: they come for the rooms, the classes and each other.
            """
        func sentences(_ text: String) -> [String] {
            let m = KnowledgeModel(text: text, source: EssaySource(name: "library.txt", path: nil))
            return m.sentences.map { "\($0.id) \(m.text(of: $0))" }
        }
        let expected = sentences(plain)
        XCTAssertEqual(expected.count, 6)
        XCTAssertEqual(expected.first, "S1.1 The old library is too small for the town.")
        for (name, version) in [("wrapped", wrapped), ("CRLF", crlf), ("Markdown", markdown)] {
            XCTAssertEqual(sentences(version), expected, name)
            let d = Document(rawText: version)
            XCTAssertEqual(d.title, "Should the Town Build a New Library?", name)
            XCTAssertEqual(d.byline, "By Jane Doe", name)
        }
    }

    func testMarkdownInlineAndBlockForms() {
        let md = "Title\n=====\n\n- A list item with `code` and _emphasis_ and snake_case.\n- 5 * 3 is &amp; &#39;fifteen&#39;\n\n---\n\n```\nlet x = 1\n```\n\n[ref]: https://example.org\n"
        XCTAssertTrue(MarkdownReader.looksLikeMarkdown(TextNormalizer.normalize(md)))
        let d = Document(rawText: md)
        XCTAssertEqual(d.title, "Title")
        XCTAssertEqual(d.paragraphs.map { d.slice($0.range) },
                       ["A list item with code and emphasis and snake_case.", "5 * 3 is & 'fifteen'", "let x = 1"])
        XCTAssertFalse(MarkdownReader.looksLikeMarkdown("A plain essay. It has 2*3*4 and a line of stars:\n*******NOTICE*******\n"))
    }

    func testDelimitedPairsAndLinkMarks() {
        XCTAssertTrue(MarkdownReader.hasDelimitedPair("a *word* here", "*"))
        XCTAssertTrue(MarkdownReader.hasDelimitedPair("an *open star and then *a pair* later", "*"))
        XCTAssertTrue(MarkdownReader.hasDelimitedPair("(**bold** words)", "**"))
        XCTAssertFalse(MarkdownReader.hasDelimitedPair("an *open star that never closes", "*"))
        XCTAssertFalse(MarkdownReader.hasDelimitedPair("x * y and y *z", "*"))
        XCTAssertFalse(MarkdownReader.hasDelimitedPair("a **strong** word", "*"))
        XCTAssertFalse(MarkdownReader.hasDelimitedPair("no marks at all", "_"))
        func marks(_ line: Substring) -> [Bool] { let m = MarkdownReader.inlineMarks(line.utf8); return [m.star, m.underscore, m.link] }
        XCTAssertEqual(marks("see [the report](https://example.org) first"), [false, false, true])
        XCTAssertEqual(marks("a bracket [like this] (and a note) with *stars*"), [true, false, false])
        XCTAssertEqual(marks("only ]( without its opener, in snake_case"), [false, true, false])
    }

    /// Emphasis pairs: an opener at a word start hugging its text, and a later closer not after a space; a line of
    /// openers without a closer (which the first version scanned to its end from each opener) has none.
    func testEmphasisPairs() {
        func pair(_ line: String, _ mark: String) -> Bool { MarkdownReader.hasDelimitedPair(Substring(line), mark) }
        XCTAssertTrue(pair("some **bold** text", "**"))
        XCTAssertTrue(pair("an (*aside*) here", "*"))
        XCTAssertTrue(pair("*a b*", "*"))
        XCTAssertFalse(pair("2*3*4", "*"))
        XCTAssertFalse(pair("*a *b", "*"))
        XCTAssertFalse(pair("**bold** only", "*"))
        XCTAssertFalse(pair("*******NOTICE*******", "*"))
        XCTAssertFalse(pair(String(repeating: "*a ", count: 50_000), "*"))
        XCTAssertTrue(pair(String(repeating: "*a ", count: 50_000) + "b*", "*"))
    }

    func testFixtureTitlesAreFound() throws {
        let expected = ["federalist-10": "The Federalist No. 10: The Same Subject Continued",
                        "gettysburg-address": "The Gettysburg Address",
                        "civil-disobedience": "On the Duty of Civil Disobedience",
                        "a-modest-proposal": "A Modest Proposal",
                        "common-sense-thoughts-on-american-affairs": "Common Sense"]
        for (name, prefix) in expected {
            let m = try Fixtures.essay(name)
            XCTAssertTrue(m.title?.hasPrefix(prefix) ?? false, "\(name): \(m.title ?? "nil")")
        }
        let federalist = try Fixtures.essay("federalist-10")
        XCTAssertEqual(federalist.byline, "PUBLIUS")
        XCTAssertEqual(federalist.paragraphs.count, 24)
        XCTAssertEqual(try Fixtures.essay("gettysburg-address").paragraphs.count, 4)
    }

    func testRangesPointAtTheTextAsWritten() {
        let m = Fixtures.model("Café “quoted” — text. It goes on.\n\nSecond paragraph é.")
        XCTAssertEqual(m.text(of: m.paragraphs[1]), "Second paragraph é.")
        for s in m.sentences { XCTAssertEqual(m.text(of: s), m.text.slice(utf8: s.range)) }
    }

    func testDegenerateInputsDoNotCrash() {
        for text in ["", "   ", "# Only\n\n## Headings\n", "word", String(repeating: "a", count: 200_000), "...", "\n\n\n"] {
            let m = Fixtures.model(text)
            XCTAssertEqual(m.sentences.count >= m.paragraphs.count, true)
        }
    }
}
