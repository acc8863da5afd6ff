/// Where a quotation's speaker may have been set up before it, read the same way by every rule
/// that looks there.
extension AttributionContext {
    /// The sentence that may introduce the quotation opening `site`'s sentence (`Hale was
    /// blunt. "..."`): the one before it in the quotation's paragraph, or the last of the
    /// paragraph before when the quotation opens its own. Nil when the quotation does not open
    /// its sentence or nothing stands before it.
    func introducingSentence(of site: QuoteSite) -> Sentence? {
        guard site.openToken == site.lowerBound, !sentences.isEmpty else { return nil }
        let index = sentenceIndex(ofToken: site.openToken)
        guard index > 0 else { return nil }
        let intro = sentences[index - 1]
        let quote = quotes[site.quote]
        guard intro.paragraph == quote.paragraph || (intro.paragraph + 1 == quote.paragraph && opensParagraph(quote))
        else { return nil }
        return intro
    }

    /// Whether the quotation's opening mark is the first character of its paragraph.
    func opensParagraph(_ quote: QuotedSpan) -> Bool {
        quote.openMark.start == text.paragraphs[quote.paragraph].start
    }

    /// The colon that leads into a quotation of whole sentences inside the quotation's own
    /// sentence (`He returned to his lines: "We will win."`), or nil: the quotation is not
    /// nested, something of its sentence stands before the colon, and its words open with a
    /// capital.
    func colonIntroducing(_ site: QuoteSite) -> Int? {
        let quote = quotes[site.quote]
        guard !quote.isNested, site.openToken > site.lowerBound, isMark(site.openToken - 1, 0x3A),
            MannerPredicateRule.opensWithCapital(quote, self)
        else { return nil }
        return site.openToken - 1
    }
}
