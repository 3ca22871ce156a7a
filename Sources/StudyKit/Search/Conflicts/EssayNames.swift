import Foundation

/// What the checks of `where` read of the essay's names on every statement, computed once, on the first check (linear
/// in the essay's entities and mentions), so that a check costs what its sentence and paragraph hold, not what the
/// essay does: the words of people's names and of the other names, the person named most often, and the entities each
/// sentence mentions.
struct EssayNames: Sendable {
    /// The lower-case words of the names of the essay's people, and of its places, bodies and things.
    let personWords: Set<String>
    let otherWords: Set<String>
    /// The person the essay names most often (the first of equals).
    let mainPerson: Int?
    // The entities each sentence mentions, ascending (CSR: sentence s has entityList[entityStart[s] ..< entityStart[s + 1]]).
    private let entityStart: [Int32]
    private let entityList: [Int32]

    init(index: EvidenceIndex) {
        let model = index.model
        var personWords = Set<String>(), otherWords = Set<String>()
        var mainPerson: Int?
        var counts = [Int32](repeating: 0, count: model.sentences.count + 1)
        var last = [Int32](repeating: -1, count: model.sentences.count)
        for (e, entity) in model.entities.enumerated() {
            if entity.kind == .person {
                personWords.formUnion(index.nameWords(of: e))
                if mainPerson.map({ entity.mentions.count > model.entities[$0].mentions.count }) ?? true { mainPerson = e }
            } else {
                otherWords.formUnion(index.nameWords(of: e))
            }
            for m in entity.mentions where model.sentences.indices.contains(m.sentence) && last[m.sentence] != Int32(e) {
                last[m.sentence] = Int32(e)
                counts[m.sentence + 1] += 1
            }
        }
        for s in 0..<model.sentences.count { counts[s + 1] += counts[s] }
        var list = [Int32](repeating: 0, count: Int(counts[model.sentences.count]))
        var cursor = Array(counts.dropLast())
        last = [Int32](repeating: -1, count: model.sentences.count)
        for (e, entity) in model.entities.enumerated() {
            for m in entity.mentions where model.sentences.indices.contains(m.sentence) && last[m.sentence] != Int32(e) {
                last[m.sentence] = Int32(e)
                list[Int(cursor[m.sentence])] = Int32(e)
                cursor[m.sentence] += 1
            }
        }
        self.personWords = personWords
        self.otherWords = otherWords
        self.mainPerson = mainPerson
        self.entityStart = counts
        self.entityList = list
    }

    /// The entities sentence `s` mentions, ascending.
    func entities(inSentence s: Int) -> ArraySlice<Int32> {
        entityList[Int(entityStart[s])..<Int(entityStart[s + 1])]
    }

    /// The entities sentences `range` mention, ascending, each once.
    func entities(inSentences range: ClosedRange<Int>) -> [Int] {
        Set(range.flatMap { entities(inSentence: $0) }).map(Int.init).sorted()
    }
}

/// `EssayNames` of one index, made on first use and shared by its copies.
final class EssayNamesCache: @unchecked Sendable {
    private let lock = NSLock()
    private var names: EssayNames?

    func names(_ make: () -> EssayNames) -> EssayNames {
        lock.lock()
        defer { lock.unlock() }
        if let names { return names }
        let made = make()
        names = made
        return made
    }
}

extension EvidenceIndex {
    /// The essay's names as the checks read them (`EssayNames`).
    var essayNames: EssayNames { essayNamesCache.names { EssayNames(index: self) } }
}
