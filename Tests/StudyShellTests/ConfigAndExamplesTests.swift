import Foundation
import XCTest
@testable import StudyKit
@testable import StudyShell

final class StudyConfigTests: XCTestCase {
    func parse(_ json: String) -> (StudyConfig, [String]) {
        let r = StudyConfig.parse(Data(json.utf8), name: "config.json", home: "/users/r")
        return (r.config, r.problems)
    }

    func testParsesEveryKey() {
        let (c, problems) = parse(#"{"sessionsFolder": "~/s", "color": "never", "quizCount": 5, "quizKinds": ["cloze", "true-false"]}"#)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(c, StudyConfig(sessionsFolder: "/users/r/s", color: .never, quizCount: 5, quizKinds: [.cloze, .trueFalse]))
    }

    func testABadValueNamesTheKeyAndKeepsTheDefault() {
        let (c, problems) = parse(#"{"quizCount": "five", "color": "blue", "quizKinds": ["cloze", "riddle"], "sessionsFolder": 3, "extra": 1}"#)
        XCTAssertEqual(c, StudyConfig())
        XCTAssertEqual(problems, [
            "config.json: extra: unknown key, ignored; known keys are sessionsFolder, color, quizCount, quizKinds",
            "config.json: sessionsFolder: must be a folder path (text); using the default",
            "config.json: color: must be \"auto\", \"always\" or \"never\"; using the default",
            "config.json: quizCount: must be a number from 1 to 100; using the default",
            "config.json: quizKinds: 'riddle' is not a kind; use some of \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")); using the default",
        ])
        XCTAssertEqual(parse(#"{"quizCount": 0}"#).1, ["config.json: quizCount: must be a number from 1 to 100; using the default"])
        XCTAssertEqual(parse(#"{"quizCount": true}"#).1, ["config.json: quizCount: must be a number from 1 to 100; using the default"])
        XCTAssertEqual(parse(#"{"quizCount": 2.5}"#).1, ["config.json: quizCount: must be a number from 1 to 100; using the default"])
        XCTAssertEqual(parse("not json").1, ["config.json: not a JSON object; using the defaults (see README, Configuration)"])
    }

    func testWhereTheFileIsLookedFor() {
        XCTAssertEqual(StudyConfig.path(environment: ["STUDY_CONFIG": "/a.json", "XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/a.json")
        XCTAssertEqual(StudyConfig.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/study/config.json")
        XCTAssertEqual(StudyConfig.path(environment: ["HOME": "/h"]), "/h/.config/study/config.json")
    }

    func testLoadsTheFileAndAMissingFileGivesDefaults() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("study-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("study"), withIntermediateDirectories: true)
        try Data(#"{"quizCount": 4}"#.utf8).write(to: folder.appendingPathComponent("study/config.json"))
        XCTAssertEqual(StudyConfig.load(environment: ["XDG_CONFIG_HOME": folder.path]).config.quizCount, 4)
        let missing = StudyConfig.load(environment: ["XDG_CONFIG_HOME": folder.path + "/none"])
        XCTAssertEqual(missing.config, StudyConfig())
        XCTAssertEqual(missing.problems, [])
    }

    func testTheCommandLineWinsOverTheConfig() throws {
        let m = ArgumentCommandTests.model
        let output = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 80, useColor: false)) { _, _ in }
        let context = ShellContext(model: m, output: output, environment: [:],
                                   config: StudyConfig(quizCount: 4, quizKinds: [.cloze]))
        let fromConfig = try Command.quizOptions(context, Arguments())
        XCTAssertEqual(fromConfig.count, 4)
        XCTAssertEqual(fromConfig.kinds, [.cloze])
        let given = try Command.quizOptions(context, Arguments(options: ["--count": "7", "--kinds": "thesis"]))
        XCTAssertEqual(given.count, 7)
        XCTAssertEqual(given.kinds, [.thesis])
        XCTAssertEqual(DataFolders.sessions(environment: [:], config: StudyConfig(sessionsFolder: "/s")), "/s")
    }

    func testColourChoiceAndNOCOLOR() {
        XCTAssertTrue(TerminalInfo.useColor(.auto, environment: [:], stdoutIsTerminal: true))
        XCTAssertFalse(TerminalInfo.useColor(.auto, environment: [:], stdoutIsTerminal: false))
        XCTAssertFalse(TerminalInfo.useColor(.auto, environment: ["TERM": "dumb"], stdoutIsTerminal: true))
        XCTAssertTrue(TerminalInfo.useColor(.always, environment: [:], stdoutIsTerminal: false))
        XCTAssertFalse(TerminalInfo.useColor(.never, environment: [:], stdoutIsTerminal: true))
        XCTAssertFalse(TerminalInfo.useColor(.always, environment: ["NO_COLOR": "1"], stdoutIsTerminal: true), "NO_COLOR wins")
    }
}

/// Every command's `help` example runs on the bundled essay without error.
final class CommandExampleTests: XCTestCase {
    func testEveryExampleRuns() throws {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("study-examples-\(UUID().uuidString)")
        try fm.createDirectory(at: folder.appendingPathComponent("essays"), withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try fm.copyItem(at: root.appendingPathComponent("Tests/Fixtures/essays/federalist-10.txt"),
                        to: folder.appendingPathComponent("essays/federalist-10.txt"))
        let model = ArgumentCommandTests.model
        try Data(AnkiExport(model: model).text(QuizMaker(model: model).make(.init(count: 3, seed: 1))).utf8)
            .write(to: folder.appendingPathComponent("cards.txt"))
        let previous = fm.currentDirectoryPath
        XCTAssertTrue(fm.changeCurrentDirectoryPath(folder.path))
        defer { _ = fm.changeCurrentDirectoryPath(previous) }
        let environment = ["STUDY_QUIZZES": folder.appendingPathComponent("Quizzes").path]
        for command in CommandTable.all {
            var errors: [String] = []
            let output = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 80, useColor: false)) { fd, b in
                if fd == 2 { errors.append(String(decoding: b, as: UTF8.self)) }
            }
            let context = ShellContext(model: model, output: output, environment: environment, config: StudyConfig())
            // Session commands need a saved session ("week1") with a missed answer; the others a quiz answer.
            if command.group == .sessions {
                context.sessionsFolder = folder.appendingPathComponent("Sessions-\(command.name)").path
                context.recorder = SessionRecorder(store: SessionStore(folder: context.sessionsFolder!))
                try Command.quiz.run(context, Arguments(options: ["--count": "2", "--seed": "1", "--kinds": "true-false"]))
                let wrong = context.quiz?.current?.answer == "True" ? "false" : "true"
                context.quiz?.handle(wrong, context)
                if command.name != "undo" { context.quiz?.handle("quit", context); context.quiz = nil }
                if command.name != "save" { try CommandTable.parse("save week1").map { try $0.0.run(context, $0.1) } }
            }
            if command.name == "override" {
                try Command.quiz.run(context, Arguments(options: ["--count": "1", "--seed": "1"]))
                let answer = try XCTUnwrap(context.quiz?.current?.answer)
                context.quiz?.handle(answer, context)
            }
            if command.name == "flag" || command.name == "unflag" {
                // A quiz of three questions to flag in; unflag needs one flagged.
                try Command.quiz.run(context, Arguments(options: ["--count": "3", "--seed": "1"]))
                if command.name == "unflag" { context.quiz?.handle("flag", context) }
            }
            let (parsed, arguments) = try XCTUnwrap(try CommandTable.parse(command.example), command.example)
            XCTAssertNoThrow(try parsed.run(context, arguments), command.example)
            output.flush()
            XCTAssertEqual(errors.filter { !$0.contains("no answers in this session yet") }, [], command.example)
        }
    }
}
