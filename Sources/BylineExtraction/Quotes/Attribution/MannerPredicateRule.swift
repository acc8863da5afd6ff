/// Sieve rule: a clause telling how a person spoke, with no verb of saying, sets up the
/// quotation right after it: `Hale was blunt. "..."`, `Lee put it this way: "..."`, `Pike
/// went further: "..."`, `Ortiz didn't mince words. "..."`, `Waller shrugged, "..."`, at the
/// end of the paragraph before a quoted one too. The predicate (`MannerPredicateReader`)
/// closes its clause, and its subject is a named person or a pronoun. A sentence that only
/// mentions someone (`Pike arrived late. "..."`, `Waller was tired.`) sets up nobody's words.
struct MannerPredicateRule: AttributionRule {
    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, !context.sentences.isEmpty, Self.opensWithCapital(quote, context) else { return nil }
        let reader = MannerPredicateReader(context: context)
        if site.openToken > site.lowerBound {
            // `Hale was blunt: "..."`, `Waller shrugged, "..."`: the clause from the sentence's
            // start up to the mark right before the quotation.
            let mark = site.openToken - 1
            guard context.isPunctuation(mark, WordSets.commaColon) else { return nil }
            return reader.cue(from: site.lowerBound, to: mark)
        }
        // `Hale was blunt. "..."`: the sentence before, in the same paragraph, or closing the
        // paragraph before when the quotation opens its own.
        guard let intro = context.introducingSentence(of: site), intro.tokens.count > 1, context.isClauseEnd(intro.tokens.upperBound - 1),
            !intro.tokens.contains(where: { context.isQuoteMark($0) })
        else { return nil }
        return reader.cue(from: intro.tokens.lowerBound, to: intro.tokens.upperBound - 1, endsSentence: true)
    }

    /// A quotation of whole sentences opens with a capital (`"This plan will fail."`); a
    /// lower-case one continues the reporter's sentence. An editor's bracket opening it is
    /// looked through (`"[I am] concerned about ..."`).
    static func opensWithCapital(_ quote: QuotedSpan, _ context: AttributionContext) -> Bool {
        var start = quote.content.start
        if start + 1 < quote.content.end, context.units[start] == 0x5B { start += 1 }  // [
        guard start < quote.content.end else { return false }
        let unit = context.units[start]
        return unit &- 0x41 < 26 || (unit >= 0xC0 && Character(UnicodeScalar(unit) ?? " ").isUppercase)
    }
}
