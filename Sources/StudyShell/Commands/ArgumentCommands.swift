import StudyKit

extension Command {
    static let thesis = Command(
        "thesis", group: .argument, usage: "[S6.3]",
        summary: "The essay's thesis (and where the author restates it), with confidence; thesis S6.3 sets it",
        example: "thesis S10.1", completion: .ids(paragraphs: false, sentences: true, sections: false, words: []),
        maximumArguments: 1
    ) { context, arguments in
        if let word = arguments.positional.first {
            try make(context, arguments, "thesis") { m throws(CorrectionsError) in try Correction.thesis(word, in: m) }
            return
        }
        let m = context.model
        let a = m.argument
        let out = context.output
        if arguments.json { out.json(a.thesis.map { ModelJSON.role(a.assignments[$0], in: m) }); return }
        guard !a.thesis.isEmpty else {
            out.line("(no clear thesis: no sentence scores high enough; try claims)", .dim)
            return
        }
        for (n, k) in a.thesis.enumerated() {
            let r = a.assignments[k]
            out.line([Span(n == 0 ? "Thesis" : "Restated", .heading), Span("  confidence \(format(r.confidence))", .dim)])
            sentenceLine(m, k, output: out, indent: 2)
        }
    }

    static let argument = Command(
        "argument", aliases: ["map"], group: .argument,
        summary: "The argument as a tree: thesis, claims, reasons and evidence, objections and the author's answers",
        example: "argument"
    ) { context, arguments in
        let m = context.model
        let a = m.argument
        let out = context.output
        if arguments.json { out.json(ModelJSON.argument(m)); return }
        var shown = Set<Int>()
        func walk(_ k: Int, depth: Int, relation: ArgumentMap.Relation?) {
            guard shown.insert(k).inserted, depth < 12 else { return }
            nodeLine(m, k, relation: relation, depth: depth, output: out)
            for r in a.relations(to: k) { walk(r.from, depth: depth + 1, relation: r) }
        }
        if let root = a.mainThesis {
            walk(root, depth: 0, relation: nil)
        } else {
            out.line("(no clear thesis; claims and what supports them:)", .dim)
        }
        // Sub-trees whose head is not linked to the thesis, then what is left out.
        for r in a.assignments where !shown.contains(r.sentence) && a.relations(from: r.sentence).isEmpty
            && !a.relations(to: r.sentence).isEmpty {
            walk(r.sentence, depth: 0, relation: nil)
        }
        let rest = m.sentences.indices.filter { !shown.contains($0) }
        if !rest.isEmpty {
            out.line()
            out.wrapped([Span(idList(rest.map { m.sentences[$0].id.description }), .id)],
                        prefix: [Span("Not linked (background): ", .dim)], indent: 2)
        }
        out.line([Span("+ supports   − attacks   ~ weak link (position or shared words only)", .dim)])
    }

    static let claims = Command(
        "claims", group: .argument, summary: "The thesis and the claims that support or qualify it, with confidence",
        example: "claims"
    ) { context, arguments in
        let m = context.model
        let a = m.argument
        let list = a.assignments.filter { $0.role.isPosition }
        let out = context.output
        if arguments.json { out.json(list.map { ModelJSON.role($0, in: m) }); return }
        if list.isEmpty { out.line("(no claims found)", .dim) }
        for r in list { roleLine(m, r.sentence, output: out) }
    }

    static let why = Command(
        "why", group: .argument, usage: "[S5.1]", summary: "What supports (and attacks) a sentence; the thesis by default",
        example: "why S6.3", completion: .ids(paragraphs: false, sentences: true, sections: false, words: []),
        maximumArguments: 1
    ) { context, arguments in
        let m = context.model
        let k = try sentenceArgument(arguments, m, command: "why")
        let incoming = m.argument.relations(to: k)
        let out = context.output
        if arguments.json {
            out.json(WhyJSON(sentence: ModelJSON.role(m.argument.assignments[k], in: m),
                             relations: incoming.map { ModelJSON.relation($0, in: m) },
                             supports: m.argument.relations(from: k).map { ModelJSON.relation($0, in: m) }))
            return
        }
        roleLine(m, k, output: out)
        if incoming.isEmpty { out.line("  (nothing in the essay is linked to it)", .dim) }
        for r in incoming { nodeLine(m, r.from, relation: r, depth: 1, output: out) }
        for r in m.argument.relations(from: k) {
            out.wrapped([Span("It \(r.kind.rawValue) "), Span(m.sentences[r.to].id.description, .id),
                         Span(r.weak ? " (weak: \(r.basis))" : " (\(r.basis))", .dim)], prefix: [Span("  ")], indent: 4)
        }
    }

