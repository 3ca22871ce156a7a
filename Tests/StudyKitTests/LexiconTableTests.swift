import XCTest
@testable import StudyKit

/// The table the analysis reads instead of WordNet gives WordNet's answers. The comparisons need WordNet and skip
/// without it; the table itself is checked without it.
final class LexiconTableTests: XCTestCase {
    let table = LexiconTable.shipped

    func wordNet() throws -> Lexicon {
        guard Lexicon.shared.isAvailable else { throw XCTSkip("WordNet not installed (make deps installs wordnet-base)") }
        return Lexicon.shared
    }

    func testTheTableAnswersWithoutWordNet() {
        for w in ["critics", "cynic", "council", "reports", "Scientists", "children"] {
            XCTAssertTrue(table.isHolderNoun(w), w)
        }
        for w in ["world", "cities", "arrangement", "circumstances", "terms", "", "zzzq"] {
            XCTAssertFalse(table.isHolderNoun(w), w)
        }
        XCTAssertTrue(table.isOnlyAdverb("often"))
        XCTAssertFalse(table.isOnlyAdverb("still"), "also a noun, a verb and an adjective")
        XCTAssertTrue(table.isNumberWord("hundred"))
        XCTAssertFalse(table.isNumberWord("pound"))
    }

    func testHolderNounsAgreeWithWordNet() throws {
        let lexicon = try wordNet()
        var words = ["critics", "critic", "cynic", "council", "councils", "report", "reports", "administration", "study",
                     "studies", "world", "city", "cities", "arrangement", "people", "children", "women", "experts",
                     "governments", "terms", "balkans", "circumstances", "data", "mayors", "economists", "Critics",
                     "witnesses", "geese", "boxes", "churches", "ashes", "spectacles", "premises", "riches"]
        // And a spread of WordNet's own nouns with an ending added as a plural's.
        for (k, lemma) in lexicon.allLemmas(.noun).enumerated() where k % 97 == 0 && !lemma.contains("_") {
            words += [lemma, lemma + "s", lemma + "es"]
        }
        XCTAssertGreaterThan(words.count, 1500)
        for w in words { XCTAssertEqual(table.isHolderNoun(w), lexicon.isHolderNoun(w), w) }
    }

    func testPersonSensesAndTextsAgreeWithWordNet() throws {
        let lexicon = try wordNet()
        XCTAssertTrue(table.hasPersonSense("chair"), "a chairperson, in its third sense")
        XCTAssertTrue(table.hasPersonSense("individuals"))
        XCTAssertFalse(table.hasPersonSense("world"))
        XCTAssertFalse(table.hasPersonSense("town"), "only as a proper name (an architect)")
        XCTAssertTrue(table.namesText("reports"))
        XCTAssertTrue(table.namesText("survey"))
        XCTAssertFalse(table.namesText("council"))
        XCTAssertFalse(table.namesText("chair"))
        var words = ["chair", "chairs", "individual", "individuals", "world", "town", "city", "report", "survey", "study",
                     "studies", "council", "figures", "table", "people", "women", "men", "terms", "arrangement"]
        for (k, lemma) in lexicon.allLemmas(.noun).enumerated() where k % 97 == 0 && !lemma.contains("_") {
            words += [lemma, lemma + "s", lemma + "es"]
        }
        for w in words {
            XCTAssertEqual(table.hasPersonSense(w), lexicon.hasPersonSense(w), w)
            XCTAssertEqual(table.namesText(w), lexicon.namesText(w), w)
        }
    }

    func testAdverbsAndNumberWordsAgreeWithWordNet() throws {
        let lexicon = try wordNet()
        var words = ["often", "once", "still", "rightly", "never", "now", "four", "hundred", "fifty", "million", "half",
                     "pound", "many", "dozen", "two", "thousand", "Four", "fourteen", "first"]
        for (k, w) in (lexicon.allLemmas(.adverb) + lexicon.allLemmas(.adjective)).enumerated() where k % 13 == 0 { words.append(w) }
        for w in words where !w.contains("_") {
            XCTAssertEqual(table.isOnlyAdverb(w), lexicon.isOnlyAdverb(w), w)
            XCTAssertEqual(table.isNumberWord(w), lexicon.isNumberWord(w), w)
        }
    }

    /// The shipped table is what `make lexicon-table` writes from the installed WordNet, byte for byte (when the
    /// installed WordNet is the one the table names).
    func testTheShippedTableIsWhatTheWriterWrites() throws {
        let lexicon = try wordNet()
        XCTAssertTrue(table.header.contains { $0.contains("WordNet 3.0") }, "the header names its source")
        guard table.header.contains(lexicon.filesDigest) else {
            throw XCTSkip("the installed WordNet is not the one the table was written from")
        }
        let written = try LexiconTableWriter.table(from: lexicon)
        XCTAssertEqual(Array(written.utf8), PackageResources.lexicon_table_tsv, "run make lexicon-table")
    }

    func testAMissingWordNetWritesNoTable() {
        XCTAssertThrowsError(try LexiconTableWriter.table(from: Lexicon(directory: "/nonexistent"))) {
            XCTAssertEqual($0 as? LexiconTableWriter.Failure, .noWordNet)
        }
    }
}
