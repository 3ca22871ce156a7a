/// Up to 16 bytes of a word packed into two integers: a cheap, allocation-free hash key.
/// Packing is injective because text bytes are never zero (a zero byte would only ever end a key early).
struct WordKey: Hashable {
    var hi: UInt64 = 0
    var lo: UInt64 = 0

    /// Packs `buffer[start..<end]`, ASCII letters lower-cased; nil if longer than 16 bytes.
    @inline(__always)
    init?(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        let count = end - start
        if count <= 0 || count > 16 { return nil }
        var p = start
        while p < end {
            let c = lowered(buffer[p])
            if p - start < 8 { hi = hi << 8 | UInt64(c) } else { lo = lo << 8 | UInt64(c) }
            p += 1
        }
    }

    init(_ word: String) {
        let bytes = Array(word.utf8)
        self = bytes.withUnsafeBufferPointer { WordKey($0, 0, $0.count)! }
    }
}

enum AbbreviationKind: Sendable {
    /// Placed before a name; ends a sentence only before an unambiguous starter. Only when capitalised.
    case title
    /// Never ends a sentence (`e.g.`, `vs.`).
    case inner
    /// Ends a sentence before any capitalised word (`etc.`).
    case final
    /// `a.m.` and `p.m.`.
    case time
    /// An abbreviation only before a number (`No. 5`, `p. 55`, `Sept. 11`).
    case numberPrefix
    /// Ends a sentence only before a common sentence starter.
    case general
}

private func table(_ kind: AbbreviationKind, _ words: String) -> [(WordKey, AbbreviationKind)] {
    words.split(separator: " ").map { (WordKey(String($0)), kind) }
}

/// The word lists the sentence splitter consults, keyed by packed bytes.
enum SplitterWords {
    /// Known abbreviations, lower-case and without the final period.
    static let abbreviations: [WordKey: AbbreviationKind] = {
        var entries: [(WordKey, AbbreviationKind)] = []
        entries += table(.title, """
            mr mrs ms messrs mmes mme mlle dr drs prof profs gen gens lt col capt cpt cmdr comdr adm maj sgt cpl pvt \
            brig gov govs sen sens rep reps pres rev revd hon amb supt insp det fr msgr mgr mt mts ft st ste atty lieut \
            cmdt asst rt secy treas sra srta hr
            """)
        entries += table(.inner, "e.g eg i.e ie vs viz cf approx esp incl resp a.k.a w.r.t et")
        entries += table(.final, "etc")
        entries += table(.time, "a.m p.m")
        entries += table(.numberPrefix, """
            no nos nr num p pp para paras pg pgs vol vols fig figs art arts sec secs sect ch chap chs op eq eqs pt bk \
            jan feb mar apr jun jul aug sep sept oct nov dec n° nº ca tel ext fn
            """)
        entries += table(.general, """
            co corp inc ltd llc plc bros jr sr esq ph.d m.d b.a m.a d.c u.s u.s.a u.k e.u u.n ee.uu al ed eds trans \
            dept depts univ assn assoc inst intl natl govt dist div ave blvd rd hwy pkwy ct pl sq ter apt bldg rm mtn \
            hts jct lb lbs oz min max hr hrs yr yrs mo mos wk wks ibid misc est orig ref refs repr pref abbr adj adv \
            conj prep pron ala ariz calif colo conn fla ga kan kans ky md mich minn mont neb nev okla penn pa tenn tex \
            va vt wis wisc wyo
            """)
        var dict: [WordKey: AbbreviationKind] = [:]
        for (key, kind) in entries where dict[key] == nil { dict[key] = kind }
        return dict
    }()

    /// Words that commonly start a sentence: after an abbreviation of the general kind they end the sentence.
    static let sentenceStarters: Set<WordKey> = Set("""
        a an the i he she it we they you this that these those there here his her its our their my your some many \
        most all any each every both few several such another one but and or nor yet so however thus therefore hence \
        then also still moreover furthermore meanwhile nevertheless nonetheless instead indeed now later today \
        yesterday tomorrow finally first second third next last in on at for after before during when while if \
        although though as because since unless until why what who whom whose where how which did do does is are was \
        were has have had can could would should shall might must let not perhaps maybe yes no with without \
        by from despite given according even only just well oh please once often sometimes again soon otherwise \
        besides to
        """.split(separator: " ").map { WordKey(String($0)) })

    /// Words that open a letter's salutation or closing (`Dear Anna,`, `Best regards,`): a sentence before a comma.
    static let salutationWords: Set<WordKey> = Set("""
        dear hi hello hey greetings regards sincerely thanks cheers best kind kindest warm warmest yours love
        """.split(separator: " ").map { WordKey(String($0)) })

    /// Time zones, which continue a sentence after `a.m.`/`p.m.`.
    static let timeZones: Set<WordKey> = Set("""
        est edt cst cdt mst mdt pst pdt akst akdt hst gmt utc bst cet cest ist jst aest et ct mt pt eastern central \
        mountain pacific
        """.split(separator: " ").map { WordKey(String($0)) })

    /// Starters that can hardly be a name or an initial: they end a sentence even after a title or a time.
    static let strongStarters: Set<WordKey> = Set("""
        the he she it they we you this that these those there but however then its their our his her my your in if \
        when while after although because yet thus
        """.split(separator: " ").map { WordKey(String($0)) })
}
