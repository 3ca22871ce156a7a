import StudyKit

extension Command {
    static let find = Command(
        "find", group: .lookUp, usage: "WORDS [in §2] [--limit N] [--explain]",
        summary: "Sentences that best match the words, ranked, with the matches highlighted; --explain shows the score",
        example: "find coordinated international assistance", flags: ["--explain"], options: ["--limit"],
        maximumArguments: nil
    ) { context, arguments in
        try runSearch(context, arguments, command: "find", mode: .words, defaultLimit: 5)
    }

    static let `where` = Command(
        "where", group: .lookUp, usage: "STATEMENT [in §2] [--limit N] [--explain]",
        summary: "Where the essay says something: the sentences that best state a paraphrase, or that it does not seem to say it",
        example: "where the UN wants to help more", flags: ["--explain"], options: ["--limit"],
        maximumArguments: nil
    ) { context, arguments in
        try runSearch(context, arguments, command: "where", mode: .statement, defaultLimit: 3)
    }

    /// `find` and `where`: parse the query and its limits, search, render.
    static func runSearch(_ context: ShellContext, _ arguments: Arguments, command: String,
                          mode: EvidenceIndex.Mode, defaultLimit: Int) throws {
        let m = context.model
        let raw = arguments.positional.joined(separator: " ")
        let parsed = QueryParser().parse(raw)
        guard !parsed.text.isEmpty else {
            throw CommandError(command == "find"
                ? "find: what? write find WORDS, e.g. find international assistance"
                : "where: where is what said? write where STATEMENT, e.g. where the UN wants to help more")
        }
        var limit = defaultLimit
        if let value = arguments.options["--limit"] {
            guard let n = Int(value), n > 0 else {
                throw CommandError("\(command): --limit needs a positive number, e.g. --limit 10")
            }
            limit = n
        }
        if let n = parsed.section, m.section(n) == nil {
            let count = m.sections.count
            throw CommandError("\(command): no section §\(n): the essay has " + (count == 1 ? "only §1" : "§1–§\(count)"))
        }
        var hits = context.evidence.search(parsed.text, in: parsed.section, limit: limit, mode: mode)
        let out = context.output
        // `where`: unless the first sentence states it (`StatementCheck`), the essay does not seem to say it; only
        // the closest is shown.
        let check = mode == .statement ? hits.first.map { context.evidence.check(parsed.text, against: $0.sentence) } : nil
        let stated = check?.states
        if stated == false { hits = Array(hits.prefix(1)) }
        if arguments.json {
            out.json(SearchJSON(query: parsed.text, section: parsed.section.map { "§\($0)" }, stated: stated,
                                reason: check.flatMap { $0.states ? nil : refusalReason($0) }, hits: hits, model: m))
            return
        }
        guard !hits.isEmpty else {
            let scope = parsed.section.map { " in §\($0)" } ?? ""
            if parsed.concepts.isEmpty {
                throw CommandError("\(command): '\(parsed.text)' has only common words (the, of, is …); try words that carry meaning")
            }
            throw CommandError("\(command): no sentence\(scope) mentions '\(parsed.text)'; try fewer or other words")
        }
        let explain = arguments.has("--explain")
        if let check, !check.states {
            let why = refusalReason(check)
            out.wrapped([Span("The essay does not seem to say that", .heading), Span("; closest (\(why)):")])
        } else if check != nil, let at = hits.first.flatMap({ m.argument.attributions[$0.sentence] }), !at.isSource {
            // Said, but as another's view: the reader asked what the essay says, not whose view it is.
            out.wrapped([Span("The essay says that as the view of ", .heading), Span(at.holder, .emphasis),
                         Span(" (\(cue(at))), not as its own:")])
        }
        for (rank, hit) in hits.enumerated() {
            if rank > 0 { out.line() }
            renderHit(hit, rank: rank + 1, in: m, output: out, explain: explain)
        }
    }

    /// Why `where` does not take a statement as said: how much of it the closest sentence covers, and the
    /// conflict found, if any ("71% of it found; it says “1 million dollars”, not “nine million dollars”").
    static func refusalReason(_ check: StatementCheck) -> String {
        var why = "\(Int((check.covered * 100).rounded()))% of it found"
        switch check.conflict {
        case .antonym(let statement, let sentence)?: why += "; it says \u{201C}\(sentence)\u{201D} where you say \u{201C}\(statement)\u{201D}"
        case .denial(let word)?: why += "; it says \u{201C}\(word)\u{201D}"
        case .amount(let statement, let sentence)?: why += "; it says \u{201C}\(sentence)\u{201D}, not \u{201C}\(statement)\u{201D}"
        case .time(let statement, let sentence)?: why += "; it says \u{201C}\(sentence)\u{201D}, not \u{201C}\(statement)\u{201D}"
        case .direction(let statement, let sentence)?:
            why += "; it says \u{201C}\(sentence)\u{201D} where you say \u{201C}\(statement)\u{201D}, the other way"
        case .absolute(let word)?: why += "; nothing in it says \u{201C}\(word)\u{201D}"
        case .modality(let statement, let sentence)?: why += "; it says \u{201C}\(sentence)\u{201D} where you say \u{201C}\(statement)\u{201D}"
        case .affirmation(let word)?: why += "; it has nothing like \u{201C}\(word)\u{201D}"
        case .actor(let statement, let sentence)?: why += "; it says \u{201C}\(sentence)\u{201D} did it, not \u{201C}\(statement)\u{201D}"
        case .substitution(let statement, let sentence)?:
            why += "; it says \u{201C}\(sentence)\u{201D} where you say \u{201C}\(statement)\u{201D}"
        case .unsupported(let said)?: why += "; nothing near it says \u{201C}\(said)\u{201D}"
        case nil: break
        }
        return why
    }

