/// Who holds this view: a sentence whose view is someone else's ("a cynic", "the National Intelligence Estimate",
/// "the world"), asked with the holder's words taken out, among the other holders of the essay and the author.
struct AttributionGenerator: QuestionGenerator {
    let kind = QuestionKind.attribution

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        let attributions = c.argument.attributions.sorted { $0.key < $1.key }
        let names = Self.holderNames(c.model)
        let holders = Array(Set(attributions.filter { isHolder($0.value.holder, names: names) }.map { $0.value.holder })).sorted()
        var out: [Question] = []
        for (i, a) in attributions where out.count < c.limit && c.inScope(i) && Self.isReporting(a.cue) {
            let s = c.model.sentences[i]
            guard a.range.lowerBound >= s.range.lowerBound, a.range.upperBound <= s.range.upperBound else { continue }
            // A holder the sentence does not name ("it is said": unnamed others) cannot be asked for.
            guard c.model.text(of: s.range).lowercased().contains(a.holder.lowercased()) else { continue }
            // The holder must own the sentence's view: named near its start, or a source ("according to", "knows").
            let wordsBefore = c.model.tokens[s.tokens].filter { Int($0.start) < a.range.lowerBound }.count
            guard wordsBefore <= 6 || ["according", "knows", "know"].contains(where: { a.cue.lowercased().contains($0) }) else { continue }
            let before = c.model.text(of: s.range.lowerBound..<a.range.lowerBound)
            let after = c.model.text(of: a.range.upperBound..<s.range.upperBound)
            let masked = before + "_____" + after
            // A holder must name someone ("a cynic", "the world"), not a pronoun, and must not appear twice.
            guard isHolder(a.holder, names: names), !masked.lowercased().contains(a.holder.lowercased()) else { continue }
            // Other holders, then people and organisations the essay names, never one named in this sentence.
            var pool = holders.filter { $0.lowercased() != a.holder.lowercased() }
            let mentioned = Set(c.mentions(in: i).map(\.entity))
            pool += c.model.entities.indices.filter { [.person, .organization].contains(c.model.entities[$0].kind) && !mentioned.contains($0) }
                .map { c.model.entities[$0].name }
            // When the author relies on the source, "the author" would also be right.
            var options = a.isSource ? [a.holder] : [a.holder, "the author"]
            for h in pool.shuffled(using: &random) where options.count < 4 && !options.contains(where: { $0.lowercased() == h.lowercased() }) {
                options.append(h)
            }
            guard options.count >= 3 else { continue }
            let distinct = Set(options.map { $0.lowercased() })
            guard distinct.count == options.count else { continue }
            let view = a.isSource ? "a source the author relies on" : "a view the author reports in order to answer it"
            out.append(Question(
                kind: kind, prompt: "Who holds the view in this sentence? “\(masked)”", options: options.shuffled(using: &random),
                answer: a.holder, accepted: [], evidence: [c.id(i)], section: c.sectionID(i),
                hints: ["It is \(a.isSource ? "a source the author cites" : "not the author's own voice").", "Reread \(c.id(i))."],
                explanation: "\(c.id(i)) gives this view to \(a.holder) (“\(a.cue)”): \(view).",
                basis: "“\(a.cue)” names \(a.holder) as the holder"))
        }
        return out
    }

    /// Whether a holder names someone who can hold a view: a person, organisation or group the essay names (its
    /// name or a mention, possibly after "the"), or a short phrase ending in a noun for people or sources ("a cynic",
    /// "the world", "most men", "the jailer"). Anything else ("their condition", "the degree of pleasure", "They
    /// plainly") is not asked about. `names` holds the lower-cased names and mentions of such entities.
    func isHolder(_ holder: String, names: Set<String>) -> Bool {
        let words = holder.lowercased().split(separator: " ").map(String.init)
        guard (1...4).contains(words.count), let last = words.last, !Self.pronouns.contains(words[0]) else { return false }
        if Self.people.contains(last) { return true }
        return (0..<words.count).contains { names.contains(words[$0...].joined(separator: " ")) }
    }

    /// Lower-cased names and mention texts of the people, organisations and groups the essay names.
    static func holderNames(_ model: KnowledgeModel) -> Set<String> {
        var names = Set<String>()
        for e in model.entities where [.person, .organization, .group].contains(e.kind) {
            names.insert(e.name.lowercased())
            for m in e.mentions { names.insert(m.text.lowercased()) }
        }
        return names
    }

    static let pronouns: Set<String> = ["they", "he", "she", "it", "we", "i", "you", "this", "that", "there"]

    /// Plural nouns for people that can hold a view on their own ("critics say").
    static let people: Set<String> = [
        "cynic", "cynics", "critic", "critics", "opponent", "opponents", "supporter", "supporters", "expert", "experts",
        "observer", "observers", "economist", "economists", "scientist", "scientists", "historian", "historians",
        "scholar", "scholars", "people", "others", "skeptic", "skeptics", "sceptic", "sceptics", "advocate", "advocates",
        "analyst", "analysts", "official", "officials", "world", "man", "men", "woman", "women", "jailer", "writer",
        "writers", "reader", "readers", "friend", "friends", "neighbor", "neighbors", "neighbour", "neighbours",
        "government", "report", "estimate", "study", "survey", "poll", "voters", "citizens", "americans", "public",
    ]

    /// Cues that say whose view a sentence is: reporting and thinking verbs, "according to".
    static let reportingWords: Set<String> = [
        "according", "suggest", "suggests", "say", "says", "said", "argue", "argues", "argued", "claim", "claims",
        "believe", "believes", "think", "thinks", "know", "knows", "knew", "insist", "insists", "contend", "contends",
        "maintain", "maintains", "hold", "holds", "fear", "fears", "warn", "warns", "admit", "admits", "report",
        "reports", "estimate", "hope", "hopes", "assert", "asserts", "agree", "agrees", "deny", "denies", "tell", "tells",
    ]

    static func isReporting(_ cue: String) -> Bool {
        cue.lowercased().split(separator: " ").contains { reportingWords.contains(String($0)) }
    }
}
