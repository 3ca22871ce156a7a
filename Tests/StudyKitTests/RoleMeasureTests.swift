import XCTest
@testable import StudyKit

/// Precision and recall of the rule roles (objection, concession, rebuttal, recommendation, prediction, question,
/// evidence and its kinds) against our keys: the essays of `RoleKeyOwnEssays` and the fixture essays of
/// `RoleKeyFixtures`. A sentence the learned model makes the thesis is left out (its role is not a rule's). The
/// test prints the table and fails when a figure drops below the floor set from what was measured.
final class RoleMeasureTests: XCTestCase {
    /// One keyed sentence: the key's label and what the program gave.
    struct Pair {
        /// Essay and sentence id, for the list of mistakes.
        let place: String
        let key: String
        let role: ArgumentRole
        let kind: EvidenceKind?
    }

    static let roles: [ArgumentRole] = [.objection, .concession, .rebuttal, .recommendation, .prediction, .question, .evidence]

    static func pairs(_ m: KnowledgeModel, _ labels: [String: String], through: String? = nil, name: String) -> [Pair] {
        let ids = m.sentences.map(\.id.description)
        let last = through.flatMap { ids.firstIndex(of: $0) } ?? ids.count - 1
        for id in labels.keys { precondition(ids.firstIndex(of: id).map { $0 <= last } ?? false, "no keyed \(id)") }
        return (0...last).compactMap { k in
            let a = m.argument.assignments[k]
            guard a.role != .thesis else { return nil }
            return Pair(place: "\(name) \(ids[k])", key: labels[ids[k]] ?? "other", role: a.role, kind: a.evidenceKind)
        }
    }

    static let own: [Pair] = {
        let E = RoleKeyOwnEssays.self
        return [(E.schoolWeek, E.schoolWeekKey), (E.harbourSpeech, E.harbourSpeechKey), (E.nightTrains, E.nightTrainsKey),
                (E.homework, E.homeworkKey), (ArgumentOwnEssayTests.quotation, E.quotationKey),
                (ArgumentOwnEssayTests.speech, E.speechKey), (ArgumentOwnEssayTests.opEd, E.opEdKey),
                (ArgumentRuleTests.schoolUniforms, E.schoolUniformsKey)]
            .enumerated().flatMap { pairs(Fixtures.model($0.element.0), $0.element.1, name: "own\($0.offset + 1)") }
    }()

    /// Essays written after the rules were last changed: the figures on them were not used to choose the rules.
    static let heldOut: [Pair] = {
        let E = RoleKeyOwnEssays.self
        return [(E.phones, E.phonesKey), (E.toast, E.toastKey)]
            .enumerated().flatMap { pairs(Fixtures.model($0.element.0), $0.element.1, name: "held-out\($0.offset + 1)") }
    }()

    static func fixtures() throws -> [Pair] {
        try RoleKeyFixtures.keys.flatMap { pairs(try Fixtures.essay($0.essay), $0.labels, through: $0.through, name: $0.essay) }
    }

    /// (true positives, predicted, keyed) of a label.
    static func counts(_ pairs: [Pair], _ label: String) -> (tp: Int, predicted: Int, keyed: Int) {
        var tp = 0, predicted = 0, keyed = 0
        for p in pairs {
            let isKey: Bool, isPredicted: Bool
            if let kind = EvidenceKind(rawValue: label) {
                // A key with two kinds counts for the one predicted when it is among them, else for its first.
                let kinds = p.key.hasPrefix("evidence:") ? p.key.dropFirst(9).split(separator: "|").map(String.init) : []
                let counted = p.kind.map(\.rawValue).flatMap { kinds.contains($0) ? $0 : nil } ?? kinds.first
                isKey = counted == label
                isPredicted = p.kind == kind
            } else {
                isKey = p.key == label || (label == "evidence" && p.key.hasPrefix("evidence"))
                isPredicted = p.role.rawValue == label
            }
            if isKey { keyed += 1 }
            if isPredicted { predicted += 1 }
            if isKey && isPredicted { tp += 1 }
        }
        return (tp, predicted, keyed)
    }

    static let labels = roles.map(\.rawValue) + EvidenceKind.allCases.map(\.rawValue)

