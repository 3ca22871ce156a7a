import Foundation

/// Applies the reader's corrections over an analysed model, in the order they were made, and returns the model every
/// service then reads. The analysis itself is never changed or re-run: the same essay and corrections always give the
/// same model. A correction whose target (or other end) the essay no longer has is set aside with the reason, never
/// applied to another sentence.
public struct CorrectionApplier: Sendable {
    /// The corrected model and what became of each correction.
    public struct Result: Sendable {
        public let model: KnowledgeModel
        /// The corrections applied, their ids as they are in this essay.
        public let applied: [Correction]
        /// The corrections that no longer fit, each with `setAsideBecause`.
        public let setAside: [Correction]
        /// For each sentence the reader changed (by index), the last correction that changed it.
        public let notes: [Int: Correction]
    }

    public init() {}

    public func apply(_ corrections: [Correction], to model: KnowledgeModel) -> Result {
        guard !corrections.isEmpty else { return Result(model: model, applied: [], setAside: [], notes: [:]) }
        var work = CorrectionWork(model)
        var applied: [Correction] = []
        var setAside: [Correction] = []
        for c in corrections {
            do {
                applied.append(try work.apply(c))
            } catch {
                var aside = c
                aside.setAsideBecause = error.message
                setAside.append(aside)
            }
        }
        return Result(model: work.model, applied: applied, setAside: setAside, notes: work.notes)
    }
}

/// The parts of a model a correction may change, changed one correction at a time.
struct CorrectionWork {
    let base: KnowledgeModel
    var assignments: [ArgumentMap.Assignment]
    var relations: [ArgumentMap.Relation]
    var thesis: [Int]
    var attributions: [Int: ArgumentMap.Attribution]
    var sections: [Section]
    var sectionKeyTerms: [[KeyTerm]]
    var sectionGaps: [SectionGap]
    var notes: [Int: Correction] = [:]
    /// Sentences by their text, built the first time a correction's sentence has moved.
    let sentencesByText = SentenceTextIndex()

    init(_ model: KnowledgeModel) {
        base = model
        assignments = model.argument.assignments
        relations = model.argument.relations
        thesis = model.argument.thesis
        attributions = model.argument.attributions
        sections = model.sections
        sectionKeyTerms = model.sectionKeyTerms
        sectionGaps = model.sectionGaps
    }

    var model: KnowledgeModel {
        KnowledgeModel(base, argument: ArgumentMap(assignments: assignments, relations: relations, thesis: thesis,
                                                   attributions: attributions),
                       sections: sections, sectionKeyTerms: sectionKeyTerms, sectionGaps: sectionGaps)
    }

    // MARK: finding targets

    func text(ofSentence k: Int) -> String { base.text(of: base.sentences[k]) }

    /// The first sentence's text of a paragraph (by index), or "" for one without sentences.
    func quote(ofParagraph i: Int) -> String {
        let p = base.paragraphs[i]
        return p.sentences.isEmpty ? "" : text(ofSentence: p.sentences.lowerBound)
    }

    func quote(ofSection i: Int) -> String { quote(ofParagraph: sections[i].paragraphs.lowerBound) }

    /// The sentence an id and quote name: the id's own when its text is the quote, else the one sentence with that
    /// text (it moved).
    func sentence(_ id: String, quote: String) throws(CorrectionsError) -> Int {
        if case .sentence(let p, let s)? = ModelID(id), let k = base.sentenceIndex(paragraph: p, number: s),
           text(ofSentence: k) == quote { return k }
        let matches = sentencesByText.sentences(withText: quote, in: base)
        guard matches.count == 1 else { throw CorrectionsError(gone(id, matches.count)) }
        return matches[0]
    }

    func paragraph(_ id: String, quote: String) throws(CorrectionsError) -> Int {
        if case .paragraph(let n)? = ModelID(id), base.paragraph(n) != nil, self.quote(ofParagraph: n - 1) == quote {
            return n - 1
        }
        let matches = base.paragraphs.indices.filter { self.quote(ofParagraph: $0) == quote }
        guard matches.count == 1 else { throw CorrectionsError(gone(id, matches.count)) }
        return matches[0]
    }

    func section(_ id: String, quote: String) throws(CorrectionsError) -> Int {
        if case .section(let n)? = ModelID(id), sections.indices.contains(n - 1), self.quote(ofSection: n - 1) == quote {
            return n - 1
        }
        let matches = sections.indices.filter { self.quote(ofSection: $0) == quote }
        guard matches.count == 1 else { throw CorrectionsError(gone(id, matches.count)) }
        return matches[0]
    }

    private func gone(_ id: String, _ count: Int) -> String {
        count == 0 ? "\(id) is no longer in the essay" : "\(id)'s text is now in \(count) places"
    }

