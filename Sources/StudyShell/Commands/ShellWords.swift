/// Splits a command line into words: white space separates, a backslash escapes the next character, and a single
/// or double quote that opens a word groups up to the same quote where a word ends (`find "cost of war"`). A quote
/// inside a word is a letter: `find Iraq's future`, `where shoppers don't drive` need no quoting.
public enum ShellWords {
    /// A quote opened a word and was never closed; `command` is the line's first word, if any.
    public struct UnclosedQuote: Error {
        public let command: String?
    }

    public static func split(_ line: String) throws(UnclosedQuote) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        let chars = Array(line)
        for (index, ch) in chars.enumerated() {
            if escaped { current.append(ch); escaped = false; inWord = true; continue }
            if ch == "\\" && quote != "'" { escaped = true; continue }
            if let q = quote {
                // The quote closes where a word could end: before white space or the end of the line.
                let atWordEnd = index + 1 == chars.count || chars[index + 1] == " " || chars[index + 1] == "\t"
                if ch == q && atWordEnd { quote = nil } else { current.append(ch) }
                continue
            }
            if (ch == "\"" || ch == "'") && !inWord { quote = ch; inWord = true; continue }
            if ch == " " || ch == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
                continue
            }
            current.append(ch)
            inWord = true
        }
        if quote != nil { throw UnclosedQuote(command: words.first) }
        if escaped { current.append("\\") }
        if inWord { words.append(current) }
        return words
    }
}
