/// Sieve rule 5: a quotation with no cue of its own that follows another in the same
/// paragraph, or opens the paragraph after it, keeps that quotation's speaker
/// (`"...," Tillerson said. "The world's two foremost ..."`). So does a quotation that
/// completes the next sentence after a short opening phrase (`"...," said Jo Hale, a
/// strategist. Now, "within the business community there is ..."`).
struct ContinuationRule: Sendable {
    /// The index of the quotation whose attribution carries over to `site`'s, or nil.
    func source(for site: QuoteSite, in context: AttributionContext, attributed: [QuoteAttribution?]) -> Int? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested else { return nil }
        guard let previous = attributedPrevious(before: site.quote, context, attributed) else { return nil }
        let before = context.quotes[previous]
        guard startsWithCapital(quote, context) else {
            guard before.endParagraph == quote.paragraph else { return nil }
            return resumesInterrupted(site, after: previous, context, attributed) || completesNextSentence(site, after: before, context)
                ? previous : nil
        }
        if before.endParagraph == quote.paragraph { return previous }
        return before.endParagraph + 1 == quote.paragraph && context.opensParagraph(quote) ? previous : nil
    }

    /// The quotation before `index` whose speaker may carry over: the last one, or the one
    /// before it when the last is a term quoted inside its cue's own sentence, with no cue of
    /// its own (`"...," said Rep. Jo Hale, one of the "big four" negotiators. "They said ..."`).
    private func attributedPrevious(before index: Int, _ context: AttributionContext, _ attributed: [QuoteAttribution?]) -> Int? {
        guard let last = (0..<index).last(where: { !context.quotes[$0].isNested }) else { return nil }
        if attributed[last]?.cue != nil { return last }
        guard attributed[last] == nil, let earlier = (0..<last).last(where: { !context.quotes[$0].isNested }),
            attributed[earlier]?.cue != nil, !context.sentences.isEmpty
        else { return nil }
        let earlierEnd = context.tokenIndex(atOrAfter: context.quotes[earlier].closeMark?.end ?? context.quotes[earlier].content.end)
        let lastOpen = context.tokenIndex(atOrAfter: context.quotes[last].openMark.start)
        guard context.sentenceIndex(ofToken: earlierEnd) == context.sentenceIndex(ofToken: lastOpen) else { return nil }
        return earlier
    }

    /// `"...," said Jo Hale, the campaign's director, "and we ..."`: the quotation resumes the
    /// sentence its cue interrupted. Only the cue (with an apposition) stands between the two.
    private func resumesInterrupted(
        _ site: QuoteSite, after previous: Int, _ context: AttributionContext, _ attributed: [QuoteAttribution?]
    ) -> Bool {
        guard let cue = attributed[previous]?.cue, context.isMark(site.openToken - 1, 0x2C) else { return false }
        let earlier = context.quotes[previous]
        let earlierEnd = context.tokenIndex(atOrAfter: earlier.closeMark?.end ?? earlier.content.end)
        let cueEnd = max(cue.verbTokens.upperBound, cue.speaker.tokens.upperBound)
        guard cue.verbTokens.lowerBound >= earlierEnd, cueEnd <= site.openToken, site.openToken - cueEnd <= 16 else { return false }
        let tail = cueEnd..<site.openToken
        return !context.hasCue(in: tail) && !tail.contains { context.isQuoteMark($0) || context.isClauseEnd($0) }
    }

    /// The quotation ends the sentence right after the earlier quotation's, and only a short
    /// opening phrase closed by a comma stands before it (`Instead, "he ..."`), with no verb
    /// of saying or other quotation that could name someone else.
    private func completesNextSentence(_ site: QuoteSite, after earlier: QuotedSpan, _ context: AttributionContext) -> Bool {
        guard !context.sentences.isEmpty, site.openToken > site.lowerBound, site.openToken - site.lowerBound <= 12,
            context.isMark(site.openToken - 1, 0x2C)
        else { return false }
        let sentence = context.sentenceIndex(ofToken: site.openToken)
        let earlierEnd = context.tokenIndex(atOrAfter: earlier.closeMark?.end ?? earlier.content.end) - 1
        guard sentence > 0, context.sentenceIndex(ofToken: max(0, earlierEnd)) == sentence - 1 else { return false }
        let opening = site.lowerBound..<site.openToken
        guard !context.hasCue(in: opening), !opening.contains(where: { context.isQuoteMark($0) }) else { return false }
        // Nothing but the sentence's final punctuation after the closing mark.
        var index = site.afterToken
        while index < site.upperBound, context.tokens[index].kind == .punctuation, !context.isQuoteMark(index) { index += 1 }
        return index >= site.upperBound
    }

    private func startsWithCapital(_ quote: QuotedSpan, _ context: AttributionContext) -> Bool {
        let units = context.text.utf16[quote.content.start..<quote.content.end]
        guard let first = units.first(where: QuoteCharacters.isLetterOrDigit) else { return false }
        return first >= 0x41 && first <= 0x5A || first >= 0x30 && first <= 0x39 || first > 0x7F
    }
}
