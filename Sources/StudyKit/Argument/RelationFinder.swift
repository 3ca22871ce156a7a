/// Links sentences into a graph rooted at the thesis: `supports` and `attacks`, each marked weak when only position
/// or shared words suggest it.
///
/// Per paragraph, the sentence that states its position (the thesis if it is there, else its strongest claim,
/// recommendation or prediction, preferring one that draws a conclusion) is the paragraph's head. Reasons, evidence
/// and further claims support the head; concessions and objections attack it (or the thesis); a rebuttal attacks the
/// opposing views it answers (those not yet answered in the four sentences before it). When the head draws a conclusion ("therefore", "that leaves"), the sentences before it
/// support it. Each head supports the thesis: strongly when it shares the thesis's words or carries a stance or
/// conclusion marker, weakly otherwise. A link no marker supports (only position or shared words) is weak, never
/// strong. Background is left unlinked; nothing is linked across more than a paragraph
/// except to the thesis.
struct RelationFinder: Sendable {
    /// Shared vocabulary with the thesis above which a claim's link to it is not weak.
    var strongOverlap = 0.2

    func find(_ features: [SentenceFeatures], roles: [ArgumentMap.Assignment], thesis: [Int],
              paragraphs: [Paragraph]) -> [ArgumentMap.Relation] {
        var relations: [ArgumentMap.Relation] = []
        let root = thesis.first
        func link(_ kind: ArgumentMap.Relation.Kind, _ from: Int, _ to: Int?, weak: Bool, _ basis: String) {
            guard let to, to != from else { return }
            relations.append(.init(kind: kind, from: from, to: to, weak: weak, basis: basis))
        }
        // Opposing views not yet answered: a rebuttal answers all of them within four sentences (an objection, then
        // a concession granting part of it, then "But…").
        var pending: [Int] = []
        var lastAnswered: Int?
        for p in paragraphs {
            let range = p.sentences
            guard !range.isEmpty else { continue }
            // The paragraph's head.
            var head: Int?
            if let t = thesis.first(where: { range.contains($0) }) { head = t == root ? t : nil }
            if head == nil {
                var best = -Double.infinity
                for k in range where roles[k].role.isPosition && roles[k].role != .thesis {
                    let f = features[k]
                    let s = roles[k].score + (f.has(.conclusion) ? 0.5 : 0) + (f.has(.stance) ? 0.3 : 0) + f.thesisOverlap
                    if s > best { best = s; head = k }
                }
            }
            // The head's own link to the thesis.
            if let h = head, h != root, let root {
                let f = features[h]
                let marked = f.has(.conclusion) || f.has(.stance) || f.opens(.summary)
                let strong = f.thesisOverlap >= strongOverlap || marked
                link(.supports, h, root, weak: !strong,
                     f.thesisOverlap >= strongOverlap ? "shares \(ComponentModel.percent(f.thesisOverlap)) of the thesis's words"
                        : marked ? "states a position" : "position only")
            }
            let concludes = head.map { features[$0].has(.conclusion) } ?? false
            for k in range where k != head {
                let f = features[k]
                let role = roles[k].role
                let target = head ?? root
                let adjacent = head.map { abs($0 - k) == 1 } ?? false
                switch role {
                case .thesis:
                    link(.supports, k, root, weak: false, "restates the thesis")
                case .concession, .objection:
                    let marked = f.has(.concession) || f.attribution != nil
                    link(.attacks, k, target, weak: !marked, role == .concession ? "grants the other side" : "an opposing view")
                    pending.append(k)
                case .rebuttal:
                    let answered = pending.filter { k - $0 <= 4 }
                    pending.removeAll()
                    // A rebuttal that carries an answer on attacks the view the answer began with.
                    if answered.isEmpty, let o = lastAnswered, k - o <= 4 {
                        link(.attacks, k, o, weak: !f.has(.contrast), "answers it further \(f.marker(.contrast))")
                        continue
                    }
                    lastAnswered = answered.last
                    if !answered.isEmpty {
                        for o in answered {
                            link(.attacks, k, o, weak: !f.has(.contrast), f.has(.contrast) ? "answers it \(f.marker(.contrast))" : "the author's next sentence")
                        }
                    } else {
                        link(.supports, k, target, weak: true, "turns back to the author's view")
                    }
                case .reason, .evidence:
                    if let h = head, concludes, k < h {
                        link(.supports, k, h, weak: false, "the head concludes from it \(features[h].marker(.conclusion))")
                    } else {
                        let marked = f.has(.reason) || f.has(.example) || f.has(.source) || f.has(.addition) || f.attribution?.isSource == true
                        link(.supports, k, target, weak: !marked, marked ? "marked as \(role.rawValue)" : adjacent ? "next to it" : "same paragraph")
                    }
                case .claim, .recommendation, .prediction:
                    if let h = head, concludes, k < h {
                        link(.supports, k, h, weak: false, "the head concludes from it \(features[h].marker(.conclusion))")
                    } else if head == nil, root != nil, f.thesisOverlap >= strongOverlap {
                        link(.supports, k, root, weak: false, "shares \(ComponentModel.percent(f.thesisOverlap)) of the thesis's words")
                    } else {
                        link(.supports, k, target, weak: !f.has(.addition), f.has(.addition) ? "adds to it \(f.marker(.addition))" : adjacent ? "next to it" : "same paragraph")
                    }
                case .question:
                    link(.supports, k, target, weak: true, "raises the question")
                case .background:
                    break
                }
            }
        }
        return relations
    }
}