    /// One hit: `1. S8.3  §2 label`, the sentence with the matches highlighted, a dim line labelled `context:`,
    /// and with `--explain` the score's parts and what matched what.
    static func renderHit(_ hit: EvidenceHit, rank: Int, in m: KnowledgeModel, output out: Output, explain: Bool) {
        let s = m.sentences[hit.sentence]
        let id = s.id.description
        var header: [Span] = [Span("\(rank). "), Span(id, .id)]
        if let section = m.sectionIndex(ofParagraph: s.paragraphIndex) {
            header.append(Span("  §\(section + 1) \(m.sections[section].label)", .dim))
        }
        out.wrapped(header)
        out.wrapped(highlighted(m, sentence: s, ranges: hit.matches), prefix: [Span("   ")], indent: 3)
        let context = contextLine(hit.sentence, in: m)
        // Labelled, so that without colour (NO_COLOR) the context is not taken for the hit itself.
        if !context.isEmpty { out.wrapped([Span(context, .dim)], prefix: [Span("   context: ", .dim)], indent: 12) }
        if let at = m.argument.attributions[hit.sentence] {
            let label = at.isSource ? "   cites: " : "   held by: "
            out.wrapped([Span(at.holder, .emphasis), Span("  " + holding(at), .dim)],
                        prefix: [Span(label, .dim)], indent: label.count)
        }
        guard explain else { return }
        let p = hit.parts
        var sum = "bm25 \(format(p.bm25)) + related \(format(p.related)) + phrase \(format(p.phrase))"
        sum += " + proximity \(format(p.proximity)) + entity \(format(p.entity)) + key term \(format(p.keyTerm))"
        sum += " = \(format(p.sum)) × coverage \(format(p.coverage)) (\(Int((p.covered * 100).rounded()))% of the query found)"
        sum += " = \(format(hit.score))"
        out.wrapped([Span(sum, .dim)], prefix: [Span("   score ", .dim)], indent: 9)
        if !hit.matchedTerms.isEmpty {
            let terms = hit.matchedTerms.map { t in
                t.query == t.sentence ? t.query : "\(t.query) → \(t.sentence) (\(t.kind.rawValue))"
            }
            out.wrapped([Span(terms.joined(separator: ", "), .dim)], prefix: [Span("   matched ", .dim)], indent: 11)
        }
    }

    /// The end of the sentence before and the start of the sentence after, within the paragraph: "… lead | next …".
    static func contextLine(_ index: Int, in m: KnowledgeModel) -> String {
        let s = m.sentences[index]
        let paragraph = m.paragraphs[s.paragraphIndex].sentences
        var parts: [String] = []
        if index - 1 >= paragraph.lowerBound {
            let words = m.text(of: m.sentences[index - 1]).split(separator: " ")
            parts.append((words.count > 8 ? "… " : "") + words.suffix(8).joined(separator: " "))
        }
        parts.append("[\(s.id)]")
        if index + 1 < paragraph.upperBound {
            let words = m.text(of: m.sentences[index + 1]).split(separator: " ")
            parts.append(words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : ""))
        }
        return parts.count == 1 ? "" : parts.joined(separator: " ")
    }
}

/// `find --json` and `where --json`: the query and the ranked sentences with their score parts.
struct SearchJSON: Encodable {
    struct Match: Encodable {
        let start, end: Int
        let text: String
    }
    struct Term: Encodable {
        let query, sentence, kind: String
    }
    struct Parts: Encodable {
        let bm25, related, phrase, proximity, entity, keyTerm, coverage, covered: Double
    }
    struct Hit: Encodable {
        let rank: Int
        let id: String
        let section: String?
        let score: Double
        let text: String
        let matches: [Match]
        let terms: [Term]
        let parts: Parts
        /// Whose view the sentence gives when it is not the author's (as `who` says it), nil for the author's own.
        let heldBy: String?
        /// The words that give it to them ("according to", "argue"), and whether they are cited as a source.
        let cue: String?
        let source: Bool?
    }
    let query: String
    let section: String?
    /// `where` only: whether the essay seems to state it (`StatementCheck.states` for the best hit).
    let stated: Bool?
    /// `where` only, when not stated: why, as the screen says it.
    let reason: String?
    let hits: [Hit]

    init(query: String, section: String?, stated: Bool?, reason: String?, hits: [EvidenceHit], model m: KnowledgeModel) {
        self.query = query
        self.section = section
        self.stated = stated
        self.reason = reason
        func r(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
        self.hits = hits.enumerated().map { i, h in
            let s = m.sentences[h.sentence]
            let p = h.parts
            let at = m.argument.attributions[h.sentence]
            return Hit(rank: i + 1, id: s.id.description,
                       section: m.sectionIndex(ofParagraph: s.paragraphIndex).map { "§\($0 + 1)" },
                       score: r(h.score), text: m.text(of: s),
                       matches: h.matches.map { Match(start: $0.lowerBound, end: $0.upperBound, text: m.text(of: $0)) },
                       terms: h.matchedTerms.map { Term(query: $0.query, sentence: $0.sentence, kind: $0.kind.rawValue) },
                       parts: Parts(bm25: r(p.bm25), related: r(p.related), phrase: r(p.phrase), proximity: r(p.proximity),
                                    entity: r(p.entity), keyTerm: r(p.keyTerm), coverage: r(p.coverage), covered: r(p.covered)),
                       heldBy: at?.holder, cue: at?.cue, source: at?.isSource)
        }
    }
}
