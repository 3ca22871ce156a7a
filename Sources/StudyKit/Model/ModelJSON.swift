/// The JSON form of a `KnowledgeModel`, as `study analyze --json` prints it. Documented field by field in
/// `docs/model-json.md`; `schemaVersion` is raised on every incompatible change. Ranges are UTF-8 byte offsets
/// into `text`; ids are `P3`, `S3.2`, `§2`. Scores are rounded to 4 decimals so the output is stable.
public struct ModelJSON: Codable, Equatable, Sendable {
    public struct Stats: Codable, Equatable, Sendable {
        public var words, sentences, paragraphs, sections, readingMinutes: Int
    }
    public struct ParagraphJSON: Codable, Equatable, Sendable {
        public var id: String
        public var start, end: Int
        public var section: String?
        public var heading: String?
        public var sentences: [String]
    }
    public struct SentenceJSON: Codable, Equatable, Sendable {
        public var id: String
        public var paragraph: String
        public var start, end: Int
        public var words: Int
        public var text: String
    }
    public struct KeyTermJSON: Codable, Equatable, Sendable {
        public var text: String
        public var score: Double
        public var sentences: [String]
    }
    public struct SectionJSON: Codable, Equatable, Sendable {
        public var id: String
        public var label: String
        public var firstParagraph, lastParagraph: String
        public var centralSentence: String
        public var keyTerms: [KeyTermJSON]
    }
    public struct GapJSON: Codable, Equatable, Sendable {
        public var before: String
        public var cohesion, depth, score: Double
        public var cues: [String]
        public var boundary: Bool
        public var reason: String
    }
    public struct MentionJSON: Codable, Equatable, Sendable {
        public var sentence: String
        public var start, end: Int
        public var text: String
    }
    public struct EntityJSON: Codable, Equatable, Sendable {
        public var name: String
        public var kind: String
        public var titles: [String]
        public var mentions: [MentionJSON]
    }

    public struct FeatureJSON: Codable, Equatable, Sendable {
        public var name: String
        public var weight: Double
    }
    public struct AttributionJSON: Codable, Equatable, Sendable {
        public var holder: String
        public var cue: String
        public var start, end: Int
        public var source: Bool
    }
    public struct RoleJSON: Codable, Equatable, Sendable {
        public var sentence: String
        public var role: String
        public var component: String
        public var confidence: Double
        public var score: Double
        public var alternative: String?
        public var evidenceKind: String?
        public var attribution: AttributionJSON?
        public var features: [FeatureJSON]
        public var thesisScore: Double
    }
    public struct RelationJSON: Codable, Equatable, Sendable {
        public var kind: String
        public var from, to: String
        public var weak: Bool
        public var basis: String
    }
    public struct ArgumentJSON: Codable, Equatable, Sendable {
        public var thesis: [String]
        public var roles: [RoleJSON]
        public var relations: [RelationJSON]
    }

    public var schemaVersion: Int
    public var source: String
    public var title: String?
    public var byline: String?
    public var stats: Stats
    public var text: String
    public var paragraphs: [ParagraphJSON]
    public var sentences: [SentenceJSON]
    public var sections: [SectionJSON]
    public var sectionGaps: [GapJSON]
    public var keyTerms: [KeyTermJSON]
    public var entities: [EntityJSON]
    public var argument: ArgumentJSON

    public init(_ m: KnowledgeModel) {
        schemaVersion = KnowledgeModel.schemaVersion
        source = m.source.name
        title = m.title
        byline = m.byline
        stats = ModelJSON.stats(m)
        text = m.text
        paragraphs = m.paragraphs.indices.map { ModelJSON.paragraph($0, in: m) }
        sentences = m.sentences.map { ModelJSON.sentence($0, in: m) }
        sections = m.sections.indices.map { ModelJSON.section($0, in: m) }
        sectionGaps = m.sectionGaps.map(ModelJSON.gap)
        keyTerms = ModelJSON.keyTerms(m.keyTerms, in: m)
        argument = ModelJSON.argument(m)
        entities = m.entities.map { ModelJSON.entity($0, in: m) }
    }
}

/// The parts of `ModelJSON`, one element at a time (`ModelJSONWriter` writes them without building the whole).
extension ModelJSON {
    static func stats(_ m: KnowledgeModel) -> Stats {
        Stats(words: m.wordCount, sentences: m.sentences.count, paragraphs: m.paragraphs.count,
              sections: m.sections.count, readingMinutes: m.readingMinutes)
    }

    static func paragraph(_ i: Int, in m: KnowledgeModel) -> ParagraphJSON {
        let p = m.paragraphs[i]
        return ParagraphJSON(id: p.id.description, start: p.range.lowerBound, end: p.range.upperBound,
                             section: m.sectionIndex(ofParagraph: i).map { m.sections[$0].id.description },
                             heading: p.heading?.title, sentences: p.sentences.map { m.sentences[$0].id.description })
    }

