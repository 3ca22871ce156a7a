import Foundation

/// One linear pass over JSON bytes to find what `JSONSerialization` hides: a key written twice in one object (one
/// reader keeps the first, another the last, so a file could pass a check and then be read differently), and a
/// number too large for a Double (which makes the whole file "not JSON" without saying where). Both give the place,
/// `questions` or `events[2].grade.score`. Any bytes are safe: invalid JSON ends the scan, never loops.
public enum JSONScan {
    /// The place of the first key written twice in the same object, or nil.
    public static func duplicateKey(in data: some Sequence<UInt8>) -> String? {
        var scanner = Scanner(bytes: Array(data), lookingFor: .duplicateKey)
        return scanner.value(path: "")
    }

    /// The place of the first number that no Double holds (`1e400`), or nil.
    public static func numberOutOfRange(in data: some Sequence<UInt8>) -> String? {
        var scanner = Scanner(bytes: Array(data), lookingFor: .hugeNumber)
        return scanner.value(path: "")
    }

    private enum Target { case duplicateKey, hugeNumber }

    private struct Scanner {
        let bytes: [UInt8]
        let target: Target
        var i = 0
        var depth = 0

        init(bytes: [UInt8], lookingFor target: Target) {
            self.bytes = bytes
            self.target = target
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        /// Scans one value; returns the place of what is looked for inside it.
        mutating func value(path: String) -> String? {
            skipSpace()
            guard i < bytes.count else { return nil }
            depth += 1
            defer { depth -= 1 }
            if depth > 512 { i = bytes.count; return nil }  // JSONSerialization refuses deeper files already
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var seen = Set<String>()
                while true {
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    guard bytes[i] == UInt8(ascii: "\"") else { i = bytes.count; return nil }
                    let name = Self.decoded(string())
                    let place = (path.isEmpty ? "" : path + ".") + SafeText.clean(name, limit: 40)
                    if target == .duplicateKey && !seen.insert(name).inserted { return place }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { i = bytes.count; return nil }
                    i += 1
                    if let found = value(path: place) { return found }
                }
            case UInt8(ascii: "["):
                i += 1
                var index = 0
                while true {
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; index += 1; continue }
                    let before = i
                    if let found = value(path: "\(path)[\(index)]") { return found }
                    if i == before { i = bytes.count; return nil }
                }
            case UInt8(ascii: "\""):
                _ = string()
                return nil
            default:
                let start = i
                while i < bytes.count, !",]} \n\r\t".utf8.contains(bytes[i]) { i += 1 }
                if target == .hugeNumber, let first = bytes[start...].first, first == UInt8(ascii: "-") || (0x30...0x39).contains(first),
                   !(Double(String(decoding: bytes[start..<i], as: UTF8.self))?.isFinite ?? false) {
                    return path.isEmpty ? "the top level" : path
                }
                return nil
            }
        }

        /// A key with its escapes (`\u0071`) read, so keys written differently but equal are caught.
        static func decoded(_ raw: [UInt8]) -> String {
            guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
            let quoted = Data([UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")])
            return (try? JSONSerialization.jsonObject(with: quoted, options: .fragmentsAllowed)) as? String
                ?? String(decoding: raw, as: UTF8.self)
        }

        /// A string's raw bytes between its quotes.
        mutating func string() -> [UInt8] {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return [] }
            i += 1
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
            }
            let end = min(i, bytes.count)
            i += 1
            return Array(bytes[start..<end])
        }
    }
}
