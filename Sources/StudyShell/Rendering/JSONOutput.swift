import Foundation
import StudyKit

extension Output {
    /// Writes a value as pretty JSON with sorted keys (stable, byte-identical for the same value). The encoder
    /// escapes C0 controls and `JSONText` the C1 ones, so JSON is always safe to print.
    public func json<T: Encodable>(_ value: T) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        raw(JSONText.escapingControls(String(decoding: data, as: UTF8.self)) + "\n")
    }
}
