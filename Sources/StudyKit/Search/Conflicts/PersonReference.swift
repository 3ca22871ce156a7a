import Foundation

/// Who "he" and "she" in a sentence are: the nearest person named before the pronoun, in its sentence or earlier in
/// its paragraph, whose sex the essay does not contradict; else the person the essay names most often, if the essay
/// gives them the pronoun's sex. A person's sex is read from a title ("Mr", "Ms") or from the sentences that follow a mention and
/// open with "He" or "She"; one unread fits either pronoun. A name the essay files under no kind counts as a person's
/// when WordNet does not know its last word or knows it first as a person. The work is linear in the essay's mentions
/// and the paragraph's words.
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
        let paragraphStart = model.paragraphs[model.sentences[s].paragraphIndex].sentences.lowerBound
        // The people named from the paragraph's start up to the sentence, in the order written: the essay's people
        // (entity ≥ 0), and names it files under no kind that may be people (entity −1, `unfiledPeople`).
        var before: [(start: Int, entity: Int)] = []
        var filed: [Range<Int>] = []
        for e in essayNames.entities(inSentences: paragraphStart...s) {
            for m in mentions(of: e, inSentences: paragraphStart...s) {
                filed.append(m.range)
                if model.entities[e].kind == .person { before.append((m.range.lowerBound, e)) }
            }
        }
        let unfiled = unfiledPeople(inSentences: paragraphStart...s, filed: filed)
        before += unfiled.enumerated().map { ($0.element.start, -1 - $0.offset) }
        before.sort { $0.start < $1.start }
        var sexes: [Int: Bool?] = [:]
        func sex(_ e: Int) -> Bool? {
            if e < 0 { return nil }
            if let known = sexes[e] { return known }
            let found = sexRead(of: e)
            sexes[e] = found
            return found
        }
        let main = essayNames.mainPerson
        var referents: [Int: PersonReferent] = [:]
        var position = 0
        for k in model.sentences[s].tokens {
            let token = model.tokens[k]
            let word = model.word(of: token).lowercased()
            guard word.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            defer { position += 1 }
            guard let female = Self.pronounSex[word] else { continue }
            let fits = { (e: Int) in sex(e).map { $0 == female } ?? true }
            let candidate = before.last { $0.start < Int(token.start) && fits($0.entity) }?.entity
                ?? main.flatMap { sex($0) == female ? $0 : nil }
            if let e = candidate { referents[position] = e >= 0 ? referent(e) : unfiled[-1 - e].referent }
        }
        return referents
    }

    /// Runs of words written with a capital inside sentences `range` that no entity covers (`filed`) and that may
    /// name a person: the last word WordNet does not know, or knows first as a person ("our keeper, Ellie Brandt,
    /// … before she broke"; not "the Pennine Water Tunnel").
    func unfiledPeople(inSentences range: ClosedRange<Int>, filed: [Range<Int>]) -> [(start: Int, referent: PersonReferent)] {
        var found: [(start: Int, referent: PersonReferent)] = []
        var run: [Token] = []
        func close() {
            defer { run.removeAll() }
            guard let first = run.first, let last = run.last else { return }
            let word = model.word(of: last).lowercased()
            guard lexicon.lemmas(of: word).isEmpty || lexicon.nounClasses(of: word).first == .person else { return }
            let name = model.text(of: Int(first.start)..<Int(last.end))
            let words = Set(run.map { model.word(of: $0).lowercased() })
            found.append((Int(first.start), PersonReferent(entity: -1, name: name, words: words)))
        }
        for s in range {
            for k in model.sentences[s].tokens {
                let token = model.tokens[k]
                if token.flags.contains(.capitalized), !token.flags.contains(.sentenceInitial),
                   !filed.contains(where: { $0.contains(Int(token.start)) }) {
                    run.append(token)
                } else {
                    close()
                }
            }
            close()
        }
        return found
    }

    /// The entity `e` with the name the essay calls it by most often (the first of equals) and the words of its
    /// fullest name (its short forms are among them).
    func referent(_ e: Int) -> PersonReferent {
        let entity = model.entities[e]
        var uses: [String: Int] = [:]
        for m in entity.mentions { uses[m.text, default: 0] += 1 }
        let name = entity.mentions.map(\.text).max { uses[$0]! < uses[$1]! } ?? entity.name
        return PersonReferent(entity: e, name: name, words: nameWords(of: e))
    }

    /// The mentions of entity `e` in sentences `range`, found by halving (mentions are in the order written).
    func mentions(of e: Int, inSentences range: ClosedRange<Int>) -> ArraySlice<Entity.Mention> {
        let all = model.entities[e].mentions
        func firstIndex(from sentence: Int) -> Int {
            var lo = 0, hi = all.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if all[mid].sentence < sentence { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        return all[firstIndex(from: range.lowerBound)..<firstIndex(from: range.upperBound + 1)]
    }

    /// The lower-case words of entity `e`'s fullest name, without titles ("Ms", "Sir").
    func nameWords(of e: Int) -> Set<String> {
        Set(model.entities[e].name.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map { $0.lowercased() })
            .subtracting(Self.maleTitles).subtracting(Self.femaleTitles)
    }

    /// Whether the essay writes person `e` as a woman (true), a man (false), or does not say (nil): a title, else
    /// the more frequent of "She"/"Her" and "He"/"His" opening the sentence after a mention in the same paragraph
    /// (not inside a quotation, where it may be someone else).
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
            case "she", "her": she += 1
            case "he", "his": he += 1
            default: break
            }
        }
        return she == he ? nil : she > he
    }
}
