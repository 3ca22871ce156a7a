import Foundation

/// A synset's gloss: its definition and examples, as WordNet writes them after "|" on its data line.
extension Lexicon {
    /// The gloss of a synset (key: offset × 4 + part of speech), lower-case; empty when there is none.
    func gloss(of key: UInt32) -> String {
        guard isAvailable, let pos = PartOfSpeech(rawValue: Int(key % 4)) else { return "" }
        return data[pos.rawValue].gloss(at: Int(key / 4)).lowercased()
    }
}

extension WordNetFile {
    /// The text after "| " on the line at `offset`, up to the line's end.
    func gloss(at offset: Int) -> String {
        guard offset >= 0, offset < bytes.count else { return "" }
        return bytes.withUnsafeBytes { raw -> String in
            let b = raw.bindMemory(to: UInt8.self)
            var k = offset
            while k < b.count, b[k] != 10, b[k] != 124 { k += 1 }  // "|"
            guard k < b.count, b[k] == 124 else { return "" }
            let start = k + 1
            while k < b.count, b[k] != 10 { k += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<k]), as: UTF8.self)
        }
    }
}
