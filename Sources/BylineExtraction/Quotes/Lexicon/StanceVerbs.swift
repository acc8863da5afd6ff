/// Verbs by which a subject takes a stand on words it uses itself: `Clinton supports
/// "appropriate pay raises"`, `Trump would denounce "self-deportation"`, `vowed to "drain the
/// swamp"`, `offering "a deep and sincere apology"`. What they take as object is the subject's
/// own phrase far more often than a term of the reporter's. Every inflected form maps to its
/// lemma; `call` counts only before `for` (`called for a "total and complete shutdown"`).
enum StanceVerbs {
    static let lemmas: Set<String> = [
        "promise", "vow", "pledge", "urge", "insist", "tout", "push", "support", "oppose", "welcome",
        "advocate", "propose", "offer", "express", "cite", "reference", "demand", "accuse", "lament",
        "promote", "embrace", "champion", "denounce", "decry", "condemn", "blast", "slam", "criticize",
        "criticise", "praise", "hail", "laud", "mock", "deride", "dismiss", "reject", "defend", "favor",
        "favour", "endorse", "applaud", "bemoan", "invoke", "warn", "call", "predict", "threaten",
        "pitch", "recommend", "preach", "rail", "knock", "hammer", "trumpet", "extol", "vilify",
    ]
    /// `call` needs `for`, `rail` needs `against`, `warn` needs `of`/`about`/`against`:
    /// alone they name, shout or tell a listener.
    static let particles: [String: Set<String>] = [
        "call": ["for"], "rail": ["against"], "warn": ["of", "about", "against"], "insist": ["on", "upon"],
    ]
    private static let irregular: [String: [String]] = [
        "slam": ["slams", "slammed", "slamming"], "offer": ["offers", "offered", "offering"],
        "favor": ["favors", "favored", "favoring"], "favour": ["favours", "favoured", "favouring"],
        "rail": ["rails", "railed", "railing"], "hammer": ["hammers", "hammered", "hammering"],
        "trumpet": ["trumpets", "trumpeted", "trumpeting"], "extol": ["extols", "extolled", "extolling"],
    ]

    /// Lemma of every form, built once.
    static let forms = VerbForms.lemmaTable(lemmas, irregular: irregular)
}
