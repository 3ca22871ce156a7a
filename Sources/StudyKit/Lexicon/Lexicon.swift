import Crypto
import Foundation

/// English words and their meanings from WordNet 3.0 (Debian's `wordnet-base`, read where it is installed): the
/// base forms of a word, the synsets (senses) it belongs to, and the senses next to them: similar adjectives,
/// derivationally related forms, attributes and pertainyms; and antonyms. The files are mapped into memory when
/// first used, so the lexicon costs nothing until a quiz needs it. Without WordNet every look-up is empty and
/// callers fall back to stems.
public struct Lexicon: Sendable {
    /// WordNet's four parts of speech, in the order of their files.
    public enum PartOfSpeech: Int, CaseIterable, Sendable {
        case noun, verb, adjective, adverb
        var fileName: String { ["noun", "verb", "adj", "adv"][rawValue] }
    }

    /// The lexicon of the installed WordNet (`$WNSEARCHDIR`, else /usr/share/wordnet), opened on first use: by the
    /// quiz, the grader and `where`, never by the analysis (which reads `LexiconTable`).
    public static let shared: Lexicon = {
        sharedOpening.mark()
        return Lexicon(directory: ProcessInfo.processInfo.environment["WNSEARCHDIR"] ?? "/usr/share/wordnet")
    }()

    /// Whether this process has opened `shared` (mapped WordNet's files).
    public static var isSharedOpen: Bool { sharedOpening.isMarked }
    private static let sharedOpening = OnceFlag()

    private let index: [WordNetFile]
    let data: [WordNetFile]
    /// The irregular forms (`went verb` → `go`), one sorted file per part of speech.
    private let exceptions: [WordNetFile]
    /// Meanings already looked up, shared by every copy of a lexicon (a quiz asks about the same words again).
    private let cache: WordCache<WordMeaning>

    /// Opens WordNet's files in `directory`; a missing or partial installation gives an empty lexicon.
    public init(directory: String) {
        let base = URL(fileURLWithPath: directory)
        let index = PartOfSpeech.allCases.compactMap { WordNetFile(base.appendingPathComponent("index." + $0.fileName)) }
        let data = PartOfSpeech.allCases.compactMap { WordNetFile(base.appendingPathComponent("data." + $0.fileName)) }
        guard index.count == 4, data.count == 4 else {
            (self.index, self.data, exceptions, cache) = ([], [], [], WordCache<WordMeaning>(limit: 50_000))
            return
        }
        self.index = index
        self.data = data
        exceptions = PartOfSpeech.allCases.compactMap { WordNetFile(base.appendingPathComponent($0.fileName + ".exc")) }
        cache = WordCache<WordMeaning>(limit: 50_000)
    }

    /// Whether WordNet was found.
    public var isAvailable: Bool { !index.isEmpty }

    /// The base forms of a word (or of a phrase, words joined by spaces) that WordNet lists, with their part of
    /// speech: "went" → go (verb), "dying" → dying (noun, adjective), die (verb). WordNet's "morphy" rules.
    public func lemmas(of word: String) -> [(lemma: String, pos: PartOfSpeech)] { lemmas(of: word, in: PartOfSpeech.allCases) }

    /// The base forms of a word in some parts of speech only.
    private func lemmas(of word: String, in parts: [PartOfSpeech]) -> [(lemma: String, pos: PartOfSpeech)] {
        guard isAvailable else { return [] }
        let w = word.lowercased().split(separator: " ").joined(separator: "_")
        guard !w.isEmpty, w.utf8.count < 80 else { return [] }
        var out: [(String, PartOfSpeech)] = []
        for pos in parts {
            var candidates = [w]
            if exceptions.count == 4, let bases = exceptions[pos.rawValue].line(forKey: w) {
                candidates += bases.split(separator: " ").map(String.init)
            }
            for (suffix, ending) in Self.detachments[pos.rawValue] where w.hasSuffix(suffix) && w.count > suffix.count + 1 {
                candidates.append(String(w.dropLast(suffix.count)) + ending)
            }
            // Each candidate once (there are a handful: a list is quicker than a set).
            for (i, c) in candidates.enumerated() where !candidates[..<i].contains(c) && index[pos.rawValue].hasLine(forKey: c) {
                out.append((c, pos))
            }
        }
        return out
    }

