/// Our key of the finer roles in the fixture essays, read from the texts (not from the program's output): for each
/// essay, the last sentence the key covers (the whole of the short ones, the opening of the long ones) and the role
/// of every covered sentence that has one of the rule roles (see `RoleKeyOwnEssays` for the labels). A concession
/// answered in the same sentence ("X; yet Y") counts as the author's point, not as a concession.
enum RoleKeyFixtures {
    struct Key {
        let essay: String
        /// The last sentence covered, or nil for the whole essay.
        let through: String?
        let labels: [String: String]
    }

    static let keys: [Key] = [
        Key(essay: "gettysburg-address", through: nil, labels: [
            "S2.4": "recommendation", "S3.3": "prediction", "S4.1": "recommendation", "S4.2": "recommendation",
        ]),
        Key(essay: "federalist-10", through: nil, labels: [
            "S2.6": "evidence:authority", "S9.2": "question", "S9.3": "question", "S9.4": "question",
            "S9.6": "recommendation", "S9.8": "question", "S10.1": "objection", "S10.2": "rebuttal",
            "S10.3": "rebuttal", "S13.1": "question", "S14.3": "evidence:example", "S14.4": "objection",
            "S17.3": "concession", "S20.1": "concession", "S22.2": "question", "S22.4": "question",
            "S22.6": "question", "S23.1": "prediction", "S23.3": "prediction", "S24.2": "recommendation",
        ]),
        Key(essay: "a-modest-proposal", through: nil, labels: [
            "S4.2": "concession", "S5.1": "prediction", "S6.1": "evidence:statistic", "S6.2": "evidence:statistic",
            "S6.3": "evidence:statistic", "S6.4": "question", "S7.1": "evidence:authority|statistic",
            "S9.1": "evidence:authority", "S10.1": "recommendation", "S10.2": "recommendation",
            "S11.1": "evidence:statistic", "S12.1": "concession", "S13.1": "evidence:authority",
            "S14.1": "evidence:statistic", "S14.2": "prediction", "S16.1": "recommendation", "S17.2": "objection",
            "S17.3": "rebuttal", "S17.4": "rebuttal", "S18.1": "evidence:example", "S18.2": "concession",
            "S19.1": "objection", "S19.2": "rebuttal", "S21.1": "prediction", "S22.1": "prediction",
            "S23.1": "prediction", "S23.2": "prediction", "S24.1": "prediction", "S25.1": "prediction",
            "S26.1": "prediction", "S26.2": "prediction", "S26.3": "prediction", "S26.4": "prediction",
            "S27.2": "evidence:example", "S28.1": "prediction", "S29.1": "objection", "S29.2": "concession",
            "S29.4": "recommendation", "S30.1": "recommendation", "S32.1": "concession", "S32.2": "rebuttal",
        ]),
        Key(essay: "civil-disobedience", through: "S6.7", labels: [
            "S1.1": "recommendation", "S1.2": "prediction", "S1.7": "evidence:example", "S2.1": "question",
            "S2.3": "prediction", "S3.2": "recommendation", "S4.3": "question", "S4.4": "question",
            "S4.5": "question", "S4.6": "recommendation", "S4.11": "evidence:example", "S4.13": "question",
            "S4.14": "question", "S4.15": "question", "S4.16": "evidence:example",
        ]),
        Key(essay: "common-sense-thoughts-on-american-affairs", through: "S13.5", labels: [
            "S3.1": "evidence:example", "S3.2": "prediction", "S4.5": "prediction", "S7.1": "objection",
            "S7.2": "rebuttal", "S7.3": "rebuttal", "S7.4": "rebuttal", "S8.1": "objection", "S8.2": "rebuttal",
            "S9.3": "prediction", "S9.4": "evidence:example", "S10.1": "objection", "S11.1": "objection",
            "S11.2": "rebuttal", "S11.3": "rebuttal", "S13.4": "evidence:statistic",
        ]),
    ]
}
