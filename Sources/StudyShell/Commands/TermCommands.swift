import StudyKit

extension Command {
    static let terms = Command(
        "terms", group: .understand, usage: "[§2]",
        summary: "Key words and phrases of the essay (or a section), with the sentences they occur in",
        example: "terms §2", completion: .ids(paragraphs: false, sentences: false, sections: true, words: []),
        maximumArguments: 1
    ) { context, arguments in
        let m = context.model
        var list = m.keyTerms
        var heading = "Key terms of the essay"
        if let word = arguments.positional.first {
            let selection = try Selection(word.hasPrefix("§") || word.lowercased().hasPrefix("sec") ? word : "§" + word,
                                          in: m, command: "terms")
            guard case .section(let n) = selection else { throw CommandError("terms: write a section, e.g. terms §2") }
            list = m.sectionKeyTerms.indices.contains(n - 1) ? m.sectionKeyTerms[n - 1] : []
            heading = "Key terms of §\(n) \(m.sections[n - 1].label)"
        }
        let out = context.output
        if arguments.json {
            out.json(ModelJSON.keyTerms(list, in: m))
            return
        }
        out.line(heading, .heading)
        if list.isEmpty { out.line("  (none found)", .dim) }
        let width = min(32, (list.map { $0.text.count }.max() ?? 10) + 2)
        for term in list {
            let ids = idList(term.sentences.map { m.sentences[$0].id.description })
            if term.text.count > width - 2 {
                // A term longer than the column stands on its own line; its ids go under the column.
                out.wrapped([Span(term.text)], prefix: [Span("  ")], indent: 4)
                out.wrapped([Span(ids, .id)], prefix: [Span(String(repeating: " ", count: width + 2))], indent: width + 3)
            } else {
                out.wrapped([Span(ids, .id)], prefix: [Span("  "), Span(term.text.padding(width))], indent: width + 3)
            }
        }
    }

    static let entities = Command(
        "entities", group: .understand, usage: "[--kind person|organization|place|group|date|number]",
        summary: "People, organisations, places, dates and numbers the essay names, with how often",
        example: "entities --kind person", options: ["--kind"],
        completion: .words(Entity.Kind.allCases.map(\.rawValue))
    ) { context, arguments in
        let m = context.model
        var list = m.entities
        if let kindName = arguments.options["--kind"] {
            guard let kind = Entity.Kind(rawValue: kindName.lowercased())
                    ?? Entity.Kind(rawValue: String(kindName.lowercased().dropLast())) else {
                let kinds = Entity.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandError("entities: no kind '\(kindName)'; use one of \(kinds)")
            }
            list = list.filter { $0.kind == kind }
        }
        let out = context.output
        if arguments.json { out.json(ModelJSON(m).entities.filter { e in list.contains { $0.name == e.name && $0.kind.rawValue == e.kind } }); return }
        if list.isEmpty { out.line("(no entities found)", .dim); return }
        for kind in Entity.Kind.allCases {
            let group = list.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            // One form of heading for every kind, however many it holds: People, Organizations, Places…
            out.line(kind == .person ? "People" : kind.rawValue.capitalized + "s", .heading)
            for e in group {
                let titles = e.titles.isEmpty ? "" : " (" + e.titles.joined(separator: ", ") + ")"
                let count = "\(e.mentions.count)×"
                out.wrapped([Span(e.name + titles), Span("  "), Span(count, .dim)], prefix: [Span("  ")], indent: 4)
            }
        }
    }

    static let mentions = Command(
        "mentions", group: .understand, usage: "NAME", summary: "Every sentence that mentions a person, place or thing",
        example: "mentions Petraeus", maximumArguments: nil
    ) { context, arguments in
        let m = context.model
        let query = arguments.positional.joined(separator: " ")
        guard !query.isEmpty else { throw CommandError("mentions: whom? write mentions NAME, e.g. mentions Bush") }
        let found = entities(named: query, in: m)
        guard !found.isEmpty else {
            throw CommandError("mentions: no entity named '\(query)'; type entities to see them, or find WORDS")
        }
        let out = context.output
        if arguments.json {
            out.json(ModelJSON(m).entities.filter { e in found.contains { $0.name == e.name && $0.kind.rawValue == e.kind } })
            return
        }
        for e in found {
            out.line([Span(e.name, .heading), Span("  \(e.kind.rawValue), \(e.mentions.count) mention\(e.mentions.count == 1 ? "" : "s")", .dim)])
            var seen = Set<Int>()
            for mention in e.mentions where seen.insert(mention.sentence).inserted {
                let s = m.sentences[mention.sentence]
                let ranges = e.mentions.filter { $0.sentence == mention.sentence }.map(\.range)
                out.wrapped(highlighted(m, sentence: s, ranges: ranges),
                            prefix: [Span("  "), Span(s.id.description, .id), Span(" ")], indent: 3 + s.id.description.count)
            }
        }
    }

    /// The entities a name given to `mentions` means, the first rule that finds any: the name or a mention as
    /// written (a possessive `'s` left out); an acronym of the name's capitalised words (`UN`, `EU`); a word of
    /// the name or of a mention that starts with it (three letters or more), so `UN` never finds `Sunni`.
    static func entities(named query: String, in m: KnowledgeModel) -> [Entity] {
        var q = query.lowercased()
        for suffix in ["'s", "’s"] where q.hasSuffix(suffix) { q = String(q.dropLast(2)) }
        let exact = m.entities.filter { e in e.name.lowercased() == q || e.mentions.contains { $0.text.lowercased() == q } }
        if !exact.isEmpty { return exact }
        let letters = query.filter { $0 != "." }
        if letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) {
            let acronyms = m.entities.filter { e in
                String(e.name.split(separator: " ").filter { $0.first?.isUppercase ?? false }.compactMap(\.first)) == letters
            }
            if !acronyms.isEmpty { return acronyms }
        }
        guard q.count >= 3 else { return [] }
        func startsAWord(_ text: String) -> Bool {
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0.hasPrefix(q) }
        }
        return m.entities.filter { e in startsAWord(e.name) || e.mentions.contains { startsAWord($0.text) } }
    }

    /// A sentence as spans, with the given text ranges emphasised.
    static func highlighted(_ m: KnowledgeModel, sentence: Sentence, ranges: [Range<Int>]) -> [Span] {
        var spans: [Span] = []
        var position = sentence.range.lowerBound
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound })
        where r.lowerBound >= position && r.upperBound <= sentence.range.upperBound {
            if r.lowerBound > position { spans.append(Span(m.text(of: position..<r.lowerBound))) }
            spans.append(Span(m.text(of: r), .emphasis))
            position = r.upperBound
        }
        if position < sentence.range.upperBound { spans.append(Span(m.text(of: position..<sentence.range.upperBound))) }
        return spans
    }

    /// `S1.1, S2.3 …` shortened to the first 8 ids.
    static func idList(_ ids: [String]) -> String {
        ids.count <= 8 ? ids.joined(separator: " ") : ids.prefix(8).joined(separator: " ") + " … (\(ids.count))"
    }
}
