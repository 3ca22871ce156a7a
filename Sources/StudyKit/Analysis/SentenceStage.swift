/// Splits each paragraph into sentences and records paragraph and sentence ranges.
struct SentenceStage: AnalysisStage {
    let name = "sentences"
    let splitter = SentenceSplitter()

    func run(_ draft: inout AnalysisDraft) {
        let text = draft.document.text
        for (index, block) in draft.document.paragraphs.enumerated() {
            let paragraphText = text.slice(utf8: block.range)
            let first = draft.sentences.count
            var number = 0
            for r in splitter.sentenceRanges(in: paragraphText) {
                number += 1
                let range = (block.range.lowerBound + r.lowerBound)..<(block.range.lowerBound + r.upperBound)
                draft.sentences.append(Sentence(paragraphIndex: index, number: number, range: range, tokens: 0..<0))
            }
            if number == 0 {
                // A paragraph with no sentence boundary at all is one sentence.
                draft.sentences.append(Sentence(paragraphIndex: index, number: 1, range: block.range, tokens: 0..<0))
            }
            draft.paragraphs.append(Paragraph(number: index + 1, range: block.range,
                                              sentences: first..<draft.sentences.count, heading: block.heading))
        }
    }
}
