/// What a statement pins down that the essay must give near the sentence found (in its paragraph or the sentences
/// either side) for the statement to be said there: an amount of a measure ("three trillion dollars", "40
/// percent") or a year or decade ("in 2003", "in the 1980s"). A paraphrase keeps these; a statement that brings one
/// the passage never gives says something the essay does not. (A name the essay never uses is no such sign: a
/// paraphrase names "Washington" for "congressional leaders" or "Turkey" for "Turkish" as often.)
enum Specifics {
    /// The first amount of the statement that counts a measure ("three trillion dollars", "40 percent"; a
    /// quantity in WordNet, or money: "£40") or is written in digits, whose value no amount of the passage has. Other amounts are
    /// said in other words as often as not ("two parties" for "both parties", "two hundred years" for "two
    /// centuries").
    /// A number the passage joins to a word by a hyphen, in digits or words ("a 14-year-old" or "a fourteen-year-old" for
    /// "aged 14"), gives it too, and so does a
    /// stretch of time of the same length in other units ("every half hour" for "every 30 minutes"; `Duration`), and
    /// a time of day written otherwise ("one o'clock" for "1pm"; `ClockTime`).
    static func unsupportedAmount(statement: [Amount], passage: [Amount], passageWords: [String] = [], lexicon: Lexicon) -> Amount? {
        let compounds = passageWords.compactMap { w in
            w.contains("-") ? w.split(separator: "-").first.flatMap { lexicon.numberValue(of: String($0)) }.flatMap { $0.ordinal ? nil : $0.value } : nil
        }
        let lengths = Duration.lengths(in: passageWords, lexicon: lexicon), clocks = ClockTime.minutes(in: passageWords, lexicon: lexicon)
        return statement.first { a in
            (a.isMoney || a.text.first?.isNumber == true || a.unitWord.map { lexicon.nounClasses(of: $0).first == .quantity } == true)
                && !passage.contains { $0.agrees(with: a) } && !compounds.contains(a.value)
                && !(Duration.length(of: a, lexicon: lexicon).map { l in lengths.contains { Duration.same($0, l) } } ?? false)
                && !(ClockTime.minutes(in: a.text.split(separator: " ").map(String.init), lexicon: lexicon).first.map(clocks.contains) ?? false)
        }
    }

    /// The first year or decade of the statement that none of the passage's agrees with. A year the passage
    /// writes in digits counts wherever it stands ("died in 1810, leaving …" reads no time reference, as the year
    /// is not followed by a stop word).
    static func unsupportedYear(statement: [TimeReference], passage: [TimeReference], passageWords: [String]) -> TimeReference? {
        statement.first { t in
            guard t.noun == nil || t.noun == "decade" else { return false }
            if t.noun == nil, passageWords.contains(where: { Lexicon.digitValue($0)?.value == t.number }) { return false }
            return !passage.contains(where: t.agrees)
        }
    }
}
