/// A part of the essay that a reader names: `all`, `P3`, `3`, `2-4`, `P2-P4`, `S3.2`, `§2`.
public enum Selection: Equatable, Sendable {
    case all
    /// 1-based paragraph numbers, inclusive.
    case paragraphs(ClosedRange<Int>)
    /// Index into `KnowledgeModel.sentences`.
    case sentence(Int)
    /// 1-based section number.
    case section(Int)

    /// Parses a selection and checks it against the model; the error says what exists.
    public init(_ text: String, in model: KnowledgeModel) throws(SelectionError) {
        let t = text.trimmingCharacters(inSet: " ")
        if t.lowercased() == "all" { self = .all; return }
        let count = model.paragraphs.count
        func paragraphNumber(_ s: Substring) -> Int? {
            let body = (s.first == "P" || s.first == "p") ? s.dropFirst() : s
            return Int(body)
        }
        func check(_ n: Int) throws(SelectionError) {
            guard (1...max(count, 1)).contains(n), count > 0 else {
                throw SelectionError("no paragraph P\(n): the essay has \(Self.describe(count))")
            }
        }
        if let dash = t.firstIndex(where: { $0 == "-" || $0 == "–" }) {
            guard let a = paragraphNumber(t[..<dash]), let b = paragraphNumber(t[t.index(after: dash)...]) else {
                throw SelectionError("'\(t)' is not a paragraph range; write it like 2-4 or P2-P4")
            }
            guard a <= b else { throw SelectionError("'\(t)' runs backwards; write the smaller number first") }
            try check(a)
            try check(b)
            self = .paragraphs(a...b)
            return
        }
        if let n = Int(t) {
            try check(n)
            self = .paragraphs(n...n)
            return
        }
        guard let id = ModelID(t) else {
            throw SelectionError("'\(t)' is not a paragraph, sentence or section; write P3, 2-4, S3.2, §2 or all")
        }
        switch id {
        case .paragraph(let n):
            try check(n)
            self = .paragraphs(n...n)
        case .sentence(let p, let s):
            guard let index = model.sentenceIndex(paragraph: p, number: s) else {
                if let para = model.paragraph(p) {
                    throw SelectionError("no sentence \(id): P\(p) has sentences S\(p).1–S\(p).\(para.sentences.count)")
                }
                throw SelectionError("no sentence \(id): the essay has \(Self.describe(count))")
            }
            self = .sentence(index)
        case .section(let n):
            guard model.section(n) != nil else {
                let sections = model.sections.count
                throw SelectionError("no section \(id): the essay has " + (sections == 1 ? "only §1" : "§1–§\(sections)"))
            }
            self = .section(n)
        }
    }

    /// The paragraph indexes (0-based) this selection covers.
    public func paragraphIndexes(in model: KnowledgeModel) -> Range<Int> {
        switch self {
        case .all: return model.paragraphs.indices
        case .paragraphs(let r): return (r.lowerBound - 1)..<r.upperBound
        case .sentence(let i): let p = model.sentences[i].paragraphIndex; return p..<(p + 1)
        case .section(let n): return model.sections[n - 1].paragraphs
        }
    }

    /// The sentence indexes this selection covers.
    public func sentenceIndexes(in model: KnowledgeModel) -> Range<Int> {
        if case .sentence(let i) = self { return i..<(i + 1) }
        let paragraphs = paragraphIndexes(in: model)
        guard let first = paragraphs.first, let last = paragraphs.last else { return 0..<0 }
        return model.paragraphs[first].sentences.lowerBound..<model.paragraphs[last].sentences.upperBound
    }

    private static func describe(_ count: Int) -> String {
        count == 0 ? "no paragraphs" : count == 1 ? "only P1" : "P1–P\(count)"
    }
}

/// Why a selection names nothing; the message says what does exist.
public struct SelectionError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
