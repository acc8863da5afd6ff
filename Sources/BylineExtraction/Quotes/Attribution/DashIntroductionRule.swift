/// Sieve rule: a dash after a clause whose subject is a person introduces that person's
/// words when a whole quoted sentence follows it and closes the sentence (`Trump also embraced
/// waterboarding -- "I think it's peanuts compared to what they do."`). Like the colon
/// (`ColonCueRule`), but a dash also sets off asides and terms, so more is asked: the
/// quotation opens with a capital and nothing but the final punctuation follows it, the
/// subject (a name, `he` or `she`) opens the clause and its past-tense verb comes right
/// after it, and only a short object without a clause link stands between verb and dash.
struct DashIntroductionRule: AttributionRule {
    static let maximumObject = 8

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, !context.sentences.isEmpty, site.openToken > site.lowerBound + 2,
            context.isPunctuation(site.openToken - 1, ColonCueRule.dashes), opensWithCapital(site, context),
            closesSentence(site, context)
        else { return nil }
        let dash = site.openToken - 1
        let start = site.lowerBound
        let reader = SpeakerPhraseReader(context: context)
        guard let subject = reader.sentenceSubject(from: start, before: dash), isPerson(subject) else { return nil }
        var verb = subject.tokens.upperBound
        while verb < dash, reader.isSkippable(verb) { verb += 1 }
        let colon = ColonCueRule()
        guard verb < dash, colon.isPastVerb(verb, context), !context.isWord(verb - 1, in: ColonCueRule.passiveAuxiliaries),
            dash - verb <= Self.maximumObject + 1,
            !((verb + 1)..<dash).contains(where: { colon.isClauseBreak($0, context) || context.isMark($0, 0x2C) }),
            !(start..<subject.tokens.lowerBound).contains(where: { colon.isClauseBreak($0, context) })
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: subject)
    }

    private func opensWithCapital(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let first = site.firstInside(context)  // past both marks of the NYT's `''`
        return first < site.afterToken && context.tokens[first].isCapitalized
    }

    /// Nothing but punctuation (not another quotation) after the closing mark in the sentence.
    private func closesSentence(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        (site.afterToken..<site.upperBound).allSatisfy {
            context.tokens[$0].kind == .punctuation && !context.isQuoteMark($0) && !context.isPunctuation($0, ColonCueRule.dashes)
        }
    }

    private func isPerson(_ phrase: SpeakerPhrase) -> Bool {
        switch phrase.kind {
        case .name, .pronoun: return true
        case .pluralPronoun, .descriptive: return false
        }
    }
}
