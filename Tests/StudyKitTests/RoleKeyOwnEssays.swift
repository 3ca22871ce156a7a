/// Short essays written for the role measurements, each with the key a careful reader gives: for every sentence
/// that has one, its finer role (objection, concession, rebuttal, recommendation, prediction, question, or
/// evidence with its kind). Sentences not listed are none of these (thesis, claim, reason or background).
/// Kinds separated by "|" are both right (a number from a named source).
enum RoleKeyOwnEssays {
    /// An op-ed against a four-day school week.
    static let schoolWeek = """
    Against the Four-Day School Week

    Several rural districts have moved to a four-day school week. Supporters say the change saves money and \
    helps recruit teachers. I believe our district should not follow them.

    The savings are small. A study by the state education office found that districts saved only 1.3 percent of \
    their budgets. Most costs, such as salaries and buses, do not shrink when a day is dropped.

    Some parents argue that a long weekend gives families more time together. That may be true for families with \
    a parent at home. But working parents must pay for childcare on the fifth day, and the poorest families pay \
    the most.

    Will children learn as much in four longer days? The evidence so far is mixed. In Oregon, for example, test \
    scores fell in the districts that made the switch.

    If the district shortens the week, younger pupils will fall behind. The board should keep five days and look \
    for savings elsewhere.
    """
    static let schoolWeekKey = [
        "S1.2": "objection", "S1.3": "recommendation", "S2.2": "evidence:authority|statistic",
        "S3.1": "objection", "S3.2": "concession", "S3.3": "rebuttal", "S4.1": "question", "S4.3": "evidence:example",
        "S5.1": "prediction", "S5.2": "recommendation",
    ]

    /// A speech at a town meeting.
    static let harbourSpeech = """
    Remarks on the Cannery Market

    Friends, neighbours, members of the council: thank you for hearing me tonight. I have lived on Harbour Street \
    for thirty years.

    When I moved here, the harbour was full of fishing boats. Today there are four. The cannery closed in 1998, \
    and the young people left with it.

    Some of you will say that the past is gone and we should let it go. I understand that feeling. Yet a town \
    that forgets its harbour forgets why it exists.

    The plan before you tonight would turn the old cannery into a market hall for local food. According to the \
    county's own survey, 300 families would sell or buy there every week. What would our children think if we \
    let the building fall down instead?

    I ask you to vote for the market hall. If you do, this street will be busy again within five years.
    """
    static let harbourSpeechKey = [
        "S3.1": "objection", "S3.2": "concession", "S3.3": "rebuttal", "S4.2": "evidence:authority|statistic",
        "S4.3": "question", "S5.1": "recommendation", "S5.2": "prediction",
    ]

    /// An essay for subsidised night trains.
    static let nightTrains = """
    Bring Back the Night Trains

    Europe's night trains are coming back. Should governments pay to bring them back faster? I think they should, \
    because night trains replace short flights without new tracks.

    A sleeper from Vienna to Hamburg replaces a flight and a hotel night. According to the European Environment \
    Agency, a train journey emits about a fifth of the carbon of the same trip by air. For example, the Paris to \
    Berlin line filled 80 percent of its beds in its first year.

    Admittedly, night trains are expensive to run. Each sleeping car carries only a few dozen passengers, and staff \
    must work through the night. However, the subsidy per passenger is smaller than the hidden cost of airport \
    expansion.

    Airlines warn that cheap flights will disappear if trains are subsidised. They will not. Short flights will \
    remain where no railway exists.

    Governments should guarantee the routes for ten years. If they do, more operators will buy new sleeping cars.
    """
    static let nightTrainsKey = [
        "S1.2": "question", "S1.3": "recommendation", "S2.2": "evidence:authority|statistic",
        "S2.3": "evidence:example|statistic", "S3.1": "concession", "S3.3": "rebuttal", "S4.1": "objection",
        "S4.2": "rebuttal", "S4.3": "prediction", "S5.1": "recommendation", "S5.2": "prediction",
    ]

