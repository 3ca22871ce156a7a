/// A small hand-written table of synonyms and closely related words of general English, for the evidence search.
/// Each line is a group; every word of a group stands for every other, at the group's weight. Entries may be
/// phrases ("united nations"); they are matched on their content words, so "weapons of mass destruction" is found
/// as "weapons mass destruction". Kept general on purpose: nothing here is tuned to one essay.
public enum RelatedForms {
    /// A group of interchangeable words and how strongly they stand for one another (0…1).
    public struct Group: Sendable {
        public let words: [String]
        public let weight: Double
    }

    /// Abbreviations and their expansions: as good as the word itself.
    static let abbreviations: [[String]] = [
        ["un", "u.n", "united nations"], ["us", "u.s", "usa", "u.s.a", "united states", "america"],
        ["uk", "u.k", "britain", "united kingdom"], ["eu", "e.u", "european union"],
        ["nato", "north atlantic treaty organization"], ["wmd", "weapons mass destruction"],
        ["gen", "general"], ["gov", "governor"], ["sen", "senator"], ["dept", "department"],
        ["govt", "government"], ["intl", "international"], ["9/11", "sept 11", "september 11"],
    ]

    /// Synonyms: near enough to stand for each other in most sentences.
    static let synonyms: [[String]] = [
        ["help", "assist", "assistance", "aid", "support", "back"],
        ["want", "wish", "desire", "seek", "intend", "intention", "aim", "willing", "eager", "hope", "plan"],
        ["promise", "pledge", "vow", "commit", "commitment", "undertake", "intend", "willing", "want"],
        ["war", "conflict", "fighting", "warfare", "hostilities", "combat"],
        ["country", "nation", "state", "land"],
        ["people", "citizens", "public", "populace", "population"],
        ["government", "administration", "authorities", "regime", "state"],
        ["leader", "head", "chief", "ruler"],
        ["army", "military", "troops", "forces", "soldiers"],
        ["soldier", "troop", "serviceman"],
        ["end", "stop", "finish", "halt", "cease", "conclude"],
        ["begin", "start", "commence", "initiate", "launch"],
        ["big", "large", "great", "huge", "major", "vast"],
        ["small", "little", "minor", "modest", "slight"],
        ["important", "significant", "crucial", "vital", "essential", "key"],
        ["danger", "threat", "risk", "peril", "hazard"],
        ["dangerous", "risky", "perilous", "threatening", "hazardous"],
        ["fail", "failure", "collapse", "defeat"],
        ["succeed", "success", "win", "victory", "triumph", "prevail"],
        ["problem", "difficulty", "trouble", "issue"],
        ["solve", "resolve", "fix", "settle"],
        ["solution", "answer", "remedy", "resolution"],
        ["goal", "aim", "objective", "purpose", "mission", "target"],
        ["plan", "strategy", "scheme", "program", "policy", "approach"],
        ["cause", "reason", "source", "origin"],
        ["result", "consequence", "outcome", "effect"],
        ["think", "believe", "consider", "reckon", "hold"],
        ["say", "state", "claim", "assert", "declare", "argue"],
        ["show", "demonstrate", "reveal", "display", "indicate"],
        ["know", "understand", "realize", "recognize", "aware"],
        ["admit", "concede", "acknowledge", "confess", "admission"],
        ["ask", "request", "demand", "beseech", "urge"],
        ["need", "require", "necessity", "must"],
        ["able", "capable", "can", "capability", "capacity"],
        ["power", "authority", "control", "might", "strength"],
        ["strong", "powerful", "mighty", "robust"],
        ["weak", "feeble", "frail", "powerless"],
        ["free", "freedom", "liberty", "independent", "independence"],
        ["law", "rule", "statute", "legislation", "regulation"],
        ["right", "entitlement", "privilege"],
        ["wrong", "mistaken", "incorrect", "error", "mistake"],
        ["true", "truth", "correct", "accurate"],
        ["agree", "agreement", "accord", "consent", "deal", "treaty"],
        ["disagree", "dispute", "quarrel", "disagreement", "division", "divide"],
        ["cooperate", "collaborate", "cooperation", "joint", "together", "coordinated"],
        ["peace", "calm", "harmony", "stability", "peaceful"],
        ["unstable", "instability", "chaos", "disorder", "anarchy", "turmoil"],
        ["safe", "secure", "safety", "security", "protection", "protect", "defend", "defense"],
        ["kill", "death", "die", "dead", "slay"],
        ["money", "funds", "wealth", "cash", "riches", "penny", "coin"],
        ["reduce", "lessen", "decrease", "diminish", "cut", "lower", "shrink"],
        ["convincing", "persuasive", "compelling", "cogent"],
        ["explanation", "answer", "reason", "justification", "account"],
        ["deserve", "merit", "earn", "warrant"],
        ["poor", "poverty", "needy", "destitute", "beggar"],
        ["rich", "wealthy", "affluent", "prosperous"],
        ["child", "children", "kid", "infant", "baby", "youngster"],
        ["mother", "parent", "father"],
        ["food", "eat", "meal", "nourishment", "nourish"],
        ["buy", "purchase"],
        ["sell", "market", "trade"],
        ["tax", "taxes", "duty", "levy", "tariff"],
        ["vote", "ballot", "election", "elect"],
        ["majority", "most"],
        ["minority", "faction"],
        ["rebel", "revolt", "rebellion", "uprising", "revolution", "resist", "resistance"],
        ["obey", "comply", "follow", "submit"],
        ["unjust", "unfair", "injustice", "wrong"],
        ["just", "fair", "justice", "equitable"],
        ["conscience", "morality", "moral", "ethics"],
        ["prison", "jail", "imprison", "imprisonment"],
        ["king", "monarch", "crown", "sovereign", "royal"],
        ["independence", "separation", "sovereignty"],
        ["trade", "commerce", "business"],
        ["clear", "obvious", "evident", "plain"],
        ["hard", "difficult", "tough"],
        ["easy", "simple", "easier"],
        ["old", "ancient", "former", "previous", "past"],
        ["new", "fresh", "recent", "novel", "modern"],
        ["soon", "shortly", "quickly", "early"],
        ["fear", "afraid", "dread", "anxiety", "worry"],
        ["hope", "hopes", "expect", "expectation", "optimism"],
        ["chance", "opportunity", "possibility", "prospect"],
        ["choose", "choice", "option", "alternative", "select"],
        ["try", "attempt", "effort", "endeavour", "endeavor"],
        ["prevent", "avoid", "stop", "block", "preclude"],
        ["allow", "permit", "enable", "let"],
        ["change", "shift", "transformation", "transform", "alter"],
        ["involve", "engage", "participate", "join", "involvement"],
        ["region", "area", "zone", "territory"],
        ["border", "frontier", "boundary"],
        ["world", "global", "international", "worldwide"],
        ["diplomatic", "diplomacy", "negotiation", "negotiate", "talks"],
        ["invade", "invasion", "attack", "assault", "occupation"],
        ["terrorist", "terror", "terrorism", "extremist"],
        ["religion", "faith", "sect", "sectarian", "religious"],
        ["train", "training", "teach", "educate", "education"],
        ["rebuild", "reconstruction", "reconstruct", "restore"],
        ["withdraw", "withdrawal", "retreat", "pull out", "leave"],
        ["decide", "decision", "determine", "resolve"],
        ["idea", "notion", "concept", "view", "opinion"],
        ["criticism", "critique", "objection", "complaint", "criticize"],
        ["reluctant", "unwilling", "hesitant", "loath"],
        ["credible", "credibility", "trust", "believable", "trustworthy"],
        ["influence", "leverage", "sway", "clout"],
        ["create", "make", "produce", "build", "establish", "form"],
        ["destroy", "ruin", "wreck", "demolish", "damage", "harm"],
        ["disaster", "catastrophe", "calamity", "debacle", "tragedy"],
        ["faction", "party", "side", "group"],
        ["dead", "fallen", "perished"],
        ["honor", "honour", "dedicate", "consecrate", "hallow", "commemorate"],
        ["nation", "republic", "commonwealth"],
        ["liberty", "equality", "equal"],
        ["soldier", "warrior", "fighter", "brave"],
    ]

