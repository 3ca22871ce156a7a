import Foundation

/// Shallow regression trees whose leaves add to the component scores of a sentence: the interactions of features
/// (a place in the paragraph with a marker and an overlap) that a linear model cannot weigh. Each tree belongs to
/// one component; a sentence's addition to that component is the sum of the leaves it reaches
/// (`BoostedTreesTrainer` fits them).
struct BoostedTrees: Sendable, Equatable {
    /// A node: a test `value of feature <= threshold` (left) or a leaf (`feature` -1) adding `value`.
    struct Node: Sendable, Equatable {
        let feature: Int32
        let threshold: Double
        let left: Int32
        let right: Int32
        let value: Double

        static func leaf(_ value: Double) -> Node { Node(feature: -1, threshold: 0, left: -1, right: -1, value: value) }
    }

    /// One tree: its component (an index in `ArgumentComponent.allCases`) and its nodes, the root first.
    struct Tree: Sendable, Equatable {
        let component: Int
        let nodes: [Node]

        /// The value of the leaf a sentence reaches, given its value of each feature (0 when absent).
        func leaf(_ value: (Int) -> Double) -> Double { nodes[reached(value)].value }

        /// The node number of the leaf a sentence reaches.
        func reached(_ value: (Int) -> Double) -> Int {
            var i = 0
            while true {
                let n = nodes[i]
                if n.feature < 0 { return i }
                i = Int(value(Int(n.feature)) <= n.threshold ? n.left : n.right)
            }
        }
    }

    /// The names of the features the trees test, by number.
    let features: [String]
    let trees: [Tree]
    /// The header lines (without `#`): where the trees came from.
    var provenance: [String] = []

    /// What the trees add to each component's score, given a sentence's value of each feature (0 when absent).
    func scores(_ value: (Int) -> Double) -> [Double] {
        var s = [Double](repeating: 0, count: ArgumentComponent.allCases.count)
        for t in trees { s[t.component] += t.leaf(value) }
        return s
    }

    /// What the trees add for a sentence given as feature names and values (training and tests).
    func scores(_ values: [ComponentFeatures.Value], index: [String: Int]) -> [Double] {
        var dense = [Double](repeating: 0, count: features.count)
        for v in values { if let i = index[v.name] { dense[i] = v.value } }
        return scores { dense[$0] }
    }

    /// The leaves a sentence reaches, as features ("leaf 3 of tree 12").
    func leaves(_ values: [ComponentFeatures.Value], index: [String: Int]) -> [ComponentFeatures.Value] {
        var dense = [Double](repeating: 0, count: features.count)
        for v in values { if let i = index[v.name] { dense[i] = v.value } }
        return trees.enumerated().map { t, tree in .init(name: "leaf \(tree.reached { dense[$0] }) of tree \(t)", value: 1) }
    }

    /// Feature number by name.
    var index: [String: Int] {
        var out: [String: Int] = [:]
        for (i, name) in features.enumerated() { out[name] = i }
        return out
    }
}
