import Foundation

/// Corrections made from what the reader typed, checked against the model as it stands (corrected so far): the ids
/// must name parts of it and the values must be known. Each error says what to type instead.
extension Correction {
    /// Words accepted for a kind of evidence, besides the kinds' own names.
    public static let evidenceWords: [String: EvidenceKind] = [
        "authority": .authority, "source": .authority, "expert": .authority,
        "example": .example, "precedent": .example, "case": .example,
        "statistic": .statistic, "statistics": .statistic, "fact": .statistic, "number": .statistic,
    ]

    /// `thesis S6.3`: the sentence is the main thesis (refused when it is already).
    public static func thesis(_ word: String, in m: KnowledgeModel, time: Date = Date()) throws(CorrectionsError) -> Correction {
        let (k, id) = try sentence(word, in: m)
        if m.argument.mainThesis == k { throw CorrectionsError("\(id) is the thesis already") }
        return Correction(action: .thesis, target: id, quote: m.text(of: m.sentences[k]), time: time)
    }

    /// `role S8.8 prediction`: the sentence has the role (`role S8.8 thesis` sets the thesis).
    public static func role(_ word: String, _ value: String, in m: KnowledgeModel, time: Date = Date()) throws(CorrectionsError) -> Correction {
        let (k, id) = try sentence(word, in: m)
        guard let role = ArgumentRole(rawValue: value.lowercased()) else {
            let all = ArgumentRole.allCases.map(\.rawValue).joined(separator: ", ")
            throw CorrectionsError("no role '\(value)'; use one of \(all), or auto")
        }
        if role == .thesis { return try thesis(word, in: m, time: time) }
        return Correction(action: .role, target: id, quote: m.text(of: m.sentences[k]), value: role.rawValue, time: time)
    }

    /// `evidence S7.1 precedent`: the sentence is evidence of a kind (`evidenceWords` are accepted).
    public static func evidence(_ word: String, _ value: String, in m: KnowledgeModel, time: Date = Date()) throws(CorrectionsError) -> Correction {
        let (k, id) = try sentence(word, in: m)
        guard let kind = evidenceWords[value.lowercased()] else {
            throw CorrectionsError("no kind of evidence '\(value)'; use authority, example (or precedent) or statistic")
        }
        return Correction(action: .evidence, target: id, quote: m.text(of: m.sentences[k]), value: kind.rawValue, time: time)
    }

    /// `link S7.1 supports S6.3` (or `attacks`); the thesis links to nothing, so it cannot be the first.
    public static func link(_ from: String, _ kind: String, _ to: String, in m: KnowledgeModel, time: Date = Date()) throws(CorrectionsError) -> Correction {
        let (a, idA) = try sentence(from, in: m)
        let (b, idB) = try sentence(to, in: m)
        guard let relation = ArgumentMap.Relation.Kind(rawValue: kind.lowercased()) else {
            throw CorrectionsError("write supports or attacks, e.g. link \(idA) supports \(idB)")
        }
        guard a != b else { throw CorrectionsError("a sentence cannot be linked to itself; name two sentences") }
        if m.argument.mainThesis == a { throw CorrectionsError("\(idA) is the thesis, which links to nothing; set another thesis first") }
        return Correction(action: .link, target: idA, quote: m.text(of: m.sentences[a]), other: idB,
                          otherQuote: m.text(of: m.sentences[b]), value: relation.rawValue, time: time)
    }

    /// `unlink S8.2 S6.3`: the two sentences, linked either way, are not linked.
    public static func unlink(_ from: String, _ to: String, in m: KnowledgeModel, time: Date = Date()) throws(CorrectionsError) -> Correction {
        let (a, idA) = try sentence(from, in: m)
        let (b, idB) = try sentence(to, in: m)
        guard m.argument.relations.contains(where: { ($0.from == a && $0.to == b) || ($0.from == b && $0.to == a) }) else {
            throw CorrectionsError("\(idA) and \(idB) are not linked; why \(idB) shows its links")
        }
        return Correction(action: .unlink, target: idA, quote: m.text(of: m.sentences[a]), other: idB,
                          otherQuote: m.text(of: m.sentences[b]), time: time)
    }

