/// Words written with a period that does not end the sentence. The word is matched without
/// its period, case-sensitively, because `No.` is an abbreviation and `no.` usually is not.
public enum Abbreviations {
    /// Titles before a name: the period never ends a sentence (`Mr. Putin`, `Gen. Mattis`).
    public static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Lt", "Col", "Maj",
        "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Gov", "Sen", "Rep", "Rev",
        "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Sr", "Sra", "Amb", "Atty", "Rt", "St",
        "Mt", "Ft", "Gens", "Sens", "Reps", "Drs", "Profs",
    ]

    /// Month names as news wire abbreviates them (`Jan. 20`): never the end of a sentence.
    public static let months: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// Other abbreviations: they may end a sentence, so the splitter looks at what follows.
    public static let others: Set<String> = [
        "Inc", "Corp", "Co", "Ltd", "Jr", "Bros", "Plc", "PLC", "Cos", "Assn", "Dept", "Univ",
        "Ave", "Blvd", "Rd", "No", "Nos", "Vol", "vs", "etc", "approx", "est", "cf", "al",
        "Ph", "Op", "Ed", "Eds", "Calif", "Mass", "Conn", "Ariz", "Fla", "Ill", "Pa", "Tenn",
        "Wash", "Mich", "Minn", "Colo", "Okla", "Ore", "Wis", "Ky", "La", "Md", "Va", "Ga",
        "Ala", "Ark", "Del", "Neb", "Nev", "Kan", "Miss", "Mo", "Tex", "Vt", "Wyo", "fig",
    ]

    /// Whether `word` (without its period) takes the period as part of the token.
    public static func takesPeriod(_ word: String) -> Bool {
        periodTaking.contains(word)
    }

    /// The three lists in one set: one hash per word before a period instead of three.
    static let periodTaking: Set<String> = titles.union(months).union(others)

    /// The longest listed word in UTF-16 code units. A longer word is none of them (a
    /// string canonically equal to an ASCII one has as many units), so the tokenizer skips
    /// making its `String` for the lookup.
    static let longestPeriodTaking = periodTaking.map(\.utf16.count).max() ?? 0

    /// Whether a token `word.` can never end a sentence.
    public static func neverEndsSentence(_ word: String) -> Bool {
        titles.contains(word) || months.contains(word)
    }
}
