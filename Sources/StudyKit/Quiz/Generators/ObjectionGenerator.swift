/// The other side's point as the author grants it, and how she answers it. Rule: the point is conceded in so
/// many words, a marker opening the sentence ("Admittedly, …", "Of course …", "It is true that …"); the answer is
/// the next sentence or the one after, in the same paragraph, opening with a contrast ("But", "However", "Yet").
/// A view the text only reports ("Critics say that…") is not asked here: read blind on student essays, whether the
/// author answers it or shares it is not written in the text (11 of 22 such questions were right); `role` asks
/// what such a sentence does. Nothing quoted is an option; distractors are the author's own positions, never a view
/// given to someone anywhere in the sentence or earlier in its paragraph (what follows "Critics argue that…" may be
/// their reasons), never a concession ("Although X, Y" grants and answers at once), and never from the paragraphs
/// of the point and its answer (the rest of them answers it too).
struct ObjectionGenerator: QuestionGenerator {
    let kind = QuestionKind.objection

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        let positions = c.model.sentences.indices.filter { i in
            guard let (role, confidence) = c.role(i) else { return false }
            return (role == .claim || role == .thesis || role == .reason) && confidence >= 0.4 && !c.isQuoted(i)
                && !c.reportsAnotherView(i, evenAsFact: true) && c.argument.attributions[i] == nil && !c.statesOpposingView(i)
                && !c.givesAView(i) && !Self.continuesAReportedView(i, c) && c.roleCue(i, .concession) == nil
                && !["although", "though"].contains(c.words(i).first ?? "")
        }
        for i in c.sentences where out.count < c.limit && c.wordCount(i) >= 6 && !c.isQuoted(i) {
            guard let cue = c.roleCue(i, .concession) else { continue }
            let paragraph = c.model.paragraphs[c.model.sentences[i].paragraphIndex].sentences
            let answer = (i + 1..<min(i + 3, paragraph.upperBound)).first { c.roleCue($0, .rebuttal) != nil && !c.isQuoted($0) }
            // The paragraphs of the point and of its answer go on answering it: no distractor from them.
            let answering = Set(paragraph)
            // An opening paragraph often grants what the essay goes on to weigh: there a point is asked only with
            // the answer the text gives it.
            if answer == nil && paragraph.lowerBound == c.model.paragraphs.first?.sentences.lowerBound { continue }
            let others = c.distractors(from: positions, avoiding: answering, count: 3, words: 20, random: &random)
            guard others.count >= 2 else { continue }
            if let answer {
                let text = c.shortened(answer, words: 20)
                out.append(Question(
                    kind: kind, prompt: "The author grants a point to the other side: “\(c.shortened(i, words: 24))” What does the author answer all the same?",
                    options: ([text] + others.map { c.shortened($0, words: 20) }).shuffled(using: &random), answer: text,
                    evidence: [c.id(i), c.id(answer)], section: c.sectionID(i),
                    hints: ["The answer comes right after the point granted.", "Look at \(c.id(answer))."],
                    explanation: "\(c.id(i)) grants the point and \(c.id(answer)) answers it.",
                    basis: "\(cue) grants it; \(c.id(answer)) \(c.roleCue(answer, .rebuttal) ?? "answers it")"))
            } else {
                let text = c.shortened(i, words: 20)
                out.append(Question(
                    kind: kind, prompt: "Which of these is a point the author grants to the other side, rather than argues for?",
                    options: ([text] + others.map { c.shortened($0, words: 20) }).shuffled(using: &random), answer: text,
                    evidence: [c.id(i)], section: c.sectionID(i),
                    hints: ["Look for a point the author concedes (“admittedly”, “of course”).", "It is \(c.id(i))."],
                    explanation: "\(c.id(i)) is a concession; the other options are the author's own claims and reasons.",
                    basis: "\(cue) grants it"))
            }
        }
        return out
    }

    /// Whether an earlier sentence of `i`'s paragraph gives a view to someone else ("Critics of zoos argue that…"):
    /// what follows it may be their reasons, reported, not the author's.
    static func continuesAReportedView(_ i: Int, _ c: QuizContext) -> Bool {
        let paragraph = c.model.paragraphs[c.model.sentences[i].paragraphIndex].sentences
        return (paragraph.lowerBound..<i).contains { j in c.roleCue(j, .objection) != nil || c.statesOpposingView(j) || c.givesAView(j) }
    }
}
