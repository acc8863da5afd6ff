extension SpeakerPhraseReader {
    /// Prepositions that open a sentence's setting (`On Tuesday`, `In 2009`, `Before the
    /// polls`). Subordinators (`when`, `if`, `as`) open a clause with a subject of its own,
    /// and `of` names a topic (`Of Carson, Levine said`): neither is read here.
    static let settingPrepositions: WordClass = [
        "in", "on", "at", "before", "after", "during", "despite", "following", "amid", "throughout", "upon",
        "under", "with", "without", "from", "for", "by", "through", "like", "unlike",
    ]

    /// Whether the name `phrase` opens its sentence's clause after an opening phrase whose
    /// comma the writer left out: `On Tuesday Dana Pike, in Ohio, said`, `In 2009 Waller
    /// emailed her, telling her, "..."`, `Stepping up his attacks before the polls Trump, in
    /// Kentucky, said`. News copy drops that comma often; without it the phrase and the name
    /// read as one segment, and a segment opened by a preposition holds no subject. The
    /// phrase opens the sentence with a setting preposition followed by a determiner, a number
    /// or a weekday or month, or with a capitalized `-ing` participle whose object has a
    /// determiner; it holds only words and numbers, and ends in a number, a weekday or month, or a plain
    /// lower-case noun: a function word, a verb form (`-ed`, `-ing`, a verb of saying) or a
    /// possessive before the name makes the name the phrase's object (`After meeting with
    /// Pike`, `Thanking Pike`, `In Pike's view`).
    func opensClauseAfterOpeningPhrase(_ name: Int, at segmentStart: Int) -> Bool {
        guard segmentStart < name - 1, name - segmentStart <= 24,
            context.sentences[context.sentenceIndex(ofToken: segmentStart)].tokens.lowerBound == segmentStart
        else { return false }
        let opener = context.tokens[segmentStart]
        guard opener.kind == .word, opener.isCapitalized else { return false }
        let participle = context.textHasSuffix(segmentStart, "ing") == true && context.speechVerb(at: segmentStart) == nil
        guard participle || context.isWord(segmentStart, in: Self.settingPrepositions) else { return false }
        // The phrase has its own noun: `In 2009`, `On Tuesday`, `before the polls`, `Stepping up
        // his attacks`. `In nearby Decatur` (an adjective, then the name) has the name as the
        // preposition's object.
        let determined = { (index: Int) in
            self.context.tokens[index].kind == .number || self.context.isWord(index, in: SpeakerWords.determiners)
                || self.context.isWord(index, in: Self.calendarWords)
        }
        if participle {
            guard ((segmentStart + 1)..<(name - 1)).contains(where: determined) else { return false }
        } else {
            guard determined(segmentStart + 1) else { return false }
        }
        for index in (segmentStart + 1)..<name {
            let token = context.tokens[index]
            guard token.kind == .word || token.kind == .number, !context.isQuoteMark(index), !token.isPossessive,
                context.speechVerb(at: index) == nil || index < name - 1
            else { return false }
        }
        return closesOpeningPhrase(name - 1)
    }

    /// The last word of an opening phrase: a number (`In 2009`), a weekday or month (`On
    /// Tuesday`), or a lower-case noun (`the polls`, `the vote`); a role noun before a name is
    /// its title (`with the spokesman Tom Waller`).
    private func closesOpeningPhrase(_ index: Int) -> Bool {
        let token = context.tokens[index]
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        if token.isCapitalized { return context.isWord(index, in: Self.calendarWords) }
        if context.isWord(index, in: SpeakerWords.stops) || context.isWord(index, in: SpeakerWords.determiners)
            || context.isWord(index, in: Self.settingPrepositions) || isSkippable(index)
            || context.isWord(index, in: SpeakerWords.titles) || context.isWord(index, in: Self.personRoleWords)
            || context.speechVerb(at: index) != nil
        {
            return false
        }
        return context.textHasSuffix(index, "ed") != true && context.textHasSuffix(index, "ing") != true
    }

    /// A person's role written before the name as its title (`the spokesman Tom Waller`, `the
    /// poet Jo Hale`). `SpeakerWords.roleNouns` is wider: it holds the heads of descriptions
    /// (`polls`, `voters`, `report`), which end opening phrases (`before the polls Trump`).
    static let personRoleWords: WordClass = [
        "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "analyst", "expert", "lawyer",
        "attorney", "poet", "writer", "author", "actor", "actress", "singer", "reporter", "host", "anchor",
        "columnist", "economist", "historian", "professor", "director", "chairman", "chairwoman", "chief",
        "leader", "candidate", "nominee", "colleague", "friend", "rival", "opponent", "ally", "husband", "wife",
        "son", "daughter", "brother", "sister", "father", "mother", "coach", "manager", "executive", "founder",
    ]

    static let calendarWords = WordClass(Set(CalendarNames.weekdays + CalendarNames.months).union([
        "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
    ]))

    static let irregularPastVerbs: WordClass = [
        "told", "wrote", "sent", "went", "took", "made", "gave", "spoke", "met", "left", "began", "came", "held",
    ]

    /// The name that opens the clause after an opening phrase left without its comma (`In 2009
    /// Waller emailed her, ...`): the sentence subject for a participle later in the sentence.
    func subjectAfterUncommaedPhrase(from start: Int, before limit: Int) -> SpeakerPhrase? {
        var index = start + 1
        while index < min(limit, start + 24), !isNamePart(index) || context.isWord(index, in: Self.calendarWords) {
            guard context.tokens[index].kind == .word || context.tokens[index].kind == .number else { return nil }
            index += 1
        }
        guard index < limit, isNamePart(index), opensClauseAfterOpeningPhrase(index, at: start) else { return nil }
        var end = index
        while end < limit, isNamePart(end) { end += 1 }
        // The name's verb follows it: a past form (`Waller emailed`, `Pike told`).
        guard end < limit, context.tokens[end].kind == .word, !context.tokens[end].isCapitalized,
            context.textHasSuffix(end, "ed") == true || context.verbID(at: end) >= 0
                || context.isWord(end, in: Self.irregularPastVerbs)
        else { return nil }
        guard let name = namePhrase(index..<end), name.kind == .name else { return nil }
        return name
    }

    /// The last colon before `verb` that opens a clause: a capitalized word or a name follows
    /// it, and no quotation mark stands between it and the verb (`Pike wrote: "..."` keeps its
    /// colon inside the quotation's reading).
    func clauseColon(before verb: Int, from lowerBound: Int) -> Int? {
        guard let colon = (lowerBound..<verb).last(where: { context.isMark($0, 0x3A) }), colon + 2 < verb,
            context.tokens[colon + 1].kind == .word, context.tokens[colon + 1].isCapitalized,
            !((colon + 1)..<verb).contains(where: { context.isQuoteMark($0) })
        else { return nil }
        return colon
    }
}