    static func sentence(_ s: Sentence, in m: KnowledgeModel) -> SentenceJSON {
        SentenceJSON(id: s.id.description, paragraph: "P\(s.paragraphIndex + 1)", start: s.range.lowerBound,
                     end: s.range.upperBound, words: s.tokens.count, text: m.text(of: s))
    }

    static func section(_ i: Int, in m: KnowledgeModel) -> SectionJSON {
        let s = m.sections[i]
        return SectionJSON(id: s.id.description, label: s.label,
                           firstParagraph: "P\(s.paragraphs.lowerBound + 1)", lastParagraph: "P\(s.paragraphs.upperBound)",
                           centralSentence: m.sentences[s.centralSentence].id.description,
                           keyTerms: keyTerms(m.sectionKeyTerms.indices.contains(i) ? m.sectionKeyTerms[i] : [], in: m))
    }

    static func gap(_ g: SectionGap) -> GapJSON {
        GapJSON(before: "P\(g.paragraphIndex + 1)", cohesion: rounded(g.cohesion), depth: rounded(g.depth),
                score: rounded(g.score), cues: g.cues, boundary: g.isBoundary, reason: g.reason)
    }

    static func entity(_ e: Entity, in m: KnowledgeModel) -> EntityJSON {
        EntityJSON(name: e.name, kind: e.kind.rawValue, titles: e.titles, mentions: e.mentions.map {
            mention($0, in: m)
        })
    }

    static func mention(_ x: Entity.Mention, in m: KnowledgeModel) -> MentionJSON {
        MentionJSON(sentence: m.sentences[x.sentence].id.description, start: x.range.lowerBound, end: x.range.upperBound,
                    text: x.text)
    }
}

extension ModelJSON {
    /// The JSON form of a list of key terms.
    public static func keyTerms(_ list: [KeyTerm], in m: KnowledgeModel) -> [KeyTermJSON] {
        list.map { KeyTermJSON(text: $0.text, score: rounded($0.score), sentences: $0.sentences.map { m.sentences[$0].id.description }) }
    }
}

extension ModelJSON {
    /// The JSON form of the argument.
    public static func argument(_ m: KnowledgeModel) -> ArgumentJSON {
        let a = m.argument
        return ArgumentJSON(thesis: a.thesis.map { m.sentences[$0].id.description },
                            roles: a.assignments.map { role($0, in: m) },
                            relations: a.relations.map { relation($0, in: m) })
    }

    /// The JSON form of one sentence's role.
    public static func role(_ r: ArgumentMap.Assignment, in m: KnowledgeModel) -> RoleJSON {
        let attribution = m.argument.attributions[r.sentence].map {
            AttributionJSON(holder: $0.holder, cue: $0.cue, start: $0.range.lowerBound, end: $0.range.upperBound, source: $0.isSource)
        }
        return RoleJSON(sentence: m.sentences[r.sentence].id.description, role: r.role.rawValue,
                        component: r.component.rawValue, confidence: rounded(r.confidence), score: rounded(r.score), alternative: r.alternative?.rawValue,
                        evidenceKind: r.evidenceKind?.rawValue, attribution: attribution,
                        features: features(r.features),
                        thesisScore: rounded(r.thesisScore))
    }

    /// The JSON form of a list of features.
    public static func features(_ list: [ArgumentMap.Feature]) -> [FeatureJSON] {
        list.map { FeatureJSON(name: $0.name, weight: rounded($0.weight)) }
    }

    /// The JSON form of a relation.
    public static func relation(_ r: ArgumentMap.Relation, in m: KnowledgeModel) -> RelationJSON {
        RelationJSON(kind: r.kind.rawValue, from: m.sentences[r.from].id.description, to: m.sentences[r.to].id.description,
                     weak: r.weak, basis: r.basis)
    }
}

private func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

extension KnowledgeModel: Codable {
    /// Encodes the model as `ModelJSON`.
    public func encode(to encoder: any Encoder) throws {
        try ModelJSON(self).encode(to: encoder)
    }

    /// Decodes a model from its JSON by analysing the stored text again (the text is the source of truth; the
    /// analysis is deterministic, so the result equals the model that was encoded by this version).
    public init(from decoder: any Decoder) throws {
        let json = try ModelJSON(from: decoder)
        guard json.schemaVersion <= KnowledgeModel.schemaVersion else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription:
                "model schemaVersion \(json.schemaVersion) is newer than this study understands (\(KnowledgeModel.schemaVersion))"))
        }
        self.init(text: json.text, source: EssaySource(name: json.source, path: nil))
    }
}
