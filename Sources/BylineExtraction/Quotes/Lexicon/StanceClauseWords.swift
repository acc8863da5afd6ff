/// Words of `StanceClauseRule`: what governs a `that` clause holding someone's words without
/// a verb of saying (`expressed confidence that`, `posted on Twitter that`, `Lee's suggestion
/// that`). Packed word classes: each test is one probe, no string is built.
enum StanceClauseWords {
    /// Verbs that put a stance into words: `expressed confidence`, `voiced concern`.
    static let expressingVerbs = VerbForms.wordClass(["express", "voice", "convey", "reiterate"])
    /// Stances a speaker states: the clause after them is the speaker's view in the speaker's words.
    static let stanceNouns: WordClass = [
        "confidence", "concern", "concerns", "hope", "optimism", "doubt", "doubts", "skepticism",
        "frustration", "fear", "fears", "worry", "worries", "disappointment", "regret", "dismay",
        "outrage", "surprise", "satisfaction", "pride", "belief", "conviction", "certainty", "view",
        "opinion", "displeasure", "alarm", "anger", "relief", "gratitude", "support",
    ]
    /// `made clear that`, `made it plain that`.
    static let makeForms: WordClass = ["make", "makes", "made", "making"]
    static let clearPlain: WordClass = ["clear", "plain"]
    /// A posting verb: the clause after it is what the post says.
    static let postForms: WordClass = ["post", "posts", "posted", "posting"]
    static let doForms: WordClass = ["did", "does", "do"]
    static let postedPosting: WordClass = ["posted", "posting"]
    /// What may stand right before `post` or `posts` used as a verb (`did post`, `she posts`).
    static let beforePostVerb: WordClass = [
        "did", "does", "do", "to", "will", "would", "could", "should", "might", "may", "he", "she", "who",
        "also", "then", "later", "often",
    ]
    /// Most words between a posting verb and `that` (`on his Facebook page late Friday`).
    static let postReach = 7
    /// Nouns of saying that take a `that` clause of content.
    static let sayingNouns: WordClass = [
        "claim", "claims", "assertion", "suggestion", "insistence", "contention", "charge", "complaint",
        "argument", "prediction", "boast", "remark", "comment", "declaration", "admission", "observation",
        "warning", "threat", "promise", "pledge", "vow", "accusation", "allegation", "statement",
        "explanation", "aside", "quip", "joke", "retort", "criticism", "denial", "report", "announcement",
        "reminder", "insinuation", "implication", "lament",
    ]
    /// Prepositions of the phrase that may set a noun of saying before its clause (`at the debate`).
    static let settingPrepositions: WordClass = ["at", "in", "on", "during", "last", "this", "earlier", "to"]
    /// Words a complement clause may open with after `that` (its subject), besides a capital.
    static let clauseOpeners: WordClass = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "this",
        "these", "those", "there", "no", "some", "many", "all", "most", "every", "our", "my", "your", "one",
        "both", "any", "each", "if", "when", "while", "because", "unless", "without", "in", "on", "after",
        "before", "despite", "only", "even", "not", "nothing", "nobody", "everyone", "people", "such",
    ]
    /// Relative words that open an aside between commas.
    static let relatives: WordClass = ["who", "whom", "which", "whose"]
    /// Words no stretch between a governor and its `that` crosses: links, verbs of being, auxiliaries.
    static let stops = ClauseStopWords.stops(adding: ["although"])
}
