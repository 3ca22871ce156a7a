import Foundation

/// The feature names of a `ComponentModel`, numbered by row and found by name through a hash table over their
/// UTF-8 bytes. Built from the weights file in the same single pass that reads the weights, it makes no string per
/// feature: the model is read at every start-up, and a name is only decoded when `explain` shows it.
struct FeatureTable: Sendable {
    /// The bytes the names are in (the weights file, or the names laid end to end).
    private let bytes: [UInt8]
    /// Where each row's name starts in `bytes`, and its length.
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    /// Open addressing, linear probing: a row, or -1.
    private var slots: [Int32] = []
    private var mask = 0

    /// The number of names (rows).
    var count: Int { starts.count }

    /// A table over names laid in `bytes`, added with `append` and then indexed with `indexed()`.
    init(bytes: [UInt8], capacity: Int) {
        self.bytes = bytes
        starts.reserveCapacity(capacity)
        lengths.reserveCapacity(capacity)
    }

    /// A table of these names, row `i` being `names[i]`.
    init(names: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = [], lengths: [Int32] = []
        for name in names {
            starts.append(Int32(bytes.count))
            bytes += name.utf8
            lengths.append(Int32(name.utf8.count))
        }
        self.bytes = bytes
        self.starts = starts
        self.lengths = lengths
        index()
    }

    /// Adds the name in `bytes[start..<end]` as the next row.
    mutating func append(start: Int, end: Int) {
        starts.append(Int32(start))
        lengths.append(Int32(end - start))
    }

    /// Builds the hash table once every row is appended. A repeated name keeps its first row.
    mutating func index() {
        var size = 16
        while size < count * 2 { size <<= 1 }
        mask = size - 1
        slots = Array(repeating: -1, count: size)
        bytes.withUnsafeBufferPointer { b in
            for row in 0..<count {
                let start = Int(starts[row]), length = Int(lengths[row])
                var i = Self.hash(UnsafeBufferPointer(rebasing: b[start..<(start + length)])) & mask
                var repeated = false
                while slots[i] >= 0 {
                    if Self.equal(b, Int(starts[Int(slots[i])]), Int(lengths[Int(slots[i])]), start, length) { repeated = true; break }
                    i = (i + 1) & mask
                }
                if !repeated { slots[i] = Int32(row) }
            }
        }
    }

    /// The row of a name, nil when the table does not hold it.
    func row(_ name: String) -> Int? {
        guard count > 0 else { return nil }
        var name = name
        return name.withUTF8 { key in
            bytes.withUnsafeBufferPointer { b in
                var i = Self.hash(key) & mask
                while true {
                    let row = Int(slots[i])
                    if row < 0 { return nil }
                    if Int(lengths[row]) == key.count {
                        let start = Int(starts[row])
                        if key.isEmpty || memcmp(b.baseAddress! + start, key.baseAddress!, key.count) == 0 { return row }
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// The name of a row.
    func name(_ row: Int) -> String {
        let start = Int(starts[row])
        return String(decoding: bytes[start..<(start + Int(lengths[row]))], as: UTF8.self)
    }

    /// Every name, by row.
    var names: [String] { (0..<count).map(name) }

    /// FNV-1a over the bytes.
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in b { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private static func equal(_ b: UnsafeBufferPointer<UInt8>, _ s1: Int, _ l1: Int, _ s2: Int, _ l2: Int) -> Bool {
        l1 == l2 && (l1 == 0 || memcmp(b.baseAddress! + s1, b.baseAddress! + s2, l1) == 0)
    }
}
