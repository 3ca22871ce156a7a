import XCTest
@testable import StudyKit

/// How `where` fares on statements written for a test: said ones (with the sentence that says them, by id or by the
/// start of its text) found first and stated, found first but refused, or another sentence first; not-said ones
/// refused ("does not seem to say") or stated.
struct WhereConfusion: CustomStringConvertible {
    var said = 0, foundAndStated = 0, foundRefused = 0, elsewhereStated = 0, elsewhereRefused = 0
    var notSaid = 0, refused = 0

    /// Adds another essay's counts.
    mutating func add(_ o: WhereConfusion) {
        said += o.said; foundAndStated += o.foundAndStated; foundRefused += o.foundRefused
        elsewhereStated += o.elsewhereStated; elsewhereRefused += o.elsewhereRefused
        notSaid += o.notSaid; refused += o.refused
    }

    var foundFirst: Int { foundAndStated + foundRefused }

    var description: String {
        "said \(said): found first and stated \(foundAndStated), found first but refused \(foundRefused), another "
            + "sentence first \(elsewhereStated) stated / \(elsewhereRefused) refused; not said \(notSaid): refused "
            + "\(refused), stated \(notSaid - refused)"
    }

    /// One set of statements: the bundled essay's and two or more own essays', added up.
    /// Measures a set of 20 said and 20 not-said statements on essays of our own, prints it as the `name` set and
    /// checks its size and its floors: said found first, said found first and stated, not said refused.
    static func assertSet(_ name: String, ownEssays: [(name: String, said: [(statement: String, sentence: String)], notSaid: [String])],
                          foundFirst: Int, stated: Int, refused: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let all = try measure(bundled: [], notSaid: [], ownEssays: ownEssays)
        print("where, \(name) set: \(all)")
        XCTAssertEqual(all.said, 20, all.description, file: file, line: line)
        XCTAssertEqual(all.notSaid, 20, all.description, file: file, line: line)
        XCTAssertGreaterThanOrEqual(all.foundFirst, foundFirst, all.description, file: file, line: line)
        XCTAssertGreaterThanOrEqual(all.foundAndStated, stated, all.description, file: file, line: line)
        XCTAssertGreaterThanOrEqual(all.refused, refused, all.description, file: file, line: line)
    }

    static func measure(bundled said: [(statement: String, sentence: String)], notSaid: [String],
                        ownEssays: [(name: String, said: [(statement: String, sentence: String)], notSaid: [String])]) throws -> WhereConfusion {
        var all = measure(said: said, notSaid: notSaid, in: Fixtures.bundled)
        for essay in ownEssays {
            all.add(measure(said: essay.said, notSaid: essay.notSaid, in: try Fixtures.ownEssay(essay.name)))
        }
        return all
    }

    static func measure(said: [(statement: String, sentence: String)], notSaid: [String],
                        in model: KnowledgeModel) -> WhereConfusion {
        let index = EvidenceIndex(model: model)
        var c = WhereConfusion()
        var misses: [String] = []
        func states(_ statement: String) -> (sentence: Int, states: Bool)? {
            guard let top = index.locate(statement, limit: 1).first else { return nil }
            let check = index.check(statement, against: top.sentence)
            if !check.states { misses.append("\(statement) → \(check.conflict.map { "\($0)" } ?? "too little found")") }
            return (top.sentence, check.states)
        }
        for (statement, wanted) in said {
            c.said += 1
            let answer = states(statement)
            let found = answer.map { a in
                let s = model.sentences[a.sentence]
                return s.id.description == wanted || model.text(of: s).hasPrefix(wanted)
            } ?? false
            switch (found, answer?.states ?? false) {
            case (true, true): c.foundAndStated += 1
            case (true, false):
                c.foundRefused += 1
                print("where, said but refused: \(misses.last ?? statement)")
            case (false, true): c.elsewhereStated += 1
            case (false, false): c.elsewhereRefused += 1
            }
        }
        for statement in notSaid {
            c.notSaid += 1
            if states(statement)?.states != true {
                c.refused += 1
                print("where, not said, refused: \(misses.last ?? statement)")
            } else {
                let found = index.locate(statement, limit: 1).first.map { model.text(of: model.sentences[$0.sentence]) } ?? ""
                print("where, not said but stated: \(statement) ← \(found)")
            }
        }
        print("where: \(c)")
        return c
    }
}
