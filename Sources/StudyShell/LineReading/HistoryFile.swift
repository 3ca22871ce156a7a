import Foundation

/// Where the shell keeps its line history: `$STUDY_HISTORY`, else `$XDG_STATE_HOME/study/history`, else
/// `~/.local/state/study/history`. Nil when none of these can be formed (no HOME).
public enum HistoryFile {
    /// Lines kept at most.
    public static let maximumEntries = 1000

    public static func path(environment: [String: String]) -> String? {
        if let p = environment["STUDY_HISTORY"], !p.isEmpty { return p }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/study/history" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/study/history" }
        return nil
    }
}