    /// Related words: not synonyms, but often how a paraphrase says the same thing ("help" for "become involved").
    static let related: [[String]] = [
        ["help", "involve", "engage", "participate", "contribute", "cooperate", "serve"],
        ["more", "increase", "greater", "further", "expand", "deeper"],
        ["less", "reduce", "decrease", "fewer", "minimize", "lower"],
        ["leave", "exit", "depart", "withdraw", "withdrawal"],
        ["argue", "debate", "dispute", "discussion"],
        ["lie", "deny", "denial", "falsehood", "deceive"],
        ["cost", "price", "expense", "pay", "spend"],
        ["profit", "gain", "earn", "income", "money", "get"],
    ]

    /// Groups with their weights: abbreviations count almost fully, synonyms less, related words less again.
    public static let groups: [Group] = abbreviations.map { Group(words: $0, weight: 0.9) }
        + synonyms.map { Group(words: $0, weight: 0.6) } + related.map { Group(words: $0, weight: 0.45) }

    /// For a word or phrase (lower-case, content words only, space-separated): its alternatives and their weights,
    /// best weight first when a word is in several groups.
    /// Words are compared by their stems, so "wants" finds the group of "want".
    public static func alternatives(of phrase: String) -> [(text: String, weight: Double)] {
        table[key(phrase)] ?? []
    }

    /// The longest phrase length in the table, in words (for greedy matching of query words).
    public static let longestPhrase: Int = groups.flatMap(\.words).map { $0.split(separator: " ").count }.max() ?? 1

    /// Whether a phrase of several words is an entry (so a query can treat it as one concept).
    public static func isEntry(_ phrase: String) -> Bool { table[key(phrase)] != nil }

    /// A phrase as the table is keyed: its words' stems.
    static func key(_ phrase: String) -> String {
        let stemmer = PorterStemmer()
        return phrase.split(separator: " ").map { stemmer.stem(String($0)) }.joined(separator: " ")
    }

    /// An entry without its stop words ("pull out" → "pull"), as queries are matched.
    static func contentWords(_ entry: String) -> String {
        entry.split(separator: " ").filter { !StopWords.english.contains(String($0)) }.joined(separator: " ")
    }

    private static let table: [String: [(text: String, weight: Double)]] = {
        var t: [String: [String: Double]] = [:]
        for g in groups {
            let words = g.words.map(contentWords).filter { !$0.isEmpty }
            for w in words {
                let k = key(w)
                for other in words where key(other) != k {
                    t[k, default: [:]][other] = max(t[k]?[other] ?? 0, g.weight)
                }
            }
        }
        return t.mapValues { alts in
            alts.map { (text: $0.key, weight: $0.value) }.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.text < $1.text }
        }
    }()
}
