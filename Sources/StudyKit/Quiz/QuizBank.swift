import Foundation

/// A saved quiz: its questions with answers and evidence, and the identity of the essay it was made for. Written by
/// `quiz save`, or by hand (see `docs/quiz-bank.md` and `docs/quiz-bank.schema.json`).
public struct QuizBank: Codable, Equatable, Sendable {
    public static let schemaVersion = 1

    /// The essay a bank was made for.
    public struct Essay: Codable, Equatable, Sendable {
        public var title: String?
        public var source: String?
        /// SHA-256 of the essay's normalised text (`KnowledgeModel.contentHash`).
        public var contentHash: String?

        public init(title: String?, source: String?, contentHash: String?) {
            self.title = title
            self.source = source
            self.contentHash = contentHash
        }
    }

    public var schemaVersion: Int
    public var title: String?
    public var essay: Essay
    /// The seed the questions were made with, if made by study.
    public var seed: UInt64?
    public var questions: [Question]

    public init(title: String?, essay: Essay, seed: UInt64?, questions: [Question]) {
        schemaVersion = Self.schemaVersion
        self.title = title
        self.essay = essay
        self.seed = seed
        self.questions = questions
    }

    /// A bank of questions made for a model.
    public init(title: String?, model: KnowledgeModel, seed: UInt64?, questions: [Question]) {
        self.init(title: title, essay: Essay(title: model.title, source: model.source.name, contentHash: model.contentHash),
                  seed: seed, questions: questions)
    }

    /// Encodes as pretty, key-sorted JSON.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads and checks a bank. Every problem is reported with its place (`questions[3].answer: missing`), and a bank
    /// with any problem is refused whole, never run half-loaded.
    public static func load(_ data: Data, name: String) throws(QuizBankError) -> QuizBank {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw QuizBankError("\(name): not valid JSON (\(Self.describe(error))); check it with a JSON linter")
        }
        if let place = JSONScan.duplicateKey(in: data) {
            throw QuizBankError("\(name): \(place): the key appears twice; keep one")
        }
        try QuizBankValidator(name: name).validate(object)
        let bank: QuizBank
        do { bank = try JSONDecoder().decode(QuizBank.self, from: data) } catch let error as DecodingError {
            throw QuizBankError("\(name): not a quiz bank (\(SessionUpgrade.describe(error)))")
        } catch {
            throw QuizBankError("\(name): not a quiz bank")
        }
        for (i, q) in bank.questions.enumerated() {
            if let p = QuestionCheck.problem(q) { throw QuizBankError("\(name): questions[\(i)].\(p.place): \(p.problem)") }
        }
        return bank
    }

    private static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
        return text.split(separator: "\n").first.map(String.init) ?? text
    }
}

/// Why a bank cannot be used; the message names the file and the exact place.
public struct QuizBankError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
