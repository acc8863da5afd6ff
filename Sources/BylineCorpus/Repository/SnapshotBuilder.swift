import BylineModel

/// Builds a snapshot's indexes and encoded resources from a load's prepared articles.
///
/// Everything after the parallel extraction used to run on one core, one stage after the
/// other, while the other core waited: a third of a load's wall time. The stages are now tasks
/// on every core (`Parallel.run`), in two rounds: what needs only the prepared articles (the
/// two search indexes, the linking, the texts and the quote columns), then what needs the
/// linking too (the articles' JSON, the entity and mention stores). Each task takes the
/// columns it uses up (`Handoff`) and frees them on its own thread.
enum SnapshotBuilder {
    static func build(prepared: consuming [PreparedArticle], stats: CorpusStats) -> CorpusSnapshot {
        build(columns: PreparedColumns(prepared), stats: stats)
    }

    /// `alongside`: more work for the first round (after its own tasks), such as logging the
    /// load's issues.
    static func build(
        columns: consuming PreparedColumns, stats: CorpusStats, alongside: @escaping @Sendable () -> Void = {}
    ) -> CorpusSnapshot {
        var columns = columns
        let articleIds = columns.articles.map { $0.id }
        let titleKeys = columns.titleKeys
        columns.titleKeys = []
        let dates = columns.articles.map { $0.publishedAt }
        let quotes = columns.quotes
        columns.quotes = []
        let articleTermColumns = Handoff(columns.terms)
        let quoteTermColumns = Handoff(columns.quoteTerms)
        let entities = Handoff(columns.entities)
        let texts = Handoff(columns.escapedTexts)
        (columns.terms, columns.quoteTerms, columns.entities, columns.escapedTexts) = ([], [], [], [])
        let articles = columns.articles
        columns.articles = []
        let onThisThread = !usesThreads(articleCount: articles.count)

        // Round one: what needs only the prepared articles. The date orders (a sort of every
        // article, 35 M instructions of a 10,000-file load) are its first task, not a serial
        // step before it while the other core waits: the quote index, the quote columns and
        // the linking's last step (quotes in corpus order: articles newest first, each
        // article's quotes in text order) wait for them, and are listed after them.
        let dateOrders = Awaited<(newest: [Int], oldest: [Int])>()
        let articleSearch = Handoff<FullTextIndex>()
        let quoteSearch = Handoff<FullTextIndex>()
        let linked = Handoff<LinkedCorpus>()
        let entityHusks = Handoff<[[PreparedArticle.Entity]]>()
        let articleParts = Handoff<(texts: ByteArena, keys: ArticleKeyStore, ids: IdTable)>()
        let quoteParts = Handoff<QuoteParts>()
        let titleOrder = Handoff<[Int]>()
        // After the date orders, longest first, so the two cores end together (CPU samples of a 10,000-file load:
        // linking 252, article index about 235, quote columns 141, quote index about 100,
        // texts and keys 77, title order 34). In the order the tasks were written, one core
        // ended with the quote columns some 40 samples (20 ms) after the other. (Since the
        // linking moves the entities' parts and leaves freeing them to round two, callgrind on
        // 10,000 files: article index 311 M instructions, linking 198 M, quote index 148 M,
        // quote columns 84 M, texts and keys 66 M, title order 33 M: the cores still end
        // together in this order, within 2%.)
        Parallel.run([
            { dateOrders.put(ArticleOrders.dateOrders(ids: articleIds, titleKeys: titleKeys, dates: dates)) },
            {
                var taken = entities.take()
                linked.put(CorpusLinker.link(entities: &taken, quotes: quotes) { dateOrders.value.newest })
                // What linking left of the per-article entities is freed in round two, beside
                // it, not here at the end of the round's longest task.
                entityHusks.put(taken)
            },
            {
                let columns = articleTermColumns.take()
                let documents = PickedTermDocuments(columns: columns, picks: columns.indices.map { ($0, 0) })
                articleSearch.put(FullTextIndex(documents))
            },
            { quoteParts.put(QuoteParts(quotes, order: dateOrders.value.newest)) },
            {
                let picks = quotePicks(quotes, order: dateOrders.value.newest)
                quoteSearch.put(FullTextIndex(PickedTermDocuments(columns: quoteTermColumns.take(), picks: picks)))
            },
            {
                articleParts.put((
                    ByteArena(texts.take()), ArticleKeyStore(articles), IdTable(articleIds)
                ))
            },
            { titleOrder.put(ArticleOrders.titleOrder(ids: articleIds, titleKeys: titleKeys)) },
            alongside,
        ], onThisThread: onThisThread)
        let orders = ArticleOrders(dates: dateOrders.value, title: titleOrder.take())

        // Round two: what needs the linking too.
        let linkedCorpus = linked.take()
        let (arena, keys, ids) = articleParts.take()
        let entityCounts = (0..<linkedCorpus.articleEntities.count).map { linkedCorpus.articleEntities.count(of: $0) }
        let quoteCounts = quotes.map { $0.count }
        // The linked corpus and the quote lists are freed on round two's cores, not here.
        let linkedEntities = linkedCorpus.entities
        let quoteSpeaker = linkedCorpus.quoteSpeaker
        let ownLinked = Handoff(linkedCorpus)
        let ownQuotes = Handoff(quotes)
        let ownArticles = Handoff(articles)
        let articleStores = Handoff<(articles: ArticleStore, summaries: SummaryStore, digest: UInt64)>()
        let entityStores = Handoff<EntityParts>()
        let mentionStores = Handoff<MentionParts>()
        let excerptCodes = columns.excerptCodes
        let excerptOthers = columns.excerptOthers
        // Longest first (callgrind, 10,000 files: articles' JSON 113 M instructions, mention
        // store 71 M, freeing what linking left of the prepared entities 54 M, the quote lists
        // 23 M, entity store 17 M): the second core's three middle tasks end about when the
        // first core's one does.
        Parallel.run([
            {
                articleStores.put(articleJSON(
                    ownArticles.take(), entityCounts: entityCounts, quoteCounts: quoteCounts, texts: arena,
                    excerptCodes: excerptCodes, excerptOthers: excerptOthers))
            },
            { mentionStores.put(MentionParts(ownLinked.take())) },
            { _ = entityHusks.take() },
            { _ = ownQuotes.take() },
            { entityStores.put(EntityParts(linkedEntities)) },
        ], onThisThread: onThisThread)
        let (articleStore, summaries, articlesDigest) = articleStores.take()
        let entityParts = entityStores.take()
        let mentionParts = mentionStores.take()
        let quoteParts2 = quoteParts.take()
        let storage = SnapshotStorage(
            articleIds: ids, articleJSON: articleStore, summaryJSON: summaries, articleKeys: keys,
            newestOrder: orders.newest, oldestOrder: orders.oldest, titleOrder: orders.title,
            newestRank: orders.newestRank, articleSearch: articleSearch.take(),
            entities: entityParts.store, entityJSON: entityParts.json, mentions: mentionParts.mentions,
            articlesByEntity: mentionParts.articlesByEntity, entitiesByArticle: mentionParts.entitiesByArticle,
            entitiesByMentions: entityParts.byMentions, entitiesByArticles: entityParts.byArticles,
            entitiesByName: entityParts.byName, quoteDetails: quoteParts2.details, quoteKind: quoteParts2.kinds,
            quoteArticle: quoteParts2.articles, quoteSpeaker: OptionalIntColumn(values: quoteSpeaker),
            quotesByArticle: quoteParts2.ranges, quotesBySpeaker: mentionParts.quotesBySpeaker,
            quoteSearch: quoteSearch.take())
        var finalStats = stats
        finalStats.articleCount = articleStore.skeletons.count
        finalStats.entityCount = entityParts.store.count
        finalStats.quoteCount = quoteParts2.kinds.count
        finalStats.mentionCount = mentionParts.mentions.count
        return CorpusSnapshot(
            identity: identity(of: storage, articles: articlesDigest), stats: finalStats, storage: storage)
    }

    /// Every quote as (article, its index there), in corpus order: the articles in `order`,
    /// each article's quotes in text order.
    static func quotePicks(_ quotes: [[PreparedArticle.Quote]], order: [Int]) -> [(article: Int, document: Int)] {
        var picks: [(article: Int, document: Int)] = []
        picks.reserveCapacity(quotes.reduce(0) { $0 + $1.count })
        for article in order {
            for quote in quotes[article].indices { picks.append((article, quote)) }
        }
        return picks
    }

    /// Whether a snapshot of `articleCount` articles is built on threads of its own. Not the
    /// empty one a store holds before its first load: threads made for it end at once, and the
    /// heap arenas they made (before any load pads new heaps, `MemoryTrim.padHeaps`) are what
    /// the load's workers then take first, one of which grew its heap a page or two at a time
    /// (8,800 `mprotect` calls in a 10,000-file load, against a handful from a padded heap).
    static func usesThreads(articleCount: Int) -> Bool {
        articleCount > 0
    }
}
