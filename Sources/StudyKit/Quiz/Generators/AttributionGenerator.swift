/// Who holds this view. Rule: a reporting verb introduces the view as a clause ("Critics argue that…"; not a
/// quotation, not a source the author relies on, not denied, not numbered as the author's own point: see
/// `roleCue(_:.objection)`), and its subject opens the clause and names a particular holder: a person, organisation
/// or group the essay names, or a noun WordNet knows for a person or group ("critics", "the council's treasurer");
/// not findings ("the figures suggest…", a view the author may share); never a vague "some people", "others" or
/// "most men", whose answer says only "not the author" and which another vague holder would answer as well.
/// Distractors are the holders of other views asked by this rule and the people and organisations the essay
/// names: never one named in the sentence, none with the key's head noun or written the same but for "the", never
/// a side ("critics", "supporters of the cut"), which may take in the key's holder; a side's view has only named
/// ones who hold no view in the essay. "The author" is an option only when the author answers the view: a
/// contrast ("But", "However") opens the next sentence, or the one after when the one between grants nothing ("To
/// some extent it is true").
struct AttributionGenerator: QuestionGenerator {
    let kind = QuestionKind.attribution

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        let names = Self.holderNames(c.model)
        let views = c.argument.attributions.sorted { $0.key < $1.key }.compactMap { i, a in stem(i, a, c, names: names).map { (i, a, $0) } }
        // Other holders are those of views asked about by the same rule; a side ("critics", "supporters of the
        // cut") is none, as it may take in the key's holder.
        var holders: [String] = []
        for (_, a, _) in views where !QuizContext.opposingWords.contains(Self.head(a.holder))
            && !holders.contains(where: { Self.normalized($0) == Self.normalized(a.holder) }) {
            holders.append(a.holder)
        }
        var out: [Question] = []
        for (i, a, masked) in views where out.count < c.limit && c.inScope(i) {
            let key = Self.normalized(a.holder)
            let keyHead = Self.head(a.holder)
            let mentioned = Set(c.mentions(in: i).map(\.entity))
            let named = c.model.entities.indices.filter { [.person, .organization].contains(c.model.entities[$0].kind) && !mentioned.contains($0) }
                .map { c.model.entities[$0].name }
                .filter { isHolder($0, names: names) && !QuizContext.opposingWords.contains(Self.head($0)) }
            let sentence = c.text(i).lowercased()
            var pool: [String] = []
            // A side's view ("Critics say…") may be held by any other holder of the essay: its distractors are
            // only people and organisations the essay names that hold no view of their own in it.
            let isSide = QuizContext.opposingWords.contains(keyHead)
            let candidates = isSide ? named.filter { n in !holders.contains { Self.normalized($0) == Self.normalized(n) } } : holders + named
            for h in candidates {
                let n = Self.normalized(h)
                guard n != key, Self.head(h) != keyHead, !sentence.contains(n),
                      !pool.contains(where: { Self.normalized($0) == n }) else { continue }
                pool.append(h)
            }
            let answered = Self.authorAnswers(i, c)
            var options = answered ? [a.holder, "the author"] : [a.holder]
            for h in pool.shuffled(using: &random) where options.count < 4 { options.append(h) }
            guard options.count >= 3 else { continue }
            let view = answered ? "a view the author reports in order to answer it" : "a view the author reports"
            out.append(Question(
                kind: kind, prompt: "Who holds the view in this sentence? “\(masked)”", options: options.shuffled(using: &random),
                answer: a.holder, accepted: [], evidence: [c.id(i)], section: c.sectionID(i),
                hints: ["It is not the author's own voice.", "Reread \(c.id(i))."],
                explanation: "\(c.id(i)) gives this view to \(a.holder) (“\(a.cue)”): \(view).",
                basis: "“\(a.cue)” names \(a.holder) as the holder" + (answered ? "; the author answers it" : "")))
        }
        return out
    }

    /// The sentence of a view with its holder taken out, when the view can be asked about: introduced as a clause
    /// by a reporting verb (`roleCue(_:.objection)`), not quoted, its holder particular, named once, and the
    /// subject that opens its clause ("Nevertheless, critics say…", "I know that economists think…"; not
    /// "pictures influence the way people think").
    func stem(_ i: Int, _ a: ArgumentMap.Attribution, _ c: QuizContext, names: Set<String>) -> String? {
        guard !c.isQuoted(i), c.roleCue(i, .objection) != nil else { return nil }
        let s = c.model.sentences[i]
        guard a.range.lowerBound >= s.range.lowerBound, a.range.upperBound <= s.range.upperBound else { return nil }
        let before = c.model.text(of: s.range.lowerBound..<a.range.lowerBound)
        let masked = before + "_____" + c.model.text(of: a.range.upperBound..<s.range.upperBound)
        guard isHolder(a.holder, names: names), !masked.lowercased().contains(a.holder.lowercased()),
              Self.opensClause(before), !Self.isFinding(a.holder, names: names) else { return nil }
        return masked
    }

    /// Whether the author answers the view of sentence `i`: a contrast opens the next sentence of its paragraph,
    /// or the one after when the sentence between grants nothing ("To some extent, it is true", "There is
    /// something in this").
    static func authorAnswers(_ i: Int, _ c: QuizContext) -> Bool {
        let paragraph = c.model.paragraphs[c.model.sentences[i].paragraphIndex].sentences
        if i + 1 < paragraph.upperBound, c.roleCue(i + 1, .rebuttal) != nil { return true }
        guard i + 2 < paragraph.upperBound, c.roleCue(i + 2, .rebuttal) != nil else { return false }
        let between = " " + c.words(i + 1).joined(separator: " ") + " "
        return !grants.contains { between.contains(" \($0) ") }
    }

    /// Words with which a sentence grants a view some truth.
    static let grants = ["true", "agree", "something in", "a point", "right", "fair", "extent", "partly", "valid"]

    /// Whether the holder, preceded by `before` (the sentence up to it), opens its clause: it starts the sentence,
    /// follows a comma, or follows a word that opens a clause.
    static func opensClause(_ before: String) -> Bool {
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasSuffix(",") || trimmed.hasSuffix(";") || trimmed.hasSuffix(":") { return true }
        let last = trimmed.lowercased().split(separator: " ").last.map(String.init) ?? ""
        return ["that", "but", "and", "while", "whereas", "though", "although", "because"].contains(last)
    }

    /// A holder for comparison: lower-cased, without an opening article or "other".
    static func normalized(_ holder: String) -> String {
        var words = holder.lowercased().split(separator: " ").map(String.init)
        while let first = words.first, words.count > 1, ["the", "a", "an", "other", "some", "many", "most", "all"].contains(first) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// Whether a holder names a particular someone who can hold a view: a person, organisation or group the essay
    /// names (its name or a mention, possibly after "the"), or a short phrase whose head noun is, by WordNet, a
    /// person, group or text that states findings ("critics", "opponents of the levy", "the council's treasurer",
    /// "a report"; see `AttributionFinder.isAgentNoun`). Vague holders ("some people", "others", "most men") and
    /// anything else ("their condition", "They plainly") are not asked about. `names` holds the lower-cased names
    /// and mentions of such entities.
    func isHolder(_ holder: String, names: Set<String>) -> Bool {
        let words = holder.lowercased().split(separator: " ").map(String.init)
        guard (1...5).contains(words.count), !Self.pronouns.contains(words[0]) else { return false }
        let head = Self.head(holder)
        if Self.vague.contains(head) { return false }
        if (0..<words.count).contains(where: { names.contains(words[$0...].joined(separator: " ")) }) { return true }
        return !head.isEmpty && AttributionFinder.isAgentNoun(head)
    }

    /// Whether a holder is findings rather than someone ("the Leeds figures suggest…", "a report argues…"): its
    /// head noun is, by WordNet, first a text or a message, and it is no name ("Royal Mail"). The author usually
    /// argues with such a source, so the view may be hers as well.
    static func isFinding(_ holder: String, names: Set<String>) -> Bool {
        let written = holder.split(separator: " ")
        let end = written.firstIndex { ["of", "at", "from", "in", "for", "on", "with"].contains($0.lowercased()) } ?? written.count
        if names.contains(holder.lowercased()) || (end > 0 && written[end - 1].first?.isUppercase == true) { return false }
        return Lexicon.shared.nounClasses(of: head(holder)).first == .communication
    }

    /// The head noun of a holder: its last word before a preposition ("opponents" of "opponents of free entry").
    static func head(_ holder: String) -> String {
        let words = holder.lowercased().split(separator: " ").map(String.init)
        let end = words.firstIndex(where: ["of", "at", "from", "in", "for", "on", "with"].contains) ?? words.count
        return end > 0 ? words[end - 1] : ""
    }

    /// Lower-cased names and mention texts of the people, organisations and groups the essay names.
    static func holderNames(_ model: KnowledgeModel) -> Set<String> {
        var names = Set<String>()
        for e in model.entities where [.person, .organization, .group].contains(e.kind) {
            names.insert(e.name.lowercased())
            for m in e.mentions where !vague.contains(m.text.lowercased().split(separator: " ").last.map(String.init) ?? "") {
                names.insert(m.text.lowercased())
            }
        }
        return names
    }

    static let pronouns: Set<String> = [
        "they", "he", "she", "it", "we", "i", "you", "this", "that", "there", "their", "his", "her", "its", "our", "my", "your",
    ]

    /// Heads that name nobody in particular: any reader or writer could be one of them.
    static let vague: Set<String> = [
        "people", "others", "man", "men", "woman", "women", "person", "persons", "individuals", "world", "public",
        "everyone", "everybody", "someone", "somebody", "one", "some", "many", "most", "humans", "society",
    ]
}
