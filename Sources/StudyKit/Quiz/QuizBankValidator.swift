import Foundation

/// Checks a quiz bank's JSON before it is decoded, so each mistake is named by its place
/// (`Quizzes/x.json: questions[3].answer: missing`).
struct QuizBankValidator {
    let name: String

    func fail(_ path: String, _ problem: String) -> QuizBankError { QuizBankError("\(name): \(path): \(problem)") }

    func validate(_ object: Any) throws(QuizBankError) {
        guard let bank = object as? [String: Any] else { throw QuizBankError("\(name): the top level must be an object") }
        guard let version = bank["schemaVersion"] else { throw fail("schemaVersion", "missing (write \"schemaVersion\": 1)") }
        guard let v = JSONNumbers.integer(version) else { throw fail("schemaVersion", "must be a whole number") }
        if let seed = bank["seed"], !(seed is NSNull), JSONNumbers.unsigned(seed) == nil {
            throw fail("seed", "must be a whole number from 0 to \(UInt64.max)")
        }
        if v > QuizBank.schemaVersion {
            throw fail("schemaVersion", "\(v) is newer than this study reads (\(QuizBank.schemaVersion)); update study")
        }
        if v < 1 { throw fail("schemaVersion", "must be 1 or more") }
        guard let essay = bank["essay"] else { throw fail("essay", "missing (write \"essay\": {} at least)") }
        guard let essayObject = essay as? [String: Any] else { throw fail("essay", "must be an object") }
        for key in ["title", "source", "contentHash"] where essayObject[key] != nil && !(essayObject[key] is String) {
            throw fail("essay.\(key)", "must be text")
        }
        guard let questions = bank["questions"] else { throw fail("questions", "missing") }
        guard let list = questions as? [Any] else { throw fail("questions", "must be a list") }
        if list.isEmpty { throw fail("questions", "is empty; a bank needs at least one question") }
        for (i, q) in list.enumerated() { try validateQuestion(q, path: "questions[\(i)]") }
    }

    private func validateQuestion(_ q: Any, path: String) throws(QuizBankError) {
        guard let q = q as? [String: Any] else { throw fail(path, "must be an object") }
        func text(_ key: String, required: Bool = true) throws(QuizBankError) -> String? {
            guard let value = q[key] else {
                if required { throw fail("\(path).\(key)", "missing") }
                return nil
            }
            guard let s = value as? String else { throw fail("\(path).\(key)", "must be text") }
            if required && s.trimmingCharacters(in: .whitespaces).isEmpty { throw fail("\(path).\(key)", "is empty") }
            return s
        }
        func texts(_ key: String, required: Bool = false) throws(QuizBankError) -> [String]? {
            guard let value = q[key] else {
                if required { throw fail("\(path).\(key)", "missing") }
                return nil
            }
            guard let list = value as? [Any] else { throw fail("\(path).\(key)", "must be a list of text") }
            var out: [String] = []
            for (j, item) in list.enumerated() {
                guard let s = item as? String else { throw fail("\(path).\(key)[\(j)]", "must be text") }
                out.append(s)
            }
            return out
        }
        let kindName = try text("kind")!
        guard let kind = QuestionKind(rawValue: kindName) else {
            let kinds = QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail("\(path).kind", "'\(SafeText.clean(kindName, limit: 40))' is not a kind; use one of \(kinds)")
        }
        _ = try text("prompt")
        let answer = try text("answer")!
        _ = try texts("accepted")
        _ = try texts("hints")
        _ = try text("explanation", required: false)
        _ = try text("section", required: false)
        let evidence = try texts("evidence", required: true)!
        if evidence.isEmpty { throw fail("\(path).evidence", "is empty; name the sentence(s) that hold the answer, e.g. [\"S6.3\"]") }
        for (j, id) in evidence.enumerated() {
            guard case .sentence? = ModelID(id) else { throw fail("\(path).evidence[\(j)]", "'\(SafeText.clean(id, limit: 40))' is not a sentence id like S6.3") }
        }
        let options = try texts("options")
        let order = try texts("order")
        if let options {
            let counts = QuestionCheck.optionCounts
            if !counts.contains(options.count) {
                throw fail("\(path).options", "has \(options.count) options; a question has \(counts.lowerBound) to \(counts.upperBound)")
            }
            if Set(options).count != options.count { throw fail("\(path).options", "has the same option twice") }
            if order == nil && !options.contains(answer) {
                throw fail("\(path).answer", "'\(SafeText.clean(answer, limit: 60))' is not one of the options")
            }
        }
        if kind == .order {
            guard let order, let options else { throw fail("\(path).order", "an order question needs options and order") }
            if Set(order) != Set(options) { throw fail("\(path).order", "must list the same items as options") }
        }
        if kind == .explain {
            guard let points = q["keyPoints"] as? [Any], !points.isEmpty else {
                throw fail("\(path).keyPoints", "missing; an explain question needs key points")
            }
            for (j, p) in points.enumerated() {
                guard let p = p as? [String: Any], p["point"] is String, let words = p["words"] as? [String], !words.isEmpty else {
                    throw fail("\(path).keyPoints[\(j)]", "needs \"point\" (text) and \"words\" (a non-empty list of text)")
                }
            }
        }
    }
}
