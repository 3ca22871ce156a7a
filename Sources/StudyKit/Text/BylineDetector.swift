/// Recognises the paragraph that names the essay's author, so it is kept as metadata rather than body text.
///
/// Opening form: "By Jane Doe" (at most 12 words). Closing forms, at most 30 words: a signature alone
/// ("PUBLIUS", "— Jane Doe", made of names, not ordinary words), or a person's name followed by a comma and a
/// description with no finite verb ("Madeleine K. Albright, secretary of state of the EE.UU. from 1997 to 2001."),
/// or "Jane Doe is a professor …".
enum BylineDetector {
    static func isOpeningByline(_ p: String) -> Bool {
        let words = p.split(separator: " ")
        guard words.count >= 2, words.count <= 12, let first = words.first else { return false }
        guard first == "By" || first == "BY" || first == "by" else { return false }
        return isCapitalized(words[1])
    }

    static func isClosingByline(_ p: String) -> Bool {
        var words = p.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= 30 else { return false }
        if ["—", "--", "-", "–"].contains(words[0]) { words.removeFirst() }
        else if let f = words.first, f.hasPrefix("—") || f.hasPrefix("--") {
            words[0] = String(f.drop { $0 == "—" || $0 == "-" })
        }
        guard !words.isEmpty else { return false }
        if words.first == "By" || words.first == "by" { return isCapitalized(words.dropFirst().first ?? "") }
        // A signature: one to four capitalised words with no closing stop ("Jane Doe", "PUBLIUS"), none of them an
        // ordinary word ("Thanks Everyone", "Works Cited", "Further Reading" are not names).
        if words.count <= 4, words.allSatisfy(isNameWord), let end = p.last, !".!?".contains(end),
           !words.contains(where: { ordinaryWords.contains($0.lowercased()) }) {
            return words.count >= 2 || words[0].allSatisfy { $0.isUppercase }
        }
        // A name (two to five capitalised words or initials), then a comma or "is"/"was".
        var nameLength = 0
        for w in words.prefix(5) {
            let bare = w.hasSuffix(",") ? String(w.dropLast()) : w
            guard isNameWord(bare) else { break }
            nameLength += 1
            if w.hasSuffix(",") { break }
        }
        guard nameLength >= 2 else { return false }
        let lastName = words[nameLength - 1]
        let rest = words.dropFirst(nameLength).map { $0.lowercased() }
        if lastName.hasSuffix(",") {
            return !rest.contains { finiteVerbs.contains($0.trimmingCharacters(inSet: ",.;")) }
        }
        if let verb = rest.first, verb == "is" || verb == "was" {
            return rest.dropFirst().first.map { ["a", "an", "the"].contains($0) } ?? false
        }
        return false
    }

    private static let finiteVerbs: Set<String> = [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must",
        "did", "does", "do", "said", "says", "thinks", "believes", "argues", "argued",
    ]

    /// Words that are not names: common English words and the words of a letter's closing or a list's title.
    private static let ordinaryWords: Set<String> = Set(CommonWords.english).union([
        "thanks", "thank", "regards", "sincerely", "cheers", "love", "best", "yours", "notes", "note", "sources",
        "references", "reading", "cited", "appendix", "update", "updates", "postscript", "everyone", "all",
    ])

    private static func isCapitalized<S: StringProtocol>(_ w: S) -> Bool { w.first?.isUppercase ?? false }

    /// A capitalised word or an initial ("K."), allowing a hyphen or apostrophe inside; not a function word.
    private static func isNameWord(_ w: String) -> Bool {
        guard let first = w.first, first.isUppercase, !StopWords.english.contains(w.lowercased()) else { return false }
        let letters = w.filter { $0 != "." && $0 != "-" && $0 != "'" && $0 != "’" }
        return !letters.isEmpty && letters.allSatisfy { $0.isLetter }
    }
}
