import ArgumentParser

/// Texts of a given size for `study bench`, made from real paragraphs, blank-line separated.
///
/// Repeating an essay keeps the vocabulary and the set of names small; a book keeps bringing new ones. The other
/// varieties make every sentence new: `newWords` replaces each sentence's first word with a made-up word never
/// used before, and `newNames` also puts a made-up word before every capitalised word inside a sentence, so known
/// names keep gaining new forms ("Qj David Petraeus").
enum BenchText {
    enum Variety: String, ExpressibleByArgument, CaseIterable {
        case repeated, newWords = "new-words", newNames = "new-names"
    }

    /// Searches timed by `bench --search`: words and paraphrases, common and rare words, a section limit.
    static let queries = [
        "the UN wants to help more", "coordinated international assistance", "Bush admit mistakes",
        "faction liberty", "government is best which governs least", "war", "Iraq leaders political",
        "the president has not explained how the military can succeed", "children food landlords",
        "Britain reconciliation continent", "dedicate consecrate hallow ground", "majority conscience in §1",
    ]

    static func make(words: Int, from paragraphs: [String], variety: Variety = .repeated) -> String {
        var out = ""
        var count = 0
        var i = 0
        var fresh = MadeUpWords()
        while count < words, !paragraphs.isEmpty {
            let p = paragraphs[i % paragraphs.count]
            let ws = p.split(separator: " ", omittingEmptySubsequences: true)
            if variety == .repeated {
                out += p
            } else {
                var line: [String] = []
                var opens = true
                for w in ws {
                    let capital = w.first.map { $0.isUppercase } ?? false
                    if opens, capital {
                        line.append(fresh.next(capitalized: true))
                    } else {
                        if variety == .newNames, capital, let previous = line.last, previous.first?.isLowercase == true {
                            line.append(fresh.next(capitalized: true))
                        }
                        line.append(String(w))
                    }
                    opens = w.last.map { ".?!".contains($0) } ?? false
                }
                out += line.joined(separator: " ")
            }
            out += "\n\n"
            count += ws.count
            i += 1
        }
        return out
    }
}

/// Made-up words that are all different: a counter written with consonant–vowel syllables ("Qa", "Bexu").
struct MadeUpWords {
    private var n = 0
    private static let consonants = Array("bcdfghjklmnpqrstvwxz")
    private static let vowels = Array("aeiouy")

    mutating func next(capitalized: Bool) -> String {
        n += 1
        var k = n + 200
        var letters: [Character] = []
        while k > 0 {
            let syllable = k % (Self.consonants.count * Self.vowels.count)
            letters.append(Self.consonants[syllable / Self.vowels.count])
            letters.append(Self.vowels[syllable % Self.vowels.count])
            k /= Self.consonants.count * Self.vowels.count
        }
        var word = String(letters)
        if capitalized { word = word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }
}
