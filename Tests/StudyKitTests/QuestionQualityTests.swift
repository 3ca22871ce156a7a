import XCTest
@testable import StudyKit

/// Every question every generator makes on the nine essays (the bundled one, the public-domain fixtures and the
/// project's own essays), checked against what docs/question-quality.md says can be checked automatically.
final class QuestionQualityTests: XCTestCase {
    /// Negations that are never grammatical or never mean what they should.
    static let badNegations = [#"\bnot not\b"#, #"\bcan not\b"#, #"\bcannot not\b"#, #"\bn't not\b"#, #"\bleast\b[^.]*\b(not|cannot)\b"#,
                               #"\b(does|do|did) not \w+(s|ed)\b"#, #"\b(has|have|had) not (a|an|the|no)\b"#, #"\bwill not not\b"#,
                               #"\bnot (still|already|also|even|yet|every|all|each|both|plenty)\b"#, #"\bmust not\b"#,
                               #"^(Before|After|When|If|Since|Because|Although|While|Once|Until|Unless)\b[^,]*\bnot\b"#]

    func testEveryGeneratedQuestionPassesTheCheckableRules() throws {
        let models = try [Fixtures.bundled] + Fixtures.essayNames.map(Fixtures.essay) + Fixtures.ownEssayNames.map(Fixtures.ownEssay)
        var counts: [String: Int] = [:]
        for m in models {
            let c = QuizContext(model: m, section: nil, limit: 40)
            var random = SeededGenerator(seed: 1)
            let headings = Set(m.paragraphs.compactMap { $0.heading?.title })
            for generator in QuizMaker.generators {
                for q in generator.questions(c, random: &random) {
                    counts[q.kind.rawValue, default: 0] += 1
                    check(q, m, c, headings)
                }
            }
        }
        print("question quality: checked " + counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        XCTAssertGreaterThan(counts.values.reduce(0, +), 100)
    }

    func check(_ q: Question, _ m: KnowledgeModel, _ c: QuizContext, _ headings: Set<String>) {
        let label = "\(m.source.name) \(q.kind.rawValue): \(q.prompt.prefix(120))"
        XCTAssertFalse(q.basis?.isEmpty ?? true, "no basis recorded: \(label)")
        let sentences = q.evidence.compactMap { id -> Int? in
            guard case .sentence(let p, let n)? = ModelID(id) else { return nil }
            return m.sentenceIndex(paragraph: p, number: n)
        }
        XCTAssertEqual(sentences.count, q.evidence.count, "evidence ids resolve: \(label)")
        let texts = sentences.map { c.text($0) }
        // Nothing quoted (an attribution question asks whose words they are, so it may quote them).
        if q.kind != .attribution {
            for i in sentences { XCTAssertFalse(c.isQuoted(i), "from quoted text: \(label)") }
        }
        if let options = q.options {
            XCTAssertEqual(Set(options.map { $0.lowercased() }).count, options.count, "an option twice: \(label)")
            if q.order == nil { XCTAssertEqual(options.filter { $0 == q.answer }.count, 1, "one right option: \(label)") }
        }
        func inEvidence(_ s: String) -> Bool {
            var bare = s.hasSuffix(" …") ? String(s.dropLast(2)) : s
            if bare.hasPrefix("… ") { bare.removeFirst(2) }
            return texts.contains { $0.contains(bare) }
        }
        switch q.kind {
        case .cloze:
            XCTAssertTrue(inEvidence(q.answer), "answer in its evidence: \(label)")
            let stem = PorterStemmer()
            let gapWords = Set(AnswerText.words(q.answer).filter(AnswerText.isContent).filter { $0.first?.isNumber != true }.map(stem.stem))
            let promptWords = AnswerText.words(q.prompt.replacingOccurrences(of: "Fill the gap:", with: "")).map(stem.stem)
            XCTAssertTrue(gapWords.isDisjoint(with: promptWords), "the gap's answer is in the same sentence: \(label) → \(q.answer)")
            if let r = q.prompt.range(of: "_____") {
                let before = q.prompt[..<r.lowerBound].lowercased()
                let previous = before.split(separator: " ").last.map(String.init) ?? ""
                XCTAssertFalse(previous.first?.isNumber == true, "the gap cuts a figure from its phrase: \(label)")
                XCTAssertFalse(ClozeGenerator.degreeWords.contains(previous), "the gap cuts an adjective from its degree word: \(label)")
                if q.basis?.contains("key term") == true {
                    XCTAssertFalse(ClozeGenerator.gluesNameToWords(q.answer), "the answer runs from a name into other words: \(label)")
                }
                if ["the", "this", "that", "these", "those"].contains(previous), !q.answer.contains(" "),
                   q.answer.first?.isLowercase == true {
                    XCTAssertFalse(ClozeGenerator().isMostlyNoun(q.answer.lowercased(), Lexicon.shared),
                                   "one common noun after a definite determiner (anything named before fits): \(label)")
                }
                let vowel = q.answer.first.map { "aeiouAEIOU".contains($0) } ?? false
                if before.hasSuffix(" a ") { XCTAssertFalse(vowel, "a before a vowel: \(label)") }
                if before.hasSuffix(" an ") { XCTAssertTrue(vowel, "an before a consonant: \(label)") }
            }
        case .trueFalse:
            let statement = String(q.prompt.dropFirst("True or false? “".count).dropLast())
            for i in sentences { XCTAssertFalse(c.reportsAnotherView(i), "a view given to someone else: \(label)") }
            if q.answer == "True" {
                XCTAssertTrue(texts.contains(statement), "a true statement is the essay's: \(label)")
            } else {
                XCTAssertFalse(m.text.contains(statement), "a false statement the essay makes: \(label)")
                // A pattern counts only when the change made it: the essay's own wording ("we can not") is its own.
                func count(_ pattern: String, _ text: String) -> Int {
                    (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]))?
                        .numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) ?? 0
                }
                for pattern in Self.badNegations {
                    XCTAssertLessThanOrEqual(count(pattern, statement), texts.map { count(pattern, $0) }.reduce(0, +),
                                             "bad negation \(pattern): \(label)")
                }
            }
        case .thesis, .reason:
            XCTAssertTrue(inEvidence(q.answer), "answer in its evidence: \(label)")
        case .objection:
            XCTAssertTrue(inEvidence(q.answer), "answer in its evidence: \(label)")
        case .attribution:
            XCTAssertTrue(texts.contains { $0.lowercased().contains(q.answer.lowercased()) }, "holder in its evidence: \(label)")
        case .match:
            XCTAssertTrue(headings.contains(q.answer), "a section named only by its heading: \(label)")
            for o in q.options ?? [] { XCTAssertTrue(headings.contains(o), "option not a heading: \(label)") }
        case .order:
            for item in q.order ?? [] { XCTAssertTrue(inEvidence(item), "order item in its evidence: \(label)") }
            XCTAssertFalse(OrderGenerator.numbersItsSteps(sentences, c), "the items' ordinals give the order away: \(label)")
        case .role:
            XCTAssertTrue(RoleGenerator.descriptions.values.contains(q.answer), label)
        case .evidence:
            XCTAssertTrue(EvidenceGenerator.names.values.contains(q.answer), "evidence key is a named kind: \(label)")
        case .explain:
            for p in q.keyPoints ?? [] { XCTAssertTrue(p.sentence.map { texts.contains($0) } ?? false, "key point from its evidence: \(label)") }
        case .card:
            XCTFail("generators never make cards: \(label)")
        }
    }
}
