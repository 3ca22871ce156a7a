/// The people found so far, indexed by every form their names can be shortened to, so that a name finds the people
/// it can stand for without being compared with all the others (`EntityPass.isShortForm`, answered by lookup).
///
/// A person's name (lower case, "Jr."/"Sr." left out, joined Arabic particles dropped: "nouri maliki") is filed
/// under the name itself and under every choice of its words, in order, that keeps its last word ("maliki",
/// "nouri maliki"); a name of two words or more is also filed under its first name. Names are at most a handful of
/// words, so a person is filed under a few keys; a longer name is kept aside and compared word by word.
struct PersonIndex {
    /// People (their numbers, in the order they were added) under each short form of their names.
    private var byShortForm: [String: [Int]] = [:]
    /// People under their first name, for names of two words or more.
    private var byFirstName: [String: [Int]] = [:]
    /// People whose names have too many words to file every short form.
    private var longNames: [(person: Int, words: [String])] = []

    /// Names of more words than this are compared one by one (2^(words-1) short forms each otherwise).
    private static let maxFiledWords = 9

    /// Files a person under the forms of a name, given as `Found.words`.
    mutating func add(_ person: Int, words: [String]) {
        let full = Self.normalizedFull(words)
        guard let last = full.last else { return }
        if full.count >= 2 { byFirstName[full[0], default: []].append(person) }
        if full.count > Self.maxFiledWords {
            longNames.append((person, full))
            return
        }
        let head = full.count - 1
        var keys = Set<String>()
        for mask in 0..<(1 << head) {
            var key = ""
            for j in 0..<head where mask & (1 << j) != 0 { key += full[j] + " " }
            key += last
            if keys.insert(key).inserted { byShortForm[key, default: []].append(person) }
        }
    }

    /// The people a name can stand for, in the order they were added: the same name, some of its words in order
    /// with the same last word, or (when `firstNameAllowed` and the name is one word) the first name alone.
    func people(named words: [String], firstNameAllowed: Bool) -> [Int] {
        let short = words.map(EntityPass.withoutParticle)
        guard let last = short.last else { return [] }
        var found = byShortForm[short.joined(separator: " ")] ?? []
        var merge = false
        if short.count == 1, firstNameAllowed, let first = byFirstName[last] {
            found += first
            merge = true
        }
        for (person, full) in longNames where Self.isShortForm(short, of: full, firstNameAllowed: firstNameAllowed) {
            found.append(person)
            merge = true
        }
        if merge {
            found.sort()
            var unique: [Int] = []
            for p in found where p != unique.last { unique.append(p) }
            found = unique
        }
        return found
    }

    /// A name's words as a fuller name is compared: "Jr." and "Sr." left out, joined particles dropped.
    static func normalizedFull(_ words: [String]) -> [String] {
        words.filter { $0 != "jr" && $0 != "sr" }.map(EntityPass.withoutParticle)
    }

    /// Whether the normalised name `short` is a form of the normalised fuller name `full`.
    static func isShortForm(_ short: [String], of full: [String], firstNameAllowed: Bool) -> Bool {
        guard let last = short.last, !full.isEmpty else { return false }
        if short == full { return true }
        if short.count == 1, firstNameAllowed, full.count >= 2, full[0] == last { return true }
        guard last == full.last, short.count < full.count else { return false }
        var k = 0
        for w in full where k < short.count && w == short[k] { k += 1 }
        return k == short.count
    }
}
