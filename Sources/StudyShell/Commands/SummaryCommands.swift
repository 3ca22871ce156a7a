import StudyKit

extension Command {
    static let summarize = Command(
        "summarize", aliases: ["summary"], group: .understand,
        usage: "[§2 | P3-P5 | all] [--sentences N | --words N | --ratio 0.2] [--argument] [--explain]",
        summary: "The sentences that best sum up the essay (or a part), with ids; --argument gives a prose digest",
        example: "summarize §2 --sentences 2", flags: ["--argument", "--explain"],
        options: ["--sentences", "--words", "--ratio"],
        completion: .ids(paragraphs: true, sentences: false, sections: true, words: ["all"]),
        maximumArguments: 1
    ) { context, arguments in
        let m = context.model
        let selection = try Selection(arguments.positional.first ?? "all", in: m, command: "summarize")
        if case .sentence = selection {
            throw CommandError("summarize: a sentence is already its own summary; write a section (§2), paragraphs (P3-P5) or all")
        }
        let budget = try summaryBudget(arguments)
        let summarizer = Summarizer(model: m)
        let summary = summarizer.summarize(selection, budget: budget)
        let out = context.output
        let what = describe(selection, in: m)
        if arguments.has("--argument") {
            let input = ArgumentDigestInput.from(model: m, summary: summary)
            let digest = ArgumentDigest(input, model: m)
            if arguments.json { out.json(DigestJSON(digest, model: m)); return }
            out.line("The argument of \(what), in brief", .heading)
            guard !digest.clauses.isEmpty else {
                out.line("(no claims found to digest)", .dim)
                return
            }
            out.wrapped(digest.pieces.flatMap { piece -> [Span] in
                switch piece {
                case .frame(let s): return [Span(s)]
                case .clause(let c): return [Span(c.text), Span(" [\(m.sentences[c.sentence].id)]", .id)]
                }
            })
            if arguments.has("--explain") {
                out.line()
                for c in digest.clauses {
                    let id = m.sentences[c.sentence].id.description
                    out.wrapped([Span(c.role.rawValue, .dim), Span("  "), Span(m.text(of: m.sentences[c.sentence]))],
                                prefix: [Span(id.padding(7), .id)], indent: 7)
                }
            }
            return
        }
        if arguments.json { out.json(SummaryJSON(summary, model: m, explain: arguments.has("--explain"))); return }
        let words = summary.lines.reduce(0) { $0 + m.sentences[$1.sentence].tokens.count }
        let total = summary.sentences.reduce(0) { $0 + m.sentences[$1].tokens.count }
        out.line("Summary of \(what): \(summary.lines.count) of \(summary.sentences.count) sentences, \(words) of \(total) words",
                 .heading)
        if summary.lines.isEmpty { out.line("  (nothing to summarise)", .dim) }
        if case .all = selection, !summary.lines.isEmpty, summary.point == nil {
            out.line("  (no argued thesis: the text does not argue one, so these are the most central sentences)", .dim)
        }
        for line in summary.lines {
            let id = m.sentences[line.sentence].id.description
            out.wrapped([Span(m.text(of: m.sentences[line.sentence]))], prefix: [Span(id.padding(7), .id)], indent: 7)
            if arguments.has("--explain") {
                out.wrapped([Span(explanation(line), .dim)], prefix: [Span(String(repeating: " ", count: 7))], indent: 7)
            }
        }
        if arguments.has("--explain") {
            out.line()
            out.wrapped([Span("relevance = (0.2 TextRank centrality + 0.8 word frequency) × role × form; chosen by 0.75 relevance − 0.25 redundancy (similarity to sentences already chosen), the point first, antecedents brought along.", .dim)])
        }
    }

    /// One line of score parts for `--explain`.
    static func explanation(_ line: Summary.Line) -> String {
        let s = line.score
        return "#\(line.rank)  relevance \(format(s.relevance)) = (centrality \(format(s.centrality)), frequency \(format(s.frequency)), "
            + "position \(format(s.position))) × role \(format(s.role)) × form \(format(s.form));"
            + " redundancy \(format(s.redundancy))"
    }

    /// The budget from `--sentences`, `--words` or `--ratio` (at most one), or nil for the default.
    static func summaryBudget(_ arguments: Arguments) throws(CommandError) -> SummaryBudget? {
        let given = ["--sentences", "--words", "--ratio"].filter { arguments.options[$0] != nil }
        if given.count > 1 {
            throw CommandError("summarize: give one of --sentences, --words or --ratio, not \(given.joined(separator: " and "))")
        }
        if let v = arguments.options["--sentences"] {
            guard let n = Int(v), n > 0 else { throw CommandError("summarize: --sentences must be a whole number above 0, e.g. --sentences 3") }
            return .sentences(n)
        }
        if let v = arguments.options["--words"] {
            guard let n = Int(v), n > 0 else { throw CommandError("summarize: --words must be a whole number above 0, e.g. --words 100") }
            return .words(n)
        }
        if let v = arguments.options["--ratio"] {
            guard let r = Double(v), r > 0, r <= 1 else { throw CommandError("summarize: --ratio must be between 0 and 1, e.g. --ratio 0.2") }
            return .ratio(r)
        }
        return nil
    }

    static func describe(_ selection: Selection, in m: KnowledgeModel) -> String {
        switch selection {
        case .all: return "the essay"
        case .section(let n): return "§\(n) \(m.sections[n - 1].label)"
        case .paragraphs(let r): return r.count == 1 ? "P\(r.lowerBound)" : "P\(r.lowerBound)–P\(r.upperBound)"
        case .sentence(let i): return m.sentences[i].id.description
        }
    }
}

/// `summarize --json`.
struct SummaryJSON: Encodable {
    struct Line: Encodable {
        let id: String
        let text: String
        let rank: Int
        let score: SummaryScore?
    }
    let sentences: [Line]
    let from: String
    let to: String
    /// The id of the thesis (whole text) or main claim (a part) the summary keeps; absent when there is none.
    let point: String?

    init(_ summary: Summary, model m: KnowledgeModel, explain: Bool) {
        sentences = summary.lines.map {
            Line(id: m.sentences[$0.sentence].id.description, text: m.text(of: m.sentences[$0.sentence]), rank: $0.rank,
                 score: explain ? $0.score : nil)
        }
        from = summary.sentences.first.map { m.sentences[$0].id.description } ?? ""
        to = summary.sentences.last.map { m.sentences[$0].id.description } ?? ""
        point = summary.point.map { m.sentences[$0].id.description }
    }
}

/// `summarize --argument --json`.
struct DigestJSON: Encodable {
    struct Clause: Encodable {
        let role: String
        let id: String
        let text: String
    }
    let text: String
    let clauses: [Clause]

    init(_ digest: ArgumentDigest, model m: KnowledgeModel) {
        text = digest.text(in: m)
        clauses = digest.clauses.map { Clause(role: $0.role.rawValue, id: m.sentences[$0.sentence].id.description, text: $0.text) }
    }
}
