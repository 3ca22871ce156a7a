/// An amount a statement gives as a bound ("fewer than a third", "more than 40 percent", "under £20"): the sentence
/// says it by any amount on the right side of the bound ("31.6 per cent" says "fewer than a third"), not only by the
/// same amount.
enum AmountBound {
    /// Words that, before "than", make the amount after them an upper or a lower bound.
    static let below: Set<String> = ["fewer", "less"], above: Set<String> = ["more", "greater"]
    /// Prepositions that do so alone.
    static let under: Set<String> = ["under", "below"], over: Set<String> = ["over", "above"]

    /// Whether the statement's amount `said`, written in `statement` (its words), is a bound that the sentence's
    /// amount `given`, of the same measure, meets.
    static func holds(_ said: Amount, in statement: [String], by given: Amount) -> Bool {
        guard said.measuresSameThing(as: given), said.isShare == given.isShare else { return false }
        let text = said.text.split(separator: " ").map(String.init)
        func bare(_ w: String) -> String { String(w.drop { !$0.isLetter && !$0.isNumber }) }
        guard let i = statement.indices.first(where: { i in
            i + text.count <= statement.count && zip(statement[i...], text).allSatisfy { bare($0) == bare($1) }
        }), i > 0 else { return false }
        let before = statement[i - 1], twoBefore = i > 1 ? statement[i - 2] : ""
        if under.contains(before) || (before == "than" && below.contains(twoBefore)) { return given.value < said.value }
        if over.contains(before) || (before == "than" && above.contains(twoBefore)) { return given.value > said.value }
        return false
    }
}
