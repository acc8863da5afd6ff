import BylineModel

/// Builds a snapshot's indexes and encoded resources from a linked corpus.
enum SnapshotBuilder {
    static func build(linked: LinkedCorpus, articleTerms: [TermCounts], stats: CorpusStats) -> CorpusSnapshot {
        let articles = linked.articles
        let summaries = articles.map(ArticleSummary.init)
        let encodedArticles = Parallel.map(Array(articles.indices)) { index in
            (ResourceEncoder.encode(articles[index]), ResourceEncoder.encode(summaries[index]))
        }
        let keys = articles.map { article in
            SnapshotStorage.ArticleKeys(
                outlet: [article.outlet, article.outletFull].compactMap { $0.map(EntityKey.of) },
                publisher: article.publisher.map(EntityKey.of), section: article.section.map(EntityKey.of),
                authors: article.authors.map(EntityKey.of), publishedAt: article.publishedAt)
        }
        let titleKeys = articles.map { EntityKey.of($0.title) }
        let byTitle: (Int, Int) -> Bool = { (titleKeys[$0], articles[$0].id) < (titleKeys[$1], articles[$1].id) }
        let dated = articles.indices.filter { articles[$0].publishedAt != nil }
        let undated = articles.indices.filter { articles[$0].publishedAt == nil }.sorted(by: byTitle)
        let date: (Int) -> String = { articles[$0].publishedAt ?? "" }
        let oldest = dated.sorted { date($0) != date($1) ? date($0) < date($1) : byTitle($0, $1) } + undated
        let newest = dated.sorted { date($0) != date($1) ? date($0) > date($1) : byTitle($0, $1) } + undated
        var newestRank = Array(repeating: 0, count: articles.count)
        for (rank, index) in newest.enumerated() { newestRank[index] = rank }

        // Quotes in corpus order: articles newest first, each article's quotes in text order.
        let quoteOrder = newest.flatMap { linked.articleQuotes[$0] }
        var newPosition = Array(repeating: 0, count: linked.quotes.count)
        for (position, old) in quoteOrder.enumerated() { newPosition[old] = position }
        let quotes = quoteOrder.map { linked.quotes[$0] }
        let quoteSpeaker = quoteOrder.map { linked.quoteSpeaker[$0] }
        var quotesBySpeaker = Array(repeating: [Int](), count: linked.entities.count)
        for (position, speaker) in quoteSpeaker.enumerated() {
            if let speaker { quotesBySpeaker[speaker].append(position) }
        }
        let quoteTerms = quotes.map { quote in
            var terms = TermCounts()
            terms.add(quote.text)
            return terms
        }

        let entities = linked.entities
        let entityName = entities.map { EntityKey.of($0.name) }
        let byName: (Int, Int) -> Bool = { (entityName[$0], entities[$0].id) < (entityName[$1], entities[$1].id) }
        let storage = SnapshotStorage(
            summaries: summaries, articleJSON: encodedArticles.map(\.0), summaryJSON: encodedArticles.map(\.1),
            articleById: Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }),
            articleKeys: keys, newestOrder: newest, oldestOrder: oldest, titleOrder: articles.indices.sorted(by: byTitle),
            newestRank: newestRank, articleSearch: FullTextIndex(documents: articleTerms),
            entityList: entities, entityJSON: entities.map(ResourceEncoder.encode),
            entityById: Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }),
            entityKeys: entities.map { entity in [entity.name] + entity.aliases }.map { $0.map(EntityKey.of) },
            mentionsByEntity: linked.mentions, articlesByEntity: linked.entityArticles,
            entitiesByArticle: linked.articleEntities,
            entitiesByMentions: entities.indices.sorted {
                entities[$0].mentionCount != entities[$1].mentionCount
                    ? entities[$0].mentionCount > entities[$1].mentionCount : byName($0, $1)
            },
            entitiesByArticles: entities.indices.sorted {
                entities[$0].articleCount != entities[$1].articleCount
                    ? entities[$0].articleCount > entities[$1].articleCount : byName($0, $1)
            },
            entitiesByName: entities.indices.sorted(by: byName),
            quoteList: quotes, quoteJSON: Parallel.map(quotes, ResourceEncoder.encode),
            quoteById: Dictionary(quotes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }),
            quoteArticle: quoteOrder.map { linked.quoteArticle[$0] }, quoteSpeaker: quoteSpeaker,
            quotesByArticle: linked.articleQuotes.map { $0.map { newPosition[$0] } },
            quotesBySpeaker: quotesBySpeaker, quoteSearch: FullTextIndex(documents: quoteTerms))
        var finalStats = stats
        finalStats.articleCount = articles.count
        finalStats.entityCount = entities.count
        finalStats.quoteCount = quotes.count
        finalStats.mentionCount = linked.mentions.reduce(0) { $0 + $1.count }
        return CorpusSnapshot(identity: identity(of: storage), stats: finalStats, storage: storage)
    }

    /// FNV-1a (64 bit) over every encoded resource: same content, same identity.
    static func identity(of storage: SnapshotStorage) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for bytes in [storage.articleJSON, storage.entityJSON, storage.quoteJSON].joined() {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0xff
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
