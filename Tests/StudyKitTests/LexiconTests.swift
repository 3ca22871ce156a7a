import XCTest
@testable import StudyKit

/// WordNet must be installed (`make deps` installs wordnet-base); these tests fail loudly when it is not.
final class LexiconTests: XCTestCase {
    let lexicon = Lexicon.shared

    func testWordNetIsInstalled() {
        XCTAssertTrue(lexicon.isAvailable, "WordNet not found: run `make deps` (installs wordnet-base)")
    }

    func testBaseFormsFollowMorphy() {
        XCTAssertTrue(lexicon.lemmas(of: "went").contains { $0.lemma == "go" && $0.pos == .verb })
        XCTAssertTrue(lexicon.lemmas(of: "countries").contains { $0.lemma == "country" && $0.pos == .noun })
        XCTAssertTrue(lexicon.lemmas(of: "armed forces").contains { $0.lemma == "armed_forces" })
        XCTAssertTrue(lexicon.isWord("dependence"))
        XCTAssertFalse(lexicon.isWord("petreus"))
        XCTAssertFalse(lexicon.isWord("zzzq"))
    }

    func testSynonymsAndDerivedFormsShareAMeaning() {
        for (a, b) in [("global", "international"), ("conflict", "war"), ("country", "nation"), ("armed forces", "military"),
                       ("dying", "death"), ("die", "death"), ("america", "united states")] {
            XCTAssertTrue(lexicon.meaning(of: a).isSynonym(of: lexicon.meaning(of: b)), "\(a) ~ \(b)")
        }
        for (a, b) in [("war", "peace"), ("country", "river"), ("deep", "shallow"), ("global", "local")] {
            XCTAssertFalse(lexicon.meaning(of: a).isSynonym(of: lexicon.meaning(of: b)), "\(a) ≁ \(b)")
        }
        XCTAssertTrue(lexicon.synonyms(of: "nation").contains("country"))
    }

    func testOppositesComeFromAntonymsAndNegatingPrefixes() {
        for (a, b) in [("deep", "shallow"), ("independence", "dependence"), ("stabilizing", "destabilizing"),
                       ("coordinated", "uncoordinated"), ("agree", "disagree")] {
            XCTAssertTrue(lexicon.meaning(of: a).isOpposite(of: lexicon.meaning(of: b)), "\(a) ↔ \(b)")
        }
        XCTAssertFalse(lexicon.meaning(of: "deep").isOpposite(of: lexicon.meaning(of: "profound")))
        XCTAssertFalse(lexicon.meaning(of: "interest").isOpposite(of: lexicon.meaning(of: "terest")))
        XCTAssertTrue(lexicon.antonyms(of: "deep").contains("shallow"))
    }

    func testAMissingInstallationGivesAnEmptyLexicon() {
        let none = Lexicon(directory: "/nonexistent")
        XCTAssertFalse(none.isAvailable)
        XCTAssertTrue(none.lemmas(of: "war").isEmpty)
        XCTAssertTrue(none.meaning(of: "war").isSynonym(of: none.meaning(of: "war")))
    }
}