    static let objections = Command(
        "objections", group: .argument,
        summary: "Concessions and objections the essay raises, who holds them, and the author's answers",
        example: "objections"
    ) { context, arguments in
        let m = context.model
        let a = m.argument
        let list = a.assignments.filter { $0.role.isOpposing }
        let out = context.output
        if arguments.json {
            out.json(list.map { r in
                ObjectionJSON(objection: ModelJSON.role(r, in: m),
                              answers: a.relations(to: r.sentence).filter { $0.kind == .attacks }.map { ModelJSON.relation($0, in: m) })
            })
            return
        }
        if list.isEmpty { out.line("(no objections or concessions found)", .dim) }
        for r in list {
            roleLine(m, r.sentence, output: out)
            let answers = a.relations(to: r.sentence).filter { $0.kind == .attacks }
            if answers.isEmpty { out.line("    (no answer found)", .dim) }
            for ans in answers { nodeLine(m, ans.from, relation: ans, depth: 2, output: out) }
        }
    }

    static let who = Command(
        "who", group: .argument, usage: "[S3.1]",
        summary: "Who holds the view a sentence states (the author unless attributed); all attributions by default",
        example: "who S3.1", completion: .ids(paragraphs: false, sentences: true, sections: false, words: []),
        maximumArguments: 1
    ) { context, arguments in
        let m = context.model
        let a = m.argument
        let out = context.output
        let list: [Int]
        if arguments.positional.isEmpty {
            list = a.attributions.keys.sorted()
        } else {
            list = [try sentenceArgument(arguments, m, command: "who")]
        }
        if arguments.json {
            out.json(list.map { k in
                WhoJSON(sentence: m.sentences[k].id.description, holder: a.attributions[k]?.holder ?? "the author",
                        cue: a.attributions[k]?.cue, source: a.attributions[k]?.isSource ?? false)
            })
            return
        }
        if list.isEmpty { out.line("(every view in the essay is the author's own)", .dim) }
        for k in list {
            let id = m.sentences[k].id.description
            if let at = a.attributions[k] {
                out.wrapped([Span(at.holder, .emphasis), Span("  " + holding(at), .dim)],
                            prefix: [Span(id, .id), Span("  ")], indent: id.count + 2)
            } else {
                out.wrapped([Span("the author"), Span("  (no other holder is named)", .dim)], prefix: [Span(id, .id), Span("  ")],
                            indent: id.count + 2)
            }
            let s = m.sentences[k]
            out.wrapped(highlighted(m, sentence: s, ranges: a.attributions[k].map { [$0.range] } ?? []), prefix: [Span("    ")], indent: 4)
        }
    }

    static let explain = Command(
        "explain", group: .argument, usage: "[S6.3]",
        summary: "Why a sentence got its role: the features, their weights, the score and confidence; the thesis by default",
        example: "explain S6.3", completion: .ids(paragraphs: false, sentences: true, sections: false, words: []),
        maximumArguments: 1
    ) { context, arguments in
        let m = context.model
        let k = try sentenceArgument(arguments, m, command: "explain")
        let r = m.argument.assignments[k]
        let out = context.output
        if arguments.json {
            out.json(ExplainJSON(role: ModelJSON.role(r, in: m),
                                 thesisFeatures: ModelJSON.features(r.thesisFeatures)))
            return
        }
        roleLine(m, k, output: out)
        if let note = context.correctionNotes[k] {
            // The reader's word replaces the model's reasons.
            out.wrapped([Span("Set by you on \(SessionDates.format(note.time).prefix(10)): ", .heading), Span(note.summary)],
                        prefix: [Span("  ")], indent: 4)
            if let at = m.argument.attributions[k] {
                out.line([Span("  Holder: ", .heading), Span(at.holder), Span(" (\(cue(at)))", .dim)])
            }
            return
        }
        // The model's own probability of the component (a thesis's confidence is that of the decoding instead).
        let probability = r.component == .majorClaim ? r.thesisScore : r.confidence
        out.line([Span("  learned component \(r.component.rawValue), probability \(format(probability))", .emphasis),
                  Span(r.alternative.map { "  runner-up: \($0.rawValue)" } ?? "", .dim)])
        if r.role == .thesis {
            let others = m.argument.thesis.filter { $0 != k }.map { m.sentences[$0].id.description }
            out.line("  Chosen as the thesis with confidence \(format(r.confidence))"
                     + (others.isEmpty ? "" : ", with its \(k == m.argument.mainThesis ? "restatement" : "statement") \(others.joined(separator: ", "))"), .dim)
        }
        out.line("  What weighed most for \(r.role.rawValue)\(r.alternative.map { " over \($0.rawValue)" } ?? ""):", .heading)
        if r.features.isEmpty { out.line("    (none)", .dim) }
        for f in r.features { featureLine(f, output: out) }
        // The thesis candidate's features only when they are not the list just shown (a thesis's own).
        if r.role != .thesis {
            out.line("  As the thesis: probability \(format(r.thesisScore))", .heading)
            for f in r.thesisFeatures.prefix(8) { featureLine(f, output: out) }
        }
        if let at = m.argument.attributions[k] {
            out.line([Span("  Holder: ", .heading), Span(at.holder), Span(" (\(cue(at)))", .dim)])
        }
    }

