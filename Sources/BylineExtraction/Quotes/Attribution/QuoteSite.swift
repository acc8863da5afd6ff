/// Where one quotation sits among the tokens: its marks, and the stretch the rules may search
/// for a cue (its sentences, or for a nested quote the quotation that holds it).
struct QuoteSite: Sendable {
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

    init(quote index: Int, in context: AttributionContext) {
        let quote = context.quotes[index]
        self.quote = index
        openToken = context.tokenIndex(atOrAfter: quote.openMark.start)
        afterToken = context.tokenIndex(atOrAfter: quote.closeMark?.end ?? quote.content.end)
        if let parent = quote.parent {
            let holder = context.quotes[parent].content
            lowerBound = context.tokenIndex(atOrAfter: holder.start)
            upperBound = context.tokenIndex(atOrAfter: holder.end)
        } else if context.sentences.isEmpty {
            lowerBound = 0
            upperBound = context.tokens.count
        } else {
            lowerBound = context.sentences[context.sentenceIndex(ofToken: openToken)].tokens.lowerBound
            let last = max(openToken, afterToken - 1)
            upperBound = context.sentences[context.sentenceIndex(ofToken: last)].tokens.upperBound
        }
        if quote.parent == nil, openToken == lowerBound, afterToken < context.tokens.count, !context.sentences.isEmpty {
            let next = context.sentences[context.sentenceIndex(ofToken: afterToken)]
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
