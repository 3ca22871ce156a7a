/// The argument map's part of a correction: a role, or the thesis and its restatements.
extension CorrectionWork {
    /// Gives a sentence a role the reader chose: full confidence, and "set by you on DATE" as its only feature.
    mutating func setRole(_ k: Int, _ role: ArgumentRole, evidenceKind: EvidenceKind?, _ c: Correction) {
        assignments[k] = assignments[k].setByReader(role, evidenceKind: evidenceKind, note: Self.setBy(c))
        // No longer a thesis: when it was the main one, its restatement (if any) is the thesis now.
        if role != .thesis, let i = thesis.firstIndex(of: k) { thesis.remove(at: i) }
        notes[k] = c
    }

    /// Makes a sentence the main thesis. Its restatements follow: the best sentence in another paragraph that
    /// shares its vocabulary and scores as a thesis candidate nearly as well. The former thesis becomes a claim that
    /// supports the new one, so nothing linked to it leaves the tree; the new thesis links to nothing.
    mutating func setThesis(_ k: Int, _ c: Correction) {
        let former = thesis
        let restated = restatement(of: k)
        for old in former where old != k && old != restated && assignments[old].role == .thesis {
            setRole(old, .claim, evidenceKind: nil, c)
        }
        setRole(k, .thesis, evidenceKind: nil, c)
        relations.removeAll { $0.from == k }
        if let main = former.first, main != k, main != restated {
            relations.removeAll { $0.from == main }
            relations.append(.init(kind: .supports, from: main, to: k, weak: false, basis: Self.setBy(c)))
        }
        thesis = [k]
        if let restated {
            thesis.append(restated)
            if assignments[restated].role != .thesis { setRole(restated, .thesis, evidenceKind: nil, c) }
            relations.removeAll { $0.from == restated }
            relations.append(.init(kind: .supports, from: restated, to: k, weak: false, basis: "restates the thesis"))
        }
        relations.sort { ($0.to, $0.from) < ($1.to, $1.from) }
    }

    /// Share of content stems two sentences have in common (binary cosine).
    func overlap(_ a: Set<Int32>, _ b: Set<Int32>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.count * b.count).squareRoot()
    }

    func contentStems(_ k: Int) -> Set<Int32> {
        Set(base.tokens[base.sentences[k].tokens].lazy.filter { !$0.flags.contains(.stopWord) }.map(\.stem))
    }

    /// The sentence that restates a thesis, if one does: in another paragraph, not a question or another's view,
    /// scoring at least 0.6 of the thesis as a candidate and sharing at least 0.2 of its vocabulary.
    func restatement(of k: Int) -> Int? {
        let stems = contentStems(k)
        let score = assignments[k].thesisScore
        let paragraph = base.sentences[k].paragraphIndex
        var best: (Int, Double)?
        for j in base.sentences.indices where base.sentences[j].paragraphIndex != paragraph {
            let role = assignments[j].role
            guard role != .question, !role.isOpposing, attributions[j] == nil || attributions[j]!.isSource else { continue }
            guard score <= 0 || assignments[j].thesisScore >= 0.6 * score else { continue }
            let shared = overlap(stems, contentStems(j))
            guard shared >= 0.2 else { continue }
            let value = assignments[j].thesisScore + shared
            if best == nil || value > best!.1 { best = (j, value) }
        }
        return best?.0
    }
}