    /// Whether WordNet knows the word in some form.
    public func isWord(_ word: String) -> Bool { !lemmas(of: word).isEmpty }

    /// How many senses a lemma has in a part of speech (how commonly it is that part of speech).
    public func senseCount(of lemma: String, _ pos: PartOfSpeech) -> Int { synsets(of: lemma, pos).count }

    /// What a word means, as far as comparing words needs: its senses, the senses next to them and their
    /// opposites.
    /// Without `opposites`, the antonyms reached through similar and derived forms are not looked up (a third of
    /// the cost), and `isOpposite` sees only direct antonyms and negating prefixes; every other comparison is the
    /// same. With them, the meaning without them is completed (each is looked up once and cached).
    public func meaning(of word: String, opposites: Bool = true) -> WordMeaning {
        let key = word.lowercased()
        let cacheKey = opposites ? key : "\u{1}" + key
        if let known = cache.get(cacheKey) { return known }
        let meaning = opposites ? withIndirectOpposites(meaning(of: key, opposites: false)) : senses(of: key)
        cache.set(cacheKey, meaning)
        return meaning
    }

    /// A word's senses, the senses next to them and their direct antonyms.
    private func senses(of key: String) -> WordMeaning {
        var senses = Set<UInt32>(), near = Set<UInt32>(), opposite = Set<UInt32>(), kin = Set<UInt32>(), parts = Set<UInt32>()
        var cluster = Set<UInt32>(), verbParents = Set<UInt32>(), mainVerbParents = Set<UInt32>()
        let lemmas = lemmas(of: key)
        for (lemma, pos) in lemmas {
            for (rank, sense) in synsets(of: lemma, pos).enumerated() {
                senses.insert(sense)
                for pointer in pointers(of: sense) {
                    switch pointer.symbol {
                    case Self.antonym: opposite.insert(pointer.target)
                    case Self.similar:
                        near.insert(pointer.target)
                        cluster.insert(pointer.target)
                    case Self.derived, Self.attribute, Self.pertainym: near.insert(pointer.target)
                    case Self.hypernym where pos == .noun, Self.hyponym where pos == .noun: kin.insert(pointer.target)
                    // A verb's more general verb, unless that is a root of the hierarchy ("change", "move"): two
                    // verbs under one such parent are two ways of doing one thing ("lower", "reduce" under
                    // "decrease").
                    case Self.hypernym where pos == .verb:
                        if hasHypernym(pointer.target) {
                            verbParents.insert(pointer.target)
                            if rank == 0 { mainVerbParents.insert(pointer.target) }
                        }
                    case Self.partOf, Self.hasPart, Self.memberOf, Self.hasMember: parts.insert(pointer.target)
                    default: break
                    }
                }
            }
        }
        return WordMeaning(word: key, known: !lemmas.isEmpty, senses: senses, near: near.subtracting(senses), kin: kin,
                           cluster: cluster, verbParents: verbParents, mainVerbParents: mainVerbParents, parts: parts,
                           opposite: opposite)
    }

    /// The meaning with the antonyms of the adjective a satellite is similar to, and of the forms a word derives
    /// from, as opposites too ("coordinated" → its head's antonym; "independence" → "independent" ↔ "dependent").
    /// The near senses that are senses of the word too add nothing: their antonyms are direct ones already.
    private func withIndirectOpposites(_ m: WordMeaning) -> WordMeaning {
        var opposite = m.opposite
        for sense in m.near {
            for pointer in pointers(of: sense) where pointer.symbol == Self.antonym { opposite.insert(pointer.target) }
        }
        return WordMeaning(word: m.word, known: m.known, senses: m.senses, near: m.near, kin: m.kin, cluster: m.cluster,
                           verbParents: m.verbParents, mainVerbParents: m.mainVerbParents, parts: m.parts,
                           opposite: opposite)
    }

