/// Sieve rule, after the others: a quotation with no cue of its own that is joined by `and`
/// or `or` to the next quotation of its sentence takes that quotation's cue, when the cue is
/// the next quotation's own: `Guns are "a crisis" and "stunt growth," Dana Pike said.` News
/// writing names the speaker once, after the last of the coordinated quotations; the first
/// cannot look forward from inside `CoordinatedQuoteRule`, which hands a quotation the
/// speaker of the one before it.
struct CoordinatedBeforeRule: Sendable {
    static let links: WordClass = ["and", "or"]

    /// The next quotation whose cue this one shares, or nil.
    func source(for site: QuoteSite, in context: AttributionContext, attributed: [QuoteAttribution?]) -> Int? {
        guard !context.quotes[site.quote].isNested,
            let next = ((site.quote + 1)..<context.quotes.count).first(where: { !context.quotes[$0].isNested }),
            let decided = attributed[next], decided.cue != nil, decided.continues == nil,
            let close = context.quotes[site.quote].closeMark
        else { return nil }
        let later = context.sites[next]
        // One sentence: the later quotation's sentence starts at or before this one's mark.
        guard later.lowerBound <= site.openToken else { return nil }
        var index = later.openToken - 1
        guard index > site.openToken, context.isWord(index, in: Self.links) else { return nil }
        index -= 1
        if context.isPunctuation(index, WordSets.comma) { index -= 1 }
        // The closing mark (the NYT's `''` is two tokens; either may stand here).
        guard context.isQuoteMark(index), close.contains(context.tokens[index].span) else { return nil }
        return next
    }
}
