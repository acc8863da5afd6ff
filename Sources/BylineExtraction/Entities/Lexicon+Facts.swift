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
        add(PersonCues.particles, .particle)
        add(givenNames.keys, .givenName)
        for (name, kind) in places where !name.contains(" ") {
            facts[name, default: []].insert(kind == .country ? [.place, .country] : .place)
            facts[name.uppercased(), default: []].insert(kind == .country ? [.place, .country] : .place)
        }
        for (name, counts) in surfaces where !name.contains(" ") {
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

    /// Facts for one token's text; demonym-shaped words are recognised by their ending.
    func facts(for word: String) -> WordFacts {
        var result = facts[word] ?? []
        if result.isDisjoint(with: [.surface, .place, .givenName, .listedDemonym]),
            word.utf8.count > 4, let first = word.utf8.first, first >= 0x41 && first <= 0x5A,
            JunkWords.hasDemonymEnding(word)
        {
            result.insert(.demonymShaped)
        }
        return result
    }
}