    /// `holder S9.1 author` (also "the author", "me") or `holder S9.1 "the critics"`: who holds the view.
    public static func holder(_ word: String, _ holder: String, in m: KnowledgeModel, time: Date = Date()) throws(CorrectionsError) -> Correction {
        let (k, id) = try sentence(word, in: m)
        let name = SafeText.clean(holder.trimmingCharacters(in: .whitespaces), limit: 80)
        guard !name.isEmpty else { throw CorrectionsError("who holds it? e.g. holder \(id) author, or holder \(id) \"the critics\"") }
        let value = ["author", "the author", "me"].contains(name.lowercased()) ? "author" : name
        return Correction(action: .holder, target: id, quote: m.text(of: m.sentences[k]), value: value, time: time)
    }

    /// `section split P4`: a section starts at the paragraph (refused when one starts there already).
    public static func split(_ word: String, in m: KnowledgeModel, time: Date = Date()) throws(CorrectionsError) -> Correction {
        guard case .paragraph(let n)? = ModelID(word) else { throw CorrectionsError("'\(word)' is not a paragraph; write section split P4") }
        guard let p = m.paragraph(n), !p.sentences.isEmpty else { throw CorrectionsError("there is no P\(n) in this essay; type read to see the ids") }
        if let s = m.sectionIndex(ofParagraph: n - 1), m.sections[s].paragraphs.lowerBound == n - 1 {
            throw CorrectionsError("P\(n) already starts §\(s + 1)")
        }
        return Correction(action: .sectionSplit, target: "P\(n)", quote: m.text(of: m.sentences[p.sentences.lowerBound]), time: time)
    }

    /// `section merge §2 §3`: two neighbouring sections are one.
    public static func merge(_ first: String, _ second: String, in m: KnowledgeModel, time: Date = Date()) throws(CorrectionsError) -> Correction {
        let a = try section(first, in: m), b = try section(second, in: m)
        guard abs(a - b) == 1 else { throw CorrectionsError("§\(a + 1) and §\(b + 1) are not next to each other; merge neighbours, e.g. section merge §2 §3") }
        let lo = min(a, b)
        return Correction(action: .sectionMerge, target: "§\(lo + 1)", quote: sectionQuote(lo, m),
                          other: "§\(lo + 2)", otherQuote: sectionQuote(lo + 1, m), time: time)
    }

    /// `section name §2 "Why help"`: the section's name (cleaned, at most 120 characters).
    public static func name(_ word: String, _ label: String, in m: KnowledgeModel, time: Date = Date()) throws(CorrectionsError) -> Correction {
        let s = try section(word, in: m)
        let clean = SafeText.clean(label.trimmingCharacters(in: .whitespaces), limit: 120)
        guard !clean.isEmpty else { throw CorrectionsError("give the name in quotes, e.g. section name §\(s + 1) \"Why help must be shared\"") }
        return Correction(action: .sectionName, target: "§\(s + 1)", quote: sectionQuote(s, m), value: clean, time: time)
    }

    /// A sentence id of the model: its index and id.
    public static func sentence(_ word: String, in m: KnowledgeModel) throws(CorrectionsError) -> (Int, String) {
        guard let id = ModelID(word), case .sentence(let p, let s) = id else {
            throw CorrectionsError("'\(SafeText.clean(word, limit: 40))' is not a sentence id; write one like S3.1")
        }
        guard let k = m.sentenceIndex(paragraph: p, number: s) else {
            throw CorrectionsError("there is no \(id) in this essay; type read to see the ids")
        }
        return (k, id.description)
    }

    static func section(_ word: String, in m: KnowledgeModel) throws(CorrectionsError) -> Int {
        let w = word.hasPrefix("§") || word.lowercased().hasPrefix("sec") ? word : "§" + word
        guard case .section(let n)? = ModelID(w) else {
            throw CorrectionsError("'\(SafeText.clean(word, limit: 40))' is not a section; write one like §2")
        }
        guard m.section(n) != nil else { throw CorrectionsError("there is no §\(n); the essay has §1–§\(m.sections.count)") }
        return n - 1
    }

    static func sectionQuote(_ s: Int, _ m: KnowledgeModel) -> String {
        let p = m.paragraphs[m.sections[s].paragraphs.lowerBound]
        return p.sentences.isEmpty ? "" : m.text(of: m.sentences[p.sentences.lowerBound])
    }
}
