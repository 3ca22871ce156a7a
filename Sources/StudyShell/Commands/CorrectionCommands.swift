import Foundation
import StudyKit

/// The reader's corrections of the model: each takes effect at once in every command, is saved to the essay's
/// corrections file and recorded in the session. (`thesis S6.3` and `section split|merge|name` are the `thesis` and
/// `section` commands with arguments.)
extension Command {
    static let role = Command(
        "role", group: .argument, usage: "S8.8 ROLE|auto",
        summary: "Set a sentence's role (thesis, claim, reason, evidence, objection, prediction…); auto returns it to the model",
        example: "role S8.8 prediction",
        completion: .ids(paragraphs: false, sentences: true, sections: false, words: ArgumentRole.allCases.map(\.rawValue) + ["auto"]),
        maximumArguments: 2
    ) { context, arguments in
        let p = arguments.positional
        guard p.count == 2 else { throw CommandError("role: write role S8.8 prediction (or role S8.8 auto)") }
        if p[1].lowercased() == "auto" {
            let (k, _) = try checked("role") { () throws(CorrectionsError) in try Correction.sentence(p[0], in: context.model) }
            try context.returnToModel(sentence: k, command: "role")
            confirm(context, arguments, nil, "\(context.model.sentences[k].id) has the model's role again: \(context.model.argument.assignments[k].role.rawValue)")
            return
        }
        try make(context, arguments, "role") { m throws(CorrectionsError) in try Correction.role(p[0], p[1], in: m) }
    }

    static let link = Command(
        "link", group: .argument, usage: "S7.1 supports|attacks S6.3",
        summary: "Link two sentences: the first supports (or attacks) the second, in place of its other links",
        example: "link S7.1 supports S6.3",
        completion: .ids(paragraphs: false, sentences: true, sections: false, words: ["supports", "attacks"]),
        maximumArguments: 3
    ) { context, arguments in
        let p = arguments.positional
        guard p.count == 3 else { throw CommandError("link: write link S7.1 supports S6.3 (or attacks)") }
        try make(context, arguments, "link") { m throws(CorrectionsError) in try Correction.link(p[0], p[1], p[2], in: m) }
    }

    static let unlink = Command(
        "unlink", group: .argument, usage: "S8.2 S6.3", summary: "Remove the link between two sentences",
        example: "unlink S8.2 S6.3", completion: .ids(paragraphs: false, sentences: true, sections: false, words: []),
        maximumArguments: 2
    ) { context, arguments in
        let p = arguments.positional
        guard p.count == 2 else { throw CommandError("unlink: write unlink S8.2 S6.3") }
        try make(context, arguments, "unlink") { m throws(CorrectionsError) in try Correction.unlink(p[0], p[1], in: m) }
    }

    static let holder = Command(
        "holder", group: .argument, usage: "S9.1 author|\"WHO\"",
        summary: "Say who holds the view a sentence states: author, or someone named",
        example: "holder S9.1 author", completion: .ids(paragraphs: false, sentences: true, sections: false, words: ["author"]),
        maximumArguments: nil
    ) { context, arguments in
        let p = arguments.positional
        guard p.count >= 2 else { throw CommandError("holder: write holder S9.1 author, or holder S9.1 \"the critics\"") }
        let who = p.dropFirst().joined(separator: " ")
        try make(context, arguments, "holder") { m throws(CorrectionsError) in try Correction.holder(p[0], who, in: m) }
    }

    static let evidence = Command(
        "evidence", group: .argument, usage: "S7.1 authority|example|precedent|statistic",
        summary: "Mark a sentence as evidence of a kind (a source, an example or precedent, a statistic or fact)",
        example: "evidence S7.1 precedent",
        completion: .ids(paragraphs: false, sentences: true, sections: false, words: ["authority", "example", "precedent", "statistic"]),
        maximumArguments: 2
    ) { context, arguments in
        let p = arguments.positional
        guard p.count == 2 else { throw CommandError("evidence: write evidence S7.1 precedent (authority, example or statistic)") }
        try make(context, arguments, "evidence") { m throws(CorrectionsError) in try Correction.evidence(p[0], p[1], in: m) }
    }

    static let corrections = Command(
        "corrections", group: .argument, usage: "[export FILE [--force] | import FILE]",
        summary: "List your corrections and flags on this essay; export them to a file to share, or import one",
        example: "corrections export albright-corrections.json", flags: ["--force"],
        completion: .words(["export", "import"]), maximumArguments: 2
    ) { context, arguments in
        try CorrectionsActions.run(context, arguments)
    }

    /// Makes a correction from the words typed, against the model as it stands, then confirms it.
    static func make(_ context: ShellContext, _ arguments: Arguments, _ command: String,
                     _ build: (KnowledgeModel) throws(CorrectionsError) -> Correction) throws {
        let correction = try checked(command) { () throws(CorrectionsError) in try build(context.model) }
        try context.correct(correction, command: command)
        confirm(context, arguments, correction, correction.summary)
    }

    /// Runs a check that may fail with a corrections error; the error names the command.
    static func checked<T>(_ command: String, _ body: () throws(CorrectionsError) -> T) throws(CommandError) -> T {
        do { return try body() } catch { throw CommandError("\(command): \(error.message)") }
    }

    /// `Set by you: S8.8 is a prediction`, or the correction as JSON.
    static func confirm(_ context: ShellContext, _ arguments: Arguments, _ correction: Correction?, _ text: String) {
        if arguments.json {
            if let correction { context.output.json(CorrectionJSON(correction)) } else { context.output.json(["changed": text]) }
            return
        }
        let saved = context.correctionsStore == nil ? "" : " (saved; corrections lists yours)"
        context.output.wrapped([Span("Set by you: ", .success), Span(text), Span(saved, .dim)])
    }
}

/// A correction as `--json` prints it.
struct CorrectionJSON: Encodable {
    let action: String
    let target: String
    let other: String?
    let value: String?
    let summary: String
    let time: String
    let setAsideBecause: String?

    init(_ c: Correction) {
        action = c.action.rawValue
        target = c.target
        other = c.other
        value = c.value
        summary = c.summary
        time = SessionDates.format(c.time)
        setAsideBecause = c.setAsideBecause
    }
}
