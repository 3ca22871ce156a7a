// libFuzzer driver for study's parsers. Built only by `make fuzz` (Package.swift adds this target when
// STUDY_FUZZ=1), with `-sanitize=fuzzer,address`. SwiftPM renames an executable's `main` (to link it into tests),
// so libFuzzer's own `main` is not used: this file's top-level code hands the arguments to `LLVMFuzzerRunDriver`.
// Which target is fuzzed comes from STUDY_FUZZ_TARGET: analyzer, quiz-bank, session (decoders), bank-render,
// session-render (through the shell's commands and rendering, RenderHarness) or shell (lines of shell input).
import Foundation
import StudyKit

enum FuzzTarget: String {
    case analyzer, quizBank = "quiz-bank", session, bankRender = "bank-render", sessionRender = "session-render", shell

    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["STUDY_FUZZ_TARGET"] ?? "analyzer"
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("StudyFuzz: STUDY_FUZZ_TARGET must be analyzer, quiz-bank, session, bank-render, session-render or shell\n".utf8))
            exit(2)
        }
        return target
    }()
}

/// libFuzzer's entry when it is not the program's `main` (compiler-rt's FuzzerInterface.h).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// One input: must never crash, hang or trip the sanitizer, whatever the bytes.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    let data = Data(bytes)
    switch FuzzTarget.current {
    case .analyzer:
        // As a file that passed EssayLoader would be, and leniently decoded (analysed once when both are the same).
        let lenient = String(decoding: bytes, as: UTF8.self)
        if let text = try? EssayLoader.decode(bytes, path: "fuzz.txt"), text != lenient {
            let model = KnowledgeModel(text: text, source: EssaySource(name: "fuzz.txt", path: nil))
            _ = model.contentHash
        }
        _ = KnowledgeModel(text: lenient, source: EssaySource(name: "fuzz.txt", path: nil)).contentHash
    case .quizBank:
        _ = try? QuizBank.load(data, name: "fuzz.json")
    case .session:
        if let session = try? SessionUpgrade.decode(data, name: "fuzz.json") {
            _ = try? session.jsonData()
        }
    case .bankRender:
        RenderHarness.bank(data)
    case .sessionRender:
        RenderHarness.session(data)
    case .shell:
        RenderHarness.lines(bytes)
    }
    return 0
}

_ = FuzzTarget.current
var arguments = CommandLine.argc
var argumentValues = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues) { fuzzOne($0, $1) })
