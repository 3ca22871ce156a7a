import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Every bad input, one row each: what is run, the exit status, and the one line said about it. A row never crashes
/// or hangs (each run is time-boxed) and never prints more than the lines it expects on standard error.
final class BadInputTests: XCTestCase {
    /// What standard error must say.
    enum Said {
        /// Exactly this text (with its newline).
        case exactly(String)
        /// One line that starts with the prefix and contains the phrase.
        case line(prefix: String, phrase: String)
        /// Nothing at all.
        case nothing
        /// Any number of lines, each containing one of the phrases, every phrase at least once.
        case lines([String])
    }

    struct Row {
        let name: String
        let status: Int32
        let said: Said
        /// Something standard output must contain (when not empty).
        var stdoutContains: String = ""
        /// Seconds the run may take at most.
        var seconds: Double = 20
        let run: (TimeInterval) throws -> StudyProcess.Result
    }

    static let bundledQuiz = StudyProcess.repositoryRoot.appendingPathComponent("Quizzes/albright-iraq-2007.json")
    static let exampleSession = StudyProcess.repositoryRoot.appendingPathComponent("Sessions/2026-11-30T06-10-08-albright-iraq-2007.json")

    /// A valid JSON object from the repository, changed.
    static func edited(_ url: URL, _ change: (inout [String: Any]) -> Void) throws -> Data {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        change(&object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    // swiftlint:disable:next function_body_length
    func rows(_ dir: URL) throws -> [Row] {
        func write(_ name: String, _ data: Data) throws -> String {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            return url.path
        }
        func text(_ name: String, _ s: String) throws -> String { try write(name, Data(s.utf8)) }
        func bytes(_ name: String, _ b: [UInt8]) throws -> String { try write(name, Data(b)) }
        func study(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                   unsetting: [String] = []) -> (TimeInterval) throws -> StudyProcess.Result {
            { try StudyProcess.run(arguments, input: input, environment: environment, unsetting: unsetting,
                                   directory: dir, timeout: $0) }
        }

        let missing = dir.appendingPathComponent("missing.txt").path
        let folder = dir.appendingPathComponent("a-folder").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let empty = try bytes("empty.txt", [])
        let blank = try text("blank.txt", "  \n\n \t \n   \n")
        let binary = try bytes("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 64))
        let latin1 = try bytes("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" au lait. It is good.".utf8))

        // 100 MB, made sparse in an instant: it must be refused from its size, never read.
        let huge = dir.appendingPathComponent("huge.txt").path
        let fd = open(huge, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        XCTAssertEqual(ftruncate(fd, 100 * 1_048_576), 0)
        close(fd)

        // One paragraph of 200 000 characters and no full stop.
        var words: [String] = []
        var count = 0
        let vocabulary = ["river", "stone", "market", "argument", "policy", "winter", "people", "reason", "garden", "law"]
        var i = 0
        while count < 200_000 {
            let w = vocabulary[(i * 7 + i / 3) % vocabulary.count]
            words.append(w); count += w.count + 1; i += 1
        }
        let runOn = try text("run-on.txt", words.joined(separator: " ") + "\n")

        let megabyteLine = String(repeating: "x", count: 1_048_576)

        // Quiz banks.
        let bankNotJSON = try text("banks/not-json.json", "quiz: yes\nquestions: many\n")
        let bankWrongTypes = try write("banks/wrong-types.json", Self.edited(Self.bundledQuiz) { $0["questions"] = "three" })
        let bankNewer = try write("banks/newer.json", Self.edited(Self.bundledQuiz) { $0["schemaVersion"] = 99 })
        let bankData = try Data(contentsOf: Self.bundledQuiz)
        let bankTruncated = try write("banks/truncated.json", bankData.prefix(bankData.count / 2))

        // Session files, alone and in a folder with a good one.
        let sessionData = try Data(contentsOf: Self.exampleSession)
        let sessions = dir.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try sessionData.write(to: sessions.appendingPathComponent("2026-11-30T06-10-08-good.json"))
        let sessionNotJSON = try text("sessions/not-json.json", "this is not a session\n")
        let sessionWrongTypes = try write("sessions/wrong-types.json", Self.edited(Self.exampleSession) { $0["events"] = 42 })
        let sessionNewer = try write("sessions/newer.json", Self.edited(Self.exampleSession) { $0["schemaVersion"] = 99 })
        let sessionTruncated = try write("sessions/truncated.json", sessionData.prefix(sessionData.count / 2))
        let outside = try write("outside/secret.json", sessionData)
        XCTAssertEqual(symlink(outside, sessions.appendingPathComponent("link-out.json").path), 0)

        // A file where a folder should be: nothing can be created under it, even by root.
        let blocker = try text("blocker", "a file, not a folder\n")
        let underFile = blocker + "/Sessions"

        let quizInput = "quiz --count 2 --seed 1 --kinds true-false\nA\nA\nread 1\n"
        // ulimit -f: the session file cannot grow past 1 KiB (EFBIG), as on a full disk; SIGXFSZ is ignored so
        // the write fails instead of killing the process.
        let diskFull: (TimeInterval) throws -> StudyProcess.Result = { timeout in
            try StudyProcess.run(["-c", "ulimit -f 2; trap '' XFSZ; exec \"$0\" --sessions \"$1\"", StudyProcess.binary,
                                  dir.appendingPathComponent("full").path],
                                 input: quizInput, directory: dir, timeout: timeout, executable: "/bin/sh")
        }

        // Write targets that must be refused: a link to another file, an existing file, a device.
        let victim = try text("targets/victim.txt", "precious\n")
        let linkTarget = dir.appendingPathComponent("targets/link.md").path
        XCTAssertEqual(symlink(victim, linkTarget), 0)
        let existingExport = try text("targets/existing.md", "kept\n")
        // A session file whose id climbs out of the folder.
        let climbing = dir.appendingPathComponent("climb/sessions")
        try FileManager.default.createDirectory(at: climbing, withIntermediateDirectories: true)
        try Self.edited(Self.exampleSession) { $0["id"] = "../../victim" }
            .write(to: climbing.appendingPathComponent("2026-11-30T06-10-08-climb.json"))
        let systemConfig = try text("config/config.json", "{\"sessionsFolder\": \"/etc\"}")

        // Numbers from files out of range: each must be refused where it is decoded, naming the place.
        func session(_ name: String, _ change: @escaping (inout [[String: Any]]) -> Void) throws -> String {
            try write("numbers/\(name).json", Self.edited(Self.exampleSession) { object in
                var events = object["events"] as! [[String: Any]]
                change(&events)
                object["events"] = events
            })
        }
        func grade(_ events: inout [[String: Any]], _ score: Any) {
            var g = events[3]["grade"] as! [String: Any]
            g["score"] = score
            events[3]["grade"] = g
        }
        let hugeScore = try session("huge-score") { grade(&$0, 1e20) }
        let doubleScore = try session("score-2") { grade(&$0, 2.0) }
        let hugeSeconds = try session("huge-seconds") { $0[3]["seconds"] = 1e308 }
        let maxQuestion = try session("max-question") { $0[3]["question"] = Int.max }
        let manyOptions = try session("many-options") { events in
            var q = events[2]["questionData"] as! [String: Any]
            q["options"] = (0..<200).map { "option \($0)" }
            events[2]["questionData"] = q
        }
        let floatVersion = try write("numbers/version-half.json", Self.edited(Self.exampleSession) { $0["schemaVersion"] = 0.5 })
        let textVersion = try write("numbers/version-text.json", Self.edited(Self.exampleSession) { $0["schemaVersion"] = "1" })
        let bankText = String(decoding: bankData, as: UTF8.self)
        let bankTwice = try text("banks/questions-twice.json",
                                 "{\"questions\": [{\"kind\": \"thesis\"}]," + bankText.drop { $0 != "{" }.dropFirst())
        let bankNegativeSeed = try write("banks/seed-negative.json", Self.edited(Self.bundledQuiz) { $0["seed"] = -5 })
        let bankHugeSeed = try text("banks/seed-huge.json", "{\"seed\": 18446744073709551616," + bankText.drop { $0 != "{" }.dropFirst())
        let bankTextSeed = try write("banks/seed-text.json", Self.edited(Self.bundledQuiz) { $0["seed"] = "7" })
        let bankManyOptions = try write("banks/many-options.json", Self.edited(Self.bundledQuiz) { bank in
            var questions = bank["questions"] as! [[String: Any]]
            questions[0]["options"] = (0..<200).map { "option \($0)" } + [questions[0]["answer"] as! String]
            bank["questions"] = questions
        })
        let bankBadOrder = try write("banks/order-answer.json", Self.edited(Self.bundledQuiz) { bank in
            var questions = bank["questions"] as! [[String: Any]]
            let i = questions.firstIndex { $0["kind"] as? String == "order" }!
            questions[i]["answer"] = "Z Z Z Z"
            bank["questions"] = questions
        })
        let hugeConfig = try text("config/huge.json", "{\"quizCount\": 1e400}")

        // Output that cannot be written, and a session naming a FIFO as its essay.
        func toFull(_ arguments: String, input: String = "") -> (TimeInterval) throws -> StudyProcess.Result {
            { try StudyProcess.run(["-c", "exec \"$0\" \(arguments) > /dev/full", StudyProcess.binary], input: input,
                                   directory: dir, timeout: $0, executable: "/bin/sh") }
        }
        let fifo = dir.appendingPathComponent("essay-fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let fifoSession = try write("fifo/2026-11-30T06-10-08-fifo.json", Self.edited(Self.exampleSession) { object in
            var essay = object["essay"] as! [String: Any]
            essay["path"] = fifo
            object["essay"] = essay
        })
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("Rivers carve stone over long years. Markets follow the water, and towns follow the markets.\n".data(using: .utf16LittleEndian)!)
        let utf16Essay = try write("utf16.txt", utf16)
        let loop = dir.appendingPathComponent("loop.txt").path
        XCTAssertEqual(symlink(loop, loop), 0)
        let newlineName = dir.appendingPathComponent("bad\nname.txt").path
        let longName = dir.appendingPathComponent(String(repeating: "n", count: 5000) + ".txt").path

        let essayHint = "check the path, or run study with no file for the bundled essay"
        return [
            Row(name: "missing file", status: 1, said: .exactly("study: \(missing): no such file; \(essayHint)\n"),
                run: study(["info", missing])),
            Row(name: "directory", status: 1,
                said: .exactly("study: \(folder): is a folder, not an essay; give the path of a text file inside it\n"),
                run: study(["info", folder])),
            Row(name: "empty file", status: 1,
                said: .exactly("study: \(empty): is empty; give a text file with at least one sentence\n"),
                run: study(["info", empty])),
            Row(name: "whitespace only", status: 1,
                said: .exactly("study: \(blank): has no words (only white space or symbols); give a text file with at least one sentence\n"),
                run: study(["info", blank])),
            Row(name: "binary file", status: 1,
                said: .exactly("study: \(binary): looks like a binary file, not text; give a plain-text (UTF-8) essay\n"),
                run: study(["info", binary])),
            Row(name: "invalid UTF-8", status: 1,
                said: .exactly("study: \(latin1): is not valid UTF-8 (bad byte at offset 3); save it as UTF-8 and try again\n"),
                run: study(["info", latin1])),
            Row(name: "100 MB essay", status: 1,
                said: .exactly("study: \(huge): is 100.0 MB; study reads essays of up to 32 MB, so split it\n"),
                seconds: 5, run: study(["info", huge])),
            // One sentence of 30 000 words: read, summarised and indexed in time; no question can be made of it.
            Row(name: "a device (/dev/zero)", status: 1,
                said: .exactly("study: /dev/zero: is a device, not a file; give the path of a text file\n"),
                seconds: 5, run: study(["info", "/dev/zero"])),
            Row(name: "a pipe that gives more than 32 MB", status: 1,
                said: .exactly("study: /dev/stdin: gives more than 32 MB; study reads essays of up to 32 MB, so split it\n"),
                seconds: 20, run: { try StudyProcess.run(["info", "/dev/stdin"], inputData: Data(count: 40 * 1_048_576),
                                                         directory: dir, timeout: $0) }),
            Row(name: "200 k characters, no stops", status: 1,
                said: .exactly("quiz: this text gives no questions of those kinds; try quiz with no options\n"), stdoutContains: "1 section",
                seconds: 20, run: study([runOn], input: "info\nread S1.1\nsummary\nterms\nquiz --count 3 --seed 1\n\n\n\n")),
            Row(name: "1 MB line piped in", status: 1,
                said: .exactly("line of 1048576 bytes refused: lines are at most 64 KB; nothing was run\n"),
                stdoutContains: "The threshold question", seconds: 20, run: study([], input: megabyteLine + "\nread 1\n")),
            Row(name: "unknown command", status: 1, said: .line(prefix: "unknown command 'frobnicate'", phrase: "help"),
                run: study([], input: "frobnicate\n")),
            Row(name: "read P99", status: 1, said: .exactly("read: no paragraph P99: the essay has P1–P11\n"),
                run: study([], input: "read P99\n")),
            Row(name: "section §0", status: 1, said: .line(prefix: "section: ", phrase: "§0"),
                run: study([], input: "section §0\n")),
            Row(name: "read S3.9", status: 1, said: .line(prefix: "read: no sentence S3.9", phrase: "S3.1–S3."),
                run: study([], input: "read S3.9\n")),
            Row(name: "quiz bank: not JSON", status: 1, said: .line(prefix: "quiz load: \(bankNotJSON): not valid JSON", phrase: "JSON linter"),
                run: study([], input: "quiz load \(bankNotJSON)\n")),
            Row(name: "quiz bank: wrong types", status: 1, said: .exactly("quiz load: \(bankWrongTypes): questions: must be a list\n"),
                run: study([], input: "quiz load \(bankWrongTypes)\n")),
            Row(name: "quiz bank: newer schema", status: 1,
                said: .exactly("quiz load: \(bankNewer): schemaVersion: 99 is newer than this study reads (1); update study\n"),
                run: study([], input: "quiz load \(bankNewer)\n")),
            Row(name: "quiz bank: truncated", status: 1, said: .line(prefix: "quiz load: \(bankTruncated): not valid JSON", phrase: "JSON linter"),
                run: study([], input: "quiz load \(bankTruncated)\n")),
            Row(name: "session: not JSON", status: 1,
                said: .exactly("study replay: \(sessionNotJSON): not a session file (not valid JSON)\n"),
                run: study(["replay", sessionNotJSON])),
            Row(name: "session: wrong types", status: 1,
                said: .exactly("study replay: \(sessionWrongTypes): not a session file (wrong type at events)\n"),
                run: study(["replay", sessionWrongTypes])),
            Row(name: "session: newer schema", status: 1,
                said: .exactly("study replay: \(sessionNewer): made by a newer study (schema 99); update study to open it\n"),
                run: study(["replay", sessionNewer])),
            Row(name: "session: truncated", status: 1,
                said: .exactly("study replay: \(sessionTruncated): not a session file (not valid JSON)\n"),
                run: study(["replay", sessionTruncated])),
            Row(name: "sessions list skips the bad files", status: 0,
                said: .lines(["not-json.json", "wrong-types.json", "newer.json", "truncated.json", "link-out.json: points outside"]),
                stdoutContains: "albright", run: study(["sessions", "--sessions", sessions.path])),
            Row(name: "session symlink outside the folder", status: 1,
                said: .line(prefix: "study replay: ", phrase: "points outside the sessions folder"),
                run: study(["replay", "link-out", "--sessions", sessions.path])),
            Row(name: "session name ../x", status: 1,
                said: .exactly("study replay: '../x' is not a session name: use a name from the sessions list (letters, digits, - and _)\n"),
                run: study(["replay", "../x", "--sessions", sessions.path])),
            Row(name: "session name /etc/passwd", status: 1,
                said: .line(prefix: "study replay: ", phrase: "not a session"),
                run: study(["replay", "/etc/passwd", "--sessions", sessions.path])),
            Row(name: "save ../x in the shell", status: 1,
                said: .line(prefix: "save: '../x' cannot be a session name", phrase: "letters, digits"),
                run: study(["--sessions", sessions.path], input: "read 1\nsave ../x\n")),
            Row(name: "resume /etc/passwd in the shell", status: 1,
                said: .line(prefix: "resume: ", phrase: "not a session name"),
                run: study(["--sessions", sessions.path], input: "resume /etc/passwd\n")),
            Row(name: "missing Sessions folder (listing)", status: 0, said: .nothing,
                run: study(["sessions", "--sessions", dir.appendingPathComponent("none").path])),
            Row(name: "missing Sessions folder is made on the first answer", status: 0, said: .nothing, stdoutContains: "Quiz over",
                run: study(["--sessions", dir.appendingPathComponent("made/here").path], input: quizInput)),
            Row(name: "Sessions folder cannot be made (under a file)", status: 1,
                said: .lines(["session: cannot create the sessions folder \(underFile) (Not a directory); the session is kept in memory",
                              "session: not saved; the last events could not be written to \(underFile)"]),
                stdoutContains: "The threshold question",
                run: study(["--sessions", underFile], input: quizInput)),
            Row(name: "disk full while saving", status: 1,
                said: .lines(["session: cannot write", "session: not saved; the last events could not be written"]),
                stdoutContains: "The threshold question", run: diskFull),
            Row(name: "HOME unset", status: 0, said: .nothing, stdoutContains: "The threshold question",
                run: study([], input: "read 1\n", unsetting: ["HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"])),
            Row(name: "export --out a symlink", status: 1,
                said: .exactly("export markdown: cannot write \(linkTarget): is a symbolic link, not a regular file\n"),
                run: study(["export", "markdown", "--out", linkTarget])),
            Row(name: "export --out /dev/null", status: 1,
                said: .exactly("export anki: cannot write /dev/null: is a device, not a regular file\n"),
                run: study(["export", "anki", "--out", "/dev/null"])),
            Row(name: "export --out an existing file without --force", status: 1,
                said: .exactly("export markdown: cannot write \(existingExport): already exists; add --force to replace it\n"),
                run: study(["export", "markdown", "--out", existingExport])),
            Row(name: "export csv --out a symlink", status: 1,
                said: .exactly("study export csv: cannot write \(linkTarget): is a symbolic link, not a regular file\n"),
                run: study(["export", "csv", sessions.appendingPathComponent("2026-11-30T06-10-08-good.json").path, "--out", linkTarget])),
            Row(name: "session id ../../victim read from a file", status: 1,
                said: .line(prefix: "resume: ", phrase: "id: '../../victim' is not a session id"),
                run: study(["--sessions", climbing.path], input: "resume 2026-11-30T06-10-08-climb\n")),
            Row(name: "config sessionsFolder in /etc", status: 0,
                said: .exactly("study: config.json: sessionsFolder: /etc is a system folder; using the default\n"),
                run: study(["info"], environment: ["STUDY_CONFIG": systemConfig])),
            Row(name: "read all > /dev/full", status: 1,
                said: .exactly("study: cannot write to standard output (No space left on device)\n"), run: toFull("read all")),
            Row(name: "analyze --json > /dev/full", status: 1,
                said: .exactly("study: cannot write to standard output (No space left on device)\n"), run: toFull("analyze --json")),
            Row(name: "export markdown - > /dev/full", status: 1,
                said: .exactly("study: cannot write to standard output (No space left on device)\n"), run: toFull("export markdown")),
            Row(name: "piped shell > /dev/full", status: 1,
                said: .exactly("study: cannot write to standard output (No space left on device)\n"), run: toFull("shell", input: "read 1\n")),
            Row(name: "session whose essay is a FIFO", status: 0, said: .nothing, stdoutContains: "Replay of", seconds: 5,
                run: study(["replay", fifoSession])),
            Row(name: "stats names the corrupt session files", status: 0,
                said: .lines(["not-json.json", "wrong-types.json", "newer.json", "truncated.json", "link-out.json"]),
                stdoutContains: "Accuracy", run: study(["stats", "--sessions", sessions.path])),
            Row(name: "UTF-16 essay is read", status: 0, said: .nothing, stdoutContains: "words", run: study(["info", utf16Essay])),
            Row(name: "symlink loop", status: 1,
                said: .exactly("study: \(loop): is a loop of symbolic links; give the path of a text file\n"), run: study(["info", loop])),
            Row(name: "newline in a file name", status: 1,
                said: .exactly("study: \(newlineName.replacingOccurrences(of: "\n", with: " ")): no such file; \(essayHint)\n"),
                run: study(["info", newlineName])),
            Row(name: "5,000-character file name", status: 1, said: .line(prefix: "study: /", phrase: "nnn…nnn"),
                run: study(["info", longName])),
            Row(name: "session score 1e20", status: 1,
                said: .exactly("study replay: \(hugeScore): events[3].grade.score: 1e+20 is out of range (0 to 1)\n"),
                run: study(["replay", hugeScore])),
            Row(name: "session score 2.0", status: 1,
                said: .exactly("study export csv: \(doubleScore): events[3].grade.score: 2.0 is out of range (0 to 1)\n"),
                run: study(["export", "csv", doubleScore])),
            Row(name: "session seconds 1e308", status: 1,
                said: .exactly("study replay: \(hugeSeconds): events[3].seconds: 1e+308 is out of range (0 to 31536000)\n"),
                run: study(["replay", hugeSeconds])),
            Row(name: "session question Int.max", status: 1,
                said: .exactly("study export csv: \(maxQuestion): events[3].question: \(Int.max) is out of range (0 to 9999)\n"),
                run: study(["export", "csv", maxQuestion])),
            Row(name: "session question with 200 options", status: 1,
                said: .exactly("study replay: \(manyOptions): events[2].questionData.options: has 200 options; a question has 2 to 8\n"),
                run: study(["replay", manyOptions])),
            Row(name: "session schemaVersion 0.5", status: 1,
                said: .exactly("study replay: \(floatVersion): schemaVersion: must be a whole number (1 for this study)\n"),
                run: study(["replay", floatVersion])),
            Row(name: "session schemaVersion \"1\"", status: 1,
                said: .exactly("study replay: \(textVersion): schemaVersion: must be a whole number (1 for this study)\n"),
                run: study(["replay", textVersion])),
            Row(name: "sessions list names the corrupt numbers", status: 0,
                said: .lines(["huge-score.json: events[3].grade.score", "score-2.json: events[3].grade.score",
                              "huge-seconds.json: events[3].seconds", "max-question.json: events[3].question",
                              "many-options.json: events[2].questionData.options", "version-half.json: schemaVersion",
                              "version-text.json: schemaVersion"]),
                run: study(["sessions", "--sessions", dir.appendingPathComponent("numbers").path])),
            Row(name: "quiz bank: questions twice", status: 1,
                said: .exactly("quiz load: \(bankTwice): questions: the key appears twice; keep one\n"),
                run: study([], input: "quiz load \(bankTwice)\n")),
            Row(name: "quiz bank: seed -5", status: 1,
                said: .exactly("quiz load: \(bankNegativeSeed): seed: must be a whole number from 0 to \(UInt64.max)\n"),
                run: study([], input: "quiz load \(bankNegativeSeed)\n")),
            Row(name: "quiz bank: seed 2^64", status: 1,
                said: .exactly("quiz load: \(bankHugeSeed): seed: must be a whole number from 0 to \(UInt64.max)\n"),
                run: study([], input: "quiz load \(bankHugeSeed)\n")),
            Row(name: "quiz bank: seed \"7\"", status: 1,
                said: .exactly("quiz load: \(bankTextSeed): seed: must be a whole number from 0 to \(UInt64.max)\n"),
                run: study([], input: "quiz load \(bankTextSeed)\n")),
            Row(name: "quiz bank: 201 options", status: 1,
                said: .exactly("quiz load: \(bankManyOptions): questions[0].options: has 201 options; a question has 2 to 8\n"),
                run: study([], input: "quiz load \(bankManyOptions)\n")),
            Row(name: "quiz bank: order answer not its options", status: 1,
                said: .line(prefix: "quiz load: \(bankBadOrder): questions[9].answer: 'Z Z Z Z' does not match the order", phrase: "it should be"),
                run: study([], input: "quiz load \(bankBadOrder)\n")),
            Row(name: "config quizCount 1e400", status: 0,
                said: .exactly("study: huge.json: quizCount: the number is too large; using the defaults\n"),
                run: study(["info"], environment: ["STUDY_CONFIG": hugeConfig])),
        ]
    }

    func testEveryBadInputGetsOneClearLineAndTheRightStatus() throws {
        let dir = try StudyProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = try rows(dir)
        var failures: [String] = []
        for row in table {
            let r = try row.run(row.seconds + 10)
            func fail(_ why: String) {
                failures.append("\(row.name): \(why)\n  status \(r.status)\n  stderr: \(r.stderr.prefix(600).debugDescription)\n  stdout: \(r.stdout.prefix(300).debugDescription)")
            }
            if r.timedOut { fail("did not finish in \(row.seconds + 10) s"); continue }
            if r.seconds > row.seconds { fail(String(format: "took %.1f s (limit %.0f s)", r.seconds, row.seconds)) }
            if r.status != row.status { fail("exit status \(r.status), expected \(row.status)") }
            if !row.stdoutContains.isEmpty && !r.stdout.contains(row.stdoutContains) { fail("stdout lacks '\(row.stdoutContains)'") }
            let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            if lines.contains(where: { $0.utf8.count > 400 }) { fail("a line of stderr is longer than 400 bytes") }
            switch row.said {
            case .exactly(let text):
                if r.stderr != text { fail("expected stderr \(text.debugDescription)") }
            case .line(let prefix, let phrase):
                if lines.count != 1 || !r.stderr.hasPrefix(prefix) || !r.stderr.contains(phrase) {
                    fail("expected one line starting \(prefix.debugDescription) containing \(phrase.debugDescription)")
                }
            case .nothing:
                if !r.stderr.isEmpty { fail("expected nothing on stderr") }
            case .lines(let phrases):
                for p in phrases where !lines.contains(where: { $0.contains(p) }) { fail("no line mentions \(p)") }
                if lines.count != phrases.count { fail("expected \(phrases.count) lines") }
            }
        }
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("targets/victim.txt"), encoding: .utf8), "precious\n")
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("targets/existing.md"), encoding: .utf8), "kept\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("victim.json").path))
        print("bad inputs tested (pipe rows): \(table.count)")
        XCTAssertTrue(failures.isEmpty, "\n" + failures.joined(separator: "\n"))
    }

    /// A read-only sessions folder, where permission bits hold (root ignores them: the row under a file above covers
    /// the same path for root).
    func testReadOnlySessionsFolder() throws {
        if getuid() == 0 { throw XCTSkip("running as root, which writes into read-only folders; 'Sessions folder cannot be made (under a file)' covers the failure") }
        let dir = try StudyProcess.temporaryFolder()
        let sessions = dir.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        chmod(sessions.path, 0o555)
        defer { chmod(sessions.path, 0o755) }
        let r = try StudyProcess.run(["--sessions", sessions.path], input: "quiz --count 2 --seed 1 --kinds true-false\nA\nA\nread 1\n",
                                     directory: dir, timeout: 30)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 2, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("session: cannot write in \(sessions.path)"), r.stderr)
    }

