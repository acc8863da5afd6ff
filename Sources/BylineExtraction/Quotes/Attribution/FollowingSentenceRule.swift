/// Sieve step: the reporter carries a speaker's words on into the next sentence: `"It's an
/// enormous moment," said Jo Hale. Unless rivals quit, "it's very hard to see how he is
/// stopped."` A quotation with no cue of its own, in lower case and of at least four words (a
/// clause of the speaker's, not a term), in the sentence right after the one that closes an
/// attributed quotation of the same paragraph, keeps that quotation's speaker. A short phrase
/// there (`the "opt out" movement`) is a term, and a sentence with a verb of saying of its own
/// is left to its cue.
struct FollowingSentenceRule: Sendable {
    static let minimumWords = 4

    /// The index of the quotation whose attribution carries over to `site`'s, or nil.
    func source(for site: QuoteSite, in context: AttributionContext, attributed: [QuoteAttribution?]) -> Int? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, !context.sentences.isEmpty, opensInLowerCase(quote, context),
            wordCount(site, context) >= Self.minimumWords,
            let previous = (0..<site.quote).last(where: { !context.quotes[$0].isNested }),
            attributed[previous]?.cue != nil, context.quotes[previous].endParagraph == quote.paragraph
        else { return nil }
        let previousEnd = context.tokenIndex(atOrAfter: context.quotes[previous].outer.end) - 1
        guard previousEnd >= 0 else { return nil }
        let sentence = context.sentenceIndex(ofToken: site.openToken)
        guard context.sentenceIndex(ofToken: previousEnd) == sentence - 1,
            !context.hasCue(in: context.sentences[sentence].tokens)
        else { return nil }
        return previous
    }

    private func opensInLowerCase(_ quote: QuotedSpan, _ context: AttributionContext) -> Bool {
        let units = context.text.utf16[quote.content.start..<quote.content.end]
        guard let first = units.first(where: QuoteCharacters.isLetterOrDigit) else { return false }
        return first >= 0x61 && first <= 0x7A
    }

    private func wordCount(_ site: QuoteSite, _ context: AttributionContext) -> Int {
        (site.openToken + 1..<max(site.openToken + 1, site.afterToken - 1)).count { context.tokens[$0].kind == .word }
    }
}
