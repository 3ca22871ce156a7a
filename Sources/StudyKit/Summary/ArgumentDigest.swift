/// What the argument digest is built from: sentence indexes (into `KnowledgeModel.sentences`) by argument role.
/// The argument map fills it; until one exists, `ArgumentDigestInput.heuristic(model:)` guesses it from discourse
/// markers (see `HeuristicArgumentRoles.swift`).
public struct ArgumentDigestInput: Sendable, Equatable {
    /// A point the author grants, and the sentence that answers it (nil when the sentence answers itself:
    /// "Although X, Y" grants X and answers Y).
    public struct Concession: Sendable, Equatable {
        public var sentence: Int
        public var answeredBy: Int?
        public init(sentence: Int, answeredBy: Int? = nil) {
            self.sentence = sentence
            self.answeredBy = answeredBy
        }
    }

    /// The thesis or main claims, most important first.
    public var thesis: [Int]
    public var reasons: [Int]
    public var concessions: [Concession]
    public var recommendations: [Int]

    public init(thesis: [Int] = [], reasons: [Int] = [], concessions: [Concession] = [], recommendations: [Int] = []) {
        self.thesis = thesis
        self.reasons = reasons
        self.concessions = concessions
        self.recommendations = recommendations
    }
}

/// A short prose account of the argument: "The author argues (or concludes) that …, because …; the author grants that … but
/// answers that …; and recommends that …". Every clause is a sentence of the essay turned into a clause (first
/// letter lowered unless a name, a leading discourse marker dropped, the final stop dropped) and keeps that
/// sentence's id; nothing is added but the frame.
public struct ArgumentDigest: Sendable, Equatable {
    public enum Role: String, Sendable, Codable {
        case thesis, reason, concession, answer, recommendation
    }

    /// One clause and where it came from.
    public struct Clause: Sendable, Equatable {
        public let role: Role
        /// Index into `KnowledgeModel.sentences`.
        public let sentence: Int
        /// The clause as it appears in the digest.
        public let text: String
    }

    /// One part of the digest's prose: either frame words or a clause.
    public enum Piece: Sendable, Equatable {
        case frame(String)
        case clause(Clause)
    }

    public let pieces: [Piece]

    public var clauses: [Clause] {
        pieces.compactMap { if case .clause(let c) = $0 { return c } else { return nil } }
    }

    /// The prose, each clause followed by its sentence id in brackets: "… Iraq [S6.3]".
    public func text(in model: KnowledgeModel, ids: Bool = true) -> String {
        pieces.map { piece in
            switch piece {
            case .frame(let s): return s
            case .clause(let c): return ids ? "\(c.text) [\(model.sentences[c.sentence].id)]" : c.text
            }
        }.joined()
    }

