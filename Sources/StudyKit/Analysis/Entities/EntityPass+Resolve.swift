/// Merging mentions into entities.
extension EntityPass {
    /// Merges the mentions into entities.
    func resolve() -> [Entity] {
        struct Builder {
            var kind: Entity.Kind
            var name: String
            var words: [String]
            var mentions: [Int] = []  // indexes into `found`, in text order
            var titles: [String] = []
        }
        var builders: [Builder] = []
        var byKey: [String: Int] = [:]

        // Places, organisations, groups, dates and numbers: one entity per key.
        for (n, f) in found.enumerated() {
            guard case .named(let kind) = f.role else { continue }
            let k = "\(kind.rawValue):\(f.key)"
            if let b = byKey[k] {
                builders[b].mentions.append(n)
            } else {
                byKey[k] = builders.count
                builders.append(Builder(kind: kind, name: f.name, words: [], mentions: [n]))
            }
        }

        // People. First the distinct names, fullest first, so a shorter name finds the name it shortens; a name
        // that fits one person is that person, one that fits several is decided per mention.
        var firstOfName: [[String]: Int] = [:]
        for (n, f) in found.enumerated() where f.role == .person && firstOfName[f.words] == nil {
            firstOfName[f.words] = n
        }
        let distinct = firstOfName.sorted { a, b in
            a.key.count != b.key.count ? a.key.count > b.key.count : a.value < b.value
        }
        var people = PersonIndex()
        var firstMention: [Int: Int] = [:]  // builder → first found index among the names that created or joined it
        // Candidate lists: the people a name can stand for, by name (people) or key (short names).
        var lists: [[Int]] = []
        var listOfName: [[String]: Int] = [:]
        var listOfShortName: [String: Int] = [:]
        for (words, first) in distinct {
            let matches = people.people(named: words, firstNameAllowed: false)
            if matches.isEmpty {
                let b = builders.count
                builders.append(Builder(kind: .person, name: found[first].name, words: words))
                people.add(b, words: words)
                firstMention[b] = first
                listOfName[words] = lists.count
                lists.append([b])
            } else {
                listOfName[words] = lists.count
                lists.append(matches)
                if matches.count == 1 { firstMention[matches[0]] = min(firstMention[matches[0]]!, first) }
            }
        }
        // Then every mention in text order: of several candidates, the one mentioned last before it, else the one
        // mentioned first. Each list remembers its candidate mentioned last, updated through the lists a person is
        // in, so a mention costs the same however many people share a name.
        var listsOfPerson: [Int: [Int]] = [:]
        for (l, list) in lists.enumerated() { for b in list { listsOfPerson[b, default: []].append(l) } }
        var lastOfList = [Int?](repeating: nil, count: lists.count)
        var firstOfList: [Int: Int] = [:]
        var lastSeen: [Int: Int] = [:]
        for (n, f) in found.enumerated() {
            let l: Int
            switch f.role {
            case .person:
                guard let known = listOfName[f.words] else { continue }
                l = known
            case .shortName(let initial):
                let k = (initial ? "^" : "") + f.key
                if let known = listOfShortName[k] {
                    l = known
                } else {
                    l = lists.count
                    lists.append(people.people(named: f.words, firstNameAllowed: !initial))
                    let seen = lists[l].filter { lastSeen[$0] != nil }
                    lastOfList.append(seen.max { lastSeen[$0]! < lastSeen[$1]! })
                    listOfShortName[k] = l
                    for b in lists[l] { listsOfPerson[b, default: []].append(l) }
                }
            case .named: continue
            }
            let candidates = lists[l]
            guard !candidates.isEmpty else { continue }
            var b = candidates[0]
            if candidates.count > 1 {
                if let best = lastOfList[l] {
                    b = best
                } else if let earliest = firstOfList[l] {
                    b = earliest
                } else {
                    b = candidates.min { firstMention[$0] ?? .max < firstMention[$1] ?? .max }!
                    firstOfList[l] = b
                }
            }
            lastSeen[b] = n
            for other in listsOfPerson[b] ?? [] { lastOfList[other] = b }
            builders[b].mentions.append(n)
            builders[b].titles.append(contentsOf: f.titles)
        }

        var entities: [(first: Int, entity: Entity)] = []
        entities.reserveCapacity(builders.count)
        for b in builders where !b.mentions.isEmpty {
            var titles: [String] = []
            var seen = Set<String>()
            for t in b.titles where seen.insert(t.lowercased()).inserted { titles.append(t) }
            let mentions = b.mentions.map { n in
                Entity.Mention(sentence: found[n].sentence, range: found[n].range,
                               text: String(decoding: bytes[found[n].range], as: UTF8.self))
            }
            entities.append((b.mentions[0], Entity(name: b.name, kind: b.kind, titles: titles, mentions: mentions)))
        }
        entities.sort { a, b in
            a.entity.mentions.count != b.entity.mentions.count
                ? a.entity.mentions.count > b.entity.mentions.count : a.first < b.first
        }
        return entities.map(\.entity)
    }

    /// A name word without a joined Arabic particle ("al-maliki" is "maliki").
    static func withoutParticle(_ w: String) -> String {
        guard let dash = w.firstIndex(of: "-") else { return w }
        switch w[..<dash] {
        case "al", "el", "ad", "an", "as", "ash", "at", "az", "bin", "ibn", "abu", "abd", "ul", "ud", "ben":
            return String(w[w.index(after: dash)...])
        default: return w
        }
    }
}
