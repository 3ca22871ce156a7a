/// How `EvidenceIndex` scores a query: its concepts resolved to stems, phrases and related forms, BM25 over the
/// sentences that hold them, and the bonuses and coverage that rank the hits.
extension EvidenceIndex {
    /// One way a concept can be found in a sentence: a stem, or a run of stems (a phrase).
    struct Form {
        var stems: [Int32]
        var weight: Double
        var kind: MatchKind
    }

    /// A concept of the query, resolved against the vocabulary.
    struct ResolvedConcept {
        var concept: ParsedQuery.Concept
        var forms: [Form]
        /// How much finding it matters: the concept's weight × the idf of its rarest exact form (or of an unseen word).
        var importance: Double
        var entities: [Int]
    }

    /// The concepts of a parsed query with their forms (exact, synonyms, related).
    func resolve(_ query: ParsedQuery, tuning: Tuning) -> [ResolvedConcept] {
        let n = sentenceCount
        return query.concepts.map { concept in
            var forms: [Form] = []
            func add(_ stems: [Int32], _ weight: Double, _ kind: MatchKind) {
                guard !stems.isEmpty else { return }
                if let i = forms.firstIndex(where: { $0.stems == stems }) {
                    if forms[i].weight < weight { forms[i].weight = weight; forms[i].kind = kind }
                } else {
                    forms.append(Form(stems: stems, weight: weight, kind: kind))
                }
            }
            let exact = stemIDs(concept.words)
            if let exact { add(exact, 1, .exact) }
            for alt in RelatedForms.alternatives(of: concept.text) {
                let words = alt.text.split(separator: " ").map(String.init)
                if let ids = stemIDs(words) { add(ids, min(1, alt.weight * tuning.synonymScale), .synonym) }
            }
            if concept.words.count == 1 {
                for id in relatedStems(of: stemmer.stem(concept.words[0])) { add([id], tuning.relatedWeight, .related) }
                if tuning.lexiconWeight > 0 { addLexiconForms(of: concept.words[0], tuning: tuning, add) }
            }
            let importance: Double
            if let exact {
                importance = exact.map { idf[Int($0)] }.max() ?? 0
            } else {
                importance = BM25.idf(documentFrequency: 0, documents: max(n, 1))
            }
            var entities: [Int] = []
            if let exact {
                for (e, stems) in entityStems.enumerated() where exact.contains(where: stems.contains) { entities.append(e) }
            }
            return ResolvedConcept(concept: concept, forms: forms, importance: importance * concept.weight, entities: entities)
        }
    }

    /// Stem ids of words (all must be in the essay), or nil.
    func stemIDs(_ words: [String]) -> [Int32]? {
        let v = model.vocabulary
        var ids: [Int32] = []
        for w in words {
            if let n = v.number(ofWord: w) { ids.append(v.stemOfWord[Int(n)]); continue }
            guard let s = v.number(ofStem: stemmer.stem(w)) else { return nil }
            ids.append(s)
        }
        return ids
    }

