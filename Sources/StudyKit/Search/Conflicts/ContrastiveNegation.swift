/// A "not" that sets one thing against another instead of denying a clause: "the drawn games, not the losses, kept
/// the team down" says that the drawn games did. A clause's own "not" follows an auxiliary, a modal or a form of "be",
/// "have" or "do" ("did not", "will not", "is not"), or comes before an infinitive ("decided not to"); a contrastive
/// one follows a noun and comes before the noun phrase it sets aside, an article or possessive first.
enum ContrastiveNegation {
    /// Words after which "not" denies the clause.
    static let auxiliaries: Set<String> = SentenceScope.auxiliaries.union(["be", "been", "being", "am", "must", "shall", "ought",
                                                                           "why", "if", "or", "whether"])
    /// Whether the "not" at `i` of `words` (lower-case) sets a noun phrase against another rather than denying.
    static func isContrastive(at i: Int, in words: [String]) -> Bool {
        guard words[i] == "not", i > 0, i + 1 < words.count else { return false }
        return !auxiliaries.contains(words[i - 1]) && !words[i - 1].hasSuffix("n't") && SentenceScope.determiners.contains(words[i + 1])
    }

    /// A statement's words with each contrastive "not" blanked: what it denies, if anything, is denied elsewhere.
    /// (A sentence's contrastive "not" still counts as a denial a denying statement may agree with.)
    static func masked(_ words: [String]) -> [String] {
        words.indices.map { isContrastive(at: $0, in: words) ? "" : words[$0] }
    }
}
