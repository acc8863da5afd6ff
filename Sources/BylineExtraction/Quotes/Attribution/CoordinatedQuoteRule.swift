/// Sieve rule 6: a quotation joined to the one before it by `and`, `or` or a comma in the
/// same sentence (`as a "human leech" and a "spoiled brat"`) shares its speaker.
struct CoordinatedQuoteRule: Sendable {
    static let links: Set<String> = ["and", "or", "nor"]

    func source(for site: QuoteSite, in context: AttributionContext, attributed: [QuoteAttribution?]) -> Int? {
        guard !context.quotes[site.quote].isNested, site.quote > 0,
            let previous = (0..<site.quote).last(where: { !context.quotes[$0].isNested }),
            attributed[previous]?.cue != nil
        else { return nil }
        var index = site.openToken - 1
        if context.isWord(index, in: WordSets.articles) { index -= 1 }
        guard index > site.lowerBound, context.isWord(index, in: Self.links) || context.isPunctuation(index, WordSets.comma)
        else { return nil }
        index -= 1
        if context.isPunctuation(index, WordSets.comma) { index -= 1 }
        // The mark just before is the previous quotation's closing mark, in this sentence.
        guard index >= site.lowerBound, context.isQuoteMark(index),
            let close = context.quotes[previous].closeMark, context.tokens[index].span.start == close.start
        else { return nil }
        return previous
    }
}
