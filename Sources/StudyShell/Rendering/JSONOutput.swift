import Foundation
import StudyKit

extension Output {
    /// Writes a value as pretty JSON with sorted keys (stable, byte-identical for the same value). The encoder
    /// escapes C0 controls and `JSONText` the C1 ones, so JSON is always safe to print.
    public func json<T: Encodable>(_ value: T) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        var text = String(decoding: data, as: UTF8.self)
        // Foundation prints an empty array or object over lines ("[", "", "]"); write it as `[]` or `{}`.
        if text.allSatisfy({ "[]{} \n".contains($0) }) { text = text.filter { !$0.isWhitespace } }
        raw(JSONText.escapingControls(text) + "\n")
    }
}
