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
        // Group nouns of US politics copy: MISC in CoNLL's terms, never an organisation.
        "Latinos", "Latinas", "Latina", "Hispanics", "Mexican", "Mexicans", "Cuban", "Cubans",
        "Dominicans", "Blacks", "Whites", "Evangelical", "Evangelicals",
        "Millennials",
    ]

    /// Demonym endings: `-ian`, `-ean`, `-ese`, `-ish`, `-ic` on an otherwise unknown
    /// capitalised single word read as an adjective (`Syrian base`).
    static let demonymSuffixes = ["ian", "ians", "ean", "eans", "ese", "ish", "i", "ic"]

    /// `demonymSuffixes` compared on UTF-8 bytes (ASCII endings), without grapheme breaking.
    static func hasDemonymEnding(_ word: String) -> Bool {
        // The last three bytes, newest in the low byte: `...ian` -> 0x69_61_6E.
        var last: UInt32 = 0
        var count = 0
        for byte in word.utf8 {
            last = (last << 8 | UInt32(byte)) & 0xFF_FFFF
            count += 1
        }
        guard count >= 3 else { return false }
        let one = last & 0xFF
        let two = last & 0xFFFF
        let three = last
        if one == 0x69 || two == 0x6963 { return true }  // -i, -ic
        if three == 0x69616E || three == 0x65616E || three == 0x657365 || three == 0x697368 { return true }
        // -ians, -eans
        return three == 0x616E73 && word.utf8.dropLast(3).last.map { $0 == 0x69 || $0 == 0x65 } == true
    }

    /// `hasDemonymEnding` on a word's ASCII code units.
    static func hasDemonymEnding(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count >= 3 else { return false }
        let end = range.upperBound
        let (a, b, c) = (units[end - 3], units[end - 2], units[end - 1])
        if c == 0x69 || (b == 0x69 && c == 0x63) { return true }  // -i, -ic
        if (a == 0x69 && b == 0x61 && c == 0x6E) || (a == 0x65 && b == 0x61 && c == 0x6E)
            || (a == 0x65 && b == 0x73 && c == 0x65) || (a == 0x69 && b == 0x73 && c == 0x68)
        {
            return true  // -ian, -ean, -ese, -ish
        }
        // -ians, -eans
        return a == 0x61 && b == 0x6E && c == 0x73 && count >= 4
            && (units[end - 4] == 0x69 || units[end - 4] == 0x65)
    }
}
