import Foundation

/// Reads a tab-separated front/back file (as Anki exports "Notes in Plain Text", or as `AnkiExport` writes) into a
/// quiz bank of typed `card` questions for an essay.
///
/// - Lines starting with `#` (Anki's header lines such as `#separator:tab`) and blank lines are skipped.
/// - Each other line is `front<TAB>back[<TAB>tags]`; a field may be quoted (`"…"`, inner quotes doubled, line breaks
///   allowed inside the quotes).
/// - Evidence: sentence ids written in the back as `[S6.3]` (what `AnkiExport` writes) are checked against the essay;
///   a back without ids gets the essay's sentence that best matches the card. The answer is the back before the
///   evidence.
/// - A `secN` tag sets the question's section.
///
/// Errors name the file and the line.
public struct AnkiImport: Sendable {
    public let model: KnowledgeModel

    public init(model: KnowledgeModel) { self.model = model }

    /// One record of the file and the line it starts on.
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// Reads the file's text into a bank, checked as `QuizBank.load` checks any bank.
    public func bank(from text: String, name: String, title: String? = nil) throws(QuizBankError) -> QuizBank {
        let records = try Self.records(text, name: name)
        guard !records.isEmpty else {
            throw QuizBankError("\(name): no cards; each line should be front<TAB>back")
        }
        var index: EvidenceIndex?
        var questions: [Question] = []
        for r in records {
            guard r.fields.count >= 2 else {
                throw QuizBankError("\(name): line \(r.line): one field; a card needs front<TAB>back (fields are separated by tabs)")
            }
            // Escape sequences and control characters never enter a bank.
            let front = SafeText.clean(r.fields[0]).trimmingCharacters(in: .whitespacesAndNewlines)
            let back = SafeText.clean(r.fields[1]).trimmingCharacters(in: .whitespacesAndNewlines)
            if front.isEmpty { throw QuizBankError("\(name): line \(r.line): the front is empty") }
            if back.isEmpty { throw QuizBankError("\(name): line \(r.line): the back is empty") }
            var (answer, ids) = Self.splitBack(back)
            if answer.isEmpty { throw QuizBankError("\(name): line \(r.line): the back has evidence but no answer before it") }
            for id in ids {
                guard case .sentence(let p, let n)? = ModelID(id), model.sentenceIndex(paragraph: p, number: n) != nil else {
                    throw QuizBankError("\(name): line \(r.line): \(id) is not a sentence of \(model.source.name)")
                }
            }
            if ids.isEmpty {
                if index == nil { index = EvidenceIndex(model: model) }
                guard let hit = index!.locate(front + " " + answer, limit: 1).first
                        ?? index!.search(front + " " + answer, limit: 1).first else {
                    throw QuizBankError("\(name): line \(r.line): no sentence of \(model.source.name) matches this card; add its evidence to the back, e.g. [S6.3]")
                }
                ids = [model.sentences[hit.sentence].id.description]
            }
            let tags = r.fields.count > 2 ? SafeText.clean(r.fields[2], limit: 400).split(separator: " ").map(String.init) : []
            let section = tags.lazy.compactMap { tag -> String? in
                guard tag.hasPrefix("sec"), let n = Int(tag.dropFirst(3)), n >= 1, n <= model.sections.count else { return nil }
                return "§\(n)"
            }.first
            let words = answer.split(separator: " ")
            let hint1 = "\(words.count) word\(words.count == 1 ? "" : "s"), beginning \u{201C}\(words.first.map(String.init) ?? "")\u{201D}"
            questions.append(Question(kind: .card, prompt: front, answer: answer, evidence: ids, section: section,
                                      hints: [hint1, "See \(ids.joined(separator: ", "))"],
                                      explanation: "From \((name as NSString).lastPathComponent), line \(r.line)."))
        }
        let bank = QuizBank(title: title ?? "Cards from \((name as NSString).lastPathComponent)", model: model, seed: nil,
                            questions: questions)
        // Checked as any bank is: through its JSON.
        let data: Data
        do { data = try bank.jsonData() } catch { throw QuizBankError("\(name): \(error)") }
        return try QuizBank.load(data, name: name)
    }

    /// Splits a back into the answer and the evidence ids written after it as `[S6.3] text`.
    public static func splitBack(_ back: String) -> (answer: String, ids: [String]) {
        guard let regex = try? NSRegularExpression(pattern: #"\[(S\d+\.\d+)\]"#) else { return (back, []) }
        let ns = back as NSString
        let matches = regex.matches(in: back, range: NSRange(location: 0, length: ns.length))
        guard let first = matches.first else { return (back, []) }
        var answer = ns.substring(to: first.range.location)
        if answer.hasSuffix(AnkiExport.evidenceMark) { answer.removeLast(AnkiExport.evidenceMark.count) }
        let ids = matches.map { ns.substring(with: $0.range(at: 1)) }
        return (answer.trimmingCharacters(in: .whitespaces), ids)
    }

    /// The records of a tab-separated file: `#` lines and blank lines skipped, quoted fields unquoted.
    public static func records(_ text: String, name: String) throws(QuizBankError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var atFieldStart = true
        var line = 1
        var recordLine = 1
        var inComment = false
        var atRecordStart = true
        let chars = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))
        var i = 0
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            atFieldStart = true
            atRecordStart = true
        }
        while i < chars.count {
            let c = chars[i]
            if atRecordStart {
                recordLine = line
                atRecordStart = false
                if c == "#" { inComment = true }
            }
            if inComment {
                if c == "\n" { inComment = false; atRecordStart = true; line += 1 }
                i += 1
                continue
            }
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    quoted = false
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case "\t":
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\n":
                endRecord()
                line += 1
            default:
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if quoted { throw QuizBankError("\(name): line \(recordLine): a quoted field is not closed; add the closing \"") }
        if !atRecordStart || !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