    /// WordNet's lexicographer files of a noun's senses, most frequent first: what kind of thing each sense names
    /// ("critics" → [person, person], "world" → [object, group, …]). Empty when WordNet does not know it as a noun.
    public func nounClasses(of word: String) -> [NounClass] {
        guard isAvailable else { return [] }
        let lemma = lemmas(of: word, in: [.noun]).first?.lemma
        return lemma.map { synsets(of: $0, .noun).map { data[0].lexicographerFile(at: Int($0 / 4)).flatMap(NounClass.init) ?? .other } } ?? []
    }

    /// Whether a noun names someone who can hold a view, by its most frequent senses: a person ("critics", "a
    /// cynic"), a group or body ("the council") or a text that states findings ("the report"); an act that is also
    /// one of those in its next two senses ("the administration", "a study"). A place, a thing or an idea ("the
    /// world", "a city", "an arrangement") is not. The analysis reads it from `LexiconTable`, generated from this.
    public func isHolderNoun(_ word: String) -> Bool {
        let classes = nounClasses(of: word)
        guard let first = classes.first else { return false }
        let holders: Set<NounClass> = [.person, .group, .communication]
        if holders.contains(first) { return true }
        return first == .act && classes.dropFirst().prefix(2).contains { holders.contains($0) }
    }

    /// Whether a noun names a person in any of its senses, not only the most frequent ("chair": furniture first,
    /// a chairperson third; "individuals"): enough for a holder where the sentence itself reports a view ("the
    /// chair warns that …"). "The world", "a city" and "an arrangement" have no such sense.
    /// A proper name's sense ("Town", an architect) does not count.
    public func hasPersonSense(_ word: String) -> Bool {
        guard isAvailable, let lemma = lemmas(of: word, in: [.noun]).first?.lemma else { return false }
        return synsets(of: lemma, .noun).contains { key in
            data[0].lexicographerFile(at: Int(key / 4)) == NounClass.person.rawValue && !data[0].writesCapitalized(at: Int(key / 4), lemma: lemma)
        }
    }

    /// Whether a holder noun names a text that states findings rather than someone ("the report", "a survey", "the
    /// figures"): the first of its holder senses among the three most frequent is a communication. Such a holder is
    /// a source the author cites.
    public func namesText(_ word: String) -> Bool {
        guard isHolderNoun(word) else { return false }
        let holders: Set<NounClass> = [.person, .group, .communication]
        return nounClasses(of: word).prefix(3).first { holders.contains($0) } == .communication
    }

    /// The lexicographer files of nouns that matter here (`lexnames(5WN)`); every other file is `other`.
    public enum NounClass: Int, Sendable {
        case other = -1, act = 4, artifact = 6, cognition = 9, communication = 10, group = 14, location = 15, object = 17, person = 18
        case quantity = 23, time = 28
    }

    /// Whether a word (as written, lower-case) is in WordNet as an adverb only ("once", "often", "rightly"; not
    /// "still", which is also a noun and a verb).
    public func isOnlyAdverb(_ word: String) -> Bool {
        guard isAvailable, index[PartOfSpeech.adverb.rawValue].line(forKey: word) != nil else { return false }
        return [PartOfSpeech.noun, .verb, .adjective].allSatisfy { index[$0.rawValue].line(forKey: word) == nil }
    }

