import Foundation

/// The folder of corrections files, one per essay: `STEM-HASH16.json`, where HASH16 is the first 16 hex digits of
/// the essay's content hash. An essay finds its own file by its hash; when there is none, the newest file of an
/// essay with the same file name stands in for it (the text changed since), and what still fits is applied.
/// Files are written only through `AtomicFile`.
public struct CorrectionsStore: Sendable {
    /// How the file for an essay was found.
    public enum Found: Sendable {
        /// No file for this essay.
        case none
        /// The essay's own file.
        case exact(CorrectionsFile, path: String)
        /// A file made on another version of the essay (same file name, other text).
        case changed(CorrectionsFile, path: String)
        /// A file that cannot be used: the model stays uncorrected and the file is never overwritten.
        case unreadable(path: String, problem: CorrectionsError)
    }

    public let folder: String
    /// Writes a whole file atomically (a stand-in in tests).
    public var write: @Sendable (Data, String) throws -> Void = { try AtomicFile.write($0, to: $1) }

    public init(folder: String) {
        self.folder = folder
    }

    /// The file of an essay: `albright-iraq-2007-3f2a…(16).json`.
    public func path(for model: KnowledgeModel) -> String {
        folder + "/" + Self.fileStem(model.source.stem) + "-" + model.contentHash.prefix(16) + ".json"
    }

    /// Finds and reads the corrections of an essay.
    public func find(for model: KnowledgeModel) -> Found {
        let own = path(for: model)
        if FileManager.default.fileExists(atPath: own) {
            return read(own, expecting: model.contentHash)
        }
        // Another version of the same essay: `STEM-` and 16 hex digits, the newest first.
        let prefix = Self.fileStem(model.source.stem) + "-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return .none }
        let candidates = names.filter { name in
            guard name.hasPrefix(prefix), name.hasSuffix(".json") else { return false }
            let hash = name.dropFirst(prefix.count).dropLast(5)
            return hash.count == 16 && hash.allSatisfy(\.isHexDigit)
        }.map { folder + "/" + $0 }
        func modified(_ path: String) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
        }
        guard let newest = candidates.max(by: { (modified($0), $0) < (modified($1), $1) }) else { return .none }
        switch read(newest, expecting: nil) {
        case .exact(let file, let path): return .changed(file, path: path)
        case let other: return other
        }
    }

    /// Reads one file; `expecting` a content hash, a file for another text is refused as foreign.
    public func read(_ path: String, expecting hash: String?) -> Found {
        do {
            let file = try CorrectionsFile.read(path: path)
            if let hash, file.essay.contentHash != hash {
                return .unreadable(path: path, problem: CorrectionsError("was made for another text (\(file.essay.source))"))
            }
            return .exact(file, path: path)
        } catch {
            return .unreadable(path: path, problem: error)
        }
    }

    /// Writes an essay's corrections to its own file; returns the path.
    @discardableResult
    public func save(_ file: CorrectionsFile, for model: KnowledgeModel) throws(CorrectionsError) -> String {
        let target = path(for: model)
        do {
            try AtomicFile.makeFolders(folder)
            try write(try file.jsonData(), target)
        } catch {
            throw CorrectionsError("cannot write \(target) (\(FileErrorReason.of(error)))")
        }
        return target
    }

    /// A file stem made safe: letters, digits, `-` and `_`.
    static func fileStem(_ stem: String) -> String {
        let cleaned = String(stem.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
        let trimmed = cleaned.drop { $0 == "-" }
        return trimmed.isEmpty ? "essay" : String(trimmed.prefix(60))
    }
}