    /// An essay against homework in primary school.
    static let homework = """
    Homework Before Eleven

    Most primary schools set homework every night. Is it worth the trouble? The research says it is not, at least \
    before the age of eleven.

    In 2006, Harris Cooper and his colleagues reviewed dozens of studies on homework. They found almost no link \
    between homework and test scores for young children. For older pupils the link was stronger.

    Teachers often say that homework builds discipline. Of course, children need to learn to work alone. But a \
    reading book at bedtime teaches that better than a worksheet.

    Homework also takes time from play and sleep. Finland, for instance, sets little homework and still ranks near \
    the top in reading. Children who sleep nine hours remember more of what they learned.

    Schools should replace nightly worksheets with reading at home. Parents will notice calmer evenings, and \
    teachers will have fewer sheets to mark.
    """
    static let homeworkKey = [
        "S1.2": "question", "S2.1": "evidence:authority", "S2.2": "evidence:authority", "S3.1": "objection",
        "S3.2": "concession", "S3.3": "rebuttal", "S4.2": "evidence:example", "S5.1": "recommendation",
        "S5.2": "prediction",
    ]

    /// Held out: written and keyed after the rules were last changed, measured once (`RoleMeasureTests`).
    static let phones = """
    Phones Belong in Lockers

    Half of the pupils in our school check their phones during lessons. Should teachers simply accept this? I do \
    not think so.

    A phone on the desk pulls attention away even when it is silent. Researchers at the University of Texas found \
    that students did worse on memory tests when their phones were in sight. In a class of 30, that is a lot of \
    lost learning.

    Critics of a ban claim that pupils need their phones in an emergency. That worry is understandable. Yet every \
    school office has a telephone, and parents can call it at any time.

    Other countries have tried it. France, for instance, banned phones in primary and middle schools in 2018. \
    Teachers there report calmer breaks.

    Our school should ask pupils to leave their phones in lockers during lessons. If it does, grades will rise and \
    breaks will be friendlier.
    """
    static let phonesKey = [
        "S1.1": "evidence:statistic", "S1.2": "question", "S2.2": "evidence:authority", "S3.1": "objection",
        "S3.2": "concession", "S3.3": "rebuttal", "S4.2": "evidence:example", "S4.3": "evidence:authority",
        "S5.1": "recommendation", "S5.2": "prediction",
    ]

    /// Held out: a speech.
    static let toast = """
    A Toast to the Volunteers

    Good evening, everyone, and thank you for coming. Tonight we celebrate the people who kept our food bank open \
    this winter.

    In December the shelves were nearly empty. Within three weeks, two hundred volunteers had collected more than \
    9,000 tins. Mrs. Alvarez alone drove 40 trips to the warehouse.

    Some people say that charity should be left to the government. Perhaps it should, in a perfect world. But this \
    winter, families could not wait for a perfect world.

    Will the need be smaller next winter? Nobody here believes that. We must start collecting in the autumn, not \
    in December.

    So raise your glasses to the volunteers. Next year, with your help, no family in this town will go hungry.
    """
    static let toastKey = [
        "S2.2": "evidence:statistic", "S2.3": "evidence:statistic", "S3.1": "objection", "S3.2": "concession",
        "S3.3": "rebuttal", "S4.1": "question", "S4.3": "recommendation", "S5.1": "recommendation", "S5.2": "prediction",
    ]

    /// The keys of the essays in `ArgumentOwnEssayTests` and `ArgumentRuleTests`.
    static let quotationKey = [
        "S1.2": "objection", "S2.1": "evidence:authority", "S2.2": "evidence:authority", "S2.3": "evidence:authority",
        "S2.4": "evidence:authority", "S4.1": "recommendation",
    ]
    static let speechKey = ["S4.1": "recommendation", "S4.2": "recommendation"]
    static let opEdKey = [
        "S1.2": "evidence:statistic", "S1.3": "recommendation", "S3.1": "objection", "S3.2": "rebuttal",
        "S4.1": "recommendation",
    ]
    static let schoolUniformsKey = [
        "S1.3": "recommendation", "S2.3": "evidence:example|statistic", "S3.1": "objection", "S3.2": "rebuttal",
        "S4.1": "recommendation",
    ]
}
