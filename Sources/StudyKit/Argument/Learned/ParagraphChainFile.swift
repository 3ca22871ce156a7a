import Foundation

/// The shipped `ParagraphChain` with its own emissions: the resource `paragraph-chain.tsv`, written by `make train`
/// beside `component-model.tsv` (the per-sentence model, which reads texts laid out unlike the training essays). The
/// file is a header of `#` lines (where the weights came from), then the emissions as `ComponentModel.tsv()` writes
/// them (a feature name, a tab, four weights), then one line per chain weight: its name, a tab, and one integer in
/// units of 1/10,000. Names say what a chain weight scores: `start introduction claim`, `pair body claim premise`,
/// `cue body reason claim premise` (pair at a sentence opening with that cue), `end conclusion none`,
/// `count body claims 1`. A weight the file does not name is zero. The whole file is read in
/// the one pass that reads the emissions (`ComponentModel.read`), at the first analysis of a text the chain reads.
struct ParagraphChainFile: Sendable {
    /// Each sentence's component scores, learned jointly with the chain.
    var emissions: ComponentModel
    var chain: ParagraphChain
    /// The header lines (without `#`).
    var provenance: [String] { emissions.provenance }

    /// The weights that ship with study.
    static let shipped = ParagraphChainFile(tsv: PackageResources.paragraph_chain_tsv)

    /// Whether the chain reads a text of `count` paragraphs: one laid out like the essays it learned from, an
    /// introduction, at least one body paragraph and a conclusion (the kinds its weights are learned for), and no
    /// more paragraphs than those essays (`ComponentDecoder.trainedLayoutParagraphs`). A shorter text has no body
    /// paragraph, and its last paragraph would be weighed as a conclusion; another text is read by the per-sentence
    /// model (`ComponentModel.shipped`), on whose scores the rules for texts unlike the essays were tuned.
    static func reads(paragraphs count: Int, decoder: ComponentDecoder) -> Bool {
        (3...max(3, decoder.trainedLayoutParagraphs)).contains(count)
    }

    init(emissions: ComponentModel, chain: ParagraphChain) {
        (self.emissions, self.chain) = (emissions, chain)
    }

    /// Reads the form written by `tsv()`. Lines that name no weight are skipped (the file is generated).
    init(tsv bytes: [UInt8]) {
        let (emissions, others) = ComponentModel.read(bytes)
        var chain = ParagraphChain()
        for (name, weight) in others {
            if let i = Self.index(of: name.split(separator: " ")) { chain.weights[i] = weight }
        }
        self.init(emissions: emissions, chain: chain)
    }

    private static let kinds = ["introduction", "body", "conclusion"]
    private static let labels = ArgumentComponent.allCases.map(\.rawValue)
    private static let layout = ParagraphChain()
    private static let cues = ["none"] + DiscourseMarkers.Cue.allCases.map { String(describing: $0) }

    /// The index of the chain weight a name's words name (the inverse of `chainNames`), read from its words
    /// rather than looked up, so that reading the file at start-up builds no table.
    static func index(of words: [Substring]) -> Int? {
        func find(_ list: [String], _ i: Int) -> Int? { i < words.count ? list.firstIndex { $0 == words[i] } : nil }
        let c = layout
        guard let first = words.first, let k = find(kinds, 1) else { return nil }
        switch (first, words.count) {
        case ("start", 3): return find(labels, 2).map { c.start(k, $0) }
        case ("end", 3): return find(labels, 2).map { c.end(k, $0) }
        case ("pair", 4):
            guard let a = find(labels, 2), let b = find(labels, 3) else { return nil }
            return c.pair(k, a, b)
        case ("cue", 5):
            guard let q = find(cues, 2), let a = find(labels, 3), let b = find(labels, 4) else { return nil }
            return c.cuePair(k, q, a, b)
        case ("count", 4):
            guard let which = ["claims", "major-claims"].firstIndex(where: { $0 == words[2] }), let n = Int(words[3]),
                  (0..<ParagraphChain.buckets).contains(n) else { return nil }
            return c.count(k, which, n)
        default: return nil
        }
    }

    /// The name of every chain weight, by index (for writing the file and for tests; reading does not build it).
    static var chainNames: [String] {
        var names = Array(repeating: "", count: ParagraphChain.size)
        let c = ParagraphChain()
        for (k, kind) in kinds.enumerated() {
            for (a, x) in labels.enumerated() {
                names[c.start(k, a)] = "start \(kind) \(x)"
                names[c.end(k, a)] = "end \(kind) \(x)"
                for (b, y) in labels.enumerated() {
                    names[c.pair(k, a, b)] = "pair \(kind) \(x) \(y)"
                    for (q, cue) in cues.enumerated() { names[c.cuePair(k, q, a, b)] = "cue \(kind) \(cue) \(x) \(y)" }
                }
            }
            for n in 0..<ParagraphChain.buckets {
                names[c.count(k, 0, n)] = "count \(kind) claims \(n)"
                names[c.count(k, 1, n)] = "count \(kind) major-claims \(n)"
            }
        }
        return names
    }

    /// The tab-separated form: the emissions (`ComponentModel.tsv()`, with the provenance), then every chain weight
    /// that does not round to zero, in index order. The same weights give the same bytes.
    func tsv() -> String {
        var out = emissions.tsv()
        func line(_ name: String, _ w: Double) {
            let v = Int((w * 10_000).rounded())
            if v != 0 { out += "\(name)\t\(v)\n" }
        }
        for (i, name) in Self.chainNames.enumerated() { line(name, chain.weights[i]) }
        return out
    }
}
