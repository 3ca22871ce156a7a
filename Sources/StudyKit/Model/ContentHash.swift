import Crypto

extension KnowledgeModel {
    /// SHA-256 of normalised text, in hex: the essay's identity in quiz banks and sessions. Two files that differ
    /// only in line endings, BOM or spacing have the same identity.
    static func contentHash(of utf8: [UInt8]) -> String {
        SHA256.hash(data: utf8).map { String(format: "%02x", $0) }.joined()
    }
}
