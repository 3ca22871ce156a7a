/// Writes a model as `study analyze --json` prints it: byte for byte what `JSONEncoder` (pretty, sorted keys,
/// unescaped slashes) makes of `ModelJSON`, but one element at a time, so a long book's JSON is streamed in chunks
/// instead of being built whole in memory (a 1 M-word essay's model is about 66 MB of JSON).
public enum ModelJSONWriter {
    /// Writes `m`, handing the bytes to `sink` in chunks of about `chunkSize` bytes; no newline at the end.
    public static func write(_ m: KnowledgeModel, chunkSize: Int = 1 << 20, to sink: @escaping ([UInt8]) -> Void) {
        var w = PrettyJSONWriter(chunkSize: chunkSize, sink: sink)
        w.beginObject()
        w.key("argument")
        argument(m, &w)
        if let byline = m.byline { w.field("byline", byline) }
        w.key("entities")
        w.beginArray()
        for e in m.entities {
            w.element()
            entity(e, in: m, &w)
        }
        w.endArray()
        w.key("keyTerms")
        keyTerms(m.keyTerms, in: m, &w)
        w.key("paragraphs")
        w.beginArray()
        for i in m.paragraphs.indices {
            w.element()
            let p = ModelJSON.paragraph(i, in: m)
            w.beginObject()
            w.field("end", p.end)
            if let heading = p.heading { w.field("heading", heading) }
            w.field("id", p.id)
            if let section = p.section { w.field("section", section) }
            w.field("sentences", p.sentences)
            w.field("start", p.start)
            w.endObject()
        }
        w.endArray()
        w.field("schemaVersion", KnowledgeModel.schemaVersion)
        w.key("sectionGaps")
        w.beginArray()
        for g in m.sectionGaps.map(ModelJSON.gap) {
            w.element()
            w.beginObject()
            w.field("before", g.before)
            w.field("boundary", g.boundary)
            w.field("cohesion", g.cohesion)
            w.field("cues", g.cues)
            w.field("depth", g.depth)
            w.field("reason", g.reason)
            w.field("score", g.score)
            w.endObject()
        }
        w.endArray()
        w.key("sections")
        w.beginArray()
        for i in m.sections.indices {
            w.element()
            let s = ModelJSON.section(i, in: m)
            w.beginObject()
            w.field("centralSentence", s.centralSentence)
            w.field("firstParagraph", s.firstParagraph)
            w.field("id", s.id)
            w.key("keyTerms")
            writeKeyTerms(s.keyTerms, &w)
            w.field("label", s.label)
            w.field("lastParagraph", s.lastParagraph)
            w.endObject()
        }
        w.endArray()
        w.key("sentences")
        w.beginArray()
        for sentence in m.sentences {
            w.element()
            let s = ModelJSON.sentence(sentence, in: m)
            w.beginObject()
            w.field("end", s.end)
            w.field("id", s.id)
            w.field("paragraph", s.paragraph)
            w.field("start", s.start)
            w.field("text", s.text)
            w.field("words", s.words)
            w.endObject()
        }
        w.endArray()
        w.field("source", m.source.name)
        let stats = ModelJSON.stats(m)
        w.key("stats")
        w.beginObject()
        w.field("paragraphs", stats.paragraphs)
        w.field("readingMinutes", stats.readingMinutes)
        w.field("sections", stats.sections)
        w.field("sentences", stats.sentences)
        w.field("words", stats.words)
        w.endObject()
        w.field("text", m.text)
        if let title = m.title { w.field("title", title) }
        w.endObject()
        w.finish()
    }

    static func argument(_ m: KnowledgeModel, _ w: inout PrettyJSONWriter) {
        let a = m.argument
        w.beginObject()
        w.key("relations")
        w.beginArray()
        for r in a.relations {
            let j = ModelJSON.relation(r, in: m)
            w.element()
            w.beginObject()
            w.field("basis", j.basis)
            w.field("from", j.from)
            w.field("kind", j.kind)
            w.field("to", j.to)
            w.field("weak", j.weak)
            w.endObject()
        }
        w.endArray()
        w.key("roles")
        w.beginArray()
        for r in a.assignments {
            let j = ModelJSON.role(r, in: m)
            w.element()
            w.beginObject()
            if let alternative = j.alternative { w.field("alternative", alternative) }
            if let t = j.attribution {
                w.key("attribution")
                w.beginObject()
                w.field("cue", t.cue)
                w.field("end", t.end)
                w.field("holder", t.holder)
                w.field("source", t.source)
                w.field("start", t.start)
                w.endObject()
            }
            w.field("component", j.component)
            w.field("confidence", j.confidence)
            if let kind = j.evidenceKind { w.field("evidenceKind", kind) }
            w.key("features")
            w.beginArray()
            for f in j.features {
                w.element()
                w.beginObject()
                w.field("name", f.name)
                w.field("weight", f.weight)
                w.endObject()
            }
            w.endArray()
            w.field("role", j.role)
            w.field("score", j.score)
            w.field("sentence", j.sentence)
            w.field("thesisScore", j.thesisScore)
            w.endObject()
        }
        w.endArray()
        w.field("thesis", a.thesis.map { m.sentences[$0].id.description })
        w.endObject()
    }

    static func entity(_ e: Entity, in m: KnowledgeModel, _ w: inout PrettyJSONWriter) {
        w.beginObject()
        w.field("kind", e.kind.rawValue)
        w.key("mentions")
        w.beginArray()
        for x in e.mentions {
            let j = ModelJSON.mention(x, in: m)
            w.element()
            w.beginObject()
            w.field("end", j.end)
            w.field("sentence", j.sentence)
            w.field("start", j.start)
            w.field("text", j.text)
            w.endObject()
        }
        w.endArray()
        w.field("name", e.name)
        w.field("titles", e.titles)
        w.endObject()
    }

    static func keyTerms(_ list: [KeyTerm], in m: KnowledgeModel, _ w: inout PrettyJSONWriter) {
        writeKeyTerms(ModelJSON.keyTerms(list, in: m), &w)
    }

    static func writeKeyTerms(_ list: [ModelJSON.KeyTermJSON], _ w: inout PrettyJSONWriter) {
        w.beginArray()
        for t in list {
            w.element()
            w.beginObject()
            w.field("score", t.score)
            w.field("sentences", t.sentences)
            w.field("text", t.text)
            w.endObject()
        }
        w.endArray()
    }
}
