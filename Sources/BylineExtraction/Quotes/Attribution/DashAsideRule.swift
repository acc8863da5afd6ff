/// Sieve rule (session 6): a whole quoted sentence set off between dashes right after the one
/// who says it. `including the former candidate Mitt Romney -- "It is disqualifying ..." --
/// and Fred Goldberg` quotes Romney inside the sentence that lists him; `When Trump finally
/// wrapped up -- "I will fight for you ..." -- the balloons came down` quotes the subject of
/// the clause before the dash, whose past-tense verb with at most a short particle ends right
/// at the dash. The aside must close with a second dash after the quotation, open with a
/// capital and hold a few words: a single term between dashes (`signed the bill -- "The Care
/// Act" -- in 2010`) is a name, not someone's words.
struct DashAsideRule: AttributionRule {
    static let dashes: Set<String> = ["--", "—", "–"]
    static let minimumWords = 4
    static let maximumTail = 2

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, site.openToken - 2 >= site.lowerBound, context.isPunctuation(site.openToken - 1, Self.dashes),
            closesWithDash(site, context), isSentenceAside(site, context)
        else { return nil }
        let dash = site.openToken - 1
        let reader = SpeakerPhraseReader(context: context)
        if let named = reader.phrase(endingAt: dash - 1, from: site.lowerBound), named.kind == .name {
            return Cue(verbTokens: dash..<(dash + 1), speaker: named)
        }
        return clauseSubject(before: dash, site, context, reader)
    }

    /// `When Trump finally wrapped up --`: the subject, then its past verb, then a particle.
    private func clauseSubject(
        before dash: Int, _ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader
    ) -> Cue? {
        guard let subject = reader.sentenceSubject(from: site.lowerBound, before: dash) else { return nil }
        switch subject.kind {
        case .name, .pronoun: break
        case .pluralPronoun, .descriptive: return nil
        }
        var verb = subject.tokens.upperBound
        while verb < dash, reader.isSkippable(verb) { verb += 1 }
        let colon = ColonCueRule()
        guard verb < dash, colon.isPastVerb(verb, context), !context.isWord(verb - 1, in: ColonCueRule.passiveAuxiliaries),
            dash - verb - 1 <= Self.maximumTail,
            ((verb + 1)..<dash).allSatisfy({ context.tokens[$0].kind == .word && !context.tokens[$0].isCapitalized })
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: subject)
    }

    /// The closing mark is followed (maybe after a comma or period inside the aside) by a dash.
    private func closesWithDash(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        var index = site.afterToken
        while index < site.afterBound, context.isPunctuation(index, WordSets.comma) { index += 1 }
        return context.isPunctuation(index, Self.dashes)
    }

    /// A capital first word and at least a few words inside the marks.
    private func isSentenceAside(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        var first = site.openToken + 1
        while first < site.afterToken, context.isQuoteMark(first) { first += 1 }  // the NYT's `''` is two marks
        guard first < site.afterToken, context.tokens[first].kind == .word, context.tokens[first].isCapitalized else { return false }
        let words = (first..<site.afterToken).reduce(0) { $0 + (context.tokens[$1].kind == .word ? 1 : 0) }
        return words >= Self.minimumWords
    }
}
