/// A word of the text, as the analysis sees it: where it is, what it is lower-cased and stemmed, and a few flags.
/// Words and stems are stored once in the `Vocabulary`; a token holds their numbers.
public struct Token: Sendable, Equatable {
    /// UTF-8 byte offsets into the model's text.
    public let start: Int32
    public let end: Int32
    /// The lower-cased word's number in `Vocabulary.words`.
    public let word: Int32
    /// The stem's number in `Vocabulary.stems`.
    public let stem: Int32
    public let flags: Flags

    public var range: Range<Int> { Int(start)..<Int(end) }

    /// What kind of word this is.
    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// A function word ("the", "of", "would") that carries little topic.
        public static let stopWord = Flags(rawValue: 1)
        /// Written with a capital first letter.
        public static let capitalized = Flags(rawValue: 2)
        /// Starts with a digit.
        public static let numeric = Flags(rawValue: 4)
        /// The first word of its sentence (its capital says nothing about being a name).
        public static let sentenceInitial = Flags(rawValue: 8)
    }
}

/// The distinct lower-cased words of a text and their stems, each stored once.
public struct Vocabulary: Sendable, Equatable {
    public private(set) var words: [String] = []
    public private(set) var stems: [String] = []
    /// For each word, its stem's number.
    public private(set) var stemOfWord: [Int32] = []
    /// For each word, whether it is a stop word.
    public private(set) var isStopWord: [Bool] = []
    private var wordNumbers: [String: Int32] = [:]
    private var stemNumbers: [String: Int32] = [:]

    public init() {}

    /// The number of a lower-cased word, adding it (with its stem) when new.
    mutating func add(_ word: String, stemmer: PorterStemmer) -> Int32 {
        if let n = wordNumbers[word] { return n }
        let n = Int32(words.count)
        words.append(word)
        wordNumbers[word] = n
        let stem = stemmer.stem(word)
        let s: Int32
        if let existing = stemNumbers[stem] {
            s = existing
        } else {
            s = Int32(stems.count)
            stems.append(stem)
            stemNumbers[stem] = s
        }
        stemOfWord.append(s)
        isStopWord.append(StopWords.english.contains(word))
        return n
    }

    /// The number of a lower-cased word, if the text has it.
    public func number(ofWord word: String) -> Int32? { wordNumbers[word] }
    /// The number of a stem, if the text has it.
    public func number(ofStem stem: String) -> Int32? { stemNumbers[stem] }
}
