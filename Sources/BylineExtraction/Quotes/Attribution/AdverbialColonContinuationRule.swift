/// Sieve step: a quotation introduced only by when, where or how it was said, closed by a
/// colon, goes on quoting the speaker of the quotation just before: `"We made a mistake," he
/// told CNN in October.` / `Then, later that month on CNN: "I never said we made a mistake."`,
/// `In a speech in Ohio a week later: "..."`. Fact checks and profiles line up one speaker's
/// statements this way, with no verb.
///
/// The clause before the colon opens its sentence and holds nothing but time, place and
/// medium (`adverbialWords`, capitalized names of days, outlets and places, numbers, commas);
/// the earlier quotation has a cue and ends in this paragraph or the one before, and no verb
/// of saying stands between it and this clause but its own cue's. `Later, Pike said: "..."`
/// has a verb (its cue decides); `The answer: "..."` and `Her reply:` are no time or place, and
/// `From Ortiz's speech:` names a speaker of its own.
struct AdverbialColonContinuationRule: Sendable {
    /// Most tokens of the clause before the colon.
    static let reach = 12
    /// Lower-case words a verbless clause of time, place or medium may hold.
    static let adverbialWords: WordClass = [
        "then", "later", "earlier", "again", "also", "and", "but", "once", "more", "recently", "ago", "same",
        "that", "this", "last", "next", "following", "another", "a", "an", "the", "his", "her", "their", "its",
        "on", "in", "at", "during", "before", "after", "to", "with", "over", "into", "via", "from", "of",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning", "afternoon", "evening",
        "weekend", "time", "times", "first", "second", "third", "one", "two", "three", "few", "several",
        "interview", "interviews", "speech", "speeches", "rally", "debate", "appearance", "event", "hearing",
        "conference", "news", "press", "show", "program", "programme", "radio", "television", "tv", "broadcast",
        "podcast", "video", "stage", "trail", "stop", "town", "hall", "meeting", "session", "forum", "visit",
        "campaign", "tweet", "post", "twitter", "facebook", "instagram", "statement", "remarks", "op-ed",
    ]

    /// The index of the quotation whose attribution carries over to `site`'s, or nil.
    func source(for site: QuoteSite, in context: AttributionContext, attributed: [QuoteAttribution?]) -> Int? {
        let quote = context.quotes[site.quote]
        guard let colon = context.colonIntroducing(site) else { return nil }
        let start = site.lowerBound
        guard colon - start <= Self.reach, isAdverbialClause(start..<colon, context),
            let previous = (0..<site.quote).last(where: { !context.quotes[$0].isNested }),
            let cue = attributed[previous]?.cue,
            context.quotes[previous].endParagraph == quote.paragraph || context.quotes[previous].endParagraph + 1 == quote.paragraph
        else { return nil }
        // No other verb of saying between the earlier quotation and this clause.
        let previousEnd = context.tokenIndex(atOrAfter: context.quotes[previous].outer.end)
        guard previousEnd <= start else { return nil }
        let between = context.cues(in: previousEnd..<colon)
        guard between.allSatisfy({ cue.verbTokens.contains(Int($0)) }) else { return nil }
        return previous
    }

    /// Time, place and medium only: capitalized words (a day, an outlet, a place), numbers,
    /// commas and `adverbialWords`; at least one lower-case word, so a bare name (`Hale:`)
    /// stays a label for `ColonCueRule`.
    private func isAdverbialClause(_ range: Range<Int>, _ context: AttributionContext) -> Bool {
        var sawWord = false
        for index in range {
            let token = context.tokens[index]
            switch token.kind {
            case .number: continue
            case .punctuation:
                guard context.isMark(index, 0x2C) || context.isMark(index, 0x2E) else { return false }
            case .word:
                // `From Ortiz's speech:` names its own speaker: no possessive.
                if token.isPossessive { return false }
                if token.isCapitalized, index > range.lowerBound { continue }
                guard context.isWord(index, in: Self.adverbialWords) else { return false }
                sawWord = true
            case .symbol:
                return false
            }
        }
        return sawWord
    }
}
