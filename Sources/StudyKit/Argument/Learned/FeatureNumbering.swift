/// How `ComponentFeatures` numbers feature names: a trained `ComponentModel` by its rows (a name it does not know
/// is left out, since it weighs nothing), `FeatureNames` by numbering every new name (training).
protocol FeatureNumbering {
    /// The number of a feature name, nil when it is not counted.
    mutating func number(_ name: String) -> Int32?
}

extension ComponentModel: FeatureNumbering {
    func number(_ name: String) -> Int32? { table.row(name).map(Int32.init) }
}

/// Every feature name met, numbered in order of first use.
struct FeatureNames: FeatureNumbering {
    private(set) var names: [String] = []
    private var numbers: [String: Int32] = [:]

    mutating func number(_ name: String) -> Int32? {
        if let n = numbers[name] { return n }
        let n = Int32(names.count)
        names.append(name)
        numbers[name] = n
        return n
    }
}

/// The feature numbers of one text, each looked up the first time it is needed: every family of names (a
/// paragraph kind, a marker, a word, a stem…) reserves a slot per member, word pairs are kept by their word numbers.
/// So a name is built once per text, not once per sentence. -1 is a name the numbering does not count.
struct FeatureSlots<N: FeatureNumbering> {
    var numbering: N
    private var ids: [Int32] = []
    private var pairs: [Int64: Int32] = [:]
    private var openings: [Int64: Int32] = [:]

    init(numbering: N) { self.numbering = numbering }

    /// The first of `count` new slots.
    mutating func reserve(_ count: Int) -> Int {
        let first = ids.count
        ids.append(contentsOf: repeatElement(-2, count: count))
        return first
    }

    /// The number in a slot, naming it the first time.
    mutating func id(_ slot: Int, _ name: () -> String) -> Int32 {
        let known = ids[slot]
        if known != -2 { return known }
        let n = numbering.number(name()) ?? -1
        ids[slot] = n
        return n
    }

    /// The number of a word pair inside a sentence.
    mutating func pair(_ a: Int32, _ b: Int32, _ name: () -> String) -> Int32 {
        let key = Int64(a) << 32 | Int64(b)
        if let n = pairs[key] { return n }
        let n = numbering.number(name()) ?? -1
        pairs[key] = n
        return n
    }

    /// The number of a sentence's first two words.
    mutating func opening(_ a: Int32, _ b: Int32, _ name: () -> String) -> Int32 {
        let key = Int64(a) << 32 | Int64(b)
        if let n = openings[key] { return n }
        let n = numbering.number(name()) ?? -1
        openings[key] = n
        return n
    }
}
