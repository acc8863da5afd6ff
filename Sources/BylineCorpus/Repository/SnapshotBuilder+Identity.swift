import BylineModel

extension SnapshotBuilder {
    /// A digest of every encoded resource (`ContentDigest`): same content, same identity.
    static func identity(of storage: SnapshotStorage) -> String {
        identity(of: storage, articles: articlesDigest(storage.articleJSON))
    }

    /// The articles' JSON digested on its own, by the task that encodes it (beside the
    /// round's other tasks, not after them on one core).
    static func articlesDigest(_ articles: ArticleStore) -> UInt64 {
        var digest = ContentDigest()
        articles.digest(into: &digest)
        return digest.finish()
    }

    /// The same, from `articlesDigest(storage.articleJSON)` in hand.
    static func identity(of storage: SnapshotStorage, articles: UInt64) -> String {
        var digest = ContentDigest()
        digest.add(articles)
        storage.entityJSON.digest(into: &digest)
        storage.quoteDetails.digest(into: &digest)
        storage.quotesByArticle.digest(into: &digest)
        digest.add(storage.quoteKind.map { kind in UInt8(Quote.Kind.allCases.firstIndex(of: kind) ?? 0) })
        storage.quoteSpeaker.values.digest(into: &digest)
        return digest.hex()
    }
}
