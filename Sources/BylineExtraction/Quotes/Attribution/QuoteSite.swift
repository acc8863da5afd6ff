/// Where one quotation sits among the tokens: its marks, and the stretch the rules may search
/// for a cue (its sentences, or for a nested quote the quotation that holds it).
struct QuoteSite: Sendable, Equatable {
    let quote: Int
    /// Token of the opening mark; the before-cue is read from the token ahead of it.
    let openToken: Int
    /// First token after the closing mark (or after the content when the quote never closes).
    let afterToken: Int
    let lowerBound: Int
    let upperBound: Int
    /// The end of the sentence after the closing mark: the splitter ends a sentence at
    /// `?"` or `."` before a capital, yet `"...?" Graham asked.` is one attribution.
    let afterBound: Int

    /// Reads the site from the article's parts; `AttributionContext.init` calls it once per
    /// quotation (read it from `context.sites`), before the context exists (each reading is several binary searches, and
    /// the sieve, its rules and the assembler asked for a quotation's site 2.5 times).
    init(quote index: Int, quotes: [QuotedSpan], tokens: [Token], sentences: [Sentence]) {
        let quote = quotes[index]
        self.quote = index
        openToken = AttributionContext.tokenIndex(atOrAfter: quote.openMark.start, in: tokens)
        afterToken = AttributionContext.tokenIndex(atOrAfter: quote.closeMark?.end ?? quote.content.end, in: tokens)
        if let parent = quote.parent {
            let holder = quotes[parent].content
            lowerBound = AttributionContext.tokenIndex(atOrAfter: holder.start, in: tokens)
            upperBound = AttributionContext.tokenIndex(atOrAfter: holder.end, in: tokens)
        } else if sentences.isEmpty {
            lowerBound = 0
            upperBound = tokens.count
        } else {
            lowerBound = sentences[AttributionContext.sentenceIndex(ofToken: openToken, in: sentences)].tokens.lowerBound
            let last = max(openToken, afterToken - 1)
            upperBound = sentences[AttributionContext.sentenceIndex(ofToken: last, in: sentences)].tokens.upperBound
        }
        if quote.parent == nil, openToken == lowerBound, afterToken < tokens.count, !sentences.isEmpty {
            let next = sentences[AttributionContext.sentenceIndex(ofToken: afterToken, in: sentences)]
            afterBound = next.paragraph == quote.endParagraph ? max(upperBound, next.tokens.upperBound) : upperBound
        } else {
            afterBound = upperBound
        }
    }

    /// The first token inside the marks (the NYT's `''` is two mark tokens, so not always
    /// `openToken + 1`).
    func firstInside(_ context: AttributionContext) -> Int {
        var first = openToken + 1
        while first < afterToken, context.isQuoteMark(first) { first += 1 }
        return first
    }

    /// The last character of the quotation's content (`,` in `"...," he said`).
    func lastContentUnit(in context: AttributionContext) -> UInt16? {
        let content = context.quotes[quote].content
        var end = content.end
        // `"... ‘responsibility.’"`: look through a nested closing mark.
        while end > content.start, [0x27, 0x2019, 0x201D, 0x22].contains(context.text.utf16[end - 1]) { end -= 1 }
        return end > content.start ? context.text.utf16[end - 1] : nil
    }
}
