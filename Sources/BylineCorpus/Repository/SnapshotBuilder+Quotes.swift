import BylineModel

extension SnapshotBuilder {
    /// The quote columns that need no linking, in corpus order.
    struct QuoteParts: Sendable {
        var details: QuoteDetails
        var kinds: [Quote.Kind]
        var articles: IntColumn
        var ranges: QuoteRanges

        /// `quotes[a]`: article `a`'s; `order`: the articles newest first.
        init(_ quotes: [[PreparedArticle.Quote]], order: [Int]) {
            details = QuoteDetails(quotes, order: order)
            var kinds: [Quote.Kind] = []
            var articles: [Int32] = []
            kinds.reserveCapacity(details.start.count)
            articles.reserveCapacity(details.start.count)
            for article in order {
                for quote in quotes[article] {
                    kinds.append(quote.kind)
                    articles.append(Int32(article))
                }
            }
            self.kinds = kinds
            self.articles = IntColumn(values: articles)
            ranges = QuoteRanges(counts: quotes.map { $0.count }, order: order)
        }
    }
}
