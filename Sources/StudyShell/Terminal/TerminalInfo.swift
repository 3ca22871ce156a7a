#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the shell knows about where it reads and writes: terminals or pipes, width, whether to colour.
public struct TerminalInfo: Sendable {
    /// Standard input and output are both terminals (use libedit, print prompts).
    public let isInteractive: Bool
    /// Standard output is a terminal.
    public let stdoutIsTerminal: Bool
    /// Columns to wrap to.
    public let width: Int
    /// Whether ANSI colour is used: only on a terminal, never with `NO_COLOR` set or `TERM=dumb`.
    public let useColor: Bool

    public init(isInteractive: Bool, stdoutIsTerminal: Bool, width: Int, useColor: Bool) {
        self.isInteractive = isInteractive
        self.stdoutIsTerminal = stdoutIsTerminal
        self.width = width
        self.useColor = useColor
    }

    /// Reads the real terminal and environment.
    /// Colour follows the config's `color` (default from the config file): `never` never, `always` even when piped,
    /// `auto` only on a terminal that is not `TERM=dumb`. A non-empty `NO_COLOR` turns colour off in every case, even
    /// with `color: always` (https://no-color.org).
    public static func current(environment: [String: String], color: StudyConfig.Color? = nil) -> TerminalInfo {
        let inTTY = isatty(0) == 1
        let outTTY = isatty(1) == 1
        let choice = color ?? StudyConfig.load(environment: environment).config.color
        return TerminalInfo(isInteractive: inTTY && outTTY, stdoutIsTerminal: outTTY,
                            width: currentWidth(environment: environment, isTerminal: outTTY),
                            useColor: useColor(choice, environment: environment, stdoutIsTerminal: outTTY))
    }

    /// Whether to colour, from the config's choice, the environment and whether standard output is a terminal.
    public static func useColor(_ choice: StudyConfig.Color, environment: [String: String], stdoutIsTerminal: Bool) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        switch choice {
        case .never: return false
        case .always: return true
        case .auto: return stdoutIsTerminal && environment["TERM"] != "dumb"
        }
    }

    /// The terminal's width, else `$COLUMNS`, else 80; clamped to 20…200 so text stays readable.
    static func currentWidth(environment: [String: String], isTerminal: Bool) -> Int {
        var size = winsize()
        if isTerminal, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return clamp(Int(size.ws_col))
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return clamp(columns) }
        return 80
    }

    private static func clamp(_ w: Int) -> Int { min(max(w, 20), 200) }
}
