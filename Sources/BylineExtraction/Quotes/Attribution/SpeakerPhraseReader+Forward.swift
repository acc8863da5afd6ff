extension SpeakerPhraseReader {
    static let titleAdjectives: Set<String> = ["former", "then", "late", "acting", "outgoing", "incoming", "interim"]

    /// The speaker after an inverted verb: `said Tillerson`, `said a spokesman for the
    /// campaign`, `said White House spokesman Josh Earnest`, reading no further than `upperBound`.
    func inverted(after verb: Int, to upperBound: Int) -> SpeakerPhrase? {
        let start = verb + 1
        guard start < upperBound, !context.isWord(start, in: WordSets.thatThisIt) else { return nil }
        if context.tokens[start].kind == .number { return descriptionForward(from: start, to: upperBound) }
        guard context.tokens[start].kind == .word else { return nil }
        if let pronoun = pronoun(at: start) { return pronoun }
        // `said former Gov. Bill Richardson of New Mexico`: a lowercase title adjective opens
        // the name's titles.
        if context.isListed(start, in: Self.titleAdjectiveClass), start + 1 < upperBound, isNamePart(start + 1),
            let named = inverted(after: start, to: upperBound), named.kind == .name
        {
            return named
        }
        var end = start
        if isNamePart(start), !context.isWord(start, in: SpeakerWords.capitalizedFunctionWords) {
            end = nameRunEnd(from: start, to: upperBound)
            if end < upperBound, context.tokens[end].isPossessive {
                return descriptionForward(from: start, to: upperBound)
            }
            // `White House spokesman Josh Earnest`: the later name is the speaker.
            if let later = nameAfterRole(from: end, to: upperBound) { return later }
            // `said former Ohio Gov. and party Chairman Ed Rendell`: titles joined by `and`.
            if end + 1 < upperBound, context.isListed(end, in: Self.andWord), context.isWord(end - 1, in: SpeakerWords.titles),
                isNamePart(end + 1)
            {
                let later = nameRunEnd(from: end + 1, to: upperBound)
                if var named = namePhrase((end + 1)..<later), named.kind == .name {
                    named.tokens = start..<later
                    return named
                }
            }
            return namePhrase(start..<end)
        }
        guard let described = descriptionForward(from: start, to: upperBound) else { return nil }
        guard context.speechVerb(at: verb) != nil || context.isAccordingTo(verb - 1) else { return described }
        return nameAppositiveToRole(described, to: upperBound) ?? described
    }

    func nameRunEnd(from start: Int, to upperBound: Int) -> Int {
        var end = start
        while end < upperBound {
            if isNamePart(end) {
                end += 1
            } else if context.isWord(end, in: SpeakerWords.nameConnectors), end + 1 < upperBound, isNamePart(end + 1) {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    func nameAfterRole(from index: Int, to upperBound: Int) -> SpeakerPhrase? {
        var cursor = index
        var sawRole = false
        var sawOrdinal = false
        while cursor < upperBound, cursor - index < 3, context.tokens[cursor].kind == .word || isOrdinal(cursor),
            !context.tokens[cursor].isCapitalized
        {
            if context.isText(cursor, in: SpeakerWords.roleNouns) || context.isText(cursor, in: SpeakerWords.officeNouns) {
                sawRole = true
            }
            if isOrdinal(cursor) { sawOrdinal = true }
            cursor += 1
        }
        // `Air Force 1st Lt. Tyler Livingston`: a rank after an ordinal is a role too.
        if sawOrdinal, cursor < upperBound, context.isWord(cursor, in: SpeakerWords.titles) { sawRole = true }
        guard sawRole, cursor > index, cursor < upperBound, isNamePart(cursor) else { return nil }
        let end = nameRunEnd(from: cursor, to: upperBound)
        guard var phrase = namePhrase(cursor..<end) else { return nil }
        phrase.tokens = index..<end
        return phrase
    }

    private func descriptionForward(from start: Int, to upperBound: Int) -> SpeakerPhrase? {
        // `"...," when Clinton blasted him`: a clause, not a speaker, follows.
        if context.isWord(start, in: SpeakerWords.stops) { return nil }
        var end = start
        var head = start
        while end < upperBound, end - start < 8, context.tokens[end].kind == .word || context.tokens[end].kind == .number {
            // The word tests read the token's packed units, as `lower(end)` would be.
            let ofFor = context.isListed(end, in: Self.ofFor)
            if end > start, context.isListed(end, in: SpeakerWords.stops), !ofFor { break }
            if end > start, context.verbID(at: end) >= 0 { break }
            // `"...," said the candidate could be ...`: a clause, no inverted speaker, follows.
            if end > start, context.isListed(end, in: Self.auxiliaryClass) { return nil }
            if !ofFor && !context.isListed(end, in: SpeakerWords.determiners) { head = end }
            end += 1
        }
        guard end > start else { return nil }
        let opensWithDeterminer = context.isWord(start, in: SpeakerWords.determiners)
        let hasRole = (start..<end).contains { context.isListed($0, in: SpeakerWords.roleNouns) }
        let phrase = namingDescription(SpeakerPhrase(kind: .descriptive, tokens: start..<(head + 1)))
        guard hasRole || opensWithDeterminer || phrase.kind == .name else { return nil }
        return phrase
    }

    static let auxiliaries: Set<String> = [
        "could", "would", "will", "should", "can", "might", "must", "is", "was", "are", "were", "has", "had", "have",
    ]

    static let auxiliaryClass = WordClass(auxiliaries)
    static let titleAdjectiveClass = WordClass(titleAdjectives)

    /// `1st`, `2nd`, `101st`: an ordinal in a unit or rank.
    private func isOrdinal(_ index: Int) -> Bool {
        guard index < context.tokens.count else { return false }
        let text = context.tokens[index].text
        guard let first = text.first, first.isNumber, text.count >= 3 else { return false }
        return ["st", "nd", "rd", "th"].contains(text.suffix(2).lowercased()) && text.dropLast(2).allSatisfy(\.isNumber)
    }
}
