import Foundation
@testable import StudyKit

/// Paths and loaders shared by the tests.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL { repositoryRoot.appendingPathComponent(relative) }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// The bundled essay, analysed.
    static let bundled: KnowledgeModel = {
        let essay = EssayLoader.bundled()
        return KnowledgeModel(text: essay.text, source: essay.source)
    }()

    /// The fixture essays' file names.
    static let essayNames = ["federalist-10", "a-modest-proposal", "civil-disobedience",
                             "common-sense-thoughts-on-american-affairs", "gettysburg-address"]

    /// A fixture essay, analysed.
    static func essay(_ name: String) throws -> KnowledgeModel {
        let path = "Tests/Fixtures/essays/\(name).txt"
        return KnowledgeModel(text: try text(path), source: EssaySource(name: "\(name).txt", path: path))
    }

    /// The essays written for the project (`Tests/Fixtures/own-essays`), each read by hand for issue 15 before any rule
    /// was tuned on it.
    static let ownEssayNames = ["river-dam-op-ed", "night-shift-nurses-speech", "coastal-erosion-explained", "antibiotic-resistance",
                                "school-cooking-lessons", "street-trees-speech", "clock-change-essay",
                                "phones-in-class", "water-treatment", "graduation-speech", "free-buses", "inflation-savings",
                                "award-speech", "night-trains-return", "why-cities-are-hotter", "retirement-speech",
                                "tool-library", "how-vaccines-work", "coach-speech",
                                "school-streets", "four-day-week", "sugar-tax", "drinking-fountains", "hospital-visiting",
                                "bike-lanes", "library-hours", "repair-cafes", "homework-limits", "allotments",
                                "apprentices-speech", "late-buses-column", "village-post-office", "museum-charges", "seaside-parking",
                                "ferry-timetable", "school-uniform", "pool-closure", "wind-farm", "reading-hour", "canal-path",
                                "four-day-market", "night-lighting", "town-twinning"]

    /// One of the project's own essays, analysed.
    static func ownEssay(_ name: String) throws -> KnowledgeModel {
        let path = "Tests/Fixtures/own-essays/\(name).txt"
        return KnowledgeModel(text: try text(path), source: EssaySource(name: "\(name).txt", path: path))
    }

    /// A small text, analysed.
    static func model(_ text: String) -> KnowledgeModel {
        KnowledgeModel(text: text, source: EssaySource(name: "test.txt", path: nil))
    }
}
