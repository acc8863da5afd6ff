/// Sieve rule 5: a quotation with no cue of its own that follows another in the same
/// paragraph, or opens the paragraph after it, keeps that quotation's speaker
/// (`"...," Tillerson said. "The world's two foremost ..."`).
struct ContinuationRule: Sendable {
    /// The index of the quotation whose attribution carries over to `site`'s, or nil.
    func source(for site: QuoteSite, in context: AttributionContext, attributed: [Int: QuoteAttribution]) -> Int? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, startsWithCapital(quote, context) else { return nil }
        guard let previous = (0..<site.quote).last(where: { !context.quotes[$0].isNested }),
            let earlier = attributed[previous], earlier.cue != nil
        else { return nil }
        let before = context.quotes[previous]
        if before.endParagraph == quote.paragraph { return previous }
        let opensParagraph = quote.openMark.start == context.text.paragraphs[quote.paragraph].start
        return before.endParagraph + 1 == quote.paragraph && opensParagraph ? previous : nil
    }

    private func startsWithCapital(_ quote: QuotedSpan, _ context: AttributionContext) -> Bool {
        let units = context.text.utf16[quote.content.start..<quote.content.end]
        guard let first = units.first(where: QuoteCharacters.isLetterOrDigit) else { return false }
        return first >= 0x41 && first <= 0x5A || first >= 0x30 && first <= 0x39 || first > 0x7F
    }
}
