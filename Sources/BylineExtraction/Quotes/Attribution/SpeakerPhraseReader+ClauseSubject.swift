extension SpeakerPhraseReader {
    /// The subject of a finite verb: the phrase right before it (`Trump later called`), else
    /// the sentence's subject when nothing between them opens another clause (`Trump in his
    /// announcement speech called`). Only a person, a pronoun or a role (`the campaign`).
    func clauseSubject(of verb: Int, from lowerBound: Int) -> SpeakerPhrase? {
        if let direct = subject(before: verb, from: lowerBound), isSpeakerPhrase(direct) { return direct }
        guard let opening = sentenceSubject(from: lowerBound, before: verb), isSpeakerPhrase(opening),
            opening.tokens.upperBound < verb,
            !(opening.tokens.upperBound..<verb).contains(where: {
                context.isWord($0, in: CharacterizationRule.clauseLinks) || context.isClauseEnd($0) || context.isQuoteMark($0)
                    || context.isWord($0, in: WordSets.isAreWasEtc) || context.speechVerb(at: $0) != nil
            })
        else { return nil }
        return opening
    }

    func isSpeakerPhrase(_ phrase: SpeakerPhrase) -> Bool {
        switch phrase.kind {
        case .name, .pronoun: return true
        case .pluralPronoun: return false
        case .descriptive: return SpeakerWords.roleNouns.contains(context.lower(phrase.tokens.upperBound - 1))
        }
    }
}

extension SpeakerPhraseReader {
    static let weekdays = WordClass(Set(CalendarNames.weekdays))
    static let months = WordClass(Set(CalendarNames.months).union(["jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."]))
    /// `last week`, `Tuesday night`: a period after one of `periodOpeners` or a weekday.
    static let periods: WordClass = ["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening"]
    static let periodOpeners: WordClass = ["last", "this", "next", "that"]
    /// What may open a time phrase: `on Tuesday`, `late Monday`, `earlier this week`.
    static let timeOpeners: WordClass = ["on", "late", "early", "later", "earlier", "last", "this", "next"]

    /// The first token of a time phrase ending at `end` (`on Tuesday`, `later Thursday`, `last
    /// week`, `Tuesday night`, `on Nov. 5`), or `end + 1` when none ends there.
    func timePhraseStart(endingAt end: Int, from lowerBound: Int) -> Int {
        guard end >= lowerBound, context.tokens.indices.contains(end) else { return end + 1 }
        var start = end + 1
        if context.tokens[end].kind == .number, end - 1 >= lowerBound, context.isWord(end - 1, in: Self.months),
            context.tokens[end - 1].isCapitalized
        {
            start = end - 1
        } else if context.isWord(end, in: Self.weekdays), context.tokens[end].isCapitalized {
            start = end
        } else if context.isWord(end, in: Self.periods), end - 1 >= lowerBound,
            context.isWord(end - 1, in: Self.periodOpeners) || context.isWord(end - 1, in: Self.weekdays)
        {
            start = end - 1
        } else {
            return end + 1
        }
        if start - 1 >= lowerBound, context.isWord(start - 1, in: Self.timeOpeners) { start -= 1 }
        return start
    }
}
