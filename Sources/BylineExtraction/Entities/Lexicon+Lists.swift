import Foundation

extension Lexicon {
    /// The lists as read from the resources (or given by a test): what a lexicon's tables are
    /// built from. Held only while building; the lexicon keeps the tables.
    public struct Lists: Sendable {
        public var places: [String: PlaceKind]
        public var givenNames: [String: RecognizedEntity.Gender?]
        public var surfaces: [String: TypeCounts]
        public var commonWords: Set<String>

        public init(
            places: [String: PlaceKind] = [:], givenNames: [String: RecognizedEntity.Gender?] = [:],
            surfaces: [String: TypeCounts] = [:], commonWords: Set<String> = []
        ) {
            self.places = places
            self.givenNames = givenNames
            self.surfaces = surfaces
            self.commonWords = commonWords
        }
    }
}

extension Lexicon.Lists {
    /// Every single word any list knows, with what they know about it: these lists and the
    /// hand-written cue lists.
    func facts() -> [String: WordFacts] {
        var facts: [String: WordFacts] = [:]
        // About as many words as the lists give below: grown from empty, the dictionary
        // rehashed every key at each doubling.
        facts.reserveCapacity(3 * commonWords.count + givenNames.count + 2 * (places.count + surfaces.count) + 2048)
        func add(_ words: some Sequence<String>, _ fact: WordFacts) {
            for word in words { facts[word, default: []].insert(fact) }
        }
        for word in commonWords {
            if let (capitalized, upper) = Lexicon.asciiCapitalizedAndUppercased(word) {
                add([word, capitalized, upper], .common)
                continue
            }
            guard let first = word.first else { continue }
            add([word, String(first).uppercased() + word.dropFirst(), word.uppercased()], .common)
        }
        add(PersonCues.titleHeads, .titleHead)
        add(PersonCues.titleModifiers, .titleModifier)
        add(JunkWords.demonyms, .listedDemonym)
        add(JunkWords.calendar, .calendar)
        add(JunkWords.calendar.map { $0.uppercased() }, .calendar)
        // Short forms without their period; `Jan`, `Sun` and `Mar` are names too often.
        let short = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Feb", "Apr",
            "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
        add(short + short.map { $0.uppercased() }, .calendar)
        add(JunkWords.pronounsAndFunctionWords, .pronoun)
        add(FunctionWords.capitalizedForms, .pronoun)
        add(PersonCues.particles, .particle)
        add(PlaceCues.stateAbbreviations, .place)
        add(givenNames.keys, .givenName)
        for (name, kind) in places where !Lexicon.containsSpace(name) {
            facts[name, default: []].insert(kind == .country ? [.place, .country] : .place)
            facts[Lexicon.uppercased(name), default: []].insert(kind == .country ? [.place, .country] : .place)
        }
        for (name, counts) in surfaces where !Lexicon.containsSpace(name) {
            var fact: WordFacts = .surface
            if counts.misc * 2 > counts.total { fact.insert(.mostlyMisc) }
            facts[name, default: []].insert(fact)
            let upper = Lexicon.uppercased(name)
            if surfaces[upper] == nil { facts[upper, default: []].insert(fact) }
        }
        add(OrganizationCues.suffixes, .organizationSuffix)
        add(PlaceCues.suffixes, .placeSuffix)
        add(OrganizationCues.ofHeads, .ofHead)
        add(PersonCues.speechVerbs, .speechVerb)
        add(OrganizationCues.followingNouns, .organizationNoun)
        add(PlaceCues.followingNouns, .placeNoun)
        add(PersonCues.followingNouns, .personNoun)
        add(PlaceCues.prepositions, .placePreposition)
        add(PlaceCues.precedingNouns, .placePrecedingNoun)
        add(OrganizationCues.acronyms.keys, .acronym)
        add(OrganizationCues.metonyms.filter { !$0.contains(" ") }, .metonym)
        return facts
    }
}

extension Lexicon {
    /// `String(word.first).uppercased() + word.dropFirst()` and `word.uppercased()` for a
    /// non-empty ASCII word, made from its bytes (for ASCII, upper-casing is `a`-`z` to
    /// `A`-`Z` and nothing else); nil for any other word.
    static func asciiCapitalizedAndUppercased(_ word: String) -> (String, String)? {
        var word = word
        return word.withUTF8 { bytes -> (String, String)? in
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func upper(_ byte: UInt8) -> UInt8 { byte &- 0x61 < 26 ? byte - 0x20 : byte }
            let capitalized = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for i in bytes.indices { buffer[i] = i == 0 ? upper(bytes[i]) : bytes[i] }
                return bytes.count
            }
            let uppercased = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for i in bytes.indices { buffer[i] = upper(bytes[i]) }
                return bytes.count
            }
            return (capitalized, uppercased)
        }
    }

    /// `word.uppercased()`, from the bytes when the word is ASCII.
    static func uppercased(_ word: String) -> String {
        asciiCapitalizedAndUppercased(word)?.1 ?? word.uppercased()
    }
}
