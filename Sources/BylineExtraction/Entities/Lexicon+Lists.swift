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
        // About as many words as the lists give: grown from empty, the dictionary rehashed
        // every key at each doubling.
        facts.reserveCapacity(factCountEstimate)
        forEachFact { word, fact in facts[word, default: []].insert(fact) }
        return facts
    }

    /// About how many words `forEachFact` names (more than once for some).
    var factCountEstimate: Int {
        3 * commonWords.count + givenNames.count + 2 * (places.count + surfaces.count) + 2048
    }

    /// Calls `add` with every single word any list knows and one fact about it; a word
    /// named more than once has all the facts it is named with (`facts()`, and the lexicon's
    /// word table, which merges them without a `String` dictionary).
    func forEachFact(_ add: (String, WordFacts) -> Void) {
        func addAll(_ words: some Sequence<String>, _ fact: WordFacts) {
            for word in words { add(word, fact) }
        }
        for word in commonWords {
            if let (capitalized, upper) = Lexicon.asciiCapitalizedAndUppercased(word) {
                add(word, .common)
                add(capitalized, .common)
                add(upper, .common)
                continue
            }
            guard let first = word.first else { continue }
            addAll([word, String(first).uppercased() + word.dropFirst(), word.uppercased()], .common)
        }
        addAll(PersonCues.titleHeads, .titleHead)
        addAll(PersonCues.titleModifiers, .titleModifier)
        addAll(JunkWords.demonyms, .listedDemonym)
        addAll(JunkWords.calendar, .calendar)
        addAll(JunkWords.calendar.map { $0.uppercased() }, .calendar)
        // Short forms without their period; `Jan`, `Sun` and `Mar` are names too often.
        let short = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Feb", "Apr",
            "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
        addAll(short + short.map { $0.uppercased() }, .calendar)
        addAll(JunkWords.pronounsAndFunctionWords, .pronoun)
        addAll(FunctionWords.capitalizedForms, .pronoun)
        addAll(PersonCues.particles, .particle)
        addAll(PlaceCues.stateAbbreviations, .place)
        addAll(givenNames.keys, .givenName)
        for (name, kind) in places where !Lexicon.containsSpace(name) {
            add(name, kind == .country ? [.place, .country] : .place)
            add(Lexicon.uppercased(name), kind == .country ? [.place, .country] : .place)
        }
        for (name, counts) in surfaces where !Lexicon.containsSpace(name) {
            var fact: WordFacts = .surface
            if counts.misc * 2 > counts.total { fact.insert(.mostlyMisc) }
            add(name, fact)
            let upper = Lexicon.uppercased(name)
            if surfaces[upper] == nil { add(upper, fact) }
        }
        addAll(OrganizationCues.suffixes, .organizationSuffix)
        addAll(PlaceCues.suffixes, .placeSuffix)
        addAll(OrganizationCues.ofHeads, .ofHead)
        addAll(PersonCues.speechVerbs, .speechVerb)
        addAll(OrganizationCues.followingNouns, .organizationNoun)
        addAll(PlaceCues.followingNouns, .placeNoun)
        addAll(PersonCues.followingNouns, .personNoun)
        addAll(PlaceCues.prepositions, .placePreposition)
        addAll(PlaceCues.precedingNouns, .placePrecedingNoun)
        addAll(OrganizationCues.acronyms.keys, .acronym)
        addAll(OrganizationCues.metonyms.filter { !$0.contains(" ") }, .metonym)
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
