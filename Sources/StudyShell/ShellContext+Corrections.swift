import Foundation
import StudyKit

/// The reader's corrections in the shell: read with the essay, applied over the analysis, changed by the correction
/// commands (each saved at once, atomically, and recorded in the session), and the flagged questions left out
/// wherever questions are chosen.
extension ShellContext {
    /// Reads the loaded essay's corrections from `folder` and applies them; a problem is reported once, in one line.
    public func useCorrections(folder: String) {
        correctionsStore = CorrectionsStore(folder: folder)
        loadCorrections()
    }

    /// Reads the corrections of the essay now loaded (after `load`), applies them and reports what does not fit.
    func loadCorrections() {
        corrections = CorrectionsFile(model: analysedModel)
        correctionsProblem = nil
        var changedFrom: String?
        switch correctionsStore?.find(for: analysedModel) ?? .none {
        case .none:
            break
        case .exact(let file, _):
            corrections = file
        case .changed(let file, let path):
            // Made on another version of the essay: carried over and written at once to this version's own file (the
            // other one is left as it is). Another essay that only shares the file name (nothing applies, another
            // title) is not this one's.
            if file.essay.title != analysedModel.displayTitle,
               CorrectionApplier().apply(file.corrections, to: analysedModel).applied.isEmpty { break }
            corrections.corrections = file.corrections
            corrections.setAside = file.setAside
            corrections.flags = file.flags
            changedFrom = path
        case .unreadable(let path, let problem):
            let problem = "corrections: \(SafeText.clean(path, limit: 160)) \(problem.message); the model is shown uncorrected and the file is left as it is"
            correctionsProblem = problem
            output.warning(problem)
        }
        let total = corrections.corrections.count
        let result = reapply()
        corrections.corrections = result.applied
        corrections.setAside += result.setAside
        if changedFrom != nil || !result.setAside.isEmpty {
            var line = "corrections: "
            if let changedFrom {
                line += "\(SafeText.clean(changedFrom, limit: 160)) was made on another version of this essay; "
            }
            line += "\(result.applied.count) of \(total) apply"
            if !result.setAside.isEmpty {
                let why = result.setAside.prefix(6).map { "\($0.target) (\($0.setAsideBecause ?? "no longer fits"))" }
                line += "; set aside: " + why.joined(separator: ", ") + (result.setAside.count > 6 ? ", …" : "")
            }
            // Saved now, with what applied and what was set aside, so that this is said once, not at every start.
            if let store = correctionsStore {
                do { try store.save(corrections, for: analysedModel) } catch {
                    line += "; \(error.message), so this is said again at the next start"
                }
            }
            output.warning(SafeText.clean(line))
        }
    }

    /// Applies the corrections in effect to the analysed model.
    @discardableResult
    func reapply() -> CorrectionApplier.Result {
        let result = CorrectionApplier().apply(corrections.corrections, to: analysedModel)
        model = result.model
        correctionNotes = result.notes
        cachedEvidence = nil
        return result
    }

    /// Makes a correction: applied at once, saved to the essay's corrections file and recorded in the session.
    public func correct(_ correction: Correction, command: String) throws(CommandError) {
        try change(command: command) { $0.add(correction) }
        append(SessionEvent(kind: .correction, line: correction.summary))
    }

    /// Returns a sentence's role to the model's (`role S8.8 auto`).
    public func returnToModel(sentence k: Int, command: String) throws(CommandError) {
        let id = model.sentences[k].id.description
        let quote = model.text(of: model.sentences[k])
        guard corrections.corrections.contains(where: { [.role, .evidence, .thesis].contains($0.action) && $0.quote == quote }) else {
            throw CommandError("\(command): you have not set the role of \(id); it is the model's already")
        }
        try change(command: command) { $0.returnToModel(quote: quote) }
        append(SessionEvent(kind: .correction, line: "\(id) has the model's role again"))
    }

    /// Flags a question (and any with the same kind, prompt and key); false when it was flagged already.
    public func flag(_ question: Question, reason: String?, command: String) throws(CommandError) -> Bool {
        guard !corrections.isFlagged(question) else { return false }
        try change(command: command) { $0.flag(question, reason: reason) }
        append(SessionEvent(kind: .flag, line: "flagged: " + question.prompt, questionData: question, reason: reason))
        return true
    }

    /// Takes back flag number `number` (1-based, as `flags` lists them).
    public func unflag(_ number: Int, command: String) throws(CommandError) -> QuestionFlag {
        guard corrections.flags.indices.contains(number - 1) else {
            let count = corrections.flags.count
            throw CommandError(count == 0 ? "\(command): no question is flagged"
                               : "\(command): no flag \(number); flags lists 1–\(count)")
        }
        let flag = corrections.flags[number - 1]
        try change(command: command) { $0.flags.remove(at: number - 1) }
        append(SessionEvent(kind: .unflag, line: "unflagged: " + flag.prompt))
        return flag
    }

    /// Adds the corrections and flags of a shared file (made on this essay, or on another version of it: what no
    /// longer fits is set aside). A correction already in effect is not added twice. Returns how many corrections
    /// and new flags were added, and what was set aside.
    public func importCorrections(_ file: CorrectionsFile, command: String) throws(CommandError)
        -> (applied: Int, flags: Int, setAside: [Correction]) {
        let new = file.corrections.filter { c in !corrections.corrections.contains { $0.makesSameChange(as: c) } }
        var combined = corrections
        for c in new { combined.add(c) }
        let before = combined.flags.count
        for f in file.flags where !combined.flags.contains(where: { $0.key == f.key }) { combined.flags.append(f) }
        // Nothing new: nothing is written or recorded.
        if new.isEmpty && combined.flags.count == before { return (0, 0, []) }
        let result = CorrectionApplier().apply(combined.corrections, to: analysedModel)
        let setAside = result.setAside
        let imported = new.filter { c in result.applied.contains { $0.makesSameChange(as: c) } }.count
        try change(command: command) {
            $0.corrections = result.applied
            $0.setAside += setAside
            $0.flags = combined.flags
        }
        let flags = combined.flags.count - before
        append(SessionEvent(kind: .correction, line: "imported \(imported) corrections and \(flags) flags"))
        return (imported, flags, setAside)
    }

    /// The questions of a list that are not flagged.
    public func unflagged(_ questions: [Question]) -> [Question] { corrections.unflagged(questions) }

    /// Changes the corrections, saves them, then applies them; on failure nothing changes.
    private func change(command: String, _ edit: (inout CorrectionsFile) -> Void) throws(CommandError) {
        if let problem = correctionsProblem {
            throw CommandError("\(command): not saved: \(problem.dropFirst("corrections: ".count)); fix or move the file, then try again")
        }
        var updated = corrections
        edit(&updated)
        if let store = correctionsStore {
            do { try store.save(updated, for: analysedModel) } catch {
                throw CommandError("\(command): \(error.message); nothing was changed")
            }
        }
        corrections = updated
        let result = reapply()
        if !result.setAside.isEmpty {
            // Checked before it was made, so this would be a defect: keep it, but say so.
            output.warning("\(command): \(result.setAside.map { "\($0.target): \($0.setAsideBecause ?? "")" }.joined(separator: "; ")) (not applied)")
        }
        onLoad?(model)
    }
}
