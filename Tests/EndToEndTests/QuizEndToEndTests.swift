import XCTest

/// The quiz as the README shows it: answers piped one a line, graded by the real binary.
final class QuizEndToEndTests: XCTestCase {
    /// The README's example (`printf '…' | study quiz --count 2 --seed 7`) scores full marks.
    func testTheReadmeQuizExampleScoresFullMarks() throws {
        let readme = try String(contentsOf: StudyProcess.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let line = try XCTUnwrap(readme.split(separator: "\n").first { $0.hasPrefix("printf '") && $0.contains("| study quiz ") })
        let printed = try XCTUnwrap(line.split(separator: "'").dropFirst().first).replacingOccurrences(of: "\\n", with: "\n")
        let command = try XCTUnwrap(line.components(separatedBy: "| study ").last?.components(separatedBy: "#").first)
        let arguments = command.split(separator: " ").map(String.init)
        let r = try StudyProcess.run(arguments, input: printed)
        let answers = printed.split(separator: "\n").count
        XCTAssertTrue(r.stdout.contains("Score: \(answers) of \(answers)"), r.stdout)
    }
}
