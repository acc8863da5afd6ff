/// Words of `JudgedActRule`: verbs that judge someone for an act (`slammed X for`, `praised X
/// for`, `accused X of`), and gerunds that quote rather than act (`for calling`, `for using`).
enum JudgedActWords {
    static let forOf: WordClass = ["for", "of"]
    static let of: WordClass = ["of"]
    static let accuseForms: WordClass = ["accuse", "accuses", "accused", "accusing"]
    static let judgingVerbs: WordClass = [
        "accuse", "accuses", "accused", "accusing", "slam", "slams", "slammed", "slamming",
        "blast", "blasts", "blasted", "blasting", "criticize", "criticizes", "criticized", "criticizing",
        "criticise", "criticises", "criticised", "criticising", "attack", "attacks", "attacked", "attacking",
        "fault", "faults", "faulted", "faulting", "knock", "knocks", "knocked", "knocking",
        "chide", "chides", "chided", "chiding", "scold", "scolds", "scolded", "scolding",
        "rebuke", "rebukes", "rebuked", "rebuking", "berate", "berates", "berated", "berating",
        "lambaste", "lambastes", "lambasted", "lambasting", "castigate", "castigates", "castigated",
        "castigating", "mock", "mocks", "mocked", "mocking", "ridicule", "ridicules", "ridiculed",
        "ridiculing", "deride", "derides", "derided", "deriding", "praise", "praises", "praised", "praising",
        "commend", "commends", "commended", "commending", "applaud", "applauds", "applauded", "applauding",
        "credit", "credits", "credited", "crediting", "thank", "thanks", "thanked", "thanking",
        "blame", "blames", "blamed", "blaming", "condemn", "condemns", "condemned", "condemning",
        "denounce", "denounces", "denounced", "denouncing", "assail", "assails", "assailed", "assailing",
        "excoriate", "excoriates", "excoriated", "excoriating", "taunt", "taunts", "taunted", "taunting",
        "hammer", "hammers", "hammered", "hammering", "rip", "rips", "ripped", "ripping",
        "skewer", "skewers", "skewered", "skewering", "congratulate", "congratulates", "congratulated",
        "congratulating", "laud", "lauds", "lauded", "lauding", "hail", "hails", "hailed", "hailing",
    ]
    /// Gerunds whose object is someone's words: the quotation is the judged person's, not the judge's.
    static let quotingGerunds: WordClass = [
        "using", "quoting", "repeating", "echoing", "uttering", "invoking", "adopting", "borrowing",
        "coining", "posting", "sharing", "retweeting", "tweeting", "writing", "publishing", "printing",
        "airing", "running", "chanting", "singing", "wearing", "displaying",
    ]
    /// Words the object and the act never cross: links, verbs of being, auxiliaries.
    static let stops: WordClass = [
        "and", "but", "or", "that", "which", "who", "whom", "whose", "when", "while", "because", "if",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "not", "than",
    ]
}