    /// The sentences whose role differs from the key, one a line.
    static func mistakes(_ pairs: [Pair]) -> [String] {
        pairs.compactMap { p in
            let got = p.role == .evidence ? "evidence:\(p.kind?.rawValue ?? "unspecified")" : p.role.rawValue
            let keyRole = p.key.split(separator: ":").first.map(String.init) ?? p.key
            let gotRule = labels.contains(p.role.rawValue)
            if keyRole == "other" && !(gotRule && p.role != .thesis) { return nil }
            if keyRole == p.role.rawValue && (p.role != .evidence || p.key.contains(p.kind?.rawValue ?? "-")) { return nil }
            return "\(p.place): key \(p.key), got \(got)"
        }
    }

    /// The table of precision and recall per label.
    static func table(_ pairs: [Pair]) -> [String: (precision: Double, recall: Double)] {
        var result: [String: (Double, Double)] = [:]
        for label in labels {
            let c = counts(pairs, label)
            result[label] = (c.predicted == 0 ? 1 : Double(c.tp) / Double(c.predicted), c.keyed == 0 ? 1 : Double(c.tp) / Double(c.keyed))
            print(String(format: "%-15@ P %.2f (%d/%d)  R %.2f (%d/%d)", label as NSString, result[label]!.0, c.tp, c.predicted,
                         result[label]!.1, c.tp, c.keyed))
        }
        return result
    }

    private func assertFloors(_ table: [String: (precision: Double, recall: Double)], _ floors: [String: (Double, Double)],
                              file: StaticString = #filePath, line: UInt = #line) {
        for (label, floor) in floors {
            guard let got = table[label] else { XCTFail("no \(label)"); continue }
            XCTAssertGreaterThanOrEqual(got.precision, floor.0, "\(label) precision", file: file, line: line)
            XCTAssertGreaterThanOrEqual(got.recall, floor.1, "\(label) recall", file: file, line: line)
        }
    }

    func testOwnEssays() {
        // Recommendation recall was 0.67 with the learned model's first weights; one recommendation is now read as
        // the thesis and so left out of the count.
        print("rule roles on our own essays (\(Self.own.count) sentences):")
        let table = Self.table(Self.own)
        for line in Self.mistakes(Self.own) { print("  " + line) }
        assertFloors(table, [
            "objection": (1, 1), "concession": (1, 1), "rebuttal": (1, 1), "recommendation": (1, 0.5),
            "prediction": (1, 0.75), "question": (1, 1), "evidence": (0.85, 0.9), "authority": (1, 0.85),
            "example": (0.66, 1), "statistic": (0.5, 0.5),
        ])
    }

    func testHeldOutEssays() {
        print("rule roles on held-out essays of our own (\(Self.heldOut.count) sentences):")
        let table = Self.table(Self.heldOut)
        for line in Self.mistakes(Self.heldOut) { print("  " + line) }
        // Measured once when written (25 sentences, so each figure moves in big steps).
        assertFloors(table, [
            "objection": (1, 1), "concession": (1, 0.5), "rebuttal": (0.5, 0.5), "prediction": (1, 1),
            "question": (1, 1), "evidence": (0.75, 0.5), "authority": (1, 0.5), "example": (1, 1), "statistic": (0.5, 0.33),
        ])
    }

    func testFixtureEssays() throws {
        let pairs = try Self.fixtures()
        print("rule roles on the fixture essays (\(pairs.count) sentences):")
        let table = Self.table(pairs)
        for line in Self.mistakes(pairs) { print("  " + line) }
        // Set again with the learned model's final weights (issue 14): its premises and claims moved, and with them
        // the sentences these rules refine (authority 0.40/0.50 and evidence 0.47/0.50 with the first weights).
        // Evidence 0.44/0.44 until "in conversation told my friend" stopped making "conversation" a holder: A Modest
        // Proposal's S18.1 was evidence only through that wrong holder (its speaker is named earlier in the sentence).
        // Evidence precision 0.41 → 0.38 when a passive's agent stopped ending on a function word ("informed by a
        // principal gentleman in the" found no holder): its S6.6 now cites that gentleman, an authority the key, which
        // reads the sentence's main clause, does not count.
        assertFloors(table, [
            "objection": (1, 0.66), "concession": (1, 0.7), "rebuttal": (0.8, 0.41), "recommendation": (0.5, 0.41),
            "prediction": (0.5, 0.42), "question": (1, 1), "evidence": (0.38, 0.38), "authority": (0.25, 0.25),
            "example": (0.66, 0.25), "statistic": (0.4, 0.66),
        ])
    }
}
