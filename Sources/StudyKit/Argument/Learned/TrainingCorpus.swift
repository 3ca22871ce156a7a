import Foundation

/// Annotated essays to learn the component model from, in the format of the project's dev data
/// (`../shared/dev/aaec-train.json`: essays with `id`, `split`, `text` and gold `components` with character
/// offsets). Each essay is analysed as `study` would analyse it, and each of its sentences is labelled with the
/// component type that covers most of it (none when no component touches it).
public struct TrainingCorpus: Sendable {
    /// One analysed essay: the features and gold component of each of its sentences.
    struct Essay: Sendable {
        let id: String
        let split: String
        let features: [[ComponentFeatures.Value]]
        let base: [SentenceFeatures]
        let paragraphs: [Range<Int>]
        let stems: [[Int32]]
        let labels: [ArgumentComponent]
    }

    let essays: [Essay]

    private struct Source: Decodable {
        struct Component: Decodable {
            let type: String
            let start: Int
            let end: Int
        }
        let id: String
        let split: String
        let text: String
        let components: [Component]
    }

    /// Reads and analyses the essays of a corpus file. Throws when the file is not in the expected format.
    public init(data: Data) throws {
        let sources = try JSONDecoder().decode([Source].self, from: data)
        essays = sources.map(Self.analyse)
    }

    /// Essays of one split (`train`, `dev`), in file order.
    func split(_ name: String) -> [Essay] { essays.filter { $0.split.lowercased() == name } }

    /// Analyses one essay as study would and labels its sentences from the gold components.
    private static func analyse(_ source: Source) -> Essay {
        let text = source.text.hasSuffix("\n") ? source.text : source.text + "\n"
        let draft = ArgumentStage.draftBeforeArgument(Document(rawText: text), source: EssaySource(name: source.id, path: nil))
        let (base, features) = ArgumentStage().features(draft)
        // Character (Unicode scalar) offsets of the corpus text, whitespace and control characters left out.
        let scalars = Array(source.text.unicodeScalars)
        var flat: [Unicode.Scalar] = []
        var offset: [Int] = []
        for (i, s) in scalars.enumerated() where Self.kept(s) {
            flat.append(s)
            offset.append(i)
        }
        var labels: [ArgumentComponent] = []
        var cursor = 0
        for s in draft.sentences {
            let piece = Array(String(decoding: draft.bytes[s.range], as: UTF8.self).unicodeScalars.filter(Self.kept))
            guard let at = Self.find(piece, in: flat, from: cursor) else { labels.append(.none); continue }
            cursor = at + piece.count
            let start = offset[at], end = offset[at + piece.count - 1] + 1
            var cover: [String: Int] = [:]
            for c in source.components {
                let o = min(c.end, end) - max(c.start, start)
                if o > 0 { cover[c.type, default: 0] += o }
            }
            let best = cover.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
            labels.append(ArgumentComponent.allCases.first { $0.corpusName == best } ?? .none)
        }
        return Essay(id: source.id, split: source.split, features: features, base: base,
                     paragraphs: draft.paragraphs.map(\.sentences),
                     stems: ComponentFeatures.contentStems(draft), labels: labels)
    }

    private static func kept(_ s: Unicode.Scalar) -> Bool {
        !s.properties.isWhitespace && s.value >= 0x20 && !(0x7F...0x9F).contains(s.value)
    }

    private static func find(_ piece: [Unicode.Scalar], in flat: [Unicode.Scalar], from: Int) -> Int? {
        guard let first = piece.first, !flat.isEmpty, from < flat.count else { return nil }
        var i = from
        while i + piece.count <= flat.count {
            if flat[i] == first, flat[i..<(i + piece.count)].elementsEqual(piece) { return i }
            i += 1
        }
        return nil
    }
}
