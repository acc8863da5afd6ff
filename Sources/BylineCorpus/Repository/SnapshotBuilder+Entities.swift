import BylineModel

extension SnapshotBuilder {
    /// The entities' store, JSON and orders.
    struct EntityParts: Sendable {
        var store: EntityStore
        var json: ByteArena
        var byMentions: [Int]
        var byArticles: [Int]
        var byName: [Int]

        init(_ entities: [Entity]) {
            let nameKeyStrings = entities.map { EntityKey.of($0.name) }
            store = EntityStore(entities, nameKeys: nameKeyStrings)
            json = ByteArena(entities.map(ArticleJSON.entity))
            // Ids are distinct, so (name key, id) orders every entity strictly: the other two
            // orders break ties by this one's rank, an integer, instead of comparing the
            // strings again at every step of their sorts. The keys and ids are compared as
            // `ASCIIKeys` (the order of Strings, as bytes for ASCII ones), where a tuple of
            // Strings compared each pair twice (equal? then less?) through String comparison.
            let nameKeys = ASCIIKeys(nameKeyStrings)
            let ids = ASCIIKeys(entities.map(\.id))
            let byName = entities.indices.sorted { a, b in
                let byKey = nameKeys.compare(a, b)
                return byKey != 0 ? byKey < 0 : ids.compare(a, b) < 0
            }
            var nameRank = [Int](repeating: 0, count: entities.count)
            for (rank, entity) in byName.enumerated() { nameRank[entity] = rank }
            byMentions = entities.indices.sorted {
                entities[$0].mentionCount != entities[$1].mentionCount
                    ? entities[$0].mentionCount > entities[$1].mentionCount : nameRank[$0] < nameRank[$1]
            }
            byArticles = entities.indices.sorted {
                entities[$0].articleCount != entities[$1].articleCount
                    ? entities[$0].articleCount > entities[$1].articleCount : nameRank[$0] < nameRank[$1]
            }
            self.byName = byName
        }
    }

    /// The mentions and the relations between entities, articles and quotes.
    struct MentionParts: Sendable {
        var mentions: MentionStore
        var articlesByEntity: IntGroups
        var entitiesByArticle: IntGroups
        var quotesBySpeaker: IntGroups

        init(_ linked: LinkedCorpus) {
            mentions = MentionStore(linked.mentions)
            articlesByEntity = linked.entityArticles
            entitiesByArticle = linked.articleEntities
            // Counted, then placed: a list per speaker grew by doubling, to be flattened.
            quotesBySpeaker = IntGroups(positionsOf: linked.quoteSpeaker, ownerCount: linked.entities.count)
        }
    }
}
