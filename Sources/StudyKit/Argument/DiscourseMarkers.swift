/// The discourse markers and modal words the argument rules read, with what each signals (Stab & Gurevych's
/// indicator lists and the PDTB connective senses, plus modality and stance; see `docs/model-json.md`).
///
/// The lexicon is written as phrases; `DiscourseMarkers.Compiled` turns it into word numbers of one essay's
/// `Vocabulary`, so matching a sentence compares integers only.
public enum DiscourseMarkers {
    /// What a marker signals.
    public enum Cue: UInt8, Sendable, CaseIterable {
        /// This sentence gives a reason ("because", "since", "given").
        case reason
        /// This sentence draws a conclusion from what came before ("therefore", "thus", "that leaves").
        case conclusion
        /// It turns against what came before ("however", "but", "yet", "instead").
        case contrast
        /// It grants a point before answering it ("although", "admittedly", "despite").
        case concession
        /// It gives an example ("for example", "such as").
        case example
        /// It cites a source ("according to", "studies show").
        case source
        /// It adds a further point ("moreover", "furthermore").
        case addition
        /// A strong stance: the author commits to a position ("the only", "I believe", "in conclusion").
        case stance
        /// Deontic modality: something should be done ("should", "must", "ought to").
        case obligation
        /// Epistemic or future modality ("will", "would", "could", "unlikely").
        case possibility
        /// A past modal ("should have", "would have"): a judgement about the past, not a recommendation.
        case pastModal
        /// The author speaking ("I", "we", "our").
        case firstPerson
        /// Signposting: the author announces what comes next ("let us examine", "I shall now"), not a position.
        case signpost
        /// A closing summary ("in conclusion", "to sum up", "in short").
        case summary
    }

    /// A marker: its words, what it signals, and whether it only counts at the start of a sentence.
    public struct Marker: Sendable {
        public let words: [String]
        public let cue: Cue
        public let initialOnly: Bool
        public var text: String { words.joined(separator: " ") }
    }

    /// The English lexicon.
    public static let english: [Marker] = {
        var list: [Marker] = []
        func add(_ cue: Cue, initialOnly: Bool = false, _ phrases: String...) {
            for p in phrases { list.append(Marker(words: p.split(separator: " ").map(String.init), cue: cue, initialOnly: initialOnly)) }
        }
        add(.reason, "because", "since", "given", "given that", "due to", "on account of", "owing to", "inasmuch as")
        add(.reason, initialOnly: true, "for", "as")
        add(.conclusion, "therefore", "wherefore", "thus", "hence", "consequently", "as a result", "accordingly", "that leaves",
            "it follows", "this means", "which means", "we conclude", "this shows", "it is clear", "the inference")
        add(.conclusion, initialOnly: true, "so")
        add(.contrast, "however", "but", "yet", "nevertheless", "nonetheless", "instead", "on the contrary",
            "rather", "whereas", "on the other hand", "in fact", "the other way", "the opposite")
        add(.contrast, initialOnly: true, "still")
        add(.concession, "although", "though", "even though", "even if", "admittedly", "granted", "of course",
            "to be sure", "despite", "in spite of", "it is true", "notwithstanding", "i grant", "i allow", "i confess",
            "may be true", "might be true", "must be confessed", "must be admitted", "must be granted", "i admit",
            "i concede", "i understand", "we understand", "cannot deny", "can not deny", "can i deny", "freely own")
        add(.concession, initialOnly: true, "while", "perhaps")
        add(.example, "for example", "for instance", "such as", "e.g", "consider", "in the case of", "take the case")
        add(.source, "according to", "studies show", "research shows", "reports that", "the data", "survey", "surveys",
            "percent", "per cent")
        add(.addition, "moreover", "furthermore", "in addition", "additionally", "besides", "also", "likewise")
        add(.stance, "the only", "i believe", "i think", "i argue", "i contend", "i propose", "i ask", "i say",
            "i maintain", "in my opinion", "my view", "we must", "the real", "the answer", "the solution",
            "the key", "it is time", "the truth", "the remedy", "i heartily", "nothing but", "nothing can", "no other",
            "the true interest", "persuaded", "convinced", "the duty", "i ask for")
        add(.signpost, "let us examine", "let us consider", "let us now", "let us see", "let us suppose", "let us return",
            "let us turn", "i shall now", "we shall now", "i proceed", "i come now", "as i have said", "i have already",
            "i shall", "we shall see", "the question")
        add(.summary, initialOnly: true, "in conclusion", "to sum up", "in short", "in sum", "finally", "to conclude", "in a word")
        add(.obligation, "should", "must", "ought", "need to", "needs to", "have to", "has to", "let us", "it is necessary",
            "it is essential", "is necessary", "is essential", "let")
        add(.possibility, "will", "would", "could", "might", "may", "likely", "unlikely", "going to", "shall", "must be")
        add(.pastModal, "should have", "would have", "could have", "must have", "might have", "ought to have")
        add(.firstPerson, "i", "we", "our", "my", "us", "me")
        return list
    }()

