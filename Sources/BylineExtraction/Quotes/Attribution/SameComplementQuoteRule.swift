/// Sieve rule: a fragment quoted later in the same reported clause as a quotation whose cue
/// stands before both shares its speaker (`Jo Hale said Tuesday that Reed was "an amateur"
/// while Lee is "a fraud"`, `Hale's claim is that the board is a "closed shop" run to
/// "protect" its members`). Only a fragment (it opens in lower case) with no cue of its own;
/// nothing between the two quotations may end the clause (`;`, `:`, a dash, a sentence end),
/// bring in another verb of saying (`, but Lee called it "..."`) or a copula (`Lee's claim
/// about "X" is "false"`).
struct SameComplementQuoteRule: Sendable {
    func source(for site: QuoteSite, in context: AttributionContext, attributed: [QuoteAttribution?]) -> Int? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, site.quote > 0, opensInLowerCase(site, context),
            let previous = (0..<site.quote).last(where: { !context.quotes[$0].isNested }),
            let cue = attributed[previous]?.cue, let close = context.quotes[previous].closeMark
        else { return nil }
        let previousOpen = context.tokenIndex(atOrAfter: context.quotes[previous].openMark.start)
        let previousAfter = context.tokenIndex(atOrAfter: close.end)
        // Both in this sentence, the cue before the earlier one (`X said that ... "..."`).
        guard previousOpen >= site.lowerBound, cue.verbTokens.lowerBound >= site.lowerBound,
            cue.verbTokens.upperBound <= previousOpen, previousAfter <= site.openToken
        else { return nil }
        for index in previousAfter..<site.openToken where isClauseBreak(index, context) { return nil }
        return previous
    }

    private func opensInLowerCase(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let first = context.tokenIndex(atOrAfter: context.quotes[site.quote].content.start)  // `''` is two tokens
        guard first < site.afterToken, context.tokens[first].kind == .word else { return false }
        return !context.tokens[first].isCapitalized
    }

    /// A mark or word between the two quotations that ends the reported clause or starts
    /// another report.
    private func isClauseBreak(_ index: Int, _ context: AttributionContext) -> Bool {
        if context.isQuoteMark(index) || context.isClauseEnd(index) { return true }
        if context.isPunctuation(index, WordSets.colonSemicolon) || DashAsideRule.dashes.contains(context.tokens[index].text) {
            return true
        }
        // `Trump's statement about "thousands" is "true"`: a copula starts the sentence's own
        // predicate after a quotation inside its subject.
        if context.isAccordingTo(index) || context.isWord(index, in: WordSets.isWasAreEtc) { return true }
        return context.speechVerb(at: index) != nil
    }
}