    // MARK: applying

    /// Applies one correction; returns it with its ids as they are now.
    mutating func apply(_ c: Correction) throws(CorrectionsError) -> Correction {
        var now = c
        switch c.action {
        case .thesis:
            let k = try sentence(c.target, quote: c.quote)
            setThesis(k, c)
            now.target = id(k)
        case .role:
            let k = try sentence(c.target, quote: c.quote)
            guard let role = ArgumentRole(rawValue: c.value ?? "") else { throw CorrectionsError("'\(c.value ?? "")' is not a role") }
            if role == .thesis { setThesis(k, c) } else { setRole(k, role, evidenceKind: nil, c) }
            now.target = id(k)
        case .evidence:
            let k = try sentence(c.target, quote: c.quote)
            guard let kind = EvidenceKind(rawValue: c.value ?? "") else { throw CorrectionsError("'\(c.value ?? "")' is not a kind of evidence") }
            setRole(k, .evidence, evidenceKind: kind, c)
            now.target = id(k)
        case .link, .unlink:
            let from = try sentence(c.target, quote: c.quote)
            let to = try sentence(c.other ?? "", quote: c.otherQuote ?? "")
            guard from != to else { throw CorrectionsError("\(c.target) cannot be linked to itself") }
            relations.removeAll { ($0.from == from && $0.to == to) || ($0.from == to && $0.to == from) }
            if c.action == .link {
                guard let kind = ArgumentMap.Relation.Kind(rawValue: c.value ?? "") else {
                    throw CorrectionsError("'\(c.value ?? "")' is not supports or attacks")
                }
                // One place in the tree: the sentence's other outgoing links give way.
                relations.removeAll { $0.from == from }
                relations.append(.init(kind: kind, from: from, to: to, weak: false, basis: Self.setBy(c)))
                relations.sort { ($0.to, $0.from) < ($1.to, $1.from) }
            }
            notes[from] = c
            now.target = id(from)
            now.other = id(to)
        case .holder:
            let k = try sentence(c.target, quote: c.quote)
            let holder = (c.value ?? "").trimmingCharacters(in: .whitespaces)
            if holder.isEmpty || holder.lowercased() == "author" {
                attributions[k] = nil
            } else {
                // The holder's words in the sentence, when it names them; else an empty range at its start.
                let words = text(ofSentence: k)
                var range = base.sentences[k].range.lowerBound..<base.sentences[k].range.lowerBound
                if let found = words.range(of: holder, options: .caseInsensitive) {
                    let start = range.lowerBound + words.utf8.distance(from: words.startIndex, to: found.lowerBound)
                    range = start..<(start + words[found].utf8.count)
                }
                attributions[k] = .init(holder: holder, cue: Self.setBy(c), range: range, isSource: false)
            }
            notes[k] = c
            now.target = id(k)
        case .sectionSplit:
            let p = try paragraph(c.target, quote: c.quote)
            try split(at: p)
            mark(gapBefore: p, boundary: true, c)
            now.target = "P\(p + 1)"
        case .sectionMerge:
            let a = try section(c.target, quote: c.quote)
            let b = try section(c.other ?? "", quote: c.otherQuote ?? "")
            guard abs(a - b) == 1 else { throw CorrectionsError("\(c.target) and \(c.other ?? "?") are no longer next to each other") }
            mark(gapBefore: sections[min(a, b) + 1].paragraphs.lowerBound, boundary: false, c)
            merge(min(a, b))
            now.target = "§\(min(a, b) + 1)"
            now.other = "§\(min(a, b) + 2)"
        case .sectionName:
            let s = try section(c.target, quote: c.quote)
            let old = sections[s]
            sections[s] = Section(number: old.number, paragraphs: old.paragraphs, label: c.value ?? old.label,
                                  centralSentence: old.centralSentence)
            now.target = "§\(s + 1)"
        }
        // What `explain` shows names the sentence as it is now.
        for (k, note) in notes where note == c { notes[k] = now }
        return now
    }

    func id(_ k: Int) -> String { base.sentences[k].id.description }

    /// "set by you on 2026-12-06"
    static func setBy(_ c: Correction) -> String { Correction.setByPrefix + SessionDates.format(c.time).prefix(10) }
}

/// The sentences of a model by their text, built on first use (a book's corrections that all moved cost one pass).
final class SentenceTextIndex: @unchecked Sendable {
    private var byText: [String: [Int]]?

    func sentences(withText text: String, in model: KnowledgeModel) -> [Int] {
        if byText == nil {
            var index: [String: [Int]] = [:]
            for k in model.sentences.indices { index[model.text(of: model.sentences[k]), default: []].append(k) }
            byText = index
        }
        return byText?[text] ?? []
    }
}
