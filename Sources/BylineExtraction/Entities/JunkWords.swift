/// Capitalised words that are never names on their own: calendar words, pronouns,
/// and nationality adjectives (which CoNLL calls MISC and users do not want as entities).
enum JunkWords {
    static let calendar: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
        "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Christmas", "Easter", "Ramadan",
        "Today", "Tonight", "Yesterday", "Tomorrow", "Mondays", "Fridays", "Sundays",
    ]

    /// Calendar words in any case, with or without their period (`SEPT`, `Sept.`, `august`).
    static func isCalendar(_ word: String) -> Bool {
        if calendar.contains(word) { return true }
        let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard let first = bare.first else { return false }
        let titled = String(first).uppercased() + bare.dropFirst().lowercased()
        return calendar.contains(titled) || calendar.contains(titled + ".")
    }

    static let pronounsAndFunctionWords: Set<String> = [
        "I", "I'm", "I've", "I'd", "I'll", "He", "She", "It", "We", "They", "You", "His", "Her",
        "Its", "Our", "Their", "Your", "My", "The", "A", "An", "This", "That", "These", "Those",
        "Mr.", "Mrs.", "Ms.", "Dr.", "OK", "Oh", "Yes", "No", "Please", "Thanks", "Sir",
    ]

    /// Nationality and group adjectives and nouns: evidence, never entities themselves.
    /// Suffix rules catch most (`Russian`, `Syrian`, `Chinese`, `Turkish`, `Iraqi`); this
    /// lists those the rules cannot tell from names.
    static let demonyms: Set<String> = [
        "American", "Americans", "British", "French", "Dutch", "Greek", "Thai", "Swiss", "Czech",
        "Welsh", "Irish", "Scottish", "English", "Spanish", "Danish", "Swedish", "Finnish",
        "Polish", "Turkish", "Kurdish", "Jewish", "Arab", "Arabs", "Muslim", "Muslims",
        "Christian", "Christians", "Catholic", "Catholics", "Protestant", "Shiite", "Shia",
        "Sunni", "Sunnis", "Shiites", "Islamic", "Western", "Eastern", "Soviet", "Communist",
        "Communists", "Republican", "Republicans", "Democrat", "Democrats", "Democratic",
        "Socialist", "Socialists", "Conservative", "Conservatives", "Liberal", "Liberals",
        "Labour", "Tory", "Tories", "Nazi", "Nazis", "Briton", "Britons", "Scot", "Scots",
        "Filipino", "Pakistani", "Israeli", "Israelis", "Iraqi", "Iraqis", "Kuwaiti", "Saudi",
        "Saudis", "Yemeni", "Omani", "Qatari", "Emirati", "Bangladeshi", "Afghan", "Afghans",
        "Kurd", "Kurds", "Serb", "Serbs", "Croat", "Croats", "Slovak", "Pole", "Poles", "Dane",
        "Swede", "Finn", "Turk", "Turks", "Jew", "Jews", "Latino", "Hispanic", "Asian", "African",
        "European", "Europeans", "Africans", "Asians", "Nordic", "Baltic", "Balkan",
        "Olympic", "Olympics", "Internet", "Web", "God", "Allah", "Bible", "Koran", "Quran",
    ]

    /// Demonym endings: `-ian`, `-ean`, `-ese`, `-ish`, `-ic` on an otherwise unknown
    /// capitalised single word read as an adjective (`Syrian base`).
    static let demonymSuffixes = ["ian", "ians", "ean", "eans", "ese", "ish", "i", "ic"]

    /// `demonymSuffixes` compared on UTF-8 bytes (ASCII endings), without grapheme breaking.
    static func hasDemonymEnding(_ word: String) -> Bool {
        let bytes = Array(word.utf8.suffix(4))
        func ends(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard bytes.count >= n else { return false }
            return s.withUTF8Buffer { Array($0) == Array(bytes.suffix(n)) }
        }
        return ends("ian") || ends("ians") || ends("ean") || ends("eans") || ends("ese") || ends("ish")
            || ends("i") || ends("ic")
    }
}
