import StudyKit

/// What a command can see and change: the loaded essay, the output, the environment.
public final class ShellContext {
    public private(set) var model: KnowledgeModel
    public let output: Output
    public let environment: [String: String]
    /// Set by `quit`/`exit`.
    public var wantsToQuit = false
    /// The evidence index of the loaded essay, built on first use (`find`, `where`).
    public var evidence: EvidenceIndex {
        if let index = cachedEvidence { return index }
        let index = EvidenceIndex(model: model)
        cachedEvidence = index
        return index
    }
    private var cachedEvidence: EvidenceIndex?
    /// Called after another essay is loaded (the shell refreshes completion and prompt).
    var onLoad: ((KnowledgeModel) -> Void)?

    public init(model: KnowledgeModel, output: Output, environment: [String: String]) {
        self.model = model
        self.output = output
        self.environment = environment
    }

    /// Loads and analyses another essay; on failure the current one stays loaded.
    public func load(path: String) throws {
        let essay: (source: EssaySource, text: String)
        do { essay = try EssayLoader.load(path: path) } catch { throw CommandError("load: \(error.description)") }
        model = KnowledgeModel(text: essay.text, source: essay.source)
        cachedEvidence = nil
        onLoad?(model)
    }

    /// Loads the essay a one-shot command names, or the bundled one.
    public static func loadModel(path: String?) throws(EssayLoadError) -> KnowledgeModel {
        let essay = try path.map { path throws(EssayLoadError) in try EssayLoader.load(path: path) } ?? EssayLoader.bundled()
        return KnowledgeModel(text: essay.text, source: essay.source)
    }
}
