import Testing

@testable import BylineCorpus

/// Each quote's article from one entry per article gives what a column per quote gave.
@Suite struct QuoteArticlesTests {
    @Test func article_matchesAColumnPerQuote_withArticlesWithoutQuotesAnywhere() {
        // Articles without quotes first, between and last; the order is not the article order.
        let counts = [0, 3, 0, 0, 1, 5, 0, 2, 0]
        for order in [[0, 1, 2, 3, 4, 5, 6, 7, 8], [8, 6, 5, 3, 1, 0, 7, 2, 4], [2, 3, 7, 4, 6, 5, 1, 8, 0]] {
            var column: [Int] = []
            for article in order { column += Array(repeating: article, count: counts[article]) }
            let articles = QuoteArticles(counts: counts, order: order)
            #expect(articles.count == column.count)
            #expect(Array(articles) == column, "order \(order)")
        }
    }

    @Test func article_isEmpty_whenNoArticleHasQuotes() {
        #expect(QuoteArticles(counts: [0, 0], order: [1, 0]).isEmpty)
        #expect(QuoteArticles(counts: [], order: []).isEmpty)
    }

    @Test func mentionEnds_areKeptOnlyWhenTheWordsDoNotGiveThem() {
        func mention(_ start: Int, _ end: Int, _ text: String) -> LinkedMention {
            LinkedMention(article: 0, start: start, end: end, text: text)
        }
        // Words with accents and an emoji (two UTF-16 units): ends follow from the words.
        let following = MentionStore([[mention(0, 4, "José"), mention(10, 14, "José")], [mention(3, 6, "A😀")]])
        #expect(following.end.isEmpty)
        #expect((0..<3).map { following.end(at: $0) } == [4, 14, 6])
        // One mention whose span is not its words' length: every end is kept as given.
        let other = MentionStore([[mention(0, 4, "José"), mention(10, 15, "José")]])
        #expect(other.end.count == 2)
        #expect((0..<2).map { other.end(at: $0) } == [4, 15])
        #expect(other.mention(at: 1, articleIds: IdTable(["a"])).end == 15)
    }
}
