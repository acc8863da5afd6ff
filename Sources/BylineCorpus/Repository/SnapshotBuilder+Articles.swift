import BylineModel

extension SnapshotBuilder {
    /// Every article's stored JSON and summary, and the digest of the articles' JSON (the
    /// first part of `identity`, worked out here on this task's core).
    static func articleJSON(
        _ articles: [Article], entityCounts: [Int], quoteCounts: [Int], texts: ByteArena,
        excerptCodes: [Int32], excerptOthers: [Int: [UInt8]]
    ) -> (articles: ArticleStore, summaries: SummaryStore, digest: UInt64) {
        let skeletons = articles.indices.map { index in
            ArticleJSON.skeleton(articles[index], entityCount: entityCounts[index], quoteCount: quoteCounts[index])
        }
        let store = ArticleStore(skeletons: skeletons, texts: texts)
        return (store, SummaryStore(articles: store, codes: excerptCodes, others: excerptOthers), articlesDigest(store))
    }
}
