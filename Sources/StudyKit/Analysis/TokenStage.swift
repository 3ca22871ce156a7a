/// Finds the words of every sentence, lower-cases and stems them, and flags stop words, capitals and numbers.
struct TokenStage: AnalysisStage {
    let name = "tokens"
    let tokenizer = Tokenizer()
    let stemmer = PorterStemmer()

    func run(_ draft: inout AnalysisDraft) {
        var tokens: [Token] = []
        tokens.reserveCapacity(draft.bytes.count / 5)
        var vocabulary = draft.vocabulary
        var sentences = draft.sentences
        var lowered: [UInt8] = []
        draft.bytes.withUnsafeBufferPointer { bytes in
            for s in sentences.indices {
                let first = tokens.count
                tokenizer.forEachWord(in: bytes, range: sentences[s].range) { r in
                    lowered.removeAll(keepingCapacity: true)
                    var ascii = true
                    for i in r {
                        let c = bytes[i]
                        if c >= 0x80 { ascii = false }
                        lowered.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                    }
                    var word = String(decoding: lowered, as: UTF8.self)
                    if !ascii { word = word.lowercased() }
                    // Curly apostrophes are understood as straight ones.
                    if !ascii, word.contains("’") { word = word.replacingApostrophes() }
                    let number = vocabulary.add(word, stemmer: stemmer)
                    var flags: Token.Flags = []
                    if vocabulary.isStopWord[Int(number)] { flags.insert(.stopWord) }
                    let c = bytes[r.lowerBound]
                    if c >= 0x41 && c <= 0x5A { flags.insert(.capitalized) }
                    else if !ascii, let f = word.first, String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self).first?.isUppercase == true, f.isLetter {
                        flags.insert(.capitalized)
                    }
                    if c >= 0x30 && c <= 0x39 { flags.insert(.numeric) }
                    if tokens.count == first { flags.insert(.sentenceInitial) }
                    tokens.append(Token(start: Int32(r.lowerBound), end: Int32(r.upperBound), word: number,
                                        stem: vocabulary.stemOfWord[Int(number)], flags: flags))
                }
                let old = sentences[s]
                sentences[s] = Sentence(paragraphIndex: old.paragraphIndex, number: old.number, range: old.range,
                                        tokens: first..<tokens.count)
            }
        }
        draft.tokens = tokens
        draft.vocabulary = vocabulary
        draft.sentences = sentences
    }
}

private extension String {
    func replacingApostrophes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "’" ? "'" : $0 }))
    }
}
