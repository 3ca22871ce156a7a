/// Ranked search over the essay's sentences: "where does the author say that?".
///
/// Built once per model (one pass over the tokens): posting lists keyed by stem id, the content words of every
/// sentence in order, idf per stem. A search scores sentences by
/// - BM25 over stems, stop words ignored (`BM25`, k1 1.2, b 0.75);
/// - synonyms and related forms (`RelatedForms`, and words sharing a long stem prefix), scaled down;
/// - a phrase bonus for query words adjacent and in order, a proximity bonus for query words close together;
/// - an entity bonus when a query word names an entity the sentence mentions (in any form: "Bush" for
///   "President Bush"), and a key-term bonus when the query's words make up a key term the sentence carries;
/// - times a coverage factor: the idf-weighted share of the query's concepts the sentence answers.
/// Ties are broken by document order. The index reads the model and never changes it.
public struct EvidenceIndex: Sendable {
    /// What a search is for; `statement` leans more on synonyms and on covering the whole statement.
    public enum Mode: Sendable {
        /// `find WORDS`: the words as given.
        case words
        /// `where STATEMENT`: a paraphrase to be matched to the sentence that states it.
        case statement
    }

    /// The constants of the ranking, in one place.
    public struct Tuning: Sendable, Equatable {
        public var bm25 = BM25()
        /// Scale on the weights of synonyms (the table's weight × this).
        public var synonymScale = 1.0
        /// Weight of a word that shares a long stem prefix with the query word.
        public var relatedWeight = 0.5
        /// Phrase bonus per adjacent in-order pair, × the smaller importance (idf) of the two.
        public var phraseBonus = 0.5
        /// Proximity bonus per near pair (within `window` content words), × the smaller importance.
        public var proximityBonus = 0.25
        public var window = 5
        /// Entity bonus, × the importance of the query word naming the entity.
        public var entityBonus = 0.3
        /// Key-term bonus, × the summed importance of the key term's words.
        public var keyTermBonus = 0.15
        /// Coverage factor = floor + (1 − floor) × covered fraction.
        public var coverageFloor = 0.5
        /// How many sentences (by the cheap score) get the phrase and proximity pass.
        public var rerankDepth = 200
        /// Weight of a word WordNet gives as a synonym or derived form of a query word (0: WordNet not used). A base
        /// form WordNet gives ("left" → "leave") counts as a related form (`relatedWeight`).
        public var lexiconWeight = 0.0
        /// How many of a word's most frequent senses (per base form and part of speech) WordNet's words come from.
        public var lexiconSenses = 2

        public init() {}

        public static let words = Tuning()
        public static let statement: Tuning = {
            var t = Tuning()
            t.synonymScale = 1.15
            t.relatedWeight = 0.55
            t.coverageFloor = 0.2
            t.lexiconWeight = 0.5
            return t
        }()
    }

    public let model: KnowledgeModel
    /// Where synonyms and base forms beyond `RelatedForms` come from (statements only).
    public let lexicon: Lexicon
    /// Number of content words (stop words left out) of the average sentence.
    public let averageLength: Double

    // Content words of each sentence, in order: stems and model token indexes; `contentStart` has N + 1 entries.
    let contentStart: [Int32]
    let contentStems: [Int32]
    let contentTokens: [Int32]
    // Posting lists (CSR): for stem s, entries postingStart[s] ..< postingStart[s + 1], ordered by sentence.
    let postingStart: [Int32]
    let postingSentence: [Int32]
    let postingFrequency: [Int32]
    /// idf of every stem (by stem id).
    let idf: [Double]
    /// Stem ids sorted by their text, for related forms by prefix.
    let sortedStems: [Int32]
    /// The 0-based section of every sentence.
    let sentenceSection: [Int32]
    let keyTerms: [(text: String, stems: [Int32], sentences: [Int32])]
    /// For every entity: the stems of its name's words and the sentences it is mentioned in.
    let entityStems: [Set<Int32>]
    let entitySentences: [[Int32]]
    let stemmer = PorterStemmer()
    /// WordNet's forms of the words searched so far, as this essay's stems (shared by copies of the index).
    let lexiconForms = WordCache<(lemmas: [[Int32]], synonyms: [[Int32]])>(limit: 10_000)
    /// The essay's names as the checks of `where` read them, made on the first check (shared by copies of the index).
    let essayNamesCache = EssayNamesCache()

