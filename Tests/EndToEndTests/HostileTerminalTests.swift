import Foundation
import XCTest

/// Text from files (an essay, a quiz bank, a session) full of escape sequences and control characters is shown on a
/// real pseudo-terminal; the bytes written between commands must hold none of them.
final class HostileTerminalTests: XCTestCase {
    /// Every trick: CSI colours and cursor moves, OSC title sets (BEL- and ST-terminated), CR, BS, BEL, other C0, DEL,
    /// C1 (CSI U+009B, NEL U+0085, OSC U+009D), bidi overrides and isolates, a DCS string.
    static let nasties = [
        "\u{1B}[31m", "\u{1B}[0m", "\u{1B}[2J", "\u{1B}[H", "\u{1B}]0;pwned\u{07}", "\u{1B}]2;owned\u{1B}\\",
        "\r", "\u{08}", "\u{07}", "\u{01}", "\u{7F}", "\u{9B}31m", "\u{85}", "\u{9D}0;c1\u{9C}",
        "\u{202E}", "\u{2066}", "\u{1B}P1$r\u{1B}\\", "\u{1B}c",
    ]

    static func hostile(_ s: String, _ k: Int) -> String {
        let n = nasties[k % nasties.count]
        let words = s.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 2 else { return n + s + n }
        return words.enumerated().map { i, w in i == 1 ? n + w : String(w) }.joined(separator: " ") + nasties[(k + 5) % nasties.count]
    }

    /// Puts hostile bytes into every string of a JSON value.
    static func poison(_ value: Any, _ k: inout Int, skip: Set<String> = []) -> Any {
        if let s = value as? String { k += 1; return hostile(s, k) }
        if let a = value as? [Any] { return a.map { poison($0, &k, skip: skip) } }
        if let d = value as? [String: Any] {
            var out: [String: Any] = [:]
            for (key, v) in d { out[key] = skip.contains(key) ? v : poison(v, &k, skip: skip) }
            return out
        }
        return value
    }

