import Foundation

/// Where study keeps quiz banks and sessions: the repository's `Quizzes/` and `Sessions/` when run inside it,
/// otherwise `$STUDY_QUIZZES` / `$STUDY_SESSIONS` (`$STUDY_SESSIONS` also wins inside the repository), else under `$XDG_DATA_HOME/study`, else `~/.local/share/study`.
public enum DataFolders {
    public static func quizzes(environment: [String: String]) -> String {
        folder(named: "Quizzes", variable: "STUDY_QUIZZES", sub: "quizzes", environment: environment)
    }

    /// The sessions folder: `$STUDY_SESSIONS`, then the config's `sessionsFolder`, then the repository's
    /// `Sessions/`, then the XDG data folder (`--sessions DIR` wins over all). The environment comes before the
    /// repository so scripts and tests run inside it can keep their sessions elsewhere.
    public static func sessions(environment: [String: String], config: StudyConfig? = nil) -> String {
        if let path = environment["STUDY_SESSIONS"], !path.isEmpty { return path }
        if let folder = config?.sessionsFolder { return folder }
        return folder(named: "Sessions", variable: "STUDY_SESSIONS", sub: "sessions", environment: environment)
    }

    /// The corrections folder: `$STUDY_CORRECTIONS`, else `corrections/` inside the sessions folder in use (beside
    /// its `essays/`), so corrections travel with the sessions (`--corrections DIR` wins over both).
    public static func corrections(sessionsFolder: String, environment: [String: String]) -> String {
        if let path = environment["STUDY_CORRECTIONS"], !path.isEmpty { return path }
        return sessionsFolder + "/corrections"
    }

    static func folder(named name: String, variable: String, sub: String, environment: [String: String]) -> String {
        if let repository = repositoryRoot() { return repository + "/" + name }
        if let path = environment[variable], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/study/" + sub }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/study/" + sub }
        return FileManager.default.currentDirectoryPath + "/" + name
    }

    /// The study repository holding the current folder: the nearest folder with `Package.swift`, `seeds/` and
    /// `Quizzes/`.
    static func repositoryRoot() -> String? {
        var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let fm = FileManager.default
        for _ in 0..<12 {
            if fm.fileExists(atPath: url.appendingPathComponent("Package.swift").path),
               fm.fileExists(atPath: url.appendingPathComponent("seeds").path),
               fm.fileExists(atPath: url.appendingPathComponent("Quizzes").path) {
                return url.path
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
        return nil
    }

    /// Whether a folder is the root or lies in one of the system's own folders (`/etc`, `/usr`, `/dev`…), where
    /// study must never write sessions. Links are resolved for the part of the path that exists.
    public static func isSystemFolder(_ path: String) -> Bool {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
            rest.insert(url.lastPathComponent, at: 0)
            url = url.deletingLastPathComponent()
        }
        var resolved = url.resolvingSymlinksInPath().path
        for part in rest { resolved += (resolved.hasSuffix("/") ? "" : "/") + part }
        if resolved == "/" { return true }
        let system = ["/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/proc", "/run", "/sbin",
                      "/sys", "/usr", "/var/lib", "/var/log", "/var/spool", "/var/cache", "/var/mail", "/var/run"]
        return system.contains { resolved == $0 || resolved.hasPrefix($0 + "/") }
    }

    /// A file name the user gave, made safe: letters, digits, `-`, `_` and `.` only, no leading dot, so it can
    /// never leave the folder. Nil when nothing usable is left.
    public static func safeName(_ name: String) -> String? {
        var base = name
        if base.hasSuffix(".json") { base.removeLast(5) }
        let cleaned = String(base.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        let trimmed = cleaned.drop { $0 == "-" || $0 == "." }
        return trimmed.isEmpty ? nil : String(trimmed.prefix(80))
    }
}