    /// Builds the index of a model (linear in the number of words).
    public init(model: KnowledgeModel, lexicon: Lexicon = .shared) {
        self.model = model
        self.lexicon = lexicon
        let n = model.sentences.count
        let stemCount = model.vocabulary.stems.count
        var contentStart: [Int32] = []
        contentStart.reserveCapacity(n + 1)
        var contentStems: [Int32] = []
        var contentTokens: [Int32] = []
        contentStems.reserveCapacity(model.tokens.count / 2 + 1)
        contentTokens.reserveCapacity(model.tokens.count / 2 + 1)
        var df = [Int32](repeating: 0, count: stemCount)
        var lastSeen = [Int32](repeating: -1, count: stemCount)
        // Stop words that change what is said ("only", "never") are indexed like content words.
        var keptStopWord = [Bool](repeating: false, count: model.vocabulary.words.count)
        for word in StopWords.contentBearing {
            if let n = model.vocabulary.number(ofWord: word) { keptStopWord[Int(n)] = true }
        }
        model.tokens.withUnsafeBufferPointer { tokens in
            for (s, sentence) in model.sentences.enumerated() {
                contentStart.append(Int32(contentStems.count))
                for t in sentence.tokens {
                    let token = tokens[t]
                    if token.flags.contains(.stopWord), !keptStopWord[Int(token.word)] { continue }
                    let stem = token.stem
                    contentStems.append(stem)
                    contentTokens.append(Int32(t))
                    if lastSeen[Int(stem)] != Int32(s) {
                        lastSeen[Int(stem)] = Int32(s)
                        df[Int(stem)] += 1
                    }
                }
            }
        }
        contentStart.append(Int32(contentStems.count))
        var postingStart = [Int32](repeating: 0, count: stemCount + 1)
        for s in 0..<stemCount { postingStart[s + 1] = postingStart[s] + df[s] }
        let postings = Int(postingStart[stemCount])
        var postingSentence = [Int32](repeating: 0, count: postings)
        var postingFrequency = [Int32](repeating: 0, count: postings)
        var cursor = Array(postingStart.dropLast())
        var lastSlot = [Int32](repeating: -1, count: stemCount)
        for i in 0..<stemCount { lastSeen[i] = -1 }
        for s in 0..<n {
            for k in Int(contentStart[s])..<Int(contentStart[s + 1]) {
                let stem = Int(contentStems[k])
                if lastSeen[stem] == Int32(s) {
                    postingFrequency[Int(lastSlot[stem])] += 1
                } else {
                    lastSeen[stem] = Int32(s)
                    let slot = cursor[stem]
                    cursor[stem] += 1
                    lastSlot[stem] = slot
                    postingSentence[Int(slot)] = Int32(s)
                    postingFrequency[Int(slot)] = 1
                }
            }
        }
        self.contentStart = contentStart
        self.contentStems = contentStems
        self.contentTokens = contentTokens
        self.postingStart = postingStart
        self.postingSentence = postingSentence
        self.postingFrequency = postingFrequency
        self.averageLength = n > 0 ? Double(contentStems.count) / Double(n) : 0
        self.idf = df.map { BM25.idf(documentFrequency: Int($0), documents: n) }
        let stems = model.vocabulary.stems
        self.sortedStems = (0..<Int32(stemCount)).sorted { stems[Int($0)] < stems[Int($1)] }

        var sentenceSection = [Int32](repeating: 0, count: n)
        for (i, section) in model.sections.enumerated() {
            for p in section.paragraphs where model.paragraphs.indices.contains(p) {
                for s in model.paragraphs[p].sentences { sentenceSection[s] = Int32(i) }
            }
        }
        self.sentenceSection = sentenceSection

        let vocabulary = model.vocabulary
        let stemmer = PorterStemmer()
        func stemIDs(_ text: String) -> [Int32] {
            QueryParser.words(of: text).filter { !StopWords.english.contains($0) }.compactMap { word in
                vocabulary.number(ofWord: word).map { vocabulary.stemOfWord[Int($0)] }
                    ?? vocabulary.number(ofStem: stemmer.stem(word))
            }
        }
        var terms: [(text: String, stems: [Int32], sentences: [Int32])] = []
        var seenTerms = Set<String>()
        for term in model.keyTerms + model.sectionKeyTerms.flatMap({ $0 }) where seenTerms.insert(term.text.lowercased()).inserted {
            let ids = stemIDs(term.text)
            if !ids.isEmpty { terms.append((term.text, ids, term.sentences.map { Int32($0) })) }
        }
        self.keyTerms = terms
        self.entityStems = model.entities.map { e in
            Set(Set([e.name] + e.mentions.map(\.text)).flatMap(stemIDs))
        }
        self.entitySentences = model.entities.map { e in
            var seen = Set<Int>()
            return e.mentions.compactMap { seen.insert($0.sentence).inserted ? Int32($0.sentence) : nil }
        }
    }

    /// Number of sentences indexed.
    public var sentenceCount: Int { contentStart.count - 1 }

    /// The sentences that best match `query`, best first (ties in document order). `section` (1-based) limits the
    /// search to one section; a query of only stop words, or with no word the essay uses, finds nothing.
    public func search(_ query: String, in section: Int? = nil, limit: Int = 5, mode: Mode = .words) -> [EvidenceHit] {
        let parsed = QueryParser().parse(query)
        return search(parsed, in: section ?? parsed.section, limit: limit, tuning: mode == .words ? .words : .statement)
    }

    /// The sentences that best state or support a paraphrased statement (`where the UN wants to help more`).
    public func locate(_ statement: String, in section: Int? = nil, limit: Int = 3) -> [EvidenceHit] {
        search(statement, in: section, limit: limit, mode: .statement)
    }
}
