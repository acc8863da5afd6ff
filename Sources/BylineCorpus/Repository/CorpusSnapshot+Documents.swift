import BylineModel

extension CorpusSnapshot {
    public func extractDocument(articleId: String) -> ExtractDocument? {
        guard let index = storage.articleIds[articleId], let article = article(id: articleId) else { return nil }
        let entities = storage.entitiesByArticle[index].map { entityIndex in
            var entity = storage.entities[entityIndex]
            entity.mentions = storage.mentions.mentions(of: entityIndex, inArticle: index, articleIds: storage.articleIds)
            return entity
        }
        let quotes = storage.quotesByArticle[index].compactMap(decodeQuote)
        return ExtractDocument(article: article, entities: entities, quotes: quotes)
    }

    /// Every article's document, in load order: what `extract` prints.
    public func extractDocuments() -> [ExtractDocument] {
        storage.articleIds.compactMap { extractDocument(articleId: $0) }
    }
}
