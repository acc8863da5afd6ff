/// Words that say the name after them is a person: titles and roles, and the words that
/// build compound titles (`Foreign Minister`, `Secretary of State`, `Vice President`).
enum PersonCues {
    /// Head words of a title: one of them makes a capitalised prefix a title.
    static let titleHeads: Set<String> = [
        "President", "Presidents", "Minister", "Ministers", "Secretary", "Senator", "Sen.",
        "Rep.", "Representative", "Congressman", "Congresswoman", "Gov.", "Governor", "Mayor",
        "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "General", "Gen.", "Colonel",
        "Col.", "Lt.", "Lieutenant", "Captain", "Capt.", "Major", "Maj.", "Sgt.", "Sergeant",
        "Admiral", "Adm.", "Commander", "Judge", "Justice", "Ambassador", "Chairman",
        "Chairwoman", "Chair", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Mr.",
        "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Sheikh", "Sheik", "Ayatollah", "Archbishop",
        "Bishop", "Cardinal", "Rev.", "Reverend", "Father", "Coach", "Premier", "Speaker",
        "Leader", "Commissioner", "Envoy", "Attorney", "Sir", "Dame", "Lord", "Lady", "Emperor",
        "Empress", "Sultan", "Emir", "Crown", "Chief", "Marshal", "Inspector", "Detective",
        "Officer", "Mr", "Mrs", "Ms", "Dr", "Counsel", "Economist", "Analyst", "Executive",
        "Treasurer", "Superintendent", "Diplomat", "Candidate", "Nominee", "Rabbi", "Imam",
        "Mufti", "Patriarch", "Deputy", "Dictator", "Strongman", "Striker", "Midfielder",
        "Defender", "Goalkeeper", "Manager", "Forward", "Champion", "Skipper",
        "Batsman", "Bowler", "Opener", "Pitcher", "Quarterback", "Guard",
    ]

    /// Words that may stand inside a title before or after its head.
    static let titleModifiers: Set<String> = [
        "Foreign", "Defence", "Defense", "Deputy", "Vice", "Prime", "Former", "Acting", "Interior",
        "Finance", "Trade", "Health", "Economy", "Economic", "Energy", "Justice", "Education",
        "State", "Home", "Labour", "Labor", "Agriculture", "Transport", "Culture", "Industry",
        "Executive", "Senior", "Junior", "First", "Grand", "Supreme", "Crown", "Chief", "General",
        "Attorney", "Assistant", "Under", "Undersecretary", "Secretary-General",
        "Secretary-general", "Vice-President", "Vice-president", "Premier", "Opposition",
        "Party", "Majority", "Minority", "Senate", "House", "Army", "Navy", "Air", "Force",
        "Police", "Central", "Bank", "National", "Security", "Intelligence", "Treasury",
        "Commerce", "Environment", "Information", "Communications", "Of", "of", "Affairs", "the",
        "Federal", "Republican", "Democratic", "Democrat", "Presidential", "Team", "Club",
        "Sports", "World", "Olympic", "Then", "Late", "Lead", "Top", "U.N.", "UN", "EU", "NATO",
        "Mr", "Foreign-Minister", "Oil", "Petroleum",
    ]

    /// Titles that tell a person's gender.
    static let gendered: [String: RecognizedEntity.Gender] = [
        "Mr.": .male, "Mr": .male, "Mrs.": .female, "Mrs": .female, "Ms.": .female, "Ms": .female,
        "King": .male, "Queen": .female, "Prince": .male, "Princess": .female, "Sir": .male,
        "Dame": .female, "Lord": .male, "Lady": .female, "Emperor": .male, "Empress": .female,
        "Sultan": .male, "Father": .male, "Sister": .female, "Brother": .male,
        "Congressman": .male, "Congresswoman": .female, "Chairman": .male, "Chairwoman": .female,
        "Spokesman": .male, "Spokeswoman": .female, "Sheikh": .male, "Madame": .female,
        "Mme.": .female, "Mme": .female, "Rabbi": .male, "Imam": .male, "Ayatollah": .male,
    ]

    /// Honorifics that stand before a bare surname (`Mr. Obama`) and are no title of their own.
    static let honorifics: Set<String> = ["Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Mme.", "Mme", "Madame"]

    /// Lower-case words that join parts of a person's name (`Bashar al-Assad` is one
    /// token already; `Ludwig van Beethoven`, `Osama bin Laden` are not).
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la",
        "le", "bin", "ibn", "al", "el", "ben", "ter", "ten", "y", "zu", "abu", "bint",
    ]

    /// Prefixes (before a hyphen) that make a lower-case token a name: `al-Assad`.
    static let hyphenParticles: Set<String> = ["al", "el", "bin", "ibn", "abu", "ad", "as", "ash", "at", "az", "d"]

    /// The most UTF-16 code units of a particle in `hyphenParticles`.
    static let longestHyphenParticle = hyphenParticles.map(\.utf16.count).max() ?? 0

    /// Lower-case nouns after a name that say it names a person (`the Obama administration`).
    static let followingNouns: Set<String> = [
        "administration", "presidency", "campaign", "aides", "aide", "family", "himself",
        "herself", "wife", "husband", "son", "daughter",
    ]

    /// Verbs after a bare name that mostly take a person or an organisation as subject.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "asked", "asks", "argued", "argues",
        "reported", "reports", "wrote", "writes", "stated", "announced", "explained", "claimed",
        "insisted", "noted", "warned", "urged", "denied", "admitted", "acknowledged", "declared",
        "replied", "recalled", "testified", "tweeted", "confirmed", "suggested", "believes",
        "thinks", "thought", "wants", "wanted", "hopes", "has", "had", "is", "was", "does",
        "did", "will", "would", "could", "should", "must", "may", "might", "can", "cannot",
        "plans", "needs", "seems", "appears", "remains", "accuses", "accused", "demanded",
        "demands", "expects", "expected", "knows", "gets", "goes", "makes", "takes", "gives",
        "sees", "faces", "leads", "holds", "calls", "comes", "keeps", "agrees", "agreed",
    ]

    /// Generational suffixes that end only people's names.
    static let generationalSuffixes: Set<String> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]
}