    /// Composes the digest. At most `maximum` sentences per role are used (two for reasons); a sentence is used once.
    public init(_ input: ArgumentDigestInput, model: KnowledgeModel, maximumReasons: Int = 2) {
        var used = Set<Int>()
        func fresh(_ xs: [Int]) -> [Int] {
            xs.filter { model.sentences.indices.contains($0) && !used.contains($0) }
        }
        // Reasons, concessions and recommendations that point back at a sentence the digest does not quote
        // ("This disconnect … should …") are left out; the thesis is kept whatever its opening.
        let standAlone = StandAlone(model: model)
        var input = input
        input.reasons = input.reasons.filter { model.sentences.indices.contains($0) && !standAlone.leansBack($0) }
        input.recommendations = input.recommendations.filter { model.sentences.indices.contains($0) && !standAlone.leansBack($0) }
        input.concessions = input.concessions.filter { model.sentences.indices.contains($0.sentence) && !standAlone.leansBack($0.sentence) }
        var pieces: [Piece] = []
        func clause(_ role: Role, _ i: Int, _ text: String) { pieces.append(.clause(Clause(role: role, sentence: i, text: text))) }
        let writer = ClauseWriter(model: model)

        var parts = 0
        if let thesis = fresh(input.thesis).first {
            used.insert(thesis)
            let (frame, text) = writer.thesisClause(thesis)
            pieces.append(.frame("The author \(frame) that "))
            clause(.thesis, thesis, text)
            let reasons = Array(fresh(input.reasons).prefix(maximumReasons))
            for (k, r) in reasons.enumerated() {
                used.insert(r)
                pieces.append(.frame(k == 0 ? ", because " : ", and "))
                clause(.reason, r, writer.clause(r, stripping: ClauseWriter.reasonOpenings))
            }
            parts += 1
        } else if let first = fresh(input.reasons).first {
            used.insert(first)
            pieces.append(.frame("The author reasons that "))
            clause(.reason, first, writer.clause(first, stripping: ClauseWriter.reasonOpenings))
            parts += 1
        }
        for c in input.concessions where model.sentences.indices.contains(c.sentence) && !used.contains(c.sentence) {
            used.insert(c.sentence)
            pieces.append(.frame(parts == 0 ? "The author grants that " : "; the author grants that "))
            if let answer = c.answeredBy, model.sentences.indices.contains(answer), !used.contains(answer) {
                used.insert(answer)
                clause(.concession, c.sentence, writer.clause(c.sentence, stripping: ClauseWriter.concessionOpenings))
                pieces.append(.frame(" but answers that "))
                clause(.answer, answer, writer.clause(answer, stripping: ClauseWriter.answerOpenings))
            } else if let (granted, answer) = writer.splitConcession(c.sentence) {
                clause(.concession, c.sentence, granted)
                pieces.append(.frame(" but answers that "))
                clause(.answer, c.sentence, answer)
            } else {
                clause(.concession, c.sentence, writer.clause(c.sentence, stripping: ClauseWriter.concessionOpenings))
            }
            parts += 1
            break
        }
        if let r = fresh(input.recommendations).first {
            used.insert(r)
            pieces.append(.frame(parts == 0 ? "The author recommends that " : "; and recommends that "))
            clause(.recommendation, r, writer.clause(r, stripping: ClauseWriter.recommendationOpenings))
            parts += 1
        }
        if parts > 0 { pieces.append(.frame(".")) }
        self.pieces = pieces
    }
}

/// Turns a sentence into a clause that can follow "that" or "because".
struct ClauseWriter {
    let model: KnowledgeModel

    static let commonOpenings = ["and yet", "yet", "but", "and", "so", "however", "therefore", "thus", "hence",
                                 "indeed", "in short", "in fact", "in sum", "moreover", "furthermore", "still",
                                 "finally", "in conclusion", "consequently", "accordingly", "then", "nevertheless",
                                 "nonetheless", "of course", "after all", "clearly", "surely"]
    static let reasonOpenings = ["because", "since", "given that", "for"] + commonOpenings
    static let concessionOpenings = ["granted that", "granted", "admittedly", "to be sure", "true", "it is true that",
                                     "certainly", "although", "though", "even though", "while"] + commonOpenings
    static let answerOpenings = commonOpenings
    static let recommendationOpenings = commonOpenings

    /// The sentence as a clause: a leading discourse marker dropped (with its comma), the first letter lowered
    /// unless the word is a name or "I", the final stop dropped.
    func clause(_ i: Int, stripping openings: [String] = ClauseWriter.commonOpenings) -> String {
        var text = model.text(of: model.sentences[i])
        text = stripOpening(text, openings)
        return finish(text)
    }

    /// Openings that mark a sentence as a conclusion drawn from what came before.
    static let conclusionOpenings = ["therefore", "thus", "hence", "so", "consequently", "accordingly",
                                     "in conclusion", "in short", "in sum", "it follows that", "the inference"]

    /// Deictic openings that state a result of the sentence before ("That leaves X as Y") and their plain reading
    /// ("X is Y"): the pointing subject is dropped, so the clause stands on its own after "concludes that".
    static let resultOpenings: [(opening: String, link: String, reading: String)] = [
        ("that leaves ", " as ", " is "), ("this leaves ", " as ", " is "), ("it leaves ", " as ", " is "),
    ]
    static let plainResultOpenings = ["this means that ", "that means that ", "this means ", "that means ",
                                      "this is why ", "that is why ", "which is why "]

