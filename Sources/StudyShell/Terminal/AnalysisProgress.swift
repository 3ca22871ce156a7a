#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import StudyKit

/// Loads and analyses an essay; a big one (1 MB or more) shows its progress on standard error when that is a
/// terminal ("analysing book.txt (48.0 MB): key terms 40%"), erased at the end. Ctrl-C while it runs erases the line
/// and exits with status 130 at once: nothing has been written yet, so there is nothing to lose.
public enum AnalysisProgress {
    /// Essays at least this large (bytes of text) show progress.
    public static let threshold = 1_000_000

    public static func loadModel(path: String?) throws(EssayLoadError) -> KnowledgeModel {
        let essay = try path.map { path throws(EssayLoadError) in try EssayLoader.load(path: path) } ?? EssayLoader.bundled()
        let bytes = essay.text.utf8.count
        guard bytes >= threshold, isatty(2) == 1 else { return KnowledgeModel(text: essay.text, source: essay.source) }
        var action = sigaction()
        var previous = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in
            // Only async-signal-safe calls: erase the progress line, end the line, exit.
            let erase: [UInt8] = [13, 27, 91, 75, 94, 67, 10]  // "\r\u{1B}[K^C\n"
            _ = erase.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            _exit(130)
        }
        #endif
        sigemptyset(&action.sa_mask)
        // Only before the shell has its own Ctrl-C handler (the first load); `load` inside the shell keeps it.
        sigaction(SIGINT, nil, &previous)
        #if canImport(Glibc)
        let installs = previous.__sigaction_handler.sa_handler == nil
        #else
        let installs = false
        #endif
        if installs { sigaction(SIGINT, &action, nil) }
        defer {
            if installs { sigaction(SIGINT, &previous, nil) }
            emit("\r\u{1B}[K")
        }
        let size = String(format: "%.1f MB", Double(bytes) / 1_048_576)
        let name = SafeText.clean(essay.source.name)
        return KnowledgeModel(text: essay.text, source: essay.source) { stage, done in
            emit("\r\u{1B}[Kanalysing \(name) (\(size)): \(stage) \(Int(done * 100))%")
        }
    }

    private static func emit(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
