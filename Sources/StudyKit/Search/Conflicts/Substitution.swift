/// Another thing in the same place: a statement that names a place, thing, person or body the passage never names,
/// where the sentence, in the same role, names another of the same kind ("the meeting at the library" where it
/// says "the meeting in the town hall", "the parish council owns" where it says "the county council, which owns",
/// "born in Weymouth" where it says "born in Lyme Regis"). The role is read from the words around it:
/// - the word before a noun the sentence shares ("parish council" against "county council");
/// - the object of a preposition after a word the sentence shares, within a few words of it ("meeting … at the
///   library" against "meeting in the town hall").
/// The statement's word is unsupported when no word of the passage (the sentence's paragraph and the sentences
/// either side) has its stem or a sense in common with it, one step broader or narrower, derived from it or a part
/// or whole of it (WordNet). Two words are of the same kind when both are names (written with a capital inside a
/// sentence), or when one of the two most frequent senses of each is filed by WordNet under the same kind: places and things
/// (locations, natural objects, artefacts) or people and bodies (persons, groups).
enum Substitution {
    /// Prepositions that put a noun in a role (where, from where, by whom): a closed class WordNet does not list.
    static let prepositions: Set<String> = ["in", "at", "on", "beside", "near", "by", "from", "to", "into", "inside",
                                            "outside", "within", "across", "behind", "under", "over", "along", "around",
                                            "through", "towards", "toward", "between", "among", "onto", "upon", "off"]
    /// Whether the name that ends at `j` in `words` (its words those `isName` accepts) stands after "of" or a
    /// preposition, and so belongs to the noun before it ("Fiona Marsh of Halden will run"): it acts in no verb.
    static func nameFollowsPreposition(endingAt j: Int, in words: [String], isName: (String) -> Bool) -> Bool {
        var first = j
        while first > 0, isName(words[first - 1]) { first -= 1 }
        return first > 0 && (words[first - 1] == "of" || prepositions.contains(words[first - 1]))
    }
    /// How many words after a shared word a preposition of the same role may stand.
    static let window = 8

    /// The first word of the statement the passage does not support while the sentence has, in the same role,
    /// another of the same kind the statement does not name, as each writes it. `names` are the words of either
    /// text written as names (lower-case).
    static func replaced(statement: [String], sentence: [String], passage: [String], names: Set<String>,
                         lexicon: Lexicon) -> (statement: String, sentence: String)? {
        guard lexicon.isAvailable else { return nil }
        let stemmer = PorterStemmer()
        let passageSupport = WordSupport(passage, lexicon: lexicon), statementSupport = WordSupport(statement, lexicon: lexicon)
        func isContent(_ w: String) -> Bool { WordSupport.isContent(w, lexicon: lexicon) }
        /// A name, or a word WordNet knows as a noun in at least as many senses as in any other part of speech
        /// ("river"; not "religious", an adjective first).
        func isNoun(_ w: String) -> Bool {
            if names.contains(w) { return true }
            var most: [Lexicon.PartOfSpeech: Int] = [:]
            for (lemma, pos) in lexicon.lemmas(of: w) { most[pos] = max(most[pos] ?? 0, lexicon.senseCount(of: lemma, pos)) }
            guard let nouns = most[.noun] else { return false }
            return most.values.allSatisfy { $0 <= nouns }
        }
        func kind(_ w: String) -> Set<Int> {
            var kinds: Set<Int> = names.contains(w) ? [-1] : []
            for c in lexicon.nounClasses(of: w).prefix(2) {
                switch c {
                case .location, .object, .artifact: kinds.insert(0)
                case .person, .group: kinds.insert(1)
                default: break
                }
            }
            return kinds
        }
        func sameKind(_ a: String, _ b: String) -> Bool { !kind(a).isDisjoint(with: kind(b)) }
        /// The noun phrase starting at `k` ("the sloping ring road"): its head ("ring road", a compound WordNet
        /// knows, "_" for spaces, or the last word; a name's words) and its content words as written.
        func phrase(at k: Int, in words: [String]) -> (head: String, text: String)? {
            var i = k
            while i < words.count, SentenceScope.determiners.contains(words[i]) { i += 1 }
            var run: [String] = []
            while i < words.count, isContent(words[i]), !prepositions.contains(words[i]) { run.append(words[i]); i += 1 }
            guard let last = run.last else { return nil }
            if names.contains(run[0]) {
                let name = run.prefix { names.contains($0) }.joined(separator: " ")
                return (run[0], name)
            }
            let compound = run.suffix(2).joined(separator: " ")
            let head = run.count >= 2 && !lexicon.lemmas(of: compound).isEmpty ? compound : last
            return (head, run.joined(separator: " "))
        }
        /// Whether the sentence's phrase names another thing of the statement word's kind, which the statement
        /// does not name.
        func opposes(_ said: String, _ given: (head: String, text: String)) -> Bool {
            !given.head.split(separator: " ").contains { statementSupport.supports(String($0)) }
                && isNoun(given.head) && sameKind(said, given.head)
        }
        for (i, said) in statement.enumerated() where isContent(said) && isNoun(said) {
            guard !kind(said).isEmpty, !passageSupport.supports(said) else { continue }
            // A modifier of a noun the sentence shares, which the sentence modifies by another word.
            if i + 1 < statement.count, isContent(statement[i + 1]) {
                let head = stemmer.stem(statement[i + 1])
                for j in sentence.indices.dropFirst() where stemmer.stem(sentence[j]) == head {
                    let other = sentence[j - 1]
                    // People and bodies as modifiers are left to `Actor` ("residents use" against "people use").
                    if isContent(other), opposes(said, (other, other)), !kind(said).intersection(kind(other)).isSubset(of: [1]) {
                        return (said, other)
                    }
                }
            }
            // The object of a preposition after a word the sentence shares.
            var p = i - 1
            while p >= 0, SentenceScope.determiners.contains(statement[p]) { p -= 1 }
            guard p >= 0, prepositions.contains(statement[p]) else { continue }
            let anchors = Set(statement[max(0, p - window)..<p].filter(isContent).map(stemmer.stem))
            for (j, w) in sentence.enumerated() where anchors.contains(stemmer.stem(w)) {
                for k in (j + 1)..<min(sentence.count, j + 1 + window) where prepositions.contains(sentence[k]) {
                    if let given = phrase(at: k + 1, in: sentence), opposes(said, given) { return (said, given.text) }
                }
            }
        }
        return nil
    }