    /// The thesis as a clause, with the verb that frames it: "concludes" for a sentence that draws a conclusion
    /// (it opens with a conclusion marker, or points back at the sentence before it), else "argues".
    func thesisClause(_ i: Int) -> (frame: String, text: String) {
        var text = model.text(of: model.sentences[i]).trimmingCharacters(inSet: " \n")
        let lower = text.lowercased()
        var concludes = Self.conclusionOpenings.contains { lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ",") }
        if let result = Self.resultOpenings.first(where: { lower.hasPrefix($0.opening) }),
           let link = lower.range(of: result.link) {
            let start = text.index(text.startIndex, offsetBy: result.opening.count)
            let linkStart = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: link.lowerBound))
            let linkEnd = text.index(linkStart, offsetBy: result.link.count)
            if start < linkStart {
                text = String(text[start..<linkStart]) + result.reading + String(text[linkEnd...])
                concludes = true
            }
        } else if let plain = Self.plainResultOpenings.first(where: { lower.hasPrefix($0) }) {
            text = String(text.dropFirst(plain.count))
            concludes = true
        } else if StandAlone(model: model).leansBack(i) {
            concludes = true
        }
        return (concludes ? "concludes" : "argues", finish(stripOpening(text, Self.commonOpenings)))
    }

    /// "Although X, Y." → ("x", "y"), when the sentence opens with a concessive subordinator.
    func splitConcession(_ i: Int) -> (String, String)? {
        let text = model.text(of: model.sentences[i])
        let lower = text.lowercased()
        for opening in ["although ", "though ", "even though ", "while ", "granted that ", "admittedly, "] where lower.hasPrefix(opening) {
            let rest = text.dropFirst(opening.count)
            guard let comma = rest.firstIndex(of: ",") else { return nil }
            let granted = String(rest[..<comma])
            let answer = String(rest[rest.index(after: comma)...])
            guard granted.split(separator: " ").count >= 3, answer.split(separator: " ").count >= 3 else { return nil }
            return (finish(granted), finish(stripOpening(answer, Self.commonOpenings)))
        }
        return nil
    }

    private func stripOpening(_ text: String, _ openings: [String]) -> String {
        var t = Substring(text)
        while t.first == " " { t = t.dropFirst() }
        let lower = t.lowercased()
        for opening in openings.sorted(by: { $0.count > $1.count }) {
            guard lower.hasPrefix(opening) else { continue }
            let after = t.dropFirst(opening.count)
            guard let next = after.first, next == "," || next == " " else { continue }
            var rest = after.drop { $0 == "," || $0 == " " }
            // Keep "Given the depth of …," (a phrase, not the marker "given that").
            if rest.split(separator: " ").count < 3 { return text }
            while rest.first == " " { rest = rest.dropFirst() }
            return String(rest)
        }
        return text
    }

    private func finish(_ text: String) -> String {
        var t = text.trimmingCharacters(inSet: " \n")
        if let last = t.last, last == "." || last == "!" || last == ";" || last == ":" { t.removeLast() }
        // `…developments."` → `…developments"`
        if t.count >= 2, let last = t.last, last == "\"" || last == "”" {
            let beforeQuote = t.index(before: t.endIndex)
            let b = t.index(before: beforeQuote)
            if t[b] == "." { t.remove(at: b) }
        }
        t = lowered(t)
        // After the frame's own "that", a demonstrative "that" reads as a stutter: "argues that that leaves …".
        if t.hasPrefix("that ") { t = "this " + t.dropFirst(5) }
        return t
    }

    /// The text with its first word lower-cased, unless it is "I", an acronym or a name (a word the text writes
    /// with a capital where it does not open a sentence, and never in lower case).
    func lowered(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let word = text.prefix { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "." || $0 == "-" }
        if word == "I" || word.hasPrefix("I'") || word.hasPrefix("I’") { return text }
        if word.count > 1, word.filter(\.isLetter).allSatisfy(\.isUppercase) { return text }
        if word.contains(".") { return text }
        let bare = word.lowercased().filter { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" }
        if !StopWords.english.contains(bare), isName(bare) { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// Whether the text only ever writes this word with a capital, and at least once inside a sentence.
    private func isName(_ lowerWord: String) -> Bool {
        guard let number = model.vocabulary.number(ofWord: lowerWord) else { return false }
        var insideCapital = false
        for token in model.tokens where token.word == number {
            if !token.flags.contains(.capitalized) { return false }
            if !token.flags.contains(.sentenceInitial) { insideCapital = true }
        }
        return insideCapital
    }
}
