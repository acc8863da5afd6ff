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

    /// `takesPeriod` of the word in `range` of `units`, without making a `String` for an
    /// ASCII word: it is packed into an integer and looked up in `packedPeriodTaking`. An
    /// ASCII string equals only the identical ASCII string, so the answer is the same.
    static func takesPeriod(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        guard range.count <= longestPeriodTaking else { return false }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for index in range {
            let unit = units[index]
            guard unit < 0x80, range.count <= 8 else { return takesPeriod(StringMaking.string(units, range)) }
            key |= UInt64(unit) << shift
            shift += 8
        }
        let table = packedPeriodTaking
        guard !table.isEmpty else { return takesPeriod(StringMaking.string(units, range)) }
        let low = table.partitioningIndex { $0 >= key }
        return low < table.count && table[low] == key
    }

    /// `periodTaking`, each word's bytes packed little-endian into an integer, sorted; empty
    /// if a listed word were not ASCII of at most eight bytes (lookups then make strings).
    static let packedPeriodTaking: [UInt64] = {
        var packed: [UInt64] = []
        for word in periodTaking {
            guard word.utf8.count <= 8, word.utf8.allSatisfy({ $0 < 0x80 }) else { return [] }
            packed.append(word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) })
        }
        return packed.sorted()
    }()

    /// Whether a token `word.` can never end a sentence.
    public static func neverEndsSentence(_ word: String) -> Bool {
        titles.contains(word) || months.contains(word)
    }
}
