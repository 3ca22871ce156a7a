/// Words by which a statement claims without exception: for all ("every", "all", "always", "entirely"), for one
/// alone ("only", "alone", "solely"), for none ("none", "nobody"), or a denial made total by "never" (against a sentence that says how often:
/// "never work" against "often fail"), "any" or "at all" ("cannot help in any way"). A
/// sentence backs such a word by one of the same kind (not denied: "not all" backs nothing), or by a word WordNet
/// gives the same sense.
enum Absolutes {
    static let universal: Set<String> = ["all", "every", "always", "entire", "entirely", "whole", "wholly", "completely",
                                         "totally", "everyone", "everybody", "everything", "everywhere", "forever"]
    static let exclusive: Set<String> = ["only", "alone", "solely", "exclusively", "sole"]
    /// What makes a denial total ("not … any", "not … at all", "no … whatsoever").
    static let totalDenial: Set<String> = ["any", "whatsoever", "none", "nothing", "nobody", "never"]
    /// Words that deny of every one ("none of the schools"): a sentence that says a few ("few schools", "only two")
    /// does not back them.
    static let noneOf: Set<String> = ["none", "nobody", "nothing"]
    /// Words that say how often, short of always or never.
    static let frequency: Set<String> = ["often", "sometimes", "usually", "occasionally", "frequently", "rarely",
                                         "seldom", "mostly", "generally", "commonly", "typically"]
    /// Phrases in which such a word claims nothing absolute.
    static let idioms: [[String]] = [["above", "all"], ["after", "all"], ["first", "of", "all"], ["all", "but"],
                                     ["not", "only"], ["if", "only"], ["only", "just"], ["all", "the", "same"]]

    /// The statement's first absolute word (or "any" of a total denial) that the sentence does not back.
    /// `denies` tells the words that deny or lessen ("not", "lost"): "all" after one makes a total denial.
    static func unbacked(statement: [String], sentence: [String], lexicon: Lexicon, denies: (String) -> Bool) -> String? {
        let said = claims(in: statement, denies: denies)
        guard !said.isEmpty else { return nil }
        // In the sentence, "any" that no denial precedes backs a claim for all ("a kilometre from any house").
        let backing = claims(in: sentence, denies: denies) + sentence.indices.filter { i in
            sentence[i] == "any" && !sentence[..<i].contains(where: denies)
        }.map { (word: sentence[$0], kind: Kind.universal) }
        for (word, kind) in said {
            // "Never" often says "not" of one past act ("never made clear"): it claims for all time only against a
            // sentence that gives how often ("often fail").
            if word == "never", !sentence.contains(where: frequency.contains) { continue }
            if kind == .universal, let x = statement.firstIndex(of: word).flatMap({ quantified(at: $0, in: statement, lexicon: lexicon) }),
               quantifiesOther(x, sentence: sentence, lexicon: lexicon) { return word }
            if backing.contains(where: { $0.kind == kind }) { continue }
            if kind == .totalDenial, sentence.contains(where: totalDenial.contains) { continue }
            // "None" is backed by any plain denial ("no school joined"), not by a few ("few schools joined").
            if noneOf.contains(word), sentence.contains(where: EvidenceIndex.denials.contains) { continue }
            let meaning = lexicon.meaning(of: word, opposites: false)
            if sentence.contains(where: { $0 != word && lexicon.meaning(of: $0, opposites: false).senses.contains(where: meaning.senses.contains) }) { continue }
            return word
        }
        return nil
    }

    enum Kind { case universal, exclusive, totalDenial }

    /// The noun a word for all stands with: the first noun after it past determiners and adjectives ("all the damage",
    /// "every local school"), else the noun just before it ("the schools all joined"; "investments all reduce").
    static func quantified(at i: Int, in words: [String], lexicon: Lexicon) -> String? {
        func isNoun(_ w: String) -> Bool { !StopWords.english.contains(w) && lexicon.lemmas(of: w).contains { $0.pos == .noun } }
        for w in words[(i + 1)...].prefix(4) {
            if StopWords.english.contains(w) { continue }
            let forms = lexicon.lemmas(of: w)
            // An inflected verb ends the phrase ("all joined the scheme").
            if forms.contains(where: { $0.pos == .verb && $0.lemma != w }) { break }
            if isNoun(w) { return w }
            if !forms.contains(where: { $0.pos == .adjective }) { break }
        }
        return i > 0 && isNoun(words[i - 1]) ? words[i - 1] : nil
    }

    /// Whether the sentence names the noun a statement's word for all stands with, but says "all" only of other nouns
    /// ("remove all the damage" where it says "bonds and investments all reduce the damage").
    static func quantifiesOther(_ noun: String, sentence: [String], lexicon: Lexicon) -> Bool {
        let stemmer = PorterStemmer(), stem = stemmer.stem(noun)
        guard sentence.contains(where: { stemmer.stem($0) == stem }) else { return false }
        let attached = sentence.indices.filter { universal.contains(sentence[$0]) }.map { quantified(at: $0, in: sentence, lexicon: lexicon) }
        return !attached.isEmpty && attached.allSatisfy { $0.map { stemmer.stem($0) != stem } ?? false }
    }

    /// The absolute words of a text with their kind, outside the idioms and not denied ("not all"). "Only" before
    /// an amount (in digits or words) or an article limits an amount ("only a few minutes", "only nine days after")
    /// and claims nothing; "all" before a number claims the number ("all nine schools").
    static func claims(in words: [String], denies: (String) -> Bool) -> [(word: String, kind: Kind)] {
        var out: [(String, Kind)] = []
        var denied = false
        for (i, w) in words.enumerated() {
            if denies(w) { denied = true }
            if idioms.contains(where: { idiom in idiom.indices.contains { k in
                let start = i - k
                return idiom[k] == w && start >= 0 && start + idiom.count <= words.count && Array(words[start..<start + idiom.count]) == idiom
            } }) { continue }
            if i > 0, words[i - 1] == "not" { continue }
            if w == "only", i + 1 < words.count, StopWords.english.contains(words[i + 1]) || words[i + 1].first?.isNumber == true
                || LexiconTable.shipped.isNumberWord(words[i + 1]) { continue }
            // "All nine schools" claims no more than the number.
            if w == "all", i + 1 < words.count, words[i + 1].first?.isNumber == true || LexiconTable.shipped.isNumberWord(words[i + 1]) { continue }
            if noneOf.contains(w) {
                out.append((w, .totalDenial))
            } else if w == "never" {
                // "Never" denies for all time: a sentence that says "often fail" does not back "never work".
                out.append((w, .totalDenial))
            } else if w == "any" || (w == "all" && denied) {
                if denied { out.append((w, .totalDenial)) }
            } else if universal.contains(w) {
                out.append((w, .universal))
            } else if exclusive.contains(w) {
                out.append((w, .exclusive))
            }
        }
        return out
    }
}
