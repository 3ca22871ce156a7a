/// Where an essay came from: the bundled seed or a file.
public struct EssaySource: Sendable, Equatable, Codable {
    /// A short display name: the file's name ("albright-iraq-2007.txt").
    public let name: String
    /// The path as given, or nil for the bundled essay.
    public let path: String?

    public init(name: String, path: String?) {
        self.name = name
        self.path = path
    }

    /// The name without its extension, for prompts and file names ("albright-iraq-2007").
    public var stem: String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
