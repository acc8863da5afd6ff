/// Closed word classes the speaker-phrase readers consult. All lower-case; callers lower-case.
/// `WordClass`es: tested on a token's code units (`AttributionContext.isWord(_:in:)`).
enum SpeakerWords {
    static let malePronouns: WordClass = ["he", "him"]
    static let femalePronouns: WordClass = ["she", "her"]
    static let otherPronouns: WordClass = ["they", "we", "i", "it", "you"]

    /// Start a noun phrase; the reader stops after taking one.
    static let determiners: WordClass = [
        "the", "a", "an", "one", "two", "three", "several", "many", "some", "other", "another",
        "its", "his", "her", "their", "our", "this", "that", "these", "those", "most", "few",
        "both", "all", "each", "senior", "top", "no",
    ]

    /// Between the subject and its verb: `Lavrov also said`, `Trump has repeatedly claimed`.
    static let skippable: WordClass = [
        "also", "later", "then", "again", "once", "often", "still", "has", "have", "had", "will",
        "would", "could", "may", "might", "should", "did", "does", "do", "just", "even", "first",
        "last", "further", "previously", "recently", "now", "reportedly", "repeatedly", "simply",
        "flatly", "publicly", "privately", "subsequently", "initially", "earlier", "already",
        "is", "are", "was", "were", "quickly", "immediately", "separately", "similarly", "long",
        "consistently", "frequently", "since", "always", "openly", "loudly",
        // `Trump himself said`: the intensifying pronoun between subject and verb.
        "himself", "herself", "themselves", "itself",
    ]

    /// Words that end a speaker phrase when read: clause links, prepositions, verbs of being.
    static let stops: WordClass = [
        "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "when", "while", "as",
        "if", "because", "after", "before", "since", "to", "in", "on", "with", "by", "from",
        "into", "about", "than", "so", "been", "being", "be", "not", "never", "what", "where",
        "how", "why", "whether", "there", "here", "said", "says", "also", "told", "at", "under",
        "over", "against", "during", "without", "through", "between", "among", "like",
    ]

    /// Capitalized at a sentence start but never part of a name.
    static let capitalizedFunctionWords = WordClass(Set<String>([
        "but", "and", "or", "so", "yet", "the", "a", "an", "in", "on", "at", "after", "before",
        "when", "while", "as", "if", "then", "now", "still", "however", "meanwhile", "instead",
        "asked", "speaking", "today", "yesterday", "earlier", "later", "also", "this", "that",
        "there", "here", "since", "during", "for", "with", "by", "from", "to", "of", "last",
        "even", "indeed", "separately", "similarly", "moreover", "furthermore", "although",
        "though", "because", "both", "neither", "nor", "according", "his", "her", "their", "its", "our",
        "one", "two", "three", "four", "five", "many", "some", "most", "all", "several", "no",
        "those", "these", "they", "others", "such", "each", "every", "any",
        "what", "why", "how", "who", "where", "it", "we",
    ])
    .union(CalendarNames.weekdays)
    // Not `May`: a sentence opening with it is more often the modal or a name (Theresa May).
    .union(CalendarNames.months.filter { $0 != "may" }))

    /// May open a clause before its subject: `But Mr Balls, a Labour candidate, said`.
    static let clauseOpeners: WordClass = [
        "but", "and", "so", "yet", "still", "however", "meanwhile", "then", "now", "also", "instead",
        "indeed", "later", "earlier", "separately", "similarly", "moreover",
    ]

    /// Open an adverbial phrase or clause at a sentence start (`When Lee died, ...`, `After the
    /// Paris attacks, ...`, `Like Corker, ...`): no subject stands inside it.
    static let adverbialOpeners: WordClass = [
        "after", "before", "when", "whenever", "while", "as", "if", "although", "though", "because", "since",
        "once", "until", "unless", "like", "unlike", "of", "in", "on", "at", "during", "with", "without",
        "despite", "following", "here", "amid", "whereas", "given", "upon", "regarding", "under", "from", "for",
        "by", "through", "throughout", "speaking", "asked",
    ]

    /// Join the parts of a name or a title: `Secretary of State`, `Ludwig van Beethoven`.
    static let nameConnectors: WordClass = [
        "of", "de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "da", "del", "di",
        "ibn",
    ]

    /// Titles and honorifics a name may carry; the name proper starts after them.
    static let titles: WordClass = [
        "mr.", "mrs.", "ms.", "miss", "dr.", "sen.", "rep.", "gov.", "lt.", "gen.", "col.", "sgt.",
        "capt.", "adm.", "maj.", "rev.", "prof.", "pres.", "atty.", "supt.", "cmdr.", "mr", "mrs",
        "ms", "dr", "president", "secretary", "minister", "senator", "governor", "representative",
        "congressman", "congresswoman", "mayor", "judge", "justice", "chairman", "chairwoman",
        "director", "ambassador", "general", "admiral", "colonel", "captain", "sergeant", "chief",
        "commissioner", "spokesman", "spokeswoman", "spokesperson", "speaker", "leader", "prime",
        "vice", "deputy", "foreign", "state", "defense", "defence", "attorney", "press",
        "former", "acting", "first", "lady", "sir", "dame", "lord", "prince", "princess", "king",
        "queen", "pope", "father", "sister", "brother", "rabbi", "imam", "sheikh", "professor",
        "coach", "manager", "ceo", "chancellor", "premier", "democratic", "republican",
        "independent", "house", "senate", "majority", "minority", "whip", "treasury", "homeland",
        "security", "national", "adviser", "advisor", "nominee", "candidate", "u.s.", "us",
        "russian", "american", "british", "chinese", "french", "german", "israeli", "iranian",
        "syrian", "ukrainian", "white", "gop", "dem", "economist", "analyst", "author", "host",
        "anchor", "correspondent", "reporter", "editor", "columnist", "pollster", "strategist",
        "federal", "reserve", "fed", "party", "campaign", "chair", "officer",
        "executive", "founder", "co-founder", "official", "aide", "lawyer", "counsel", "envoy",
        "diplomat", "emeritus", "sen", "rep", "gov", "gen", "lt", "rev", "mp", "mps", "mep", "msp",
        "peer", "baroness", "labour", "conservative", "tory", "liberal", "shadow", "culture",
        "home", "health", "education", "environment", "welsh", "scottish", "irish",
        "english", "european", "commons", "lords", "cabinet", "junior", "senior",
    ]

