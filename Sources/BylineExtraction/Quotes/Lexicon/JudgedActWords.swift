/// Words of `JudgedActRule`: verbs that judge someone for an act (`slammed X for`, `praised X
/// for`, `accused X of`), and gerunds that quote rather than act (`for calling`, `for using`).
enum JudgedActWords {
    static let forOf: WordClass = ["for", "of"]
    static let of: WordClass = ["of"]
    static let accuseForms: WordClass = ["accuse", "accuses", "accused", "accusing"]
    static let judgingVerbs = VerbForms.wordClass(
        [
            "accuse", "slam", "blast", "criticize", "criticise", "attack", "fault", "knock", "chide", "scold",
            "rebuke", "berate", "lambaste", "castigate", "mock", "ridicule", "deride", "praise", "commend",
            "applaud", "credit", "thank", "blame", "condemn", "denounce", "assail", "excoriate", "taunt",
            "hammer", "rip", "skewer", "congratulate", "laud", "hail",
        ],
        irregular: ["slam": ["slams", "slammed", "slamming"], "rip": ["rips", "ripped", "ripping"]])
    /// Gerunds whose object is someone's words: the quotation is the judged person's, not the judge's.
    static let quotingGerunds: WordClass = [
        "using", "quoting", "repeating", "echoing", "uttering", "invoking", "adopting", "borrowing",
        "coining", "posting", "sharing", "retweeting", "tweeting", "writing", "publishing", "printing",
        "airing", "running", "chanting", "singing", "wearing", "displaying",
    ]
    /// Words the object and the act never cross: links, verbs of being, auxiliaries.
    static let stops = ClauseStopWords.stops(adding: ["than"])
}
