/// Objections: which view the author takes up in order to answer it, and, when the answer is known, how she
/// answers it. Rule: the objection is marked in the text (a reporting cue giving it to someone else, or a
/// concession marker opening the sentence: "Admittedly, …", "Of course …"), and the one it is given to can hold a
/// view (not "the evidence suggests", not an impersonal "It was said that…"), the sentence does not number one of
/// the author's points ("Second, parents tell us that…"), and a view of the opening paragraph is asked only with
/// its answer (an essay often opens with the view it goes on to share); the answer is a rebuttal of the same
/// paragraph that the text links to it with a contrast marker ("but", "however"). Nothing quoted is an option; distractors are the author's own
/// positions, never a view reported as someone else's anywhere in the sentence or earlier in its paragraph (what
/// follows "Critics argue that…" may be their reasons), never a concession ("Although X, Y" grants and answers at
/// once), and never from the paragraphs of the objection and its answer (the rest of them answers it too).
struct ObjectionGenerator: QuestionGenerator {
    let kind = QuestionKind.objection

    func questions(_ c: QuizContext, random: inout SeededGenerator) -> [Question] {
        var out: [Question] = []
        let opposing = c.argument.assignments.filter { $0.role.isOpposing && c.inScope($0.sentence) && c.wordCount($0.sentence) >= 6 }
        let positions = c.model.sentences.indices.filter { i in
            guard let (role, confidence) = c.role(i) else { return false }
            return (role == .claim || role == .thesis || role == .reason) && confidence >= 0.4 && !c.isQuoted(i)
                && !c.reportsAnotherView(i, evenAsFact: true) && c.argument.attributions[i] == nil && !c.statesOpposingView(i)
                && !c.givesAView(i) && !Self.continuesAReportedView(i, c) && c.roleCue(i, .concession) == nil
                && !["although", "though"].contains(c.words(i).first ?? "")
        }
        let holders = AttributionGenerator.holderNames(c.model)
        for o in opposing where out.count < c.limit && !c.isQuoted(o.sentence) {
            let i = o.sentence
            // A view is someone's: "the evidence suggests" is the author's source, not the other side.
            if let a = c.argument.attributions[i], !a.isSource, !AttributionGenerator().isHolder(a.holder, names: holders),
               let head = a.holder.lowercased().split(separator: " ").last,
               Lexicon.shared.isNoun(String(head), under: ["cognition", "communication"]) { continue }
            let objection = c.roleCue(i, .objection)
            guard let signal = objection ?? c.roleCue(i, .concession).map({ "\($0) grants it" }) else { continue }
            let answer = c.relations(to: i).first {
                $0.kind == .attacks && !$0.weak && c.argument.role(of: $0.from) == .rebuttal && c.roleCue($0.from, .rebuttal) != nil
                    && !c.isQuoted($0.from) && c.model.sentences[$0.from].paragraphIndex == c.model.sentences[i].paragraphIndex
            }?.from

            // The paragraphs of the objection and of its answer go on answering it: no distractor from them.
            let answering = Set([i, answer ?? i].flatMap { c.model.paragraphs[c.model.sentences[$0].paragraphIndex].sentences })
            // An opening paragraph often reports the view the author goes on to share ("Some people think that
            // pets are family…"): there a view is asked only with the answer the text gives it.
            if answer == nil && c.model.sentences[i].paragraphIndex == 0 { continue }
            if let answer {
                let others = c.distractors(from: positions, avoiding: answering, count: 3, words: 20, random: &random)
                guard others.count >= 2 else { continue }
                let text = c.shortened(answer, words: 20)
                out.append(Question(
                    kind: kind, prompt: objection != nil
                        ? "The author takes up this objection: “\(c.shortened(i, words: 24))” How does the author answer it?"
                        : "The author grants a point to the other side: “\(c.shortened(i, words: 24))” What does the author answer all the same?",
                    options: ([text] + others.map { c.shortened($0, words: 20) }).shuffled(using: &random), answer: text,
                    evidence: [c.id(i), c.id(answer)], section: c.sectionID(i),
                    hints: ["The answer comes right after the objection.", "Look at \(c.id(answer))."],
                    explanation: "\(c.id(i)) states the objection and \(c.id(answer)) answers it.",
                    basis: "\(signal); \(c.id(answer)) \(c.roleCue(answer, .rebuttal) ?? "answers it")"))
            } else {
                let others = c.distractors(from: positions, avoiding: answering, count: 3, words: 20, random: &random)
                guard others.count >= 2 else { continue }
                let text = c.shortened(i, words: 20)
                let holder = c.argument.attributions[i].map { " (held by \($0.holder))" } ?? ""
                out.append(Question(
                    kind: kind, prompt: "Which of these is a view the author reports or grants, rather than argues for?",
                    options: ([text] + others.map { c.shortened($0, words: 20) }).shuffled(using: &random), answer: text,
                    evidence: [c.id(i)], section: c.sectionID(i),
                    hints: ["Look for a view put in someone else's mouth, or one the author concedes.", "It is \(c.id(i))."],
                    explanation: "\(c.id(i)) is \(o.role == .objection ? "an objection" : "a concession")\(holder); the other options are the author's own claims and reasons.",
                    basis: signal))
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