    func testHostileEssayBankAndSessionNeverReachTheTerminalRaw() throws {
        let dir = try StudyProcess.temporaryFolder()
        // The essay: title, byline and paragraphs, each with every kind of trick.
        var essay = "The \u{1B}]0;pwned\u{07}Hostile\u{1B}[31m Essay\u{202E} Title\r\n"
        essay += "By Mallory \u{1B}[2JQ. Attacker\u{08}\u{08}\u{07}, \u{9B}31mprofessor\u{85}\n\n"
        let seed = try String(contentsOf: StudyProcess.repositoryRoot.appendingPathComponent("seeds/albright-iraq-2007.txt"), encoding: .utf8)
        for (k, paragraph) in seed.split(separator: "\n").enumerated() {
            essay += paragraph.split(separator: ". ").enumerated().map { Self.hostile(String($1), k * 7 + $0) }.joined(separator: ". ") + "\n\n"
        }
        let essayPath = dir.appendingPathComponent("hostile.txt").path
        try Data(essay.utf8).write(to: URL(fileURLWithPath: essayPath))

        var k = 0
        let bankObject = try JSONSerialization.jsonObject(with: Data(contentsOf: BadInputTests.bundledQuiz)) as! [String: Any]
        let bank = Self.poison(bankObject, &k, skip: ["kind", "evidence", "schemaVersion", "answer", "options", "order", "accepted"]) as! [String: Any]
        let bankPath = dir.appendingPathComponent("hostile-bank.json").path
        try JSONSerialization.data(withJSONObject: bank).write(to: URL(fileURLWithPath: bankPath))

        let sessions = dir.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let sessionObject = try JSONSerialization.jsonObject(with: Data(contentsOf: BadInputTests.exampleSession)) as! [String: Any]
        let session = Self.poison(sessionObject, &k, skip: ["kind", "evidence", "id", "time", "createdAt", "updatedAt",
                                                           "contentHash", "studyVersion", "section", "grade",
                                                           "options", "order", "name", "answer", "accepted"]) as! [String: Any]
        let sessionPath = sessions.appendingPathComponent("hostile-session.json").path
        try JSONSerialization.data(withJSONObject: session).write(to: URL(fileURLWithPath: sessionPath))

        let environment = ["TERM": "xterm", "HOME": dir.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1",
                           "STUDY_HISTORY": dir.appendingPathComponent("history").path, "STUDY_SESSIONS": sessions.path,
                           "PAGER": ""]  // study's own bytes are checked, not a pager's
        let pty = try PseudoTerminal(StudyProcess.binary, arguments: [essayPath], environment: environment, columns: 100)
        XCTAssertTrue(pty.read(until: "hostile> "), pty.output)
        XCTAssertTrue(pty.waitForRawMode())

        var inspected = 0
        func run(_ line: String, expecting: String, prompt: String = "hostile> ") {
            let mark = pty.transcript.count
            pty.type(line + "\r")
            XCTAssertTrue(pty.read(until: expecting, after: mark), "'\(line)' did not print '\(expecting)': \(pty.output.suffix(2000))")
            XCTAssertTrue(pty.read(until: prompt, after: mark + line.utf8.count + 1), "'\(line)': no prompt \(prompt)")
            XCTAssertTrue(pty.waitForRawMode())
            // What the command printed: after the echoed line's newline, before the last prompt.
            let after = Array(pty.transcript[mark...])
            guard let newline = after.firstIndex(of: 10) else { return XCTFail("no newline after '\(line)'") }
            let promptBytes = Array(prompt.utf8)
            guard after.count >= promptBytes.count else { return XCTFail("no prompt after '\(line)'") }
            var end = after.count - promptBytes.count
            while end > newline, Array(after[end..<end + promptBytes.count]) != promptBytes { end -= 1 }
            let printed = Array(after[(newline + 1)..<max(end, newline + 1)])
            inspected += printed.count
            check(printed, line)
        }
        func check(_ bytes: [UInt8], _ line: String) {
            let text = String(decoding: bytes, as: UTF8.self)
            for (i, b) in bytes.enumerated() {
                switch b {
                case 0x0A: continue
                case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A: continue  // the terminal's own CR LF
                case 0x0D where i + 1 == bytes.count: continue
                case 0..<0x20, 0x7F: XCTFail("'\(line)': control byte \(b) at \(i): \(text.debugDescription.prefix(3000))"); return
                default: continue
                }
            }
            for s in text.unicodeScalars where (0x80...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
                || (0x2066...0x2069).contains(s.value) {
                XCTFail("'\(line)': U+\(String(s.value, radix: 16)) printed: \(text.debugDescription.prefix(3000))"); return
            }
        }

        run("info", expecting: "file")
        run("read all", expecting: "P3")
        run("terms", expecting: "1")
        run("entities", expecting: "Iraq")
        run("section 1", expecting: "§1")
        run("summary", expecting: "S")
        run("quiz load \(bankPath)", expecting: "1/", prompt: "> ")
        run("A", expecting: "2/", prompt: "> ")
        run("hint", expecting: "Hint", prompt: "> ")
        run("quit", expecting: "Quiz", prompt: "hostile> ")
        run("sessions --all", expecting: "albright")
        run("replay hostile-session", expecting: "Question 1/", prompt: "> ")
        run("q", expecting: "\n")
        try? Data(pty.transcript).write(to: URL(fileURLWithPath: NSTemporaryDirectory() + "study-hostile-transcript.bin"))
        pty.type("quit\r")
        XCTAssertEqual(pty.waitForExit(), 0, String(pty.output.suffix(2000)))
        XCTAssertGreaterThan(inspected, 5000, "the commands printed too little to prove anything")
        // Nothing from the files anywhere in the whole transcript: no OSC, no BEL, no clear-screen, no C1 CSI.
        let all = pty.transcript
        for (name, seq) in [("OSC", [0x1B, 0x5D]), ("BEL", [0x07]), ("clear screen", [0x1B, 0x5B, 0x32, 0x4A]),
                            ("reset", [0x1B, 0x63]), ("DCS", [0x1B, 0x50]), ("C1 CSI", [0xC2, 0x9B]), ("BS", [0x08])] as [(String, [UInt8])] {
            let found = (0...(all.count - seq.count)).contains { Array(all[$0..<$0 + seq.count]) == seq }
            XCTAssertFalse(found, "\(name) reached the terminal")
        }
    }
}
