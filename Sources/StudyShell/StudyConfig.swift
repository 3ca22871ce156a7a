import Foundation
import StudyKit

/// Defaults from a small JSON file: `$STUDY_CONFIG`, else `$XDG_CONFIG_HOME/study/config.json`, else
/// `~/.config/study/config.json`. The command line always wins over it. A bad value is reported in one line naming the
/// key (`config.json: quizCount: must be a number from 1 to 100`) and that key keeps its default; the tool goes on.
///
/// ```json
/// { "sessionsFolder": "~/notes/study-sessions", "color": "auto", "quizCount": 5, "quizKinds": ["cloze", "thesis"] }
/// ```
public struct StudyConfig: Equatable, Sendable {
    /// When to colour: `auto` (on a terminal), `always` (even when piped), `never`. `NO_COLOR` wins over `always`.
    public enum Color: String, Sendable, CaseIterable {
        case auto, always, never
    }

    public var sessionsFolder: String?
    public var color: Color = .auto
    public var quizCount: Int?
    public var quizKinds: [QuestionKind]?

    public init(sessionsFolder: String? = nil, color: Color = .auto, quizCount: Int? = nil, quizKinds: [QuestionKind]? = nil) {
        self.sessionsFolder = sessionsFolder
        self.color = color
        self.quizCount = quizCount
        self.quizKinds = quizKinds
    }

    public static let keys = ["sessionsFolder", "color", "quizCount", "quizKinds"]

    /// Where the config file is looked for.
    public static func path(environment: [String: String]) -> String? {
        if let p = environment["STUDY_CONFIG"], !p.isEmpty { return p }
        if let x = environment["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/study/config.json" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/study/config.json" }
        return nil
    }

    /// Reads the config file; a missing file gives the defaults and no problems.
    public static func load(environment: [String: String]) -> (config: StudyConfig, problems: [String]) {
        guard let path = path(environment: environment), let data = FileManager.default.contents(atPath: path) else {
            return (StudyConfig(), [])
        }
        return parse(data, name: (path as NSString).lastPathComponent, home: environment["HOME"])
    }

    /// Parses a config; each problem is one line naming the key. Keys with problems keep their defaults.
    public static func parse(_ data: Data, name: String = "config.json", home: String? = nil) -> (config: StudyConfig, problems: [String]) {
        var config = StudyConfig()
        var problems: [String] = []
        guard let object = try? JSONSerialization.jsonObject(with: data), let dict = object as? [String: Any] else {
            if let place = JSONScan.numberOutOfRange(in: data) {
                return (config, ["\(name): \(place): the number is too large; using the defaults"])
            }
            return (config, ["\(name): not a JSON object; using the defaults (see README, Configuration)"])
        }
        if let place = JSONScan.duplicateKey(in: data) {
            return (config, ["\(name): \(place): the key appears twice; using the defaults"])
        }
        for key in dict.keys.sorted() where !keys.contains(key) {
            problems.append("\(name): \(key): unknown key, ignored; known keys are \(keys.joined(separator: ", "))")
        }
        if let v = dict["sessionsFolder"] {
            if let s = v as? String, !s.trimmingCharacters(in: .whitespaces).isEmpty {
                let folder = s.hasPrefix("~/") && home != nil ? home! + s.dropFirst() : s
                if DataFolders.isSystemFolder(folder) {
                    problems.append("\(name): sessionsFolder: \(SafeText.clean(folder, limit: 80)) is a system folder; using the default")
                } else {
                    config.sessionsFolder = folder
                }
            } else {
                problems.append("\(name): sessionsFolder: must be a folder path (text); using the default")
            }
        }
        if let v = dict["color"] {
            if let s = v as? String, let c = Color(rawValue: s.lowercased()) { config.color = c } else {
                problems.append("\(name): color: must be \"auto\", \"always\" or \"never\"; using the default")
            }
        }
        if let v = dict["quizCount"] {
            if !isBool(v), let n = v as? NSNumber, n.doubleValue == n.doubleValue.rounded(), (1...100).contains(n.intValue) {
                config.quizCount = n.intValue
            } else {
                problems.append("\(name): quizCount: must be a number from 1 to 100; using the default")
            }
        }
        if let v = dict["quizKinds"] {
            let all = QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")
            if let list = v as? [String], !list.isEmpty {
                let kinds = list.compactMap { QuestionKind(rawValue: $0.lowercased()) }
                if kinds.count == list.count { config.quizKinds = kinds } else {
                    let bad = list.first { QuestionKind(rawValue: $0.lowercased()) == nil } ?? ""
                    problems.append("\(name): quizKinds: '\(bad)' is not a kind; use some of \(all); using the default")
                }
            } else {
                problems.append("\(name): quizKinds: must be a list of kinds, e.g. [\"cloze\", \"thesis\"]; using the default")
            }
        }
        return (config, problems)
    }

    /// JSON `true`/`false` (which Foundation may also offer as a number).
    private static func isBool(_ v: Any) -> Bool {
        if type(of: v) == Bool.self { return true }
        if let n = v as? NSNumber { return String(cString: n.objCType) == "c" }
        return false
    }
}