    /// On a terminal: no HOME (no history file can be named), and a terminal that reports no size with COLUMNS unset.
    func testTerminalWithoutHomeOrSize() throws {
        var environment = ProcessInfo.processInfo.environment
        for k in ["HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "COLUMNS", "LINES", "STUDY_HISTORY"] {
            environment[k] = nil
        }
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "xterm"
        let pty = try PseudoTerminal(StudyProcess.binary, environment: environment, columns: 0, rows: 0)
        XCTAssertTrue(pty.read(until: "> "), pty.output)
        pty.waitForRawMode()
        let start = pty.transcript.count
        pty.type("read 1\r")
        XCTAssertTrue(pty.read(until: "The threshold question", after: start), pty.output)
        XCTAssertTrue(pty.read(until: "> ", after: start + 20), pty.output)
        // Wrapped at 80 columns: no line of the paragraph is longer.
        let text = String(decoding: pty.transcript.dropFirst(start), as: UTF8.self)
        let longest = text.components(separatedBy: .newlines).map { $0.count }.max() ?? 0
        XCTAssertLessThanOrEqual(longest, 82, text)
        XCTAssertFalse(text.contains("error"), text)
        pty.type("quit\r")
        XCTAssertEqual(pty.waitForExit(), 0, pty.output)
    }
}