    /// Prepositions that give one role: where; from or by whom; for whom or what.
    static let roles: [Set<String>] = [prepositions.subtracting(["by", "from"]), ["by", "from"], ["for"]]

    /// Another name in the role a shared word gives ("cooked in Edinburgh" where the sentence says "cooked … in
    /// Glasgow", "a grant from the county council" where it says "a grant of £85,000 from the National Heritage Fund"),
    /// the statement's one standing in the passage for something else, or not at all: not within three words of the
    /// sentence's ("Westhay in Somerset" is one place within another), nor near the shared word in the sentence. One of
    /// the two is a name (of no time: "in May"), the other a name or a noun WordNet files first as a place or a body,
    /// and neither has all the other's words ("the Heritage Fund" is "the National Lottery Heritage Fund") nor is,
    /// by WordNet, the other or a part of it ("Britain", "the United Kingdom"; `WordSupport`); a phrase
    /// that is no name has two words or more, and when it is the statement's the passage names it.
    static func renamed(statement: [String], sentence: [String], passage: [String], names: Set<String>,
                        lexicon: Lexicon) -> (statement: String, sentence: String)? {
        guard lexicon.isAvailable else { return nil }
        let stemmer = PorterStemmer()
        func role(_ p: String) -> Int? { roles.firstIndex { $0.contains(p) } }
        /// The name, or the noun phrase whose head is a place or a body, after the preposition at `k`.
        func filler(after k: Int, in words: [String]) -> [String]? {
            var i = k + 1
            while i < words.count, SentenceScope.determiners.contains(words[i]) { i += 1 }
            let run = Array(words[i...].prefix { WordSupport.isContent($0, lexicon: lexicon) && !prepositions.contains($0) })
            guard let first = run.first, let last = run.last else { return nil }
            if names.contains(first) {
                let name = Array(run.prefix { names.contains($0) })
                return name.contains { lexicon.nounClasses(of: $0).first == .time } ? nil : name
            }
            return [.location, .group].contains(lexicon.nounClasses(of: last).first ?? .other) ? run : nil
        }
        /// A name, or a phrase of two words or more ("the county council", not "the town"), which the statement's
        /// passage names too when it is the statement's: a body or place of the essay's.
        func specific(_ filler: [String], statement: Bool) -> Bool {
            names.contains(filler[0]) || (filler.count >= 2 && (!statement || filler.allSatisfy(passage.contains)))
        }
        /// Whether WordNet gives the two one sense, or one as a part of the other ("Britain", "the United Kingdom";
        /// "Baghdad", "Iraq"), as phrases or word by word (the words the two do not share).
        func kin(_ a: [String], _ b: [String]) -> Bool {
            let whole = lexicon.meaning(of: b.joined(separator: " "), opposites: false), support = WordSupport(b, lexicon: lexicon)
            return [a.joined(separator: " ")].contains { lexicon.meaning(of: $0, opposites: false).isSynonym(of: whole) }
                || [a.joined(separator: " ")].contains { lexicon.meaning(of: $0, opposites: false).isPartOrWhole(of: whole) }
                || a.contains(where: support.supports)
        }
        let passageStems = passage.map(stemmer.stem)
        /// Whether the passage names a word of `a` within three words of one of `b` (stems).
        func together(_ a: Set<String>, _ b: Set<String>) -> Bool {
            let at = passageStems.indices.filter { a.contains(passageStems[$0]) }, bt = passageStems.indices.filter { b.contains(passageStems[$0]) }
            return at.contains { x in bt.contains { abs($0 - x) <= 3 } }
        }
        for (k, p) in statement.enumerated() {
            guard let r = role(p), let said = filler(after: k, in: statement) else { continue }
            let anchors = Set(statement[max(0, k - window)..<k].filter { WordSupport.isContent($0, lexicon: lexicon) }.map(stemmer.stem))
            for (j, w) in sentence.enumerated() where anchors.contains(stemmer.stem(w)) {
                for q in (j + 1)..<min(sentence.count, j + 1 + window) where role(sentence[q]) == r {
                    guard let given = filler(after: q, in: sentence), specific(said, statement: true), specific(given, statement: false),
                          names.contains(said[0]) || names.contains(given[0]) else { continue }
                    let own = Set(said.map(stemmer.stem)).subtracting(given.map(stemmer.stem))
                    let other = Set(given.map(stemmer.stem)).subtracting(said.map(stemmer.stem))
                    let near = sentence[max(0, j - window)..<min(sentence.count, q + 1 + window)].map(stemmer.stem)
                    if own.isEmpty || other.isEmpty || near.contains(where: own.contains) || together(own, other)
                        || kin(said.filter { own.contains(stemmer.stem($0)) }, given.filter { other.contains(stemmer.stem($0)) }) { continue }
                    return (said.joined(separator: " "), given.joined(separator: " "))
                }
            }
        }
        return nil
    }
}
