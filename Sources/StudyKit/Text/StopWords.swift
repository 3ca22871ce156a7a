/// Function words that carry little of a text's topic; flagged on tokens and left out of key terms.
public enum StopWords {
    public static let english: Set<String> = Set("""
    a about above across after afterwards again against all almost alone along already also although always am \
    among amongst an and another any anyhow anyone anything anyway anywhere are aren't around as at be became \
    because become becomes been before being below beside besides between beyond both but by can cannot can't \
    could couldn't did didn't do does doesn't doing don't done down during each either else elsewhere enough etc \
    even ever every everyone everything everywhere few for from further had hadn't has hasn't have haven't having \
    he he'd he'll her here hers herself he's him himself his how however i i'd if i'll i'm in indeed into is isn't \
    it its it's itself i've just least less let let's many may me might mine more moreover most mostly much must \
    mustn't my myself neither never nevertheless no nobody none nor not nothing now nowhere of off often on once \
    one only onto or other others otherwise our ours ourselves out over own perhaps rather same shall shan't she \
    she'd she'll she's should shouldn't since so some somehow someone something sometimes somewhat still such than \
    that that's the their theirs them themselves then there thereby therefore these they they'd they'll they're \
    they've this those though through throughout thus to together too toward towards under unless until up upon \
    us very via was wasn't we we'd well we'll were we're weren't we've what whatever what's when whence whenever \
    where whereas whereby wherever whether which while whither who whoever whole whom whose who's why will with \
    within without won't would wouldn't yet you you'd you'll your you're yours yourself yourselves you've hath \
    doth thee thou thy thine ye shall upon unto
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Function words that change what a statement says ("the only option", "never tried", "no leverage"): the
    /// evidence search keeps them although they are stop words everywhere else.
    public static let contentBearing: Set<String> = [
        "only", "never", "no", "not", "nothing", "none", "nobody", "nowhere", "neither", "nor", "without",
        "cannot", "alone", "together", "against",
    ]
}
