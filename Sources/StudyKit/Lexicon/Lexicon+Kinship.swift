/// How near two words are in WordNet beyond sharing a sense: nouns that meet under a common, still specific, more
/// general noun ("pupils" and "children" under "juvenile"), and antonyms that hold only in a rare sense ("go" against
/// "stop" only as "start, go, get going", the 20th sense of "go").
extension Lexicon {
    /// WordNet's lexicographer file of its most general nouns ("person", "organism", "group"), `noun.Tops`: two nouns
    /// that meet only there have nothing in common worth the name.
    static let topNouns = 3

    /// Whether two nouns of people stand under one more general noun of people within `steps` links up from the two
    /// of them together (each counts its own links; 3 finds "pupil" → "young person" → "juvenile" ← "child"), where
    /// that noun is no top of WordNet's hierarchy ("person"): one may stand for the other in a paraphrase. "Teachers"
    /// and "children" meet only in "person"; groups ("government", "company") are not people.
    public func nounsMeet(_ a: String, _ b: String, steps: Int = 3) -> Bool {
        guard isAvailable else { return false }
        let up = ancestors(ofNoun: a, depth: steps), down = ancestors(ofNoun: b, depth: steps)
        return up.contains { key, d in
            (down[key].map { d + $0 <= steps } ?? false) && data[0].lexicographerFile(at: Int(key / 4)) == NounClass.person.rawValue
        }
    }

    /// Whether a noun, or one of the two nouns above it, is a member of a group `group` names, or of a kind of it
    /// ("adults" → "person", a member of "people"; "Republicans", members of the Republican Party, a "party"): the
    /// group may stand for its members in a paraphrase.
    public func isMember(_ word: String, of group: String) -> Bool {
        guard isAvailable else { return false }
        let groups = Set(synsets(ofWord: group, .noun))
        guard !groups.isEmpty else { return false }
        var frontier = synsets(ofWord: word, .noun), members: [UInt32] = []
        for _ in 0...2 where !frontier.isEmpty {
            members += frontier
            frontier = frontier.flatMap { pointers(of: $0).filter { $0.symbol == Self.hypernym }.map(\.target) }
        }
        for whole in members.flatMap({ pointers(of: $0).filter { $0.symbol == Self.memberOf }.map(\.target) }) {
            if groups.contains(whole) || pointers(of: whole).contains(where: { $0.symbol == Self.hypernym && groups.contains($0.target) }) { return true }
        }
        return false
    }

    /// Whether a noun and another word come from one word by WordNet's derivations ("savers" and "savings", both of
    /// "save"): the other names what the noun is about.
    public func sharesDerivedWord(_ noun: String, _ other: String) -> Bool {
        guard isAvailable else { return false }
        func roots(_ w: String, _ parts: [PartOfSpeech]) -> Set<String> {
            var out = Set<String>()
            for (lemma, pos) in lemmas(of: w) where parts.contains(pos) {
                for sense in synsets(of: lemma, pos) {
                    for p in pointers(of: sense) where p.symbol == Self.derived && p.target % 4 == UInt32(PartOfSpeech.verb.rawValue) {
                        out.formUnion(words(of: p.target).filter { !$0.contains(" ") })
                    }
                }
            }
            return out
        }
        let mine = roots(noun, [.noun])
        return !mine.isEmpty && !mine.isDisjoint(with: roots(other, [.noun]))
    }

    /// The senses of a noun and the nouns above them, up to `depth` links, each with its distance; nouns of
    /// `noun.Tops` are left out (and not climbed past).
    func ancestors(ofNoun word: String, depth: Int) -> [UInt32: Int] {
        var found: [UInt32: Int] = [:]
        var frontier = synsets(ofWord: word, .noun)
        for d in 0...depth where !frontier.isEmpty {
            var next: [UInt32] = []
            for key in frontier where found[key] == nil {
                if data[0].lexicographerFile(at: Int(key / 4)) == Self.topNouns { continue }
                found[key] = d
                next += pointers(of: key).filter { $0.symbol == Self.hypernym }.map(\.target)
            }
            frontier = next
        }
        return found
    }

    /// Whether WordNet's antonyms make two words opposites only through senses outside the `senses` commonest of
    /// each base form ("went" and "stopped": "go" is "stop"'s antonym only as "start, go, get going"); false when
    /// they are no antonyms in WordNet at all (then a negating prefix may still oppose them) or are opposites in a
    /// common sense ("rise", "fall").
    public func opposesOnlyInRareSenses(_ a: String, _ b: String, senses: Int = 10) -> Bool {
        guard isAvailable else { return false }
        let (everyA, everyB) = (senseSets(of: a, senses: .max), senseSets(of: b, senses: .max))
        guard !everyA.opposite.isDisjoint(with: everyB.senses) || !everyB.opposite.isDisjoint(with: everyA.senses) else { return false }
        let (x, y) = (senseSets(of: a, senses: senses), senseSets(of: b, senses: senses))
        return x.opposite.isDisjoint(with: y.senses) && y.opposite.isDisjoint(with: x.senses)
    }

    /// The `senses` commonest senses of each base form of a word, and their antonyms: direct, and those of the
    /// forms similar to or derived from them.
    private func senseSets(of word: String, senses limit: Int) -> (senses: Set<UInt32>, opposite: Set<UInt32>) {
        var senses = Set<UInt32>(), opposite = Set<UInt32>()
        for (lemma, pos) in lemmas(of: word) {
            for sense in synsets(of: lemma, pos).prefix(limit) {
                senses.insert(sense)
                for pointer in pointers(of: sense) {
                    switch pointer.symbol {
                    case Self.antonym: opposite.insert(pointer.target)
                    case Self.similar, Self.derived, Self.attribute, Self.pertainym:
                        for p in pointers(of: pointer.target) where p.symbol == Self.antonym { opposite.insert(p.target) }
                    default: break
                    }
                }
            }
        }
        return (senses, opposite)
    }
}
