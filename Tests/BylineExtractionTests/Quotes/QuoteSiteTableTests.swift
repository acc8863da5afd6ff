import Testing

@testable import BylineExtraction

/// Session 12: each quotation's site is read once, in `AttributionContext.init`, and the
/// sieve, its rules and the assembler share it. The table must hold what reading a site from
/// the context's own searches gives (the reading the readers made before), for nested
/// quotations, quotations across the splitter's sentence end and an article of no sentences.
@Suite struct QuoteSiteTableTests {
    /// A site read the way `QuoteSite.init(quote:in:)` read it before the table.
    static func searched(_ index: Int, _ context: AttributionContext) -> QuoteSite {
        let quote = context.quotes[index]
        let open = context.tokenIndex(atOrAfter: quote.openMark.start)
        let after = context.tokenIndex(atOrAfter: quote.closeMark?.end ?? quote.content.end)
        var lower = 0
        var upper = context.tokens.count
        if let parent = quote.parent {
            lower = context.tokenIndex(atOrAfter: context.quotes[parent].content.start)
            upper = context.tokenIndex(atOrAfter: context.quotes[parent].content.end)
        } else if !context.sentences.isEmpty {
            lower = context.sentences[context.sentenceIndex(ofToken: open)].tokens.lowerBound
            upper = context.sentences[context.sentenceIndex(ofToken: max(open, after - 1))].tokens.upperBound
        }
        var afterBound = upper
        if quote.parent == nil, open == lower, after < context.tokens.count, !context.sentences.isEmpty {
            let next = context.sentences[context.sentenceIndex(ofToken: after)]
            if next.paragraph == quote.endParagraph { afterBound = max(upper, next.tokens.upperBound) }
        }
        let site = context.sites[index]
        #expect(site.quote == index && site.openToken == open && site.afterToken == after)
        #expect(site.lowerBound == lower && site.upperBound == upper && site.afterBound == afterBound)
        return site
    }

    @Test func sites_equalTheSearchedReading_forEveryQuotation() {
        let context = QuoteTestSupport.context([
            "\"Is it over?\" Dana Graham asked. \"We told them 'never again,' and we meant it.\"",
            "The mayor called it a \"temporary\" fix, adding: \"It will hold.\"",
            "\"An unclosed quotation runs on",
        ])
        #expect(context.quotes.count >= 5)
        #expect(context.sites.count == context.quotes.count)
        for index in context.quotes.indices {
            #expect(context.sites[index] == Self.searched(index, context))
        }
        // The nested `'never again,'` is bounded by the quotation that holds it.
        guard let nested = context.quotes.indices.first(where: { context.quotes[$0].parent != nil }),
            let parent = context.quotes[nested].parent
        else {
            Issue.record("no nested quotation found")
            return
        }
        #expect(context.sites[nested].lowerBound == context.tokenIndex(atOrAfter: context.quotes[parent].content.start))
        // `"Is it over?" Dana Graham asked.`: the site reaches past the splitter's sentence end.
        #expect(context.sites[0].afterBound > context.sites[0].upperBound)
    }

    @Test func sites_ofAnArticleWithoutQuotations_areEmpty() {
        let context = QuoteTestSupport.context(["Nobody said anything at all."])
        #expect(context.sites.isEmpty)
    }
}