    /// Whether a word (as written, lower-case) is a number written out: WordNet knows it as an adjective and its most
    /// frequent noun sense is a quantity ("four", "hundred", "fifty", "million", "half"; not "pound", "many").
    public func isNumberWord(_ word: String) -> Bool {
        guard isAvailable, index[PartOfSpeech.adjective.rawValue].line(forKey: word) != nil,
              let first = synsets(of: word, .noun).first else { return false }
        return data[0].lexicographerFile(at: Int(first / 4)) == NounClass.quantity.rawValue
    }

    /// The senses of the wholes a word is part or member of, up to `depth` steps up ("Vienna" → Austria →
    /// Europe).
    public func wholes(of word: String, depth: Int = 3) -> Set<UInt32> {
        var frontier = meaning(of: word, opposites: false).senses, found = Set<UInt32>()
        for _ in 0..<depth where !frontier.isEmpty {
            var next = Set<UInt32>()
            for sense in frontier {
                for pointer in pointers(of: sense) where pointer.symbol == Self.partOf || pointer.symbol == Self.memberOf {
                    if found.insert(pointer.target).inserted { next.insert(pointer.target) }
                }
            }
            frontier = next
        }
        return found
    }

    /// The words of a word's senses, its synonyms in every sense (the word itself excluded), spaces for underscores.
    public func synonyms(of word: String) -> Set<String> {
        var out = Set<String>()
        for key in meaning(of: word, opposites: false).senses { out.formUnion(words(of: key)) }
        out.remove(word.lowercased())
        return out
    }

    /// The words of the senses that mean the same as `word` or are a form of it: its synsets and the similar,
    /// derived, attribute and pertainym forms (not the broader and narrower nouns). Cheaper than comparing meanings
    /// word by word when one word is checked against many.
    public func relatedWords(of word: String) -> Set<String> {
        let m = meaning(of: word, opposites: false)
        var out = Set<String>()
        for key in m.senses.union(m.near) { out.formUnion(words(of: key)) }
        return out
    }

    /// Like `relatedWords`, but from only the `senses` most frequent senses of each base form of the word (and the
    /// forms similar to or derived from them): the meanings a paraphrase most likely has in mind, without the
    /// rare senses that make almost any two words related ("great" as a sum of money).
    public func commonRelatedWords(of word: String, senses: Int) -> Set<String> {
        var out = Set<String>()
        for (lemma, pos) in lemmas(of: word) {
            for sense in synsets(of: lemma, pos).prefix(senses) {
                out.formUnion(words(of: sense))
                for pointer in pointers(of: sense) where pointer.symbol == Self.similar || pointer.symbol == Self.derived {
                    out.formUnion(words(of: pointer.target))
                }
            }
        }
        return out
    }

    /// Whether a noun's commonest sense lies under one of `ancestors` (synset words, "_" for spaces): "evidence"
    /// under "cognition", "residents" under "person".
    public func isNoun(_ word: String, under ancestors: Set<String>) -> Bool {
        guard let noun = lemmas(of: word).first(where: { $0.pos == .noun }) else { return false }
        var frontier = Array(synsets(of: noun.lemma, .noun).prefix(1)), seen = Set<UInt32>()
        for _ in 0..<16 where !frontier.isEmpty {
            var next: [UInt32] = []
            for sense in frontier where seen.insert(sense).inserted {
                if words(of: sense).contains(where: { ancestors.contains($0.replacingOccurrences(of: " ", with: "_")) }) { return true }
                next += pointers(of: sense).filter { $0.symbol == Self.hypernym || $0.symbol == Self.instanceHypernym }.map(\.target)
            }
            frontier = next
        }
        return false
    }

    /// Words whose senses are direct antonyms of one of the word's senses ("deep" → "shallow").
    public func antonyms(of word: String) -> Set<String> {
        var out = Set<String>()
        for key in meaning(of: word).opposite { out.formUnion(words(of: key)) }
        return out
    }

    // MARK: Files

    /// Every lemma of a part of speech, in WordNet's (byte) order, for tables generated from it.
    func allLemmas(_ pos: PartOfSpeech) -> [String] { isAvailable ? index[pos.rawValue].keys() : [] }

