import Crypto

extension KnowledgeModel {
    /// SHA-256 of the normalised text, in hex: the essay's identity in quiz banks and sessions. Two files that
    /// differ only in line endings, BOM or spacing have the same identity.
    public var contentHash: String {
        SHA256.hash(data: Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
