import Foundation

extension Lexicon {
    /// Builds `facts` from the loaded lists and the hand-written cue lists.
    mutating func buildFacts() {
        var facts: [String: WordFacts] = [:]
        func add(_ words: some Sequence<String>, _ fact: WordFacts) {
            for word in words { facts[word, default: []].insert(fact) }
        }
        for word in commonWords {
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
        for (name, kind) in places where !Self.containsSpace(name) {
            facts[name, default: []].insert(kind == .country ? [.place, .country] : .place)
            facts[name.uppercased(), default: []].insert(kind == .country ? [.place, .country] : .place)
        }
        for (name, counts) in surfaces where !Self.containsSpace(name) {
            var fact: WordFacts = .surface
            if counts.misc * 2 > counts.total { fact.insert(.mostlyMisc) }
            facts[name, default: []].insert(fact)
            let upper = name.uppercased()
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
        self.facts = facts
    }

    /// `name.contains(" ")` (Foundation's search, which took a third of `buildFacts`) from
    /// the bytes: a space followed by ASCII or ending the name is a character of its own, so
    /// it is found; a name without the byte has none. Only a space followed by a non-ASCII
    /// scalar (which might combine with it) asks Foundation.
    static func containsSpace(_ name: String) -> Bool {
        var afterSpace = false
        for byte in name.utf8 {
            if afterSpace { return byte < 0x80 ? true : name.contains(" ") }
            afterSpace = byte == 0x20
        }
        return afterSpace
    }

    /// Gives every key of `facts` an id and builds the code-unit table over the ASCII ones.
    mutating func indexFacts() {
        var byID: [WordFacts] = []
        var ids: [String: Int32] = [:]
        var tableKeys: [(key: String, id: Int32)] = []
        byID.reserveCapacity(facts.count)
        tableKeys.reserveCapacity(facts.count)
        // Ids follow the dictionary's per-process order: they are compared, never shown.
        for (word, fact) in facts {
            let id = Int32(byID.count)
            byID.append(fact)
            tableKeys.append((word, id))
            if !word.utf8.allSatisfy({ $0 < 0x80 }) { ids[word] = id }
        }
        factsByID = byID
        wordIDs = ids
        wordTable = WordTable(tableKeys, composedKeys: true)
    }

    /// Facts and id of the word token `units[range]` whose text is `text`: ASCII words are
    /// looked up by their code units, others as a `String`. Same answer as `facts(for:)`.
    func wordFacts(
        _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, text: String, in table: WordTable.Reader
    ) -> (facts: WordFacts, id: Int32?) {
        var ascii = true
        var composed = true
        for i in range where units[i] >= 0x80 {
            ascii = false
            if units[i] >= WordTable.composedLimit {
                composed = false
                break
            }
        }
        guard ascii else {
            // Below U+0300 the text is in composed form and the table holds composed keys.
            let id = composed ? table.id(of: units, range) : nonASCIIWordID(text, in: table)
            return (withDemonymShape(id.map { factsByID[Int($0)] } ?? [], text), id)
        }
        let id = table.id(of: units, range)
        var result = id.map { factsByID[Int($0)] } ?? []
        if range.count > 4, units[range.lowerBound] &- 0x41 < 26,
            result.isDisjoint(with: [.surface, .place, .givenName, .listedDemonym]),
            JunkWords.hasDemonymEnding(units, range)
        {
            result.insert(.demonymShaped)
        }
        if result.isEmpty, let dash = range.lastIndex(where: { units[$0] == 0x2D }), dash > range.lowerBound,
            dash + 1 < range.upperBound, units[dash + 1] &- 0x41 < 26,
            let last = table.id(of: units, (dash + 1)..<range.upperBound),
            factsByID[Int(last)].contains(.listedDemonym)
        {
            result.insert(.demonymShaped)  // `African-Americans`, `Mexican-American`
        }
        return (result, id)
    }

    /// The id of a word with non-ASCII characters. `String` equality is canonical, so it may
    /// equal a key written differently, even an ASCII one (U+212A KELVIN SIGN is `K`).
    private func nonASCIIWordID(_ text: String, in table: WordTable.Reader) -> Int32? {
        if let id = wordIDs[text] { return id }
        // Only three scalars have an ASCII canonical form (U+037E `;`, U+1FEF `` ` ``,
        // U+212A `K`); without one of them the word cannot equal an ASCII key.
        guard text.utf16.contains(where: { $0 == 0x037E || $0 == 0x1FEF || $0 == 0x212A }) else { return nil }
        let composed = Array(text.precomposedStringWithCanonicalMapping.utf16)
        guard composed.allSatisfy({ $0 < 0x80 }) else { return nil }
        return composed.withUnsafeBufferPointer { table.id(of: $0, 0..<$0.count) }
    }

    /// `facts` plus `.demonymShaped` when the ending says so and no list knows the word.
    private func withDemonymShape(_ facts: WordFacts, _ word: String) -> WordFacts {
        var result = facts
        if result.isDisjoint(with: [.surface, .place, .givenName, .listedDemonym]),
            word.utf8.count > 4, let first = word.utf8.first, first >= 0x41 && first <= 0x5A,
            JunkWords.hasDemonymEnding(word)
        {
            result.insert(.demonymShaped)
        }
        return result
    }

    /// Facts for one token's text; demonym-shaped words are recognised by their ending.
    func facts(for word: String) -> WordFacts {
        var result = facts[word] ?? []
        if result.isDisjoint(with: [.surface, .place, .givenName, .listedDemonym]),
            word.utf8.count > 4, let first = word.utf8.first, first >= 0x41 && first <= 0x5A,
            JunkWords.hasDemonymEnding(word)
        {
            result.insert(.demonymShaped)
        }
        if result.isEmpty, let dash = word.lastIndex(of: "-"), dash > word.startIndex,
            facts[String(word[word.index(after: dash)...])]?.contains(.listedDemonym) == true
        {
            result.insert(.demonymShaped)  // `African-Americans`, `Mexican-American`
        }
        return result
    }
}
