/// Words that make a name an organisation, and the metonyms news uses for institutions.
enum OrganizationCues {
    /// A name ending in one of these is an organisation (`Exxon Corp.`, `Foreign Ministry`).
    static let suffixes: Set<String> = [
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "LLC", "Plc",
        "PLC", "plc", "AG", "SA", "NV", "GmbH", "Group", "Holdings", "Bank", "Bancorp",
        "University", "College", "Institute", "Ministry", "Agency", "Department", "Party",
        "Council", "Committee", "Commission", "Association", "Federation", "Union", "League",
        "Club", "Foundation", "Fund", "Organization", "Organisation", "Company", "Airlines",
        "Airways", "Motors", "Industries", "Systems", "Technologies", "Partners", "Securities",
        "Capital", "Investments", "Enterprises", "Communications", "Telecom", "Press", "News",
        "Times", "Post", "Journal", "Tribune", "Herald", "Gazette", "Daily", "Network",
        "Television", "Radio", "TV", "Broadcasting", "Office", "Court", "Parliament",
        "Assembly", "Senate", "Congress", "Police", "Army", "Navy", "Force", "Forces", "Board",
        "Bureau", "Authority", "Service", "Services", "Church", "Brigade", "Brigades", "Front",
        "Convention", "Caucus",
        "Movement", "Alliance", "Coalition", "Society", "Trust", "Exchange", "Reserve",
        "Cabinet", "Command", "Guard", "Hospital", "School", "Academy", "Museum", "Team",
        "Rangers", "United", "City", "Magazine", "Review", "Institution", "Centre", "Center",
        "Laboratories", "Labs", "Pharmaceuticals", "Petroleum", "Oil", "Energy", "Electric",
        "Steel", "Insurance", "Mining", "Resources", "Foods", "Brands", "Stores",
    ]

    /// Heads that take `of` and a name: `Bank of England`, `University of Texas`.
    static let ofHeads: Set<String> = [
        "Bank", "University", "Ministry", "Department", "Institute", "Council", "Church",
        "Court", "Office", "Party", "Federation", "Association", "Union", "League", "Museum",
        "College", "School", "Board", "Bureau", "Commission", "Committee", "Chamber", "Academy",
        "Organisation", "Organization", "House", "Republic", "Kingdom", "Gulf", "Bay", "Sea",
        "Isle", "Islands", "Strait", "Straits", "Cape", "Lake", "Mount", "Province", "State",
        "States", "Sultanate", "Emirate", "Duchy", "Principality", "Commonwealth", "District",
        "Order", "Society", "Government", "Confederation", "Congress", "Assembly", "Parliament",
        "Coast", "Sisters", "Brothers", "Friends", "Bishop", "Archbishop", "Duke", "Duchess",
        "Prince", "Princess", "King", "Queen", "Port", "Hospital", "Centre",
        "Center", "City", "Tribunal", "Agency", "Fund", "Authority", "Corps",
    ]

    /// Metonyms typed by their usual reading in news: the seat for the government.
    static let metonyms: Set<String> = [
        "Kremlin", "White House", "Pentagon", "Downing Street", "Elysee", "Élysée",
        "Elysee Palace", "Quai d'Orsay", "Capitol Hill", "Whitehall", "Foggy Bottom",
        "Blue House", "Zhongnanhai", "Vatican", "Holy See", "Knesset", "Bundestag",
        "Duma", "State Duma", "Congress", "Senate", "Parliament",
    ]

    /// Whether a name of `tokenCount` tokens (joined by single spaces) is a listed metonym.
    /// None has more than two words, so a longer name needs no hashing.
    static func isMetonym(_ name: String, tokenCount: Int) -> Bool {
        tokenCount <= longestMetonym && metonyms.contains(name)
    }

    /// The most words of any listed metonym.
    static let longestMetonym = metonyms.map { $0.split(separator: " ").count }.max() ?? 0

    /// Lower-case nouns after a name that say it names an organisation
    /// (`the Interfax news agency`, `the Exxon company`).
    static let followingNouns: Set<String> = [
        "agency", "company", "firm", "group", "corporation", "bank", "newspaper", "daily",
        "magazine", "party", "club", "team", "network", "broadcaster", "airline", "carrier",
        "insurer", "retailer", "maker", "manufacturer", "conglomerate", "organisation",
        "organization", "militia", "movement", "institute", "university", "ministry", "unit",
        "subsidiary", "shares", "stock", "officials", "spokesman", "spokeswoman", "chief",
        "board", "executives", "side", "operations", "shareholders", "headquarters", "profits",
        "revenue", "earnings", "employees", "subsidiaries",
    ]

    /// Lower-case nouns right before a name that say it names a company (`cables giant
    /// Pirelli`, `the drug maker Valeant`); used to type a speaker the recognizer missed.
    static let precedingNouns: Set<String> = [
        "giant", "firm", "company", "maker", "manufacturer", "carrier", "retailer", "insurer", "lender",
        "conglomerate", "subsidiary", "airline", "automaker", "broker", "chain", "operator", "supplier",
        "startup", "publisher", "newspaper", "broadcaster", "network", "outlet", "brand", "bank",
    ]

    /// Well-known short forms written as acronyms, mapped to the full name they stand for.
    static let acronyms: [String: String] = [
        "U.S.": "United States", "US": "United States", "U.S.A.": "United States",
        "USA": "United States", "U.K.": "United Kingdom", "UK": "United Kingdom",
        "U.N.": "United Nations", "UN": "United Nations", "E.U.": "European Union",
        "EU": "European Union", "U.A.E.": "United Arab Emirates", "UAE": "United Arab Emirates",
        "D.C.": "Washington, D.C.", "U.S.S.R.": "Soviet Union", "USSR": "Soviet Union",
    ]

    /// Last words of events and prizes (`Academy Awards`, `World Cup`, `Nobel Prize`): names,
    /// but of no person, organisation or place.
    static let eventHeads: Set<String> = [
        "Award", "Awards", "Cup", "Prize", "Prizes", "Trophy", "Festival", "Championship",
        "Championships", "Olympics", "Games", "Globe", "Globes", "Oscars", "Grammys",
    ]
}
