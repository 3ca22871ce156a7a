/// Writes JSON in the layout of Foundation's `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` (two-space indent, `"key" : value`, an empty array as `[`, a blank line, `]`), a value
/// at a time, handing the bytes on in chunks, so a large document is never held whole. The caller gives the keys
/// of each object in sorted order.
struct PrettyJSONWriter {
    private var bytes: [UInt8] = []
    /// For each open object or array, how many members it has so far.
    private var counts: [Int] = []
    private let chunkSize: Int
    private let sink: ([UInt8]) -> Void

    init(chunkSize: Int, sink: @escaping ([UInt8]) -> Void) {
        self.chunkSize = chunkSize
        self.sink = sink
        bytes.reserveCapacity(chunkSize + 4096)
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member: its key; the value follows.
    mutating func key(_ k: String) {
        member()
        string(k)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    /// Starts an array element; the value follows.
    mutating func element() { member() }

    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        flushIfFull()
    }

    mutating func int(_ v: Int) { bytes.append(contentsOf: String(v).utf8) }

    /// A number as the encoder writes it: Swift's shortest form, without a trailing ".0".
    mutating func double(_ v: Double) {
        var s = v.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        bytes.append(contentsOf: s.utf8)
    }

    mutating func bool(_ v: Bool) { bytes.append(contentsOf: (v ? "true" : "false").utf8) }

    /// Hands on what is left.
    mutating func finish() {
        if !bytes.isEmpty { sink(bytes) }
        bytes.removeAll()
    }

    // Members of a string array or a few fields, for brevity.
    mutating func field(_ k: String, _ v: String) { key(k); string(v) }
    mutating func field(_ k: String, _ v: Int) { key(k); int(v) }
    mutating func field(_ k: String, _ v: Double) { key(k); double(v) }
    mutating func field(_ k: String, _ v: Bool) { key(k); bool(v) }
    mutating func field(_ k: String, _ v: [String]) {
        key(k)
        beginArray()
        for s in v { element(); string(s) }
        endArray()
    }

    private mutating func open(_ c: UInt8) {
        bytes.append(c)
        counts.append(0)
    }

    private mutating func close(_ c: UInt8) {
        let n = counts.removeLast()
        bytes.append(0x0A)
        if n == 0 { bytes.append(0x0A) }
        indent()
        bytes.append(c)
        flushIfFull()
    }

    private mutating func member() {
        if counts[counts.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(0x0A)
        counts[counts.count - 1] += 1
        indent()
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * counts.count))
    }

    private mutating func flushIfFull() {
        guard bytes.count >= chunkSize else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
