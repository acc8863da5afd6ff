import BylineModel

extension CorpusSnapshot {
    public func entity(id: String) -> Entity? {
        guard let index = storage.entities.index(of: id) else { return nil }
        var entity = storage.entities[index]
        entity.mentions = storage.mentions.mentions(of: index, articleIds: storage.articleIds)
        return entity
    }

    public func encodedEntity(id: String) -> [UInt8]? {
        storage.entities.index(of: id).map { Array(storage.entityJSON[$0]) }
    }

    public func entities(_ query: EntityQuery) -> Page<Entity> {
        Page(slicing: entityIndices(query), limit: query.page.limit, offset: query.page.offset)
            .map { storage.entities[$0] }
    }

    /// The list body of `entities(query)` from the entities encoded at load time.
    public func encodedEntities(_ query: EntityQuery) -> [UInt8] {
        let page = Page(slicing: entityIndices(query), limit: query.page.limit, offset: query.page.offset)
        return JSONList.encode(page) { Array(storage.entityJSON[$0]) }
    }

    func entityIndices(_ query: EntityQuery) -> [Int] {
        let order: [Int]
        switch query.sort {
        case .mentions: order = storage.entitiesByMentions
        case .articles: order = storage.entitiesByArticles
        case .name: order = storage.entitiesByName
        }
        var inArticle: Set<Int>?
        if let articleId = query.articleId {
            inArticle = Set(storage.articleIds[articleId].map { storage.entitiesByArticle[$0] } ?? [])
        }
        let prefix = query.prefix.map(EntityKey.of)
        return order.filter { index in
            if let type = query.type, storage.entities.types[index] != type { return false }
            if let inArticle, !inArticle.contains(index) { return false }
            if let prefix {
                guard !prefix.isEmpty else { return false }
                return storage.entities.keys(index).contains { $0.hasPrefix(prefix) || $0.contains(" " + prefix) }
            }
            return true
        }
    }

    public func mentions(ofEntity id: String, page: PageRequest) -> Page<Mention>? {
        guard let index = storage.entities.index(of: id) else { return nil }
        return Page(slicing: storage.mentions.positions(of: index), limit: page.limit, offset: page.offset)
            .map { storage.mentions.mention(at: $0, articleIds: storage.articleIds) }
    }

    public func relatedEntities(of id: String, page: PageRequest) -> Page<RelatedEntity>? {
        guard let index = storage.entities.index(of: id) else { return nil }
        var shared: [Int: Int] = [:]
        for article in storage.articlesByEntity[index] {
            for other in storage.entitiesByArticle[article] where other != index { shared[other, default: 0] += 1 }
        }
        let entities = storage.entities
        // Ids made once each, not per comparison.
        let ids = Dictionary(uniqueKeysWithValues: shared.keys.map { ($0, entities.id($0)) })
        let ranked = shared.sorted { a, b in
            (-a.value, -entities.mentionCounts[a.key], ids[a.key] ?? "")
                < (-b.value, -entities.mentionCounts[b.key], ids[b.key] ?? "")
        }
        return Page(slicing: ranked, limit: page.limit, offset: page.offset)
            .map { RelatedEntity(entity: entities[$0.key], sharedArticles: $0.value) }
    }
}
