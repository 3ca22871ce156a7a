/// Who holds this view. Rule: a reporting verb introduces the view as a clause ("Critics argue that…", not a
/// quotation, not a source the author relies on, not denied, not numbered as the author's own point: see
/// `roleCue(_:.objection)`), its subject opens the clause and names a particular holder: a person, organisation or
/// group the essay names, or a noun for a side or a trade ("critics", "opponents", "economists"); never a vague
/// "some people", "others" or "many men", whose answer says only "not the author" and which another vague holder
/// of the essay would answer as well. Distractors are other particular holders of the essay and the people and
/// organisations it names (never one named in the sentence, none with the key's head noun, none written the same
/// but for "the"); "the author" is an option only when the author answers the view: a contrast ("But", "However")
/// opens the next sentence, or the one after when the one between grants nothing ("To some extent it is true").
struct AttributionGenerator: QuestionGenerator {
    let kind = QuestionKind.attribution

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        let attributions = c.argument.attributions.sorted { $0.key < $1.key }
        let names = Self.holderNames(c.model)
        var holders: [String] = []
        for (_, a) in attributions where isHolder(a.holder, names: names)
            && !holders.contains(where: { Self.normalized($0) == Self.normalized(a.holder) }) {
            holders.append(a.holder)
        }
        var out: [Question] = []
        for (i, a) in attributions where out.count < c.limit && c.inScope(i) && !c.isQuoted(i) {
            guard c.roleCue(i, .objection) != nil else { continue }
            let s = c.model.sentences[i]
            guard a.range.lowerBound >= s.range.lowerBound, a.range.upperBound <= s.range.upperBound else { continue }
            let before = c.model.text(of: s.range.lowerBound..<a.range.lowerBound)
            let after = c.model.text(of: a.range.upperBound..<s.range.upperBound)
            let masked = before + "_____" + after
            // A particular holder, named once, as the subject that opens its clause ("Nevertheless, critics say…",
            // "I know that economists think…"; not "pictures influence the way people think").
            guard isHolder(a.holder, names: names), !masked.lowercased().contains(a.holder.lowercased()),
                  Self.opensClause(before) else { continue }
            let key = Self.normalized(a.holder)
            let keyHead = key.split(separator: " ").last.map(String.init) ?? key
            let mentioned = Set(c.mentions(in: i).map(\.entity))
            let named = c.model.entities.indices.filter { [.person, .organization].contains(c.model.entities[$0].kind) && !mentioned.contains($0) }
                .map { c.model.entities[$0].name }
            let sentence = c.text(i).lowercased()
            var pool: [String] = []
            for h in holders + named {
                let n = Self.normalized(h)
                guard n != key, n.split(separator: " ").last.map(String.init) != keyHead, !sentence.contains(n),
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
    /// names (its name or a mention, possibly after "the"), or a short phrase ending in a noun for a side or a
    /// trade ("critics", "the opponents of the ban", "most economists"). Vague holders ("some people", "others",
    /// "most men", "the world") and anything else ("their condition", "They plainly") are not asked about.
    /// `names` holds the lower-cased names and mentions of such entities.
    func isHolder(_ holder: String, names: Set<String>) -> Bool {
        let words = holder.lowercased().split(separator: " ").map(String.init)
        guard (1...4).contains(words.count), let last = words.last, !Self.pronouns.contains(words[0]) else { return false }
        if Self.vague.contains(last) { return false }
        if Self.sides.contains(last) { return true }
        return (0..<words.count).contains { names.contains(words[$0...].joined(separator: " ")) }
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

    static let pronouns: Set<String> = ["they", "he", "she", "it", "we", "i", "you", "this", "that", "there"]

    /// Heads that name nobody in particular: any reader or writer could be one of them.
    static let vague: Set<String> = [
        "people", "others", "man", "men", "woman", "women", "person", "persons", "individuals", "world", "public",
        "everyone", "everybody", "someone", "somebody", "one", "some", "many", "most", "humans", "society",
    ]

    /// Nouns for a side of a debate or a trade that can hold a view on their own ("critics say").
    static let sides: Set<String> = [
        "cynic", "cynics", "critic", "critics", "opponent", "opponents", "supporter", "supporters", "expert", "experts",
        "observer", "observers", "economist", "economists", "scientist", "scientists", "historian", "historians",
        "scholar", "scholars", "skeptic", "skeptics", "sceptic", "sceptics", "advocate", "advocates", "proponents",
        "analyst", "analysts", "official", "officials", "researchers", "doctors", "teachers", "parents", "employers",
        "government", "report", "estimate", "study", "survey", "poll", "voters", "citizens", "americans",
    ]
}
