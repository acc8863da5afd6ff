import BylineModel

/// Builds a snapshot's indexes and encoded resources from a linked corpus.
enum SnapshotBuilder {
    static func build(
        linked: consuming LinkedCorpus, articleSearch: FullTextIndex, quoteSearch: FullTextIndex,
        orders: ArticleOrders, stats: CorpusStats
    ) -> CorpusSnapshot {
        var linked = linked
        let articles = linked.articles
        let excerpts = linked.excerpts
        let encodedArticles = Parallel.map(Array(articles.indices)) { index in
            var excerpt: [UInt8] = []
            JSONWriter.escape(excerpts[index], into: &excerpt)
            return (ArticleJSON.skeleton(articles[index]), excerpt)
        }
        // The texts move into one arena and their per-article copies go at once.
        let texts = ByteArena(linked.escapedTexts)
        linked.escapedTexts = []
        let articleStore = ArticleStore(skeletons: encodedArticles.map(\.0), texts: texts)
        let quotes = QuoteIndexes(linked, newest: orders.newest, search: quoteSearch)

        let entities = linked.entities
        let entityName = entities.map { EntityKey.of($0.name) }
        let byName: (Int, Int) -> Bool = { (entityName[$0], entities[$0].id) < (entityName[$1], entities[$1].id) }
        let storage = SnapshotStorage(
            articleIds: IdTable(articles.map(\.id)), articleJSON: articleStore,
            summaryJSON: SummaryStore(articles: articleStore, excerpts: encodedArticles.map(\.1)),
            articleKeys: ArticleKeyStore(articles), newestOrder: orders.newest, oldestOrder: orders.oldest, titleOrder: orders.title,
            newestRank: orders.newestRank, articleSearch: articleSearch,
            entities: EntityStore(entities), entityJSON: ByteArena(entities.map(ArticleJSON.entity)),
            mentions: MentionStore(linked.mentions), articlesByEntity: IntGroups(linked.entityArticles),
            entitiesByArticle: IntGroups(linked.articleEntities),
            entitiesByMentions: entities.indices.sorted {
                entities[$0].mentionCount != entities[$1].mentionCount
                    ? entities[$0].mentionCount > entities[$1].mentionCount : byName($0, $1)
            },
            entitiesByArticles: entities.indices.sorted {
                entities[$0].articleCount != entities[$1].articleCount
                    ? entities[$0].articleCount > entities[$1].articleCount : byName($0, $1)
            },
            entitiesByName: entities.indices.sorted(by: byName),
            quoteDetails: QuoteDetails(quotes.list), quoteKind: quotes.list.map(\.kind),
            quoteArticle: IntColumn(quotes.article), quoteSpeaker: OptionalIntColumn(quotes.speaker), quotesByArticle: QuoteRanges(counts: linked.articleQuotes.map(\.count), order: orders.newest),
            quotesBySpeaker: IntGroups(quotes.bySpeaker), quoteSearch: quotes.search)
        var finalStats = stats
        finalStats.articleCount = articles.count
        finalStats.entityCount = entities.count
        finalStats.quoteCount = quotes.list.count
        finalStats.mentionCount = linked.mentions.reduce(0) { $0 + $1.count }
        return CorpusSnapshot(identity: identity(of: storage), stats: finalStats, storage: storage)
    }

    /// FNV-1a (64 bit) over every encoded resource: same content, same identity.
    static func identity(of storage: SnapshotStorage) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        storage.articleJSON.hash(into: &hash)
        storage.entityJSON.hash(into: &hash)
        storage.quoteDetails.hash(into: &hash, numbers: storage.quoteKind.indices.lazy.map(storage.quoteNumber))
        for kind in storage.quoteKind { hash = (hash ^ UInt64(kind.rawValue.utf8.count)) &* 0x0000_0100_0000_01b3 }
        for speaker in storage.quoteSpeaker { hash = (hash ^ UInt64(speaker ?? 0xffff)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