    /// The inflected forms in a part of speech's exception list ("children", "geese" for nouns).
    func exceptionForms(_ pos: PartOfSpeech) -> [String] { exceptions.count == 4 ? exceptions[pos.rawValue].keys() : [] }

    /// SHA-256 of WordNet's index, data and exception files, in that order (which WordNet a table came from).
    var filesDigest: String {
        var hash = SHA256()
        for file in index + data + exceptions { hash.update(data: file.bytes) }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// WordNet's licence, as its files carry it (line numbers and padding removed).
    var licence: [String] {
        guard isAvailable else { return [] }
        return index[0].licenceLines()
    }

    /// Synset keys (offset × 4 + part of speech) of a lemma, most frequent sense first.
    /// The senses of a word as written, through each of its base forms in one part of speech ("savers" → "saver").
    func synsets(ofWord word: String, _ pos: PartOfSpeech) -> [UInt32] {
        lemmas(of: word, in: [pos]).flatMap { synsets(of: $0.lemma, pos) }
    }

    func synsets(of lemma: String, _ pos: PartOfSpeech) -> [UInt32] {
        index[pos.rawValue].synsetOffsets(forKey: lemma).map { $0 * 4 + UInt32(pos.rawValue) }
    }

    /// Pointer symbols, as their one or two bytes (first byte high): constants, so a pointer's kind is told
    /// without a look-up.
    static let antonym: UInt16 = 0x2100, similar: UInt16 = 0x2600, derived: UInt16 = 0x2B00, attribute: UInt16 = 0x3D00  // ! & + =
    static let pertainym: UInt16 = 0x5C00, hypernym: UInt16 = 0x4000, hyponym: UInt16 = 0x7E00  // \ @ ~
    static let instanceHypernym: UInt16 = 0x4069  // @i
    static let partOf: UInt16 = 0x2370, hasPart: UInt16 = 0x2570, memberOf: UInt16 = 0x236D, hasMember: UInt16 = 0x256D  // #p %p #m %m

    /// Words of a synset, lower-cased, spaces for underscores, without WordNet's adjective markers ("(a)").
    func words(of key: UInt32) -> [String] {
        guard isAvailable, let pos = PartOfSpeech(rawValue: Int(key % 4)) else { return [] }
        return data[pos.rawValue].synset(at: Int(key / 4), withWords: true)?.words ?? []
    }

    /// Whether a synset has a more general synset (it is no root of its hierarchy).
    private func hasHypernym(_ key: UInt32) -> Bool {
        !hypernyms(of: key).isEmpty
    }

    /// The more general synset of a synset, its pointers read only as far as the first hypernym (WordNet lists them
    /// first; a verb or noun seldom has two).
    func hypernyms(of key: UInt32) -> [UInt32] {
        guard isAvailable, let pos = PartOfSpeech(rawValue: Int(key % 4)) else { return [] }
        return data[pos.rawValue].synset(at: Int(key / 4), withWords: false, until: Self.hypernym)?.pointers
            .filter { $0.symbol == Self.hypernym }.map(\.target) ?? []
    }

    func pointers(of key: UInt32) -> [(symbol: UInt16, target: UInt32)] {
        guard isAvailable, let pos = PartOfSpeech(rawValue: Int(key % 4)) else { return [] }
        return data[pos.rawValue].synset(at: Int(key / 4), withWords: false)?.pointers ?? []
    }

    /// Morphy's detachment rules per part of speech: an inflectional ending and what replaces it.
    static let detachments: [[(String, String)]] = [
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [],
    ]
}

/// A word's senses and their neighbours, for comparing two words by meaning.
public struct WordMeaning: Sendable, Equatable {
    public let word: String
    /// Whether WordNet knows the word in some form.
    public let known: Bool
    let senses: Set<UInt32>
    /// Senses one link away: similar adjectives, derivationally related forms, attributes, pertainyms.
    let near: Set<UInt32>
    /// Nouns one step more general or more specific ("war" under "conflict").
    let kin: Set<UInt32>
    /// For an adjective, the head (or satellites) of its cluster: two satellites of one head are near synonyms
    /// ("quick", "rapid" under "fast").
    let cluster: Set<UInt32>
    /// For a verb, its more general verbs that are not roots of the hierarchy, in every sense and in its commonest.
    let verbParents: Set<UInt32>
    let mainVerbParents: Set<UInt32>
    /// Wholes it is part or member of, and its parts and members ("England" → "United Kingdom").
    let parts: Set<UInt32>
    /// Senses of its antonyms, direct or through a similar or derived word.
    let opposite: Set<UInt32>

