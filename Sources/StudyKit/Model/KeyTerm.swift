/// A word or phrase that the essay (or a section) is about, with every sentence it occurs in.
public struct KeyTerm: Sendable, Equatable {
    /// The term as the author most often wrote it ("coordinated international assistance").
    public let text: String
    /// Relevance; higher is more central. Comparable only within one list.
    public let score: Double
    /// Indexes into `KnowledgeModel.sentences`, in order.
    public let sentences: [Int]
}