    /// Stems of the essay that share a long prefix with `stem` ("democrat" → "democraci"), at most 6.
    func relatedStems(of stem: String) -> [Int32] {
        let chars = Array(stem.utf8)
        guard chars.count >= 5 else { return [] }
        let prefix = String(decoding: chars.prefix(max(5, chars.count - 2)), as: UTF8.self)
        let stems = model.vocabulary.stems
        var lo = 0, hi = sortedStems.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if stems[Int(sortedStems[mid])] < prefix { lo = mid + 1 } else { hi = mid }
        }
        var result: [Int32] = []
        var i = lo
        while i < sortedStems.count, result.count < 6, stems[Int(sortedStems[i])].hasPrefix(prefix) {
            let id = sortedStems[i]
            if stems[Int(id)] != stem, idf[Int(id)] > 0, postingStart[Int(id)] < postingStart[Int(id) + 1] { result.append(id) }
            i += 1
        }
        return result
    }

    func search(_ query: ParsedQuery, in section: Int?, limit: Int, tuning: Tuning) -> [EvidenceHit] {
        let n = sentenceCount
        guard n > 0, limit > 0 else { return [] }
        let concepts = resolve(query, tuning: tuning)
        guard !concepts.isEmpty else { return [] }
        let sectionFilter: Int32? = section.map { Int32($0 - 1) }
        let totalImportance = concepts.map(\.importance).reduce(0, +)
        let bm = tuning.bm25
        let avg = averageLength

        var exactScore = [Double](repeating: 0, count: n)
        var relatedScore = [Double](repeating: 0, count: n)
        var entityScore = [Double](repeating: 0, count: n)
        var keyTermScore = [Double](repeating: 0, count: n)
        var covered = [Double](repeating: 0, count: n)
        var touched = [Bool](repeating: false, count: n)
        var candidates: [Int32] = []
        // Per concept: the best form's contribution and coverage credit in each sentence.
        var best = [Double](repeating: 0, count: n)
        var bestExact = [Bool](repeating: false, count: n)
        var credit = [Double](repeating: 0, count: n)
        var conceptTouched: [Int32] = []

        func length(_ s: Int) -> Int { Int(contentStart[s + 1] - contentStart[s]) }

        for c in concepts {
            conceptTouched.removeAll(keepingCapacity: true)
            func offer(_ s: Int32, _ value: Double, _ exact: Bool, _ share: Double) {
                let i = Int(s)
                if let f = sectionFilter, sentenceSection[i] != f { return }
                if credit[i] == 0 && best[i] == 0 { conceptTouched.append(s) }
                if value > best[i] { best[i] = value }
                if exact { bestExact[i] = true }
                credit[i] = max(credit[i], share)
            }
            for form in c.forms {
                let weight = form.weight * c.concept.weight
                if form.stems.count == 1 {
                    let stem = Int(form.stems[0])
                    let termIdf = idf[stem]
                    for p in Int(postingStart[stem])..<Int(postingStart[stem + 1]) {
                        let s = postingSentence[p]
                        let value = weight * bm.score(frequency: Int(postingFrequency[p]), length: length(Int(s)),
                                                      averageLength: avg, idf: termIdf)
                        offer(s, value, form.kind == .exact, form.weight)
                    }
                } else {
                    // A phrase: walk the rarest word's postings, keep sentences where the words stand in a row.
                    guard let rarest = form.stems.min(by: { postingCount($0) < postingCount($1) }) else { continue }
                    let r = Int(rarest)
                    for p in Int(postingStart[r])..<Int(postingStart[r + 1]) {
                        let s = Int(postingSentence[p])
                        let count = phraseCount(form.stems, in: s)
                        guard count > 0 else { continue }
                        var value = 0.0
                        for stem in form.stems {
                            value += bm.score(frequency: count, length: length(s), averageLength: avg, idf: idf[Int(stem)])
                        }
                        offer(Int32(s), weight * value, form.kind == .exact, form.weight)
                    }
                }
            }
            for e in c.entities {
                for s in entitySentences[e] {
                    if let f = sectionFilter, sentenceSection[Int(s)] != f { continue }
                    if credit[Int(s)] == 0 && best[Int(s)] == 0 { conceptTouched.append(s) }
                    credit[Int(s)] = 1
                    entityScore[Int(s)] += tuning.entityBonus * c.importance
                }
            }
            for s32 in conceptTouched {
                let s = Int(s32)
                if bestExact[s] { exactScore[s] += best[s] } else { relatedScore[s] += best[s] }
                covered[s] += c.importance * min(1, credit[s])
                if !touched[s] { touched[s] = true; candidates.append(s32) }
                best[s] = 0
                bestExact[s] = false
                credit[s] = 0
            }
        }

        // Key terms made of the query's words.
        let queryStems = Set(concepts.flatMap { $0.forms.filter { $0.kind == .exact }.flatMap(\.stems) })
        for term in keyTerms where term.stems.allSatisfy(queryStems.contains) {
            let bonus = tuning.keyTermBonus * term.stems.map { idf[Int($0)] }.reduce(0, +)
            for s in term.sentences where touched[Int(s)] { keyTermScore[Int(s)] += bonus }
        }

        guard !candidates.isEmpty else { return [] }
        func parts(_ s: Int) -> ScoreParts {
            var p = ScoreParts()
            p.bm25 = exactScore[s]
            p.related = relatedScore[s]
            p.entity = entityScore[s]
            p.keyTerm = keyTermScore[s]
            p.covered = totalImportance > 0 ? min(1, covered[s] / totalImportance) : 0
            p.coverage = tuning.coverageFloor + (1 - tuning.coverageFloor) * p.covered
            return p
        }
        // Cheap score first; the phrase and proximity pass only for the best few hundred.
        var scored = candidates.map { s in (s, parts(Int(s))) }
        let depth = max(tuning.rerankDepth, limit * 4)
        if scored.count > depth {
            // Ranked on the totals computed once (a common word matches a share of every sentence of a book).
            var order = scored.indices.map { (total: scored[$0].1.total, sentence: scored[$0].0, at: $0) }
            order.sort { $0.total != $1.total ? $0.total > $1.total : $0.sentence < $1.sentence }
            scored = order.prefix(depth).map { scored[$0.at] }
        }
        let lookup = formLookup(concepts)
        var hits: [(Int, ScoreParts)] = scored.map { s, p in
            var p = p
            let (phrase, proximity, name) = closeness(concepts, lookup: lookup, sentence: Int(s), tuning: tuning)
            p.phrase = phrase
            p.proximity = proximity
            if model.entities.isEmpty { p.entity += name }
            return (Int(s), p)
        }
        hits.sort { $0.1.total != $1.1.total ? $0.1.total > $1.1.total : $0.0 < $1.0 }
        return hits.prefix(limit).map { s, p in
            let (ranges, terms) = matches(concepts, lookup: lookup, sentence: s)
            return EvidenceHit(sentence: s, score: p.total, parts: p, matches: ranges, matchedTerms: terms)
        }
    }

    func postingCount(_ stem: Int32) -> Int32 { postingStart[Int(stem) + 1] - postingStart[Int(stem)] }

    /// How often a run of stems occurs, in a row, among a sentence's content words.
    func phraseCount(_ stems: [Int32], in s: Int) -> Int {
        let lo = Int(contentStart[s]), hi = Int(contentStart[s + 1])
        guard hi - lo >= stems.count else { return 0 }
        var count = 0
        var k = lo
        while k + stems.count <= hi {
            var all = true
            for (j, stem) in stems.enumerated() where contentStems[k + j] != stem { all = false; break }
            if all { count += 1; k += stems.count } else { k += 1 }
        }
        return count
    }

    /// Whether a run of stems stands at content position `k`.
    func phraseCount(_ stems: [Int32], startingAt k: Int) -> Bool {
        guard k + stems.count <= contentStems.count else { return false }
        return stems.indices.allSatisfy { contentStems[k + $0] == stems[$0] }
    }

    /// For each single stem of any form: which concept it answers, with which weight and kind (the best).
    func formLookup(_ concepts: [ResolvedConcept]) -> [Int32: (concept: Int, weight: Double, kind: MatchKind)] {
        var lookup: [Int32: (concept: Int, weight: Double, kind: MatchKind)] = [:]
        for (i, c) in concepts.enumerated() {
            for form in c.forms {
                for stem in form.stems where (lookup[stem]?.weight ?? 0) < form.weight {
                    lookup[stem] = (i, form.weight, form.kind)
                }
            }
        }
        return lookup
    }

    /// Phrase and proximity bonuses for consecutive query concepts, and (when the model has no entities) a name
    /// bonus for query words that match a capitalised word inside the sentence.
    func closeness(_ concepts: [ResolvedConcept], lookup: [Int32: (concept: Int, weight: Double, kind: MatchKind)],
                   sentence s: Int, tuning: Tuning) -> (phrase: Double, proximity: Double, name: Double) {
        let lo = Int(contentStart[s]), hi = Int(contentStart[s + 1])
        var positions: [(position: Int, concept: Int)] = []
        var named = Set<Int>()
        for k in lo..<hi {
            guard let hit = lookup[contentStems[k]] else { continue }
            positions.append((k - lo, hit.concept))
            let token = model.tokens[Int(contentTokens[k])]
            if hit.kind == .exact, token.flags.contains(.capitalized), !token.flags.contains(.sentenceInitial) {
                named.insert(hit.concept)
            }
        }
        var phrase = 0.0, proximity = 0.0
        let order = concepts.indices.sorted { concepts[$0].concept.position < concepts[$1].concept.position }
        for (a, b) in zip(order, order.dropFirst()) {
            let pa = positions.filter { $0.concept == a }.map(\.position)
            let pb = positions.filter { $0.concept == b }.map(\.position)
            guard !pa.isEmpty, !pb.isEmpty else { continue }
            var nearest = Int.max
            var adjacent = false
            for x in pa {
                for y in pb {
                    if y - x == 1 { adjacent = true }
                    nearest = min(nearest, abs(y - x))
                }
            }
            let importance = min(concepts[a].importance, concepts[b].importance)
            if adjacent {
                phrase += tuning.phraseBonus * importance
            } else if nearest <= tuning.window {
                proximity += tuning.proximityBonus * importance * (1 - Double(nearest - 1) / Double(tuning.window))
            }
        }
        let name = named.map { tuning.entityBonus * concepts[$0].importance }.reduce(0, +)
        return (phrase, proximity, name)
    }

    /// The byte ranges of the matched words of a sentence, and which query concept each answered.
    func matches(_ concepts: [ResolvedConcept], lookup: [Int32: (concept: Int, weight: Double, kind: MatchKind)],
                 sentence s: Int) -> ([Range<Int>], [MatchedTerm]) {
        var ranges: [Range<Int>] = []
        var found: [Int: MatchedTerm] = [:]
        let lo = Int(contentStart[s]), hi = Int(contentStart[s + 1])
        for k in lo..<hi {
            guard let hit = lookup[contentStems[k]] else { continue }
            let token = model.tokens[Int(contentTokens[k])]
            // A word that is part of a phrase form only counts when the whole phrase is there.
            let c = concepts[hit.concept]
            let phraseForms = c.forms.filter { $0.stems.count > 1 && $0.stems.contains(contentStems[k]) }
            if !phraseForms.isEmpty, !c.forms.contains(where: { $0.stems == [contentStems[k]] }),
               !phraseForms.contains(where: { phraseCount($0.stems, in: s) > 0 }) { continue }
            ranges.append(token.range)
            if found[hit.concept] == nil {
                var word = model.word(of: token)
                if let form = phraseForms.first(where: { phraseCount($0.stems, in: s) > 0 }),
                   let start = (lo..<hi).first(where: { contentStems[$0] == form.stems[0] && phraseCount(form.stems, startingAt: $0) }) {
                    word = (start..<(start + form.stems.count)).map { model.word(of: model.tokens[Int(contentTokens[$0])]) }
                        .joined(separator: " ")
                }
                found[hit.concept] = MatchedTerm(query: c.concept.text, sentence: word, kind: hit.kind)
            }
        }
        for (i, c) in concepts.enumerated() {
            for e in c.entities {
                for mention in model.entities[e].mentions where mention.sentence == s {
                    if !ranges.contains(where: { $0.overlaps(mention.range) }) { ranges.append(mention.range) }
                    if found[i] == nil {
                        found[i] = MatchedTerm(query: c.concept.text, sentence: mention.text.lowercased(), kind: .entity)
                    }
                }
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        return (ranges, concepts.indices.compactMap { found[$0] })
    }
}
