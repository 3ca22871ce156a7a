import Foundation

/// The reader's corrections and flags for one essay, as stored in `corrections/STEM-HASH.json` (see
/// docs/corrections.md and docs/corrections.schema.json). Corrections apply in the order they were made.
public struct CorrectionsFile: Codable, Equatable, Sendable {
    /// The value of `format`: marks a corrections file among other JSON files.
    public static let formatName = "study-corrections"
    /// Version of the file format; raised on every incompatible change.
    public static let currentVersion = 1
    /// Files larger than this are refused (a corrections file is a few kilobytes).
    public static let maximumBytes = 8 << 20

    /// The essay the corrections were made on.
    public struct Essay: Codable, Equatable, Sendable {
        /// `KnowledgeModel.contentHash` of the essay.
        public var contentHash: String
        /// The essay's file name (or the bundled essay's).
        public var source: String
        public var title: String
    }

    public var format = Self.formatName
    public var version = Self.currentVersion
    public var essay: Essay
    /// In effect, in the order they were made.
    public var corrections: [Correction] = []
    /// Corrections that named a part the essay no longer has (the text changed), kept so nothing is lost.
    public var setAside: [Correction] = []
    public var flags: [QuestionFlag] = []

    public init(model: KnowledgeModel) {
        essay = Essay(contentHash: model.contentHash, source: model.source.name, title: model.displayTitle)
    }

    /// Whether a question is flagged (by kind, prompt and key).
    public func isFlagged(_ question: Question) -> Bool {
        guard !flags.isEmpty else { return false }
        let key = ReviewDeck.key(question)
        return flags.contains { $0.key == key }
    }

    /// The questions that are not flagged, in order.
    public func unflagged(_ questions: [Question]) -> [Question] {
        flags.isEmpty ? questions : questions.filter { !isFlagged($0) }
    }

    /// Reads a corrections file; the error says in a few words what is wrong with it.
    public static func decode(_ data: Data) throws(CorrectionsError) -> CorrectionsFile {
        guard data.count <= maximumBytes else { throw CorrectionsError("is larger than \(maximumBytes >> 20) MB, too large for a corrections file") }
        guard let object = try? JSONSerialization.jsonObject(with: data) else {
            throw CorrectionsError("is not valid JSON (cut short or corrupt)")
        }
        guard let dict = object as? [String: Any], dict["format"] as? String == formatName else {
            throw CorrectionsError("is not a study corrections file (no \"format\": \"\(formatName)\")")
        }
        guard let version = dict["version"] as? Int else { throw CorrectionsError("has no version number") }
        guard version <= currentVersion else {
            throw CorrectionsError("is version \(version), made by a newer study (this one reads version \(currentVersion)); update study")
        }
        guard version >= 1 else { throw CorrectionsError("has version \(version), which no study wrote") }
        do {
            return try StudySession.decoder.decode(CorrectionsFile.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw CorrectionsError("lacks the field \(key.stringValue)")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
                let DecodingError.dataCorrupted(context) {
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            throw CorrectionsError("has a bad value at \(path.isEmpty ? "the top" : path)")
        } catch {
            throw CorrectionsError("does not follow the corrections format")
        }
    }

    /// Reads a corrections file from disk: only a regular file, and never more than `maximumBytes` of it (a huge
    /// file is refused before it is read whole).
    public static func read(path: String) throws(CorrectionsError) -> CorrectionsFile {
        guard EssayLoader.isRegularFile(path), let handle = FileHandle(forReadingAtPath: path) else {
            throw CorrectionsError("cannot be read (it is missing, not a plain file, or not readable)")
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumBytes + 1) ?? Data() else {
            throw CorrectionsError("cannot be read")
        }
        return try decode(data)
    }

    /// The file's JSON: pretty, keys sorted, dates in ISO 8601 (UTC).
    public func jsonData() throws -> Data {
        var data = try StudySession.encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

/// What is wrong with a corrections file, or why a correction cannot be made: a few words, without the file's name
/// (the caller names it).
public struct CorrectionsError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension CorrectionsFile {
    /// Adds a correction; an earlier one it replaces (the same kind of change to the same part) is dropped, so the
    /// file holds what is in effect, each with when it was made.
    public mutating func add(_ c: Correction) {
        let replaces: Set<Correction.Action>
        switch c.action {
        case .thesis: replaces = [.thesis]
        case .role, .evidence: replaces = [.role, .evidence]
        case .holder: replaces = [.holder]
        case .sectionName: replaces = [.sectionName]
        case .link, .unlink, .sectionSplit, .sectionMerge: replaces = []
        }
        corrections.removeAll { old in
            replaces.contains(old.action) && (old.action == .thesis && c.action == .thesis || old.quote == c.quote)
        }
        if c.action == .link || c.action == .unlink {
            corrections.removeAll { old in
                (old.action == .link || old.action == .unlink) && Set([old.quote, old.otherQuote]) == Set([c.quote, c.otherQuote])
            }
        }
        corrections.append(c)
    }

    /// Takes back the reader's role for a sentence (by its text): role, evidence kind and thesis corrections on it.
    /// Returns how many were taken back.
    @discardableResult
    public mutating func returnToModel(quote: String) -> Int {
        let before = corrections.count
        corrections.removeAll { [.role, .evidence, .thesis].contains($0.action) && $0.quote == quote }
        return before - corrections.count
    }

    /// Flags a question unless it is flagged already; returns whether it was added.
    @discardableResult
    public mutating func flag(_ question: Question, reason: String?, time: Date = Date()) -> Bool {
        guard !isFlagged(question) else { return false }
        flags.append(QuestionFlag(question, reason: reason, time: time))
        return true
    }
}
