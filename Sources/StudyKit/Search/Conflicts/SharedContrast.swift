/// A sentence's "not" that sets one thing against another ("were workers, not self-employed contractors") is no
/// denial of a statement that makes the same contrast in its own words ("had been workers rather than
/// self-employed"): the word after the sentence's "not" follows "rather than", "instead of" or "not" in the
/// statement.
enum SharedContrast {
    /// Words after which a statement names what it sets aside.
    static let settingAside: [[String]] = [["rather", "than"], ["instead", "of"], ["not"]]

    /// Whether the sentence's `denial` ("not", "never", "no") is answered by the statement's contrast.
    static func holds(statement: [String], sentence: [String], denial: String) -> Bool {
        guard let i = sentence.firstIndex(of: denial),
              let next = sentence[(i + 1)...].first(where: { !StopWords.english.contains($0) }) else { return false }
        return statement.indices.contains { k in
            statement[k] == next && settingAside.contains { marker in
                k >= marker.count && Array(statement[(k - marker.count)..<k]) == marker
            }
        }
    }
}
