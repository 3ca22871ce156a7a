/// JSON made safe to print: `JSONEncoder` escapes C0 controls but writes C1 controls (U+0080–U+009F, which some
/// terminals obey as escape sequences), bidirectional overrides and line separators as they are. Those only ever
/// occur inside strings, so each is rewritten as a `\uXXXX` escape, which every JSON reader reads back the same.
public enum JSONText {
    public static func escapingControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            if needsEscape(s) {
                let hex = String(s.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x2028 || v == 0x2029
    }
}
