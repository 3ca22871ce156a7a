import Foundation

/// Reads a session file of any schema version this study knows: older ones are upgraded step by step to the current
/// one, newer ones are refused with a message saying to update study.
public enum SessionUpgrade {
    /// Decodes a session file. `name` is how the file is named in messages (its path).
    public static func decode(_ data: Data, name: String) throws(SessionError) -> StudySession {
        guard !data.isEmpty else { throw SessionError("\(name): empty file, not a session") }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw SessionError("\(name): not a session file (not valid JSON)")
        }
        guard var dictionary = object as? [String: Any] else {
            throw SessionError("\(name): not a session file (expected a JSON object)")
        }
        let version: Int
        if let value = dictionary["schemaVersion"] {
            guard let n = JSONNumbers.integer(value) else {
                throw SessionError("\(name): schemaVersion: must be a whole number (1 for this study)")
            }
            version = n
        } else {
            version = 0  // the draft format had none
        }
        if let place = JSONScan.duplicateKey(in: data) {
            throw SessionError("\(name): \(place): the key appears twice; keep one")
        }
        if version > StudySession.currentSchemaVersion {
            throw SessionError("\(name): made by a newer study (schema \(version)); update study to open it")
        }
        if version < 0 { throw SessionError("\(name): not a session file (schemaVersion \(version))") }
        var v = version
        while v < StudySession.currentSchemaVersion {
            upgrade(from: v, &dictionary, name: name)
            v += 1
        }
        do {
            let upgraded = version == StudySession.currentSchemaVersion
                ? data : try JSONSerialization.data(withJSONObject: dictionary)
            let session = try StudySession.decoder.decode(StudySession.self, from: upgraded)
            try SessionCheck.validate(session, name: name)
            return session
        } catch let error as SessionError {
            throw error
        } catch let error as DecodingError {
            throw SessionError("\(name): not a session file (\(describe(error)))")
        } catch {
            throw SessionError("\(name): not a session file")
        }
    }

    /// One step. Schema 0 is the draft written before the format was documented: no `schemaVersion`,
    /// `studyVersion`, `seeds`, `updatedAt` or essay `text`, and `essay.hash` instead of `essay.contentHash`.
    static func upgrade(from version: Int, _ d: inout [String: Any], name: String) {
        switch version {
        case 0:
            d["schemaVersion"] = 1
            if d["studyVersion"] == nil { d["studyVersion"] = "unknown" }
            if d["id"] == nil { d["id"] = ((name as NSString).lastPathComponent as NSString).deletingPathExtension }
            if d["updatedAt"] == nil, let created = d["createdAt"] { d["updatedAt"] = created }
            if d["events"] == nil { d["events"] = [Any]() }
            if var essay = d["essay"] as? [String: Any] {
                if essay["contentHash"] == nil, let hash = essay["hash"] { essay["contentHash"] = hash }
                essay["hash"] = nil
                if essay["text"] == nil { essay["text"] = "" }
                if essay["title"] == nil { essay["title"] = essay["source"] ?? "" }
                d["essay"] = essay
            }
            let events = d["events"] as? [[String: Any]] ?? []
            if d["seeds"] == nil {
                d["seeds"] = events.compactMap { $0["kind"] as? String == "quiz-started" ? $0["seed"] : nil }
            }
        case 1:
            // Schema 2 keeps the essay's text beside the sessions; a schema 1 file's inline text is read as it is.
            d["schemaVersion"] = 2
        default:
            break
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ c: DecodingError.Context) -> String {
            c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let c): return "missing \(path(c).isEmpty ? "" : path(c) + ".")\(key.stringValue)"
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return "wrong type at \(path(c))"
        case .dataCorrupted(let c): return "bad value at \(path(c)): \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// A session that cannot be read, found or written; `message` is one line naming the file.
public struct SessionError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
