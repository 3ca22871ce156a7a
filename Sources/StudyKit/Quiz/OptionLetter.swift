/// The letter shown before an option: A for the first, B for the second… Past Z (which a checked question never
/// reaches) the number in brackets, so no index from a file can crash the display.
public enum OptionLetter {
    public static func of(_ index: Int) -> String {
        guard (0..<26).contains(index) else { return "(\(index < 0 ? "?" : String(index + 1)))" }
        return String(Character(Unicode.Scalar(UInt8(65 + index))))
    }
}
