import ArgumentParser
import Foundation
import StudyKit
import StudyShell

/// `study bench`: analysis throughput on texts of growing size, for `make bench` (hidden from help).
struct BenchSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure analysis speed (used by make bench).", shouldDisplay: false)

    @Option(help: "Sizes in words, comma-separated.")
    var words: String = "1000,10000,100000,1000000"

    @Option(help: "Runs per size (the median is reported).")
    var runs: Int = 5

    @Flag(help: "Also build the evidence index and time 100 searches (median) on each size.")
    var search = false

    @Flag(help: "Also time a 10-sentence summary of the whole text after analysis (median of the runs).")
    var summarize = false

    @Flag(help: "Also time making a 20-question quiz after analysis (median of the runs).")
    var quiz = false

    @Option(help: "The text: repeated (the essays' paragraphs over and over), new-words (each sentence opens with a word never seen before) or new-names (besides, a new word joins every name).")
    var text: BenchText.Variety = .repeated

    @Option(help: "Write the text of the (last) size to this file instead of measuring (for timing commands).")
    var writeText: String?

    @Flag(help: "Instead of analysis: time what the sentence-role model adds to analysing the (first) essay: reading its weights, as start-up does once, and applying them (medians of the runs).")
    var modelCost = false

    @Option(help: "Instead of analysis: time wrapping one word of this many bytes to 80 columns, as `read` shows a paragraph (wrapped, cleaned and rendered; median of the runs).")
    var wrap: Int?

    @Argument(help: "Essays whose paragraphs are repeated to make the texts (default: the bundled essay).")
    var files: [String] = []

    func run() throws {
        if let wrap { return printWrapTime(bytes: wrap) }
        if modelCost { return try printModelCost() }
        let sizes = words.split(separator: ",").compactMap { Int($0) }
        // The table the analysis reads instead of WordNet: its first look-up loads it.
        let tableStart = DispatchTime.now().uptimeNanoseconds
        _ = LexiconTable.shipped.isHolderNoun("critics")
        let lexiconTableSeconds = Double(DispatchTime.now().uptimeNanoseconds - tableStart) / 1e9
        var paragraphs: [String] = []
        let texts = try files.isEmpty ? [EssayLoader.bundled().text] : files.map { try EssayLoader.load(path: $0).text }
        for text in texts {
            let document = Document(rawText: text)
            paragraphs += document.paragraphs.map { document.slice($0.range) }
        }
        var results: [[String: Any]] = []
        for size in sizes {
            let text = BenchText.make(words: size, from: paragraphs, variety: self.text)
            if let writeText {
                try text.write(toFile: writeText, atomically: false, encoding: .utf8)
                continue
            }
            var totals: [Double] = []
            var splitting: [Double] = []
            var stageTimes: [String: [Double]] = [:]
            var model: KnowledgeModel?
            for _ in 0..<max(1, runs) {
                let start = DispatchTime.now().uptimeNanoseconds
                let normalized = TextNormalizer.normalize(text)
                let normalizedAt = DispatchTime.now().uptimeNanoseconds
                let plain = Document.readingMarkdown(normalized)
                let readAt = DispatchTime.now().uptimeNanoseconds
                let document = Document(normalizedText: plain)
                let parsed = DispatchTime.now().uptimeNanoseconds
                stageTimes["normalize", default: []].append(Double(normalizedAt - start) / 1e9)
                stageTimes["markdown", default: []].append(Double(readAt - normalizedAt) / 1e9)
                stageTimes["paragraphs", default: []].append(Double(parsed - readAt) / 1e9)
                let (m, timings) = Analyzer().analyzeTimed(document, source: EssaySource(name: "bench.txt", path: nil))
                let end = DispatchTime.now().uptimeNanoseconds
                model = m
                totals.append(Double(end - start) / 1e9)
                let parse = Double(parsed - start) / 1e9
                for t in timings { stageTimes[t.stage, default: []].append(t.seconds) }
                let split = parse + timings.filter { $0.stage == "sentences" || $0.stage == "tokens" }.map(\.seconds).reduce(0, +)
                splitting.append(split)
            }
            let wordCount = model?.wordCount ?? 0
            var row: [String: Any] = ["words": wordCount, "seconds": median(totals),
                                      "splitTokenizeWordsPerSecond": Double(wordCount) / median(splitting)]
            row["stages"] = stageTimes.mapValues(median)
            row["lexiconTableSeconds"] = lexiconTableSeconds
            row["analysisOpenedWordNet"] = Lexicon.isSharedOpen
            if search, let model {
                var builds: [Double] = []
                var index: EvidenceIndex?
                for _ in 0..<max(1, runs) {
                    let start = DispatchTime.now().uptimeNanoseconds
                    index = EvidenceIndex(model: model)
                    builds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                }
                var queries: [Double] = []
                var found = 0
                if let index {
                    for i in 0..<100 {
                        let query = BenchText.queries[i % BenchText.queries.count]
                        let start = DispatchTime.now().uptimeNanoseconds
                        let hits = i % 2 == 0 ? index.search(query) : index.locate(query)
                        queries.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                        found += hits.isEmpty ? 0 : 1
                    }
                }
                row["indexSeconds"] = median(builds)
                row["querySeconds"] = median(queries)
                row["queryMaxSeconds"] = queries.max() ?? 0
                row["queriesAnswered"] = found
            }
            if summarize, let model {
                var times: [Double] = []
                for _ in 0..<max(1, runs) {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let summary = Summarizer(model: model)
                        .summarize(.all, budget: .sentences(10))
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                    precondition(!summary.lines.isEmpty || model.sentences.isEmpty)
                }
                row["summarizeSeconds"] = median(times)
            }
            if quiz, let model {
                // WordNet opened (its files mapped) on first use: timed on its own, then the first quiz apart from
                // the later ones (the first reads WordNet's pages and fills the meaning cache).
                let open = DispatchTime.now().uptimeNanoseconds
                _ = Lexicon.shared.isAvailable
                row["lexiconOpenSeconds"] = Double(DispatchTime.now().uptimeNanoseconds - open) / 1e9
                // CPU time of this thread too: on a shared machine one first quiz's wall time holds other
                // processes' turns, its CPU time only its own work (and page faults).
                var times: [Double] = [], cpuTimes: [Double] = []
                var made = 0
                for run in 0..<max(1, runs) {
                    let start = DispatchTime.now().uptimeNanoseconds, cpuStart = threadCPUSeconds()
                    made = QuizMaker(model: model).make(.init(count: 20, seed: UInt64(run + 1))).count
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                    cpuTimes.append(threadCPUSeconds() - cpuStart)
                }
                row["firstQuizSeconds"] = times.first ?? 0
                row["quizSeconds"] = median(times)
                row["firstQuizCPUSeconds"] = cpuTimes.first ?? 0
                row["quizCPUSeconds"] = median(cpuTimes)
                row["quizQuestions"] = made
            }
            results.append(row)
        }
        if writeText != nil { return }
        let data = try JSONSerialization.data(withJSONObject: results, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    /// One word of `bytes` letters wrapped as `read` wraps a paragraph, then rendered line by line.
    private func printWrapTime(bytes: Int) {
        let word = String(repeating: "a", count: max(0, bytes))
        let output = Output(terminal: TerminalInfo(isInteractive: false, stdoutIsTerminal: false, width: 80, useColor: false),
                            sink: { _, _ in })
        var times: [Double] = []
        var rendered = 0
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            let lines = TextWrapper.wrap([Span(word)], width: 80, firstPrefix: [Span("P1", .id), Span(" ")], indent: 3)
            rendered = lines.reduce(0) { $0 + output.render($1).utf8.count }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(#"[{"wrapBytes": \#(bytes), "wrapSeconds": \#(median(times)), "renderedBytes": \#(rendered)}]"#)
    }

    /// What the sentence-role model adds to analysing the first essay (the bundled one by default).
    private func printModelCost() throws {
        let text = try files.first.map { try EssayLoader.load(path: $0).text } ?? EssayLoader.bundled().text
        let cost = ComponentModelCost.measure(Document(rawText: text), runs: runs)
        print(#"[{"modelFeatures": \#(cost.features), "readSeconds": \#(median(cost.read)), "applySeconds": \#(median(cost.apply))}]"#)
    }

    /// CPU time used by the calling thread so far.
    private func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