    /// Whether two words can mean the same: a sense in common ("country", "nation"), or one a similar, derived or
    /// attribute form of the other ("global" ~ "international", "die" ~ "death"), or a noun directly above or below
    /// the other ("war" ~ "conflict"), or two adjectives of one cluster ("quick" ~ "rapid"), or two verbs under one
    /// parent that is no root, in the commonest sense of one of them ("lower" ~ "reduce"; not "walk" ~ "run",
    /// which meet only in "accompany"). An opposite is ruled out before (`WordMatcher.match`).
    public func isSynonym(of other: WordMeaning) -> Bool {
        if word == other.word { return true }
        guard known, other.known else { return false }
        return !senses.isDisjoint(with: other.senses) || !senses.isDisjoint(with: other.near) || !near.isDisjoint(with: other.senses)
            || !senses.isDisjoint(with: other.kin) || !kin.isDisjoint(with: other.senses)
            || !cluster.isDisjoint(with: other.cluster) || !mainVerbParents.isDisjoint(with: other.verbParents)
            || !verbParents.isDisjoint(with: other.mainVerbParents)
    }

    /// Whether two nouns stand under the same more general noun, or one under the other ("coast" and "beach"
    /// under "shore"): either may fit where the other is expected.
    public func sharesKin(with other: WordMeaning) -> Bool {
        !kin.isDisjoint(with: other.kin) || !kin.isDisjoint(with: other.senses) || !senses.isDisjoint(with: other.kin)
    }

    /// Whether one names a part or member of the other, or the whole it belongs to ("England", "Britain"): a
    /// statement that swaps them may stay true.
    public func isPartOrWhole(of other: WordMeaning) -> Bool {
        !parts.isDisjoint(with: other.senses) || !other.parts.isDisjoint(with: senses)
    }

    /// Whether one word says the opposite of the other: an antonym in WordNet ("deep" ↔ "shallow"), or the other
    /// word with a negating prefix when both are words ("dependence" ↔ "independence", "stabilize" ↔ "destabilize").
    public func isOpposite(of other: WordMeaning) -> Bool {
        if !opposite.isDisjoint(with: other.senses) || !other.opposite.isDisjoint(with: senses) { return true }
        guard known, other.known else { return false }
        let (short, long) = word.count < other.word.count ? (word, other.word) : (other.word, word)
        for prefix in Self.negatingPrefixes where long.hasPrefix(prefix) {
            let rest = long.dropFirst(prefix.count)
            if rest == short || (short.count >= 5 && rest.hasPrefix(short.dropLast(2)) && abs(rest.count - short.count) <= 2) { return true }
        }
        return false
    }

    /// Prefixes that turn a word into its opposite (un-coordinated, in-dependence, de-stabilize, dis-agree).
    static let negatingPrefixes = ["un", "in", "im", "il", "ir", "dis", "de", "non", "non-", "anti"]
}

/// A flag set once and read from any thread.
final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var marked = false

    func mark() {
        lock.lock()
        marked = true
        lock.unlock()
    }

    var isMarked: Bool {
        lock.lock()
        defer { lock.unlock() }
        return marked
    }
}
