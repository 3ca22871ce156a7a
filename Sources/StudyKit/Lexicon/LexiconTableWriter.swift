/// Writes `LexiconTable`'s resource from an installed WordNet (`study lexicon-table`, run by `make lexicon-table`):
/// the same text, byte for byte, from the same WordNet. Every answer is `Lexicon`'s own; the table is checked against
/// it on every word whose answer it could give, and not written if one differs.
public enum LexiconTableWriter {
    /// Why no table was written.
    public enum Failure: Error, Equatable {
        /// WordNet is not installed where the lexicon looked.
        case noWordNet
        /// The table would answer a word otherwise than WordNet (a bug in the table's rules).
        case disagrees(word: String)
    }

    /// The table's text, from `lexicon` (which must have WordNet).
    public static func table(from lexicon: Lexicon) throws(Failure) -> String {
        guard lexicon.isAvailable else { throw .noWordNet }
        /// The tokenizer's words: no spaces, and so none of WordNet's multi-word lemmas ("armed_forces").
        func isSingle(_ w: String) -> Bool { !w.utf8.contains(0x5F) && !w.utf8.contains(0x20) }
        let nouns = lexicon.allLemmas(.noun).filter(isSingle)
        var rows: [String: LexiconTable.Flags] = [:]
        for w in lexicon.allLemmas(.adverb) where isSingle(w) && lexicon.isOnlyAdverb(w) { rows[w, default: []].insert(.onlyAdverb) }
        for w in lexicon.allLemmas(.adjective) where isSingle(w) && lexicon.isNumberWord(w) { rows[w, default: []].insert(.numberWord) }

        // Each question about nouns (holder, person sense, text): each lemma that answers yes, then the forms whose
        // answer morphy's rules over those lemmas would get wrong. A word can have a noun lemma only if it is one,
        // an irregular form, or a lemma with an ending that the rules take off again ("critic" → "critics"): those
        // are all the words to check.
        let nounRules = Lexicon.detachments[Lexicon.PartOfSpeech.noun.rawValue]
        func inflections(of lemma: String) -> [String] {
            nounRules.compactMap { suffix, ending in lemma.hasSuffix(ending) ? String(lemma.dropLast(ending.count)) + suffix : nil }
        }
        var allWords = Set(nouns).union(lexicon.exceptionForms(.noun).filter(isSingle))
        for lemma in nouns { allWords.formUnion(inflections(of: lemma)) }
        let questions: [(LexiconTable.NounQuestion, (String) -> Bool)] = [
            (.holder, lexicon.isHolderNoun), (.personSense, lexicon.hasPersonSense), (.text, lexicon.namesText),
        ]
        for (question, ask) in questions {
            var words = allWords
            var holds: [String: Bool] = [:]
            for w in words { holds[w] = ask(w) }
            for lemma in nouns where holds[lemma] == true { rows[lemma, default: []].insert(question.yes) }
            var table = LexiconTable(rows: rows)
            for w in words where holds[w] == true && !table.answer(question, w) { rows[w, default: []].insert(question.yes) }
            // The forms of those irregular ones can now reach a yes too.
            for (w, f) in rows where f.contains(question.yes) {
                for form in inflections(of: w) where holds[form] == nil {
                    words.insert(form)
                    holds[form] = ask(form)
                }
            }
            table = LexiconTable(rows: rows)
            for w in words where holds[w] == false && table.answer(question, w) { rows[w, default: []].insert(question.no) }
            table = LexiconTable(rows: rows)
            for w in words.sorted() where table.answer(question, w) != holds[w] { throw .disagrees(word: w) }
        }
        let table = LexiconTable(rows: rows)
        for (w, _) in rows where table.isOnlyAdverb(w) != lexicon.isOnlyAdverb(w) || table.isNumberWord(w) != lexicon.isNumberWord(w) {
            throw .disagrees(word: w)
        }
        return header(lexicon) + LexiconTable.lines(rows)
    }

    /// Where the table came from and how to read it, with WordNet's licence (which its copies must carry).
    private static func header(_ lexicon: Lexicon) -> String {
        var lines = [
            "study lexicon table: what the analysis asks of WordNet, so that it never opens WordNet (LexiconTable).",
            "Written by `make lexicon-table` (study lexicon-table) from Princeton WordNet 3.0 as Debian's wordnet-base",
            "installs it; do not edit by hand. SHA-256 of its index, data and exception files:",
            lexicon.filesDigest,
            "Lines: a word, a space, its flags: h a noun lemma naming someone who can hold a view (Lexicon.isHolderNoun;",
            "its plurals by WordNet's detachment rules), or such a form the rules miss; x a form the rules would",
            "wrongly make one; p a noun with a person among its senses (Lexicon.hasPersonSense), q a form the rules",
            "would wrongly give one; t a holder naming a text (Lexicon.namesText), u a form the rules would wrongly",
            "make one; a only an adverb (Lexicon.isOnlyAdverb); n a number word (Lexicon.isNumberWord).",
            "Single words only (no spaces or underscores). WordNet's licence:",
        ]
        lines += lexicon.licence
        return lines.map { $0.isEmpty ? "#\n" : "# \($0)\n" }.joined()
    }
}

extension LexiconTable {
    /// A table of these rows (without a header).
    init(rows: [String: Flags]) { self.init(bytes: Array(Self.lines(rows).utf8)) }

    /// The rows as the table's lines, sorted by byte value.
    static func lines(_ rows: [String: Flags]) -> String {
        rows.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { word in
            let flags = rows[word] ?? []
            let letters = Flags.letters.filter { flags.contains($0.0) }.map { Character(Unicode.Scalar($0.1)) }
            return word + " " + String(letters) + "\n"
        }.joined()
    }
}
