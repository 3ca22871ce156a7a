/// A time of day however it is written, so that a statement's "1pm" is given by a passage's "one o'clock" and "7.30pm"
/// by "half past seven": a number of hours with "am" or "pm" written on or after it ("1pm", "7.30 pm"), hours and
/// minutes with a colon ("19:30"), a number before "o'clock", or "half past", "quarter past" or "quarter to" before
/// one. Read on a twelve-hour clock, as "one o'clock" does not say which half of the day.
enum ClockTime {
    /// Words that say which half of the day a number of hours is in.
    static let halves: Set<String> = ["am", "pm", "a.m", "p.m", "a.m.", "p.m."]

    /// The times of day in a text's words (lower-case), as minutes past twelve (0 ..< 720), in order.
    static func minutes(in words: [String], lexicon: Lexicon) -> [Int] {
        var out: [Int] = []
        for (i, w) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1] : ""
            let written = halves.first { w.hasSuffix($0) && w.count > $0.count }.map { String(w.dropLast($0.count)) }
            if let clock = written ?? (halves.contains(next) || w.contains(":") ? w : nil), let time = hoursAndMinutes(clock) {
                out.append(time)
            } else if next == "o'clock" || next == "o’clock" || (next == "o" && i + 2 < words.count && words[i + 2] == "clock"),
                      let hours = hours(w, lexicon: lexicon) {
                out.append(hours % 12 * 60)
            } else if i >= 2, ["past", "to"].contains(words[i - 1]), let part = ["half": 30, "quarter": 15][words[i - 2]],
                      let hours = hours(w, lexicon: lexicon), !(words[i - 1] == "to" && part == 30) {
                out.append((hours % 12 * 60 + (words[i - 1] == "past" ? part : -part) + 720) % 720)
            }
        }
        return out
    }

    /// A number of hours from 1 to 24, in digits or words.
    static func hours(_ w: String, lexicon: Lexicon) -> Int? {
        guard let n = lexicon.numberValue(of: w), !n.ordinal, n.value == n.value.rounded(), (1...24).contains(n.value) else { return nil }
        return Int(n.value)
    }

    /// "7", "7.30" or "19:30" as minutes past twelve; nil for anything else.
    static func hoursAndMinutes(_ w: String) -> Int? {
        let parts = w.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard (1...2).contains(parts.count), let h = Int(parts[0]), (0...24).contains(h) else { return nil }
        let m = parts.count == 2 ? Int(parts[1]) : 0
        guard let m, (0..<60).contains(m), parts.count == 1 || parts[1].count == 2 else { return nil }
        return h % 12 * 60 + m
    }
}
