import Foundation

/// A multinomial logistic regression over `ComponentFeatures`: one weight per feature and component, and the
/// component probabilities of a sentence as the softmax of the weighted sums.
///
/// The shipped weights (`ComponentModel.shipped`) are the resource `component-model.tsv`, written by `make train`
/// (`ComponentModelTrainer`); its header says which corpus, split and settings made it. The file is a header of
/// `#` lines, then one line per feature: its name, a tab, and four integer weights in units of 1/10,000
/// (major-claim, claim, premise, none), tab-separated. It is read once, at the first analysis.
struct ComponentModel: Sendable {
    /// Row-major, `ArgumentComponent.allCases.count` weights per feature.
    let weights: [Double]
    /// The header lines (without `#`): where the weights came from.
    let provenance: [String]
    /// The feature names, by row.
    let table: FeatureTable

    static let classes = ArgumentComponent.allCases.count

    /// The weights that ship with study.
    static let shipped = ComponentModel(tsv: PackageResources.component_model_tsv)

    /// A model of these feature names (row `i` is `names[i]`) and weights.
    init(names: [String], weights: [Double], provenance: [String]) {
        self.init(table: FeatureTable(names: names), weights: weights, provenance: provenance)
    }

    private init(table: FeatureTable, weights: [Double], provenance: [String]) {
        self.table = table
        self.weights = weights
        self.provenance = provenance
    }

    /// Reads the tab-separated form written by `tsv()` (see `read`).
    init(tsv bytes: [UInt8]) {
        self = Self.read(bytes).model
    }

    /// Reads the tab-separated form written by `tsv()`, and apart the lines that carry one weight instead of one per
    /// component (what `ParagraphChainFile` writes after the features) as names and weights. Other malformed lines
    /// are skipped (the file is generated). It runs at every start-up (the first analysis), so it is one scan of the
    /// bytes: the weights are parsed as the scan passes them and each feature's name is kept as its place in the
    /// bytes (`FeatureTable`), not as a string.
    static func read(_ bytes: [UInt8]) -> (model: ComponentModel, others: [(name: String, weight: Double)]) {
        var others: [(name: String, weight: Double)] = []
        var lines = 0
        for b in bytes where b == 0x0A { lines += 1 }
        var table = FeatureTable(bytes: bytes, capacity: lines)
        var weights: [Double] = []
        weights.reserveCapacity(lines * Self.classes)
        var provenance: [String] = []
        let n = bytes.count
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < n {
                var end = i
                while end < n, b[end] != 0x0A { end += 1 }
                defer { i = end + 1 }
                guard end > i else { continue }
                if b[i] == 0x23 { // "#": provenance, or the column header that `tsv()` writes itself
                    let line = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<end]), as: UTF8.self)
                        .trimmingCharacters(in: .whitespaces)
                    if !line.hasPrefix("feature\t") { provenance.append(line) }
                    continue
                }
                var tab = i
                while tab < end, b[tab] != 0x09 { tab += 1 }
                guard tab < end else { continue }
                let first = weights.count
                var j = tab + 1
                while j < end, weights.count - first < Self.classes {
                    var negative = false
                    if b[j] == 0x2D { negative = true; j += 1 }
                    var value = 0
                    while j < end, b[j] >= 0x30, b[j] <= 0x39 { value = value * 10 + Int(b[j] - 0x30); j += 1 }
                    weights.append(Double(negative ? -value : value) / 10_000)
                    j += 1
                }
                if weights.count - first == 1 {
                    others.append((String(decoding: UnsafeBufferPointer(rebasing: b[i..<tab]), as: UTF8.self), weights[first]))
                }
                guard weights.count - first == Self.classes else { weights.removeSubrange(first...); continue }
                table.append(start: i, end: tab)
            }
        }
        table.index()
        return (ComponentModel(table: table, weights: weights, provenance: provenance), others)
    }

    /// The number of features.
    var count: Int { table.count }

    /// The model without the features whose weights spread (most minus least) less than `spread`.
    func pruned(below spread: Double) -> ComponentModel {
        guard spread > 0 else { return self }
        var names: [String] = [], kept: [Double] = []
        for row in 0..<count {
            let w = weights[(row * Self.classes)..<((row + 1) * Self.classes)]
            guard w.max()! - w.min()! >= spread else { continue }
            names.append(table.name(row))
            kept += w
        }
        return ComponentModel(names: names, weights: kept, provenance: provenance)
    }

    /// The weight of a feature for a component (0 for a feature the model does not know).
    func weight(_ name: String, _ component: ArgumentComponent) -> Double {
        guard let row = table.row(name) else { return 0 }
        return weights[row * Self.classes + component.index]
    }

    /// The weighted sum for each component.
    func scores(_ features: [ComponentFeatures.Row]) -> [Double] {
        var s = [Double](repeating: 0, count: Self.classes)
        for f in features {
            let row = Int(f.row)
            for c in 0..<Self.classes { s[c] += f.value * weights[row * Self.classes + c] }
        }
        return s
    }

    /// The probability of each component (softmax of `scores`), in `ArgumentComponent.allCases` order.
    func probabilities(_ features: [ComponentFeatures.Row]) -> [Double] {
        Self.softmax(scores(features))
    }

    /// The features of a sentence that this model knows, as its rows, in the same order (the others weigh nothing).
    func rows(_ features: [ComponentFeatures.Value]) -> [ComponentFeatures.Row] {
        features.compactMap { f in table.row(f.name).map { ComponentFeatures.Row(row: Int32($0), value: f.value) } }
    }

    /// What each feature adds to `component` over `other` (value × weight difference), largest first.
    /// At most `limit` of them are named.
    func contributions(_ features: [ComponentFeatures.Row], for component: ArgumentComponent,
                       against other: ArgumentComponent?, limit: Int = .max) -> [ArgumentMap.Feature] {
        var list: [(feature: Int, weight: Double)] = []
        for (i, f) in features.enumerated() {
            let row = Int(f.row)
            var w = weights[row * Self.classes + component.index]
            if let other { w -= weights[row * Self.classes + other.index] }
            let c = f.value * w
            if c != 0 { list.append((i, c)) }
        }
        list.sort { abs($0.weight) > abs($1.weight) || (abs($0.weight) == abs($1.weight) && table.name(Int(features[$0.feature].row)) < table.name(Int(features[$1.feature].row))) }
        return list.prefix(limit).map {
            let f = features[$0.feature]
            let name = table.name(Int(f.row))
            return ArgumentMap.Feature(f.value == 1 ? name : "\(name) (\(Self.percent(f.value)))", $0.weight)
        }
    }

    static func softmax(_ s: [Double]) -> [Double] {
        let top = s.max() ?? 0
        let e = s.map { Foundation.exp($0 - top) }
        let sum = e.reduce(0, +)
        return e.map { $0 / sum }
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    /// The tab-separated form: the provenance as `#` lines, then the features in name order with weights in units
    /// of 1/10,000; features whose weights all round to zero are left out. The same model gives the same bytes.
    func tsv() -> String {
        var out = provenance.map { "# " + $0 + "\n" }.joined()
        out += "# feature\t" + ArgumentComponent.allCases.map(\.rawValue).joined(separator: "\t") + "\n"
        let names = table.names
        for (name, row) in zip(names, names.indices).sorted(by: { $0.0 < $1.0 }) {
            let ints = (0..<Self.classes).map { Int((weights[row * Self.classes + $0] * 10_000).rounded()) }
            guard ints.contains(where: { $0 != 0 }) else { continue }
            out += name + "\t" + ints.map(String.init).joined(separator: "\t") + "\n"
        }
        return out
    }
}
