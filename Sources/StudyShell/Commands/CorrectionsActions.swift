import Foundation
import StudyKit

/// `corrections`: list the reader's corrections and flags, export them to share (a teacher hands the file to a class
/// with the essay), or import a shared file.
enum CorrectionsActions {
    static func run(_ context: ShellContext, _ arguments: Arguments) throws {
        let p = arguments.positional
        switch p.first?.lowercased() {
        case nil: list(context, arguments)
        case "export":
            guard p.count == 2 else { throw CommandError("corrections export: to which file? e.g. corrections export mine.json (- for the screen)") }
            try export(context, to: p[1], force: arguments.has("--force"), json: arguments.json)
        case "import":
            guard p.count == 2 else { throw CommandError("corrections import: which file? e.g. corrections import teacher.json") }
            try importFile(context, p[1], json: arguments.json)
        default:
            throw CommandError("corrections: write corrections, corrections export FILE or corrections import FILE")
        }
    }

    static func list(_ context: ShellContext, _ arguments: Arguments) {
        let file = context.corrections
        let path = context.correctionsStore?.path(for: context.analysedModel)
        let out = context.output
        if arguments.json {
            out.json(ListJSON(file: path, problem: context.correctionsProblem, corrections: file.corrections.map(CorrectionJSON.init),
                              setAside: file.setAside.map(CorrectionJSON.init),
                              flags: file.flags.enumerated().map { FlagJSON(number: $0 + 1, flag: $1) }))
            return
        }
        if let problem = context.correctionsProblem { out.line(problem, .warning) }
        out.wrapped([Span("Your corrections on \(context.model.displayTitle)", .heading), Span(path.map { " (\($0))" } ?? "", .dim)])
        if file.corrections.isEmpty { out.line("  (none: the model is as analysed; thesis S6.3, role, link… change it)", .dim) }
        for c in file.corrections {
            out.wrapped([Span(c.summary), Span("  \(SessionDates.format(c.time).prefix(10))", .dim)], prefix: [Span("  ")], indent: 4)
        }
        if !file.setAside.isEmpty {
            out.line("Set aside (the essay changed):", .heading)
            for c in file.setAside {
                out.wrapped([Span(c.summary), Span("  (\(c.setAsideBecause ?? "no longer fits"))", .dim)], prefix: [Span("  ")], indent: 4)
            }
        }
        out.line([Span("Flagged questions: \(file.flags.count)", .heading), Span(file.flags.isEmpty ? "" : " (flags lists them)", .dim)])
    }

    static func export(_ context: ShellContext, to path: String, force: Bool, json: Bool) throws {
        let data: Data
        do { data = try context.corrections.jsonData() } catch { throw CommandError("corrections export: cannot encode the corrections") }
        if path == "-" {
            context.output.raw(JSONText.escapingControls(String(decoding: data, as: UTF8.self)))
            return
        }
        do { try AtomicFile.write(data, to: path, existing: force ? .replace : .refuse) } catch {
            throw CommandError("corrections export: cannot write \(SafeText.clean(path, limit: 120)): \(FileErrorReason.of(error))")
        }
        let what = "\(counted(context.corrections.corrections.count, "correction")), \(counted(context.corrections.flags.count, "flag"))"
        if json { context.output.json(["file": path, "wrote": what]); return }
        context.output.line([Span("wrote ", .dim), Span(path), Span(" (\(what))", .dim)])
    }

    static func importFile(_ context: ShellContext, _ path: String, json: Bool) throws {
        let shown = SafeText.clean(path, limit: 120)
        let file: CorrectionsFile
        do { file = try CorrectionsFile.read(path: path) } catch {
            throw CommandError("corrections import: \(shown) \(error.message); nothing was imported")
        }
        if file.essay.contentHash != context.analysedModel.contentHash, !file.corrections.isEmpty,
           CorrectionApplier().apply(file.corrections, to: context.analysedModel).applied.isEmpty {
            throw CommandError("corrections import: \(shown) was made for another text (\(SafeText.clean(file.essay.source, limit: 60))): none of its corrections fits this one; nothing was imported")
        }
        let result = try context.importCorrections(file, command: "corrections import")
        if json {
            context.output.json(ImportJSON(file: path, applied: result.applied, flags: result.flags,
                                           setAside: result.setAside.map(CorrectionJSON.init)))
            return
        }
        if file.essay.contentHash != context.analysedModel.contentHash {
            context.output.warning("corrections import: \(shown) was made on another version of this essay (\(file.essay.source)); what still fits is applied")
        }
        if result.applied == 0, result.flags == 0, result.setAside.isEmpty {
            context.output.line("nothing to import from \(shown): you have its corrections and flags already", .dim)
            return
        }
        var line = "imported \(counted(result.applied, "correction")) and \(counted(result.flags, "flag")) from \(shown)"
        if !result.setAside.isEmpty {
            line += "; set aside: " + result.setAside.map { "\($0.target) (\($0.setAsideBecause ?? ""))" }.joined(separator: ", ")
        }
        context.output.wrapped([Span(line)])
    }

    struct ListJSON: Encodable {
        let file: String?
        let problem: String?
        let corrections: [CorrectionJSON]
        let setAside: [CorrectionJSON]
        let flags: [FlagJSON]
    }

    struct ImportJSON: Encodable {
        let file: String
        let applied: Int
        let flags: Int
        let setAside: [CorrectionJSON]
    }
}