    // MARK: rendering

    static func featureLine(_ f: ArgumentMap.Feature, output out: Output) {
        let magnitude = f.weight < 0 ? -f.weight : f.weight
        let w = (f.weight >= 0 ? "+" : "−") + format(magnitude)
        out.wrapped([Span(f.name)], prefix: [Span("    "), Span(w.padding(6), f.weight >= 0 ? nil : .dim)], indent: 11)
    }

    /// Why a holder is named: the words of the text in quotes, or the reader's note ("set by you on DATE").
    static func cue(_ at: ArgumentMap.Attribution) -> String { at.isSetByReader ? at.cue : "“\(at.cue)”" }

    /// How a holder gives the view and why it is named, as `who` and the hits of `find`/`where` show it:
    /// "(a view reported: “argue”)", "(cited as a source: “according to”)".
    static func holding(_ at: ArgumentMap.Attribution) -> String {
        "(\(at.isSource ? "cited as a source" : "a view reported"): \(cue(at)))"
    }

    /// `S6.3  thesis 0.82  text…`
    static func roleLine(_ m: KnowledgeModel, _ k: Int, output out: Output) {
        let r = m.argument.assignments[k]
        let id = m.sentences[k].id.description
        var label = r.role.rawValue
        if let kind = r.evidenceKind { label += " (\(kind.rawValue))" }
        if let at = m.argument.attributions[k], !at.isSource { label += " [\(at.holder)]" }
        let prefix = [Span(id, .id), Span("  "), Span(label, .heading), Span(" " + format(r.confidence) + "  ", .dim)]
        out.wrapped([Span(m.text(of: m.sentences[k]))], prefix: prefix, indent: 4)
    }

    static func sentenceLine(_ m: KnowledgeModel, _ k: Int, output out: Output, indent: Int) {
        let id = m.sentences[k].id.description
        out.wrapped([Span(m.text(of: m.sentences[k]))], prefix: [Span(String(repeating: " ", count: indent)), Span(id, .id), Span(" ")],
                    indent: indent + id.count + 1)
    }

    /// One line of the tree: `  + S6.1 reason  Given the depth…`.
    static func nodeLine(_ m: KnowledgeModel, _ k: Int, relation: ArgumentMap.Relation?, depth: Int, output out: Output) {
        let r = m.argument.assignments[k]
        let id = m.sentences[k].id.description
        var mark = ""
        if let relation { mark = (relation.kind == .supports ? "+" : "−") + (relation.weak ? "~" : " ") + " " }
        var label = r.role.rawValue
        if let kind = r.evidenceKind { label += " (\(kind.rawValue))" }
        if let at = m.argument.attributions[k], !at.isSource { label += " [\(at.holder)]" }
        if relation?.weak == true { label += " (weak)" }
        let pad = String(repeating: "  ", count: depth)
        out.wrapped([Span(excerpt(m.text(of: m.sentences[k]), words: 16))],
                    prefix: [Span(pad + mark), Span(id, .id), Span(" "), Span(label, relation?.weak == true ? .dim : .heading), Span("  ")],
                    indent: pad.count + mark.count + 2)
    }

    static func excerpt(_ text: String, words: Int) -> String {
        let parts = text.split(separator: " ")
        return parts.count <= words ? text : parts.prefix(words).joined(separator: " ") + " …"
    }

    /// The sentence an argument names (`S6.3`), or the thesis when there is none.
    static func sentenceArgument(_ arguments: Arguments, _ m: KnowledgeModel, command: String) throws -> Int {
        guard let word = arguments.positional.first else {
            if let t = m.argument.mainThesis { return t }
            throw CommandError("\(command): which sentence? write \(command) S3.1 (the essay has no clear thesis to default to)")
        }
        guard let id = ModelID(word), case .sentence(let p, let s) = id else {
            throw CommandError("\(command): '\(word)' is not a sentence id; write one like S3.1")
        }
        guard let k = m.sentenceIndex(paragraph: p, number: s) else {
            throw CommandError("\(command): there is no \(id) in this essay; type read to see the ids")
        }
        return k
    }
}

struct WhyJSON: Encodable {
    let sentence: ModelJSON.RoleJSON
    /// Relations pointing at the sentence.
    let relations: [ModelJSON.RelationJSON]
    /// Relations from the sentence.
    let supports: [ModelJSON.RelationJSON]
}

struct ObjectionJSON: Encodable {
    let objection: ModelJSON.RoleJSON
    let answers: [ModelJSON.RelationJSON]
}

struct WhoJSON: Encodable {
    let sentence: String
    let holder: String
    let cue: String?
    let source: Bool
}

struct ExplainJSON: Encodable {
    let role: ModelJSON.RoleJSON
    let thesisFeatures: [ModelJSON.FeatureJSON]
}
