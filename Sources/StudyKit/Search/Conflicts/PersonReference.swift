import Foundation

/// Who "he" and "she" in a sentence are: the nearest person named before the pronoun, in its sentence or earlier in
/// its paragraph, whose sex the essay does not contradict; else the person the essay names most often, if the
/// pronoun fits. A person's sex is read from a title ("Mr", "Ms") or from the sentences that follow a mention and
/// open with "He" or "She"; one unread fits either pronoun. The work is linear in the essay's mentions of people.
extension EvidenceIndex {
    /// One person a pronoun refers to: the entity and the lower-case words of every way the essay names it.
    struct PersonReferent: Equatable {
        let entity: Int
        let name: String
        let words: Set<String>
    }

    static let pronounSex: [String: Bool] = ["he": false, "him": false, "his": false, "himself": false,
                                             "she": true, "her": true, "hers": true, "herself": true]
    static let maleTitles: Set<String> = ["mr", "sir", "lord", "mister", "king", "prince"]
    static let femaleTitles: Set<String> = ["ms", "mrs", "miss", "dame", "lady", "madam", "queen", "princess"]

    /// The person each personal pronoun of sentence `s` refers to, by the pronoun's place among the sentence's
    /// words (`words(ofSentence:)`); a pronoun with no person that fits is left out.
    func personReferents(inSentence s: Int) -> [Int: PersonReferent] {
        let people = model.entities.indices.filter { model.entities[$0].kind == .person }
        guard !people.isEmpty else { return [:] }
        let paragraphStart = model.paragraphs[model.sentences[s].paragraphIndex].sentences.lowerBound
        // The mentions of people from the paragraph's start up to the sentence, in the order written.
        var before: [(start: Int, entity: Int)] = []
        for e in people {
            for m in model.entities[e].mentions where m.sentence >= paragraphStart && m.sentence <= s {
                before.append((m.range.lowerBound, e))
            }
        }
        before.sort { $0.start < $1.start }
        var sexes: [Int: Bool?] = [:]
        func sex(_ e: Int) -> Bool? {
            if let known = sexes[e] { return known }
            let found = sexRead(of: e)
            sexes[e] = found
            return found
        }
        let main = people.max { (model.entities[$0].mentions.count, $1) < (model.entities[$1].mentions.count, $0) }
        var referents: [Int: PersonReferent] = [:]
        var position = 0
        for k in model.sentences[s].tokens {
            let token = model.tokens[k]
            let word = model.word(of: token).lowercased()
            guard word.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            defer { position += 1 }
            guard let female = Self.pronounSex[word] else { continue }
            let fits = { (e: Int) in sex(e).map { $0 == female } ?? true }
            let candidate = before.last { $0.start < Int(token.start) && fits($0.entity) }?.entity ?? main.flatMap { fits($0) ? $0 : nil }
            if let e = candidate { referents[position] = referent(e) }
        }
        return referents
    }

    /// The entity `e` with the name the essay calls it by most often (the first of equals) and the words of all its
    /// mentions.
    func referent(_ e: Int) -> PersonReferent {
        let entity = model.entities[e]
        var words = Set<String>(), uses: [String: Int] = [:]
        for text in [entity.name] + entity.mentions.map(\.text) {
            for w in text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) { words.insert(w.lowercased()) }
        }
        for m in entity.mentions { uses[m.text, default: 0] += 1 }
        let name = entity.mentions.map(\.text).max { uses[$0]! < uses[$1]! } ?? entity.name
        return PersonReferent(entity: e, name: name, words: words.subtracting(Self.maleTitles).subtracting(Self.femaleTitles))
    }

    /// Whether the essay writes person `e` as a woman (true), a man (false), or does not say (nil): a title, else
    /// the more frequent of "She" and "He" opening the sentence after a mention in the same paragraph (not inside
    /// a quotation, where it may be someone else).
    func sexRead(of e: Int) -> Bool? {
        let entity = model.entities[e]
        let titles = Set((entity.titles + entity.mentions.compactMap { $0.text.split(separator: " ").first.map(String.init) })
            .map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) })
        if !titles.isDisjoint(with: Self.femaleTitles) { return true }
        if !titles.isDisjoint(with: Self.maleTitles) { return false }
        var she = 0, he = 0
        for m in entity.mentions {
            let next = m.sentence + 1
            guard next < sentenceCount, model.sentences[next].paragraphIndex == model.sentences[m.sentence].paragraphIndex,
                  let first = model.sentences[next].tokens.first, model.tokens[first].start == Int32(model.sentences[next].range.lowerBound)
            else { continue }
            switch model.word(of: model.tokens[first]).lowercased() {
            case "she": she += 1
            case "he": he += 1
            default: break
            }
        }
        return she == he ? nil : she > he
    }
}