    /// Words after a marker that make it no marker: "thus far", "since 2003" / "since then" (time), "so many"
    /// (degree), "has yet to" / "yet be" (time). A number after "since" is a time as well.
    static let notMarkerBefore: [String: Set<String>] = [
        "thus": ["far"],
        "since": ["then", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december", "last", "childhood", "birth", "the"],
        "so": ["many", "much", "far", "long", "few", "little", "often"],
        "yet": ["to", "be", "been", "another", "again"],
    ]

    /// A marker found in a sentence.
    public struct Match: Sendable, Equatable {
        public let cue: Cue
        /// Index into `english`.
        public let marker: Int
        /// Position of its first word in the sentence (0 = first word).
        public let offset: Int
        /// Whether it opens the sentence (possibly after "and", "but", "so").
        public let initial: Bool
    }

    /// The lexicon in one essay's word numbers: for each word number, the markers that start with it.
    public struct Compiled: Sendable {
        /// For each word number: index into `patterns` of its first marker list, or -1.
        private var first: [Int32]
        /// For a one-word marker's word number, the word numbers after it that make it no marker.
        private var blockedAfter: [Int32: Set<Int32>] = [:]
        private let since: Int32?
        private var patterns: [[(ids: [Int32], marker: Int)]] = []

        public init(_ vocabulary: Vocabulary, markers: [Marker] = DiscourseMarkers.english) {
            first = Array(repeating: -1, count: vocabulary.words.count)
            for (k, m) in markers.enumerated() {
                let ids = m.words.map { vocabulary.number(ofWord: $0) }
                guard ids.allSatisfy({ $0 != nil }) else { continue }
                let w = ids.map { $0! }
                let f = Int(w[0])
                if first[f] < 0 {
                    first[f] = Int32(patterns.count)
                    patterns.append([])
                }
                patterns[Int(first[f])].append((w, k))
            }
            for (word, after) in DiscourseMarkers.notMarkerBefore {
                guard let w = vocabulary.number(ofWord: word) else { continue }
                blockedAfter[w] = Set(after.compactMap { vocabulary.number(ofWord: $0) })
            }
            since = vocabulary.number(ofWord: "since")
            // Longer markers first, so "even though" wins over "though"-style overlaps at the same word.
            for i in patterns.indices { patterns[i].sort { $0.ids.count > $1.ids.count } }
        }

        /// Every marker in a run of tokens (one sentence), longest match at each position.
        public func matches(_ tokens: ArraySlice<Token>, markers: [Marker] = DiscourseMarkers.english) -> [Match] {
            var result: [Match] = []
            let base = tokens.startIndex
            var i = base
            var leadIn = 0 // words such as "and"/"but" allowed before an initial marker
            while i < tokens.endIndex {
                let w = Int(tokens[i].word)
                var advanced = 1
                if w < first.count, first[w] >= 0 {
                    for (ids, k) in patterns[Int(first[w])] where i + ids.count <= tokens.endIndex {
                        var ok = true
                        for j in 1..<ids.count where tokens[i + j].word != ids[j] { ok = false; break }
                        guard ok else { continue }
                        if ids.count == 1, let blocked = blockedAfter[ids[0]], i + 1 < tokens.endIndex,
                           blocked.contains(tokens[i + 1].word) || (ids[0] == since && tokens[i + 1].flags.contains(.numeric)) {
                            continue
                        }
                        let offset = i - base
                        let initial = offset <= leadIn
                        let m = markers[k]
                        if m.initialOnly && !initial { continue }
                        result.append(Match(cue: m.cue, marker: k, offset: offset, initial: initial))
                        if m.cue == .contrast || m.cue == .addition || m.cue == .conclusion, initial { leadIn = offset + ids.count }
                        advanced = ids.count
                        break
                    }
                }
                i += advanced
            }
            return result
        }
    }
}
