import StudyKit

extension Command {
    static let outline = Command(
        "outline", group: .understand, usage: "[--summaries]",
        summary: "The sections with their labels, paragraph ranges and central sentences; --summaries sums up each",
        example: "outline --summaries", flags: ["--summaries"]
    ) { context, arguments in
        let m = context.model
        guard arguments.has("--summaries") else {
            if arguments.json { context.output.json(ModelJSON(m).sections); return }
            for section in m.sections { renderSectionLine(section, in: m, output: context.output, central: true) }
            return
        }
        // Each section with a one- or two-sentence summary (see Summarizer.outlineBudget).
        let summarizer = Summarizer(model: m)
        let summaries = m.sections.map { s -> Summary in
            let count = Selection.section(s.number).sentenceIndexes(in: m).count
            return summarizer.summarize(.section(s.number), budget: Summarizer.outlineBudget(sentenceCount: count))
        }
        if arguments.json {
            context.output.json(zip(m.sections, summaries).map { s, summary in
                OutlineSummaryJSON(id: s.id.description, label: s.label,
                                   paragraphs: "P\(s.paragraphs.lowerBound + 1)-P\(s.paragraphs.upperBound)",
                                   summary: SummaryJSON(summary, model: m, explain: false).sentences)
            })
            return
        }
        for (section, summary) in zip(m.sections, summaries) {
            renderSectionLine(section, in: m, output: context.output, central: false)
            for line in summary.lines {
                let sentence = m.sentences[line.sentence]
                context.output.wrapped([Span(m.text(of: sentence))],
                                       prefix: [Span("    "), Span(sentence.id.description, .id), Span(" ")],
                                       indent: 4 + sentence.id.description.count + 1)
            }
        }
    }

    static let sections = Command(
        "sections", group: .understand, usage: "[--explain]",
        summary: "How the essay divides into sections; --explain shows why each boundary was chosen",
        example: "sections --explain", flags: ["--explain"]
    ) { context, arguments in
        let m = context.model
        let out = context.output
        if arguments.json {
            if arguments.has("--explain") {
                out.json(SectionsExplainedJSON(sections: ModelJSON(m).sections, gaps: ModelJSON(m).sectionGaps))
            } else {
                out.json(ModelJSON(m).sections)
            }
            return
        }
        for section in m.sections { renderSectionLine(section, in: m, output: out, central: false) }
        guard arguments.has("--explain") else { return }
        out.line()
        guard !m.sectionGaps.isEmpty else {
            out.wrapped([Span("There are no gaps between paragraphs to explain (one paragraph).", .dim)])
            return
        }
        out.wrapped([Span("Each gap between paragraphs: cohesion (shared vocabulary across the gap, 0–1), depth (how far it dips below its neighbours), cues (discourse markers opening the next paragraph), score.", .dim)])
        for gap in m.sectionGaps {
            let label = "\(gap.isBoundary ? "§" : " ") P\(gap.paragraphIndex)|P\(gap.paragraphIndex + 1)"
            let numbers = "cohesion \(format(gap.cohesion))  depth \(format(gap.depth))  score \(format(gap.score))"
            let cues = gap.cues.isEmpty ? "" : "  cues: " + gap.cues.joined(separator: ", ")
            out.wrapped([Span(numbers + cues, gap.isBoundary ? .emphasis : nil), Span("\n"), Span(gap.reason, .dim)],
                        prefix: [Span(label, .id), Span("  ")], indent: label.count + 2)
        }
    }

    static let section = Command(
        "section", group: .understand, usage: "§2 | split P4 | merge §2 §3 | name §2 \"NAME\"",
        summary: "A section's paragraphs, key terms and central sentence; split, merge or name sections yourself",
        example: "section §2", completion: .ids(paragraphs: true, sentences: false, sections: true, words: ["split", "merge", "name"]),
        maximumArguments: nil
    ) { context, arguments in
        let p = arguments.positional
        switch p.first?.lowercased() {
        case "split":
            guard p.count == 2 else { throw CommandError("section split: write section split P4 (a section starts at P4)") }
            try make(context, arguments, "section split") { m throws(CorrectionsError) in try Correction.split(p[1], in: m) }
            return
        case "merge":
            guard p.count == 3 else { throw CommandError("section merge: write section merge §2 §3") }
            try make(context, arguments, "section merge") { m throws(CorrectionsError) in try Correction.merge(p[1], p[2], in: m) }
            return
        case "name":
            // The name in quotes, or the rest of the line.
            guard p.count >= 3 else { throw CommandError("section name: write section name §2 \"Why help must be shared\"") }
            let name = p.dropFirst(2).joined(separator: " ")
            try make(context, arguments, "section name") { m throws(CorrectionsError) in try Correction.name(p[1], name, in: m) }
            return
        default:
            if p.count > 1 { throw CommandError("section: write section §2, or section split P4, merge §2 §3, name §2 \"NAME\"") }
        }
        let m = context.model
        guard let word = arguments.positional.first else {
            throw CommandError("section: which one? write section §2 (the essay has §1–§\(m.sections.count))")
        }
        let id = word.hasPrefix("§") || word.lowercased().hasPrefix("sec") ? word : "§" + word
        guard ModelID(id) != nil else {
            throw CommandError("section: '\(word)' is not a section; write section §2, or section split P4, merge §2 §3, name §2 \"NAME\"")
        }
        let selection = try Selection(id, in: m, command: "section")
        guard case .section(let n) = selection, let s = m.section(n) else {
            throw CommandError("section: '\(word)' is not a section; write §2")
        }
        let out = context.output
        if arguments.json { out.json(ModelJSON(m).sections[n - 1]); return }
        renderSectionLine(s, in: m, output: out, central: true)
        let terms = m.sectionKeyTerms.indices.contains(n - 1) ? m.sectionKeyTerms[n - 1] : []
        if !terms.isEmpty {
            out.wrapped([Span(terms.prefix(8).map(\.text).joined(separator: ", "))], prefix: [Span("terms ", .dim)], indent: 6)
        }
        out.line()
        try Command.read.run(context, Arguments(positional: ["P\(s.paragraphs.lowerBound + 1)-P\(s.paragraphs.upperBound)"]))
    }

    /// `§2  P4–P5  label` and, optionally, the central sentence under it.
    static func renderSectionLine(_ s: Section, in m: KnowledgeModel, output out: Output, central: Bool) {
        let range = s.paragraphs.count == 1 ? "P\(s.paragraphs.lowerBound + 1)"
            : "P\(s.paragraphs.lowerBound + 1)–P\(s.paragraphs.upperBound)"
        let label = s.label.isEmpty ? "(no label)" : s.label
        out.wrapped([Span(label, .heading)], prefix: [Span(s.id.description, .id), Span("  "), Span(range.padding(9), .dim)],
                    indent: 13)
        if central {
            let sentence = m.sentences[s.centralSentence]
            out.wrapped([Span(m.text(of: sentence))], prefix: [Span("    "), Span(sentence.id.description, .id), Span(" ")],
                        indent: 4 + sentence.id.description.count + 1)
        }
    }
}

/// `outline --summaries --json`.
struct OutlineSummaryJSON: Encodable {
    let id: String
    let label: String
    let paragraphs: String
    let summary: [SummaryJSON.Line]
}

/// `sections --explain --json`.
struct SectionsExplainedJSON: Encodable {
    let sections: [ModelJSON.SectionJSON]
    let gaps: [ModelJSON.GapJSON]
}

/// A score with two decimals, as every explanation prints it.
func format(_ x: Double) -> String { x.twoDecimals }

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