    /// Before a surname, these make it a name whatever the surname is (`Mr. King`).
    static let honorifics: WordClass = [
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "mr", "mrs", "ms", "dr", "prof.", "rev.",
    ]

    static let maleHonorifics: WordClass = ["mr.", "mr", "sir", "lord", "king", "prince", "father", "brother"]
    static let femaleHonorifics: WordClass = [
        "mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess", "sister",
    ]

    /// Nouns for a message its author sends (`a statement saying`, `Trump's claim that`).
    static let messageNouns: WordClass = [
        "tweet", "tweets", "statement", "statements", "message", "messages", "post", "posts",
        "email", "emails", "letter", "letters", "video", "ad", "ads", "speech", "remarks",
        "release", "comment", "comments", "claim", "claims", "assertion", "promise", "pledge",
        "warning", "words", "response", "reply", "answer", "argument", "accusation", "vow",
        // `Comey's conclusion that her actions were "extremely careless"`.
        "conclusion", "conclusions", "finding", "findings",
    ]

    /// Documents that speak for their author (`the IMF report stated`).
    static let documentNouns = WordClass(messageNouns.words.union([
        "report", "study", "poll", "survey", "memo", "filing", "website", "analysis", "book",
        "article", "column", "interview", "editorial", "blog", "projection", "forecast", "estimate", "audit",
    ]))

    /// Time words between a noun and what follows it (`tweets early Friday saying`).
    static let timeWords = WordClass(Set<String>([
        "early", "late", "last", "this", "on", "morning", "afternoon", "evening", "night", "today",
        "yesterday", "overnight",
    ]).union(CalendarNames.weekdays))

    /// Heads of descriptive speakers (`officials said`, `a Kremlin spokesman said`).
    /// `said former Vermont congressman Jo Hale`: offices written in lower case
    /// before a name. Only for the name after a role (`SpeakerPhraseReader.nameAfterRole`): as
    /// role nouns they would make `whom the mayor praised` a cue of its own.
    static let officeNouns: WordClass = [
        "congressman", "congresswoman", "mayor", "councilman", "councilwoman", "assemblyman", "assemblywoman",
        "legislator", "sheriff",
    ]

    static let roleNouns: WordClass = [
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
        "secretary", "minister", "president", "aide", "aides", "adviser", "advisers", "advisor",
        "advisors", "analyst", "analysts", "expert", "experts", "source", "sources", "people",
        "person", "campaign", "statement", "report", "reports", "study", "poll", "polls", "critic",
        "critics", "supporter", "supporters", "lawmaker", "lawmakers", "senator", "senators",
        "governor", "lawyer", "lawyers", "attorney", "attorneys", "investigator", "investigators",
        "police", "authorities", "researcher", "researchers", "economist", "economists",
        "historian", "historians", "professor", "director", "chairman", "chairwoman", "chief",
        "leader", "leaders", "member", "members", "democrats", "republicans", "administration",
        "government", "ministry", "agency", "department", "company", "group", "organization",
        "committee", "commission", "court", "judge", "witness", "witnesses", "resident",
        "residents", "voter", "voters", "observer", "observers", "diplomat", "diplomats",
        "officer", "officers", "executive", "executives", "staff", "team", "manager", "coach",
        "co-host", "constituent", "constituents", "delegate", "delegates", "organizer", "donor", "donors",
        "kremlin", "embassy", "prosecutor", "prosecutors", "candidate", "nominee",
        "spokespersons", "representative", "representatives", "ambassador", "envoy", "military",
        "army", "office", "spokesmen", "spokeswomen", "doctor", "doctors", "scientist",
        "scientists", "strategist", "strategists", "pollster", "pollsters", "insiders", "allies",
        "ally", "opponents", "opponent", "rival", "rivals", "activists", "activist", "union",
        "newspaper", "board", "council", "parliament", "congress", "senate", "house",
        "white", "pentagon", "fbi", "cia", "documents", "letter",
        "filing", "memo", "website", "article", "survey", "data", "figures", "analysis",
        "studies", "research", "host", "anchor", "correspondent", "reporter", "editor",
        "columnist", "commentator", "contributor", "writer", "author", "founder", "fellow",
        "commissioner", "percent", "americans", "families", "protesters", "advocates", "groups",
        "volunteer",
        // `said Republican party boss Reince Priebus`.
        "boss", "bosses",
        // `Acme's CEO, Jane Doe, told`: the abbreviated offices, written in capitals.
        "ceo", "cfo", "coo",
    ]
}
