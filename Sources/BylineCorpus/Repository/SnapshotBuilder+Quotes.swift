import BylineModel

extension SnapshotBuilder {
    /// The quote columns that need no linking, in corpus order.
    struct QuoteParts: Sendable {
        var details: QuoteDetails
        var kinds: [Quote.Kind]
        var articles: QuoteArticles
        var ranges: QuoteRanges

        /// `quotes[a]`: article `a`'s; `order`: the articles newest first.
        init(_ quotes: [[PreparedArticle.Quote]], order: [Int]) {
            details = QuoteDetails(quotes, order: order)
            var kinds: [Quote.Kind] = []
            kinds.reserveCapacity(details.start.count)
            for article in order {
                // The kind read in place: a quote copied out retained its strings.
                quotes[article].withUnsafeBufferPointer { quotes in
                    for index in quotes.indices { kinds.append(quotes[index].kind) }
                }
            }
            self.kinds = kinds
            let counts = quotes.map { $0.count }
            articles = QuoteArticles(counts: counts, order: order)
            ranges = QuoteRanges(counts: counts, order: order)
        }
    }
}
