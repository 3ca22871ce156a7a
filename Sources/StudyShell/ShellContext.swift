import Foundation
import StudyKit

/// What a command can see and change: the loaded essay, the output, the environment.
public final class ShellContext {
    /// The essay as the reader sees it: the analysis with their corrections applied (see `ShellContext+Corrections`).
    public internal(set) var model: KnowledgeModel
    /// The essay as analysed, before corrections.
    public internal(set) var analysedModel: KnowledgeModel
    /// The reader's corrections and flags for the loaded essay.
    public internal(set) var corrections: CorrectionsFile
    /// Where corrections are kept (nil: they are neither read nor written, as in tests that build a context).
    public internal(set) var correctionsStore: CorrectionsStore?
    /// Why the essay's corrections file cannot be used (it is then never overwritten), as one line naming it.
    public internal(set) var correctionsProblem: String?
    /// For each sentence the reader changed (by index), the correction that changed it (for `explain`).
    public internal(set) var correctionNotes: [Int: Correction] = [:]
    public let output: Output
    public let environment: [String: String]
    /// Defaults from the config file (the command line wins over them).
    public let config: StudyConfig
    /// Set by `quit`/`exit`.
    public var wantsToQuit = false
    /// The evidence index of the loaded essay, built on first use (`find`, `where`).
    public var evidence: EvidenceIndex {
        if let index = cachedEvidence { return index }
        let index = EvidenceIndex(model: model)
        cachedEvidence = index
        return index
    }
    var cachedEvidence: EvidenceIndex?
    /// Called after another essay is loaded (the shell refreshes completion and prompt).
    var onLoad: ((KnowledgeModel) -> Void)?
    /// The quiz being asked, if any: the shell sends lines to it.
    public var quiz: QuizRun?
    /// The last quiz that ran (for `override` and `quiz save`).
    public var lastQuiz: QuizRun?
    /// How many quizzes this session has started.
    public private(set) var quizCount = 0
    /// Everything that happened, in order (the session log).
    public private(set) var events: [SessionEvent] = []
    /// Called after each event is recorded (the session store saves it).
    public var onEvent: ((SessionEvent, ShellContext) -> Void)?
    /// Saves the session after every event (attached by the shell; nil in one-shots that keep nothing).
    public var recorder: SessionRecorder? {
        didSet { recorder?.attach(to: self) }
    }
    /// The sessions folder given with `--sessions` (else `DataFolders.sessions`).
    public var sessionsFolder: String?
    /// A replay being stepped through: the shell sends lines to it.
    public var stepper: ReplayStepper?
    /// The number of the quiz being asked (a resumed quiz keeps its first number).
    private var currentQuiz = 0
    private var questionShownAt = Date()

    /// `config` nil: read the config file the environment points at (problems are reported by the caller, once).
    public init(model: KnowledgeModel, output: Output, environment: [String: String], config: StudyConfig? = nil) {
        self.model = model
        self.analysedModel = model
        self.corrections = CorrectionsFile(model: model)
        self.output = output
        self.environment = environment
        self.config = config ?? StudyConfig.load(environment: environment).config
    }

    /// Starts a quiz: records it and shows the first question.
    public func start(_ run: QuizRun) {
        quizCount += 1
        currentQuiz = quizCount
        run.number = quizCount
        quiz = run
        lastQuiz = run
        append(SessionEvent(kind: .quizStarted, quiz: quizCount, title: run.title, seed: run.seed, questions: run.questions))
        run.present(self)
        markShown(run)
    }

    /// Continues quiz `number` of the session's events (after `adopt`): records it and shows its next question.
    public func resume(_ run: QuizRun, number: Int) {
        currentQuiz = number
        run.number = number
        quiz = run
        lastQuiz = run
        append(SessionEvent(kind: .quizResumed, quiz: number, title: run.title, seed: run.seed))
        run.present(self)
        markShown(run)
    }

    /// Takes over the events of a saved session (for `resume`): later events are appended to them.
    public func adopt(events: [SessionEvent]) {
        self.events = events
        quizCount = events.compactMap { $0.kind == .quizStarted ? $0.quiz : nil }.max() ?? 0
        quiz = nil
        lastQuiz = nil
    }

    /// Records that the current question was shown (with its full text), and starts its clock.
    func markShown(_ run: QuizRun) {
        guard let q = run.current else { return }
        questionShownAt = Date()
        append(SessionEvent(kind: .question, quiz: currentQuiz, question: run.index, questionData: q))
    }

    /// Records a quiz event.
    func record(_ event: QuizEvent) {
        switch event {
        case .hint(let q, let n): append(SessionEvent(kind: .hint, quiz: currentQuiz, question: q, hint: n))
        case .skip(let q): append(SessionEvent(kind: .skip, quiz: currentQuiz, question: q))
        case .answer(let q, let text, let grade):
            append(SessionEvent(kind: .answer, quiz: currentQuiz, question: q, answer: text, grade: grade,
                                seconds: (Date().timeIntervalSince(questionShownAt) * 10).rounded() / 10))
        case .override(let q): append(SessionEvent(kind: .override, quiz: lastQuiz?.number ?? currentQuiz, question: q))
        case .undo(let q): append(SessionEvent(kind: .undo, quiz: lastQuiz?.number ?? currentQuiz, question: q))
        case .quizEnded(let reason):
            append(SessionEvent(kind: .quizEnded, quiz: currentQuiz, reason: reason))
        }
    }

    /// Records a command line.
    func recordCommand(_ line: String) {
        append(SessionEvent(kind: .command, line: line))
    }

    func append(_ event: SessionEvent) {
        events.append(event)
        onEvent?(event, self)
    }

    /// Loads and analyses another essay; on failure the current one stays loaded.
    public func load(path: String) throws {
        let essay: (source: EssaySource, text: String)
        do { essay = try EssayLoader.load(path: path) } catch { throw CommandError("load: \(error.description)") }
        recorder?.finish(self)
        model = KnowledgeModel(text: essay.text, source: essay.source)
        analysedModel = model
        cachedEvidence = nil
        loadCorrections()
        // A session is about one essay: another essay starts a new session (file).
        events = []
        quizCount = 0
        quiz = nil
        lastQuiz = nil
        recorder?.startNew()
        onLoad?(model)
    }

    /// Loads the essay a one-shot command names, or the bundled one.
    public static func loadModel(path: String?) throws(EssayLoadError) -> KnowledgeModel {
        try AnalysisProgress.loadModel(path: path)
    }
}
