import Foundation

/// Whether a statement turns a change round: "the gap grew" where the sentence says "the gap shrank", "has fallen"
/// where it says "1,140, up from 860", "will cut the budget" where it says "the budget will rise".
///
/// A word says that something grows when one of its commonest verb or noun senses is, or stands one or two links (a
/// noun one) below, a sense of "increase" that WordNet sets against a sense of "decrease" ("grow" and "rise" under "increase",
/// "shrink", "fall" and "cut" under "decrease"), and that it shrinks the other way round; a word with senses on both
/// sides says neither. "Up" and "down" before "from", "by" or "to" and a number say it too. A change under a denial
/// ("did not rise") says no direction.
///
/// The change of the sentence the statement speaks of is the one whose neighbours (three content words before it, two
/// after) are most of them words of the statement, at least two ("journeys on public transport rose …, and the share
/// of trips made by car fell" against "car trips rose"; "raised the head of his bed" is about no "falling oxygen").
enum ChangeDirection {
    /// How many of a base form's senses, commonest first, are read ("fall" is "decrease" in its 11th).
    static let sensesRead = 12
    /// How many content words either side of a sentence's change are its neighbours, and how many of them the
    /// statement must use for the change to be the one it speaks of.
    static let neighboursBefore = 3, neighboursAfter = 2, namesNeeded = 2

    /// +1 for a word that says something grows, -1 for one that says it shrinks, nil for neither or both. Only the
    /// part of speech the word has most senses in is read ("branches" is a noun, not the verb "branch": grow
    /// branches).
    static func sign(of word: String, lexicon: Lexicon) -> Int? {
        guard lexicon.isAvailable, !StopWords.english.contains(word) else { return nil }
        if let known = signs.get(word) { return known == 0 ? nil : Int(known) }
        let found = readSign(of: word, lexicon: lexicon)
        signs.set(word, Int8(found ?? 0))
        return found
    }

    /// The signs found so far (0 for none), by word: a word's is read from WordNet once.
    private static let signs = WordCache<Int8>(limit: 50_000)

    private static func readSign(of word: String, lexicon: Lexicon) -> Int? {
        let forms = lexicon.lemmas(of: word)
        guard let main = forms.max(by: { lexicon.senseCount(of: $0.lemma, $0.pos) < lexicon.senseCount(of: $1.lemma, $1.pos) }),
              main.pos == .verb || main.pos == .noun else { return nil }
        let (up, down) = anchors(lexicon)
        var grows = false, shrinks = false
        for (lemma, pos) in forms where pos == main.pos {
            for sense in lexicon.synsets(of: lemma, pos).prefix(sensesRead) {
                var frontier = [sense]
                for _ in 0...(pos == .verb ? 2 : 1) where !frontier.isEmpty {
                    grows = grows || frontier.contains(where: up.contains)
                    shrinks = shrinks || frontier.contains(where: down.contains)
                    frontier = frontier.flatMap { lexicon.hypernyms(of: $0) }
                }
            }
        }
        return grows == shrinks ? nil : grows ? 1 : -1
    }

    /// The senses of "increase" that have a sense of "decrease" as their antonym, and those senses of "decrease".
    static func anchors(_ lexicon: Lexicon) -> (up: Set<UInt32>, down: Set<UInt32>) {
        var up = Set<UInt32>(), down = Set<UInt32>()
        for pos in [Lexicon.PartOfSpeech.verb, .noun] {
            let decrease = Set(lexicon.synsets(of: "decrease", pos))
            for sense in lexicon.synsets(of: "increase", pos) {
                for p in lexicon.pointers(of: sense) where p.symbol == Lexicon.antonym && decrease.contains(p.target) {
                    up.insert(sense)
                    down.insert(p.target)
                }
            }
        }
        return (up, down)
    }

    /// The direction of each change in `words`, where it stands: a word with a sign, or "up"/"down" before "from",
    /// "by" or "to" and a number; none under a denial in the three words before it.
    static func changes(in words: [String], lexicon: Lexicon) -> [(index: Int, sign: Int)] {
        var out: [(Int, Int)] = []
        for (i, w) in words.enumerated() {
            var sign: Int?
            if w == "up" || w == "down" {
                let number = i + 2 < words.count && ["from", "by", "to"].contains(words[i + 1])
                    && words[i + 2].contains(where: \.isNumber)
                sign = number ? (w == "up" ? 1 : -1) : nil
            } else {
                sign = Self.sign(of: w, lexicon: lexicon)
            }
            guard let sign else { continue }
            if words[max(0, i - 3)..<i].contains(where: EvidenceIndex.denials.contains) { continue }
            out.append((i, sign))
        }
        return out
    }

    /// The statement's change that the sentence turns the other way, as the two write it.
    static func reversed(statement: [String], sentence: [String], lexicon: Lexicon) -> (statement: String, sentence: String)? {
        let stemmer = PorterStemmer()
        let said = changes(in: statement, lexicon: lexicon)
        guard !said.isEmpty else { return nil }
        let changed = Set(said.map(\.index))
        let what = Set(statement.indices.filter { !changed.contains($0) && !StopWords.english.contains(statement[$0]) }
            .map { stemmer.stem(statement[$0]) })
        // The change of the sentence that the statement speaks of: the one with most of the statement's words among
        // its neighbours, at least `namesNeeded` of them; none when two such changes go opposite ways.
        var best: (overlap: Int, index: Int, sign: Int)?
        for (j, s) in changes(in: sentence, lexicon: lexicon) {
            let before = sentence[..<j].filter { !StopWords.english.contains($0) }.suffix(neighboursBefore)
            let after = sentence[(j + 1)...].filter { !StopWords.english.contains($0) }.prefix(neighboursAfter)
            let overlap = Set((before + after).map(stemmer.stem)).intersection(what).count
            guard overlap >= namesNeeded else { continue }
            if best == nil || overlap > best!.overlap { best = (overlap, j, s) } else if overlap == best!.overlap, s != best!.sign { best!.sign = 0 }
        }
        guard let best, best.sign != 0, let (i, _) = said.first(where: { $0.sign == -best.sign }),
              !said.contains(where: { $0.sign == best.sign }) else { return nil }
        let j = best.index
        return (statement[i], ["up", "down"].contains(sentence[j]) ? sentence[j...(j + 1)].joined(separator: " ") : sentence[j])
    }
}
