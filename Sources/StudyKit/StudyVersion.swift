/// The tool's version, recorded in every saved session and printed by `study --version`.
public enum StudyVersion {
    public static let current = "0.1.0"
}
