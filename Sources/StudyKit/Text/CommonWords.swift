/// Very common English content words: frequent in any text on any subject, so they say little about what one essay
/// is about ("make", "time", "year", "way", "thing", "great"). Not stop words: they stay in the model's tokens, but
/// key-term ranking weighs them down and does not start a phrase with one (see `KeyTermExtractor`).
///
/// Written by hand from the top of general-English frequency lists, leaving out words that are often the very
/// topic of an argumentative essay (government, war, power, law, state, nation, country, party, rights, liberty,
/// public, interest, cause, effect, opinion, property, nature, history, common, free, equal…).
public enum CommonWords {
    /// The words as written (base and irregular forms).
    public static let english: [String] = """
    ability able absolutely accept accepted according account act actually add added admit after ago agree ahead \
    allow allowed answer anybody appear appeared apply approach area argue around arrive ask asked attempt attention \
    available avoid away back bad badly base basic bear beat began begin begun believe belong best better big bit \
    body book bottom break bring brought build built buy call called came car care carried carry case catch caught \
    certain certainly chance choose chose chosen claim clear clearly close come comes coming completely concern \
    consider considered contain continue continued course cover create created cut day days deal decide degree \
    describe determine develop difference different difficult direct directly door draw drawn drew easily easy eat \
    effort eight eighteen eleven end entire entirely especially establish even evening event ever exactly example \
    except expect experience explain eye eyes face fact fail fall fallen far fast feel fell felt fifty figure fill \
    finally find fine first five follow followed following forget form forth forty found four fourth full fully gave \
    general generally get gets getting give given gives giving go goes going gone good got great greater greatest \
    greatly group grow hand hands happen hard hardly head hear heard held help high higher highest hold home hope \
    hour hours house hundred idea immediately important include including increase indeed instance instead keep kept \
    kind knew know known large largely larger largest last late later lay lead learn leave led left length lie \
    likely line little long longer look looked lose lost lot low made main mainly make makes making man manner \
    matter mean means meant meet men mention merely met middle mind minute moment month months morning move moved mr \
    mrs much name near nearly necessarily necessary need needed new next nine ninety note number object obtain \
    occasion occur offer old open order ought part particular particularly pass passed past pay people person \
    persons piece place placed plain play please point possible possibly present probably produce proper properly \
    prove provide provided pull purpose put question quite reach read ready real really reason receive received \
    regard remain remained remember render reply report require respect rest result return run said saw say says see \
    seeing seem seemed seen send sense sent serve set seven several short show shown side similar simple simply \
    single sit six sixty small smaller smallest soon sort speak specific spoke stand start started stay step stood \
    story strong subject suppose supposed sure surely take taken takes taking talk tell ten tend term terms thing \
    things think third thirty thought thousand three time times today told took top toward true truly try trying \
    turn turned twelve twenty two type understand understood use used usual usually various view wait want wanted \
    watch way ways week went whole wholly wish wonder word words work works world write written wrong wrote year \
    years yes young
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// The Porter2 stems of `english`, so that every inflection matches ("makes", "making", "made").
    public static let stems: Set<String> = {
        let stemmer = PorterStemmer()
        return Set(english.map { stemmer.stem($0) })
    }()
}
