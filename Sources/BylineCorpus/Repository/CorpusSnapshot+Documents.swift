import BylineModel

extension CorpusSnapshot {
    public func extractDocument(articleId: String) -> ExtractDocument? {
        guard let index = storage.articleIds[articleId], let article = article(id: articleId) else { return nil }
        let quotes = storage.quotesByArticle[index].compactMap(decodeQuote)
        return ExtractDocument(article: article, entities: entitiesWithMentions(articleIndex: index), quotes: quotes)
    }

    /// Every article's document, in load order: what `extract` prints.
    public func extractDocuments() -> [ExtractDocument] {
        storage.articleIds.compactMap { extractDocument(articleId: $0) }
    }

    /// The article's entities with their mentions in it, as `extractDocument` gives them, read
    /// from the stored columns alone: `?include=entities` needs no decoded article or quotes
    /// (decoding them was most of an uncached include's cost).
    public func entitiesWithMentions(articleId: String) -> [Entity]? {
        storage.articleIds[articleId].map(entitiesWithMentions(articleIndex:))
    }

    /// The article's quotes as encoded at load time, in `extractDocument`'s order.
    public func encodedQuotes(articleId: String) -> [[UInt8]]? {
        storage.articleIds[articleId].map { storage.quotesByArticle[$0].compactMap(quoteJSON) }
    }

    private func entitiesWithMentions(articleIndex index: Int) -> [Entity] {
        storage.entitiesByArticle[index].map { entityIndex in
            var entity = storage.entities[entityIndex]
            entity.mentions = storage.mentions.mentions(of: entityIndex, inArticle: index, articleIds: storage.articleIds)
            return entity
        }
    }
}
