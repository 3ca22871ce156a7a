/// A named thing the essay mentions: a person, organisation, place, date or number, with every mention.
public struct Entity: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case person, organization, place, group, date, number
    }

    /// One place the entity is mentioned.
    public struct Mention: Sendable, Equatable {
        /// Index into `KnowledgeModel.sentences`.
        public let sentence: Int
        /// UTF-8 byte offsets into the model's text.
        public let range: Range<Int>
        /// The words as written ("Petraeus", "Gen. David Petraeus").
        public let text: String
    }

    /// The fullest name the essay uses ("David Petraeus").
    public let name: String
    public let kind: Kind
    /// Titles or roles the essay gives it ("Gen.", "President").
    public let titles: [String]
    /// Every mention, in order; short forms ("Petraeus") are merged into the full name.
    public let mentions: [Mention]
}
