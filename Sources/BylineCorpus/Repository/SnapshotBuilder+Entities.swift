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
            store = EntityStore(entities)
            json = ByteArena(entities.map(ArticleJSON.entity))
            let entityName = entities.map { EntityKey.of($0.name) }
            let byName: (Int, Int) -> Bool = {
                (entityName[$0], entities[$0].id) < (entityName[$1], entities[$1].id)
            }
            byMentions = entities.indices.sorted {
                entities[$0].mentionCount != entities[$1].mentionCount
                    ? entities[$0].mentionCount > entities[$1].mentionCount : byName($0, $1)
            }
            byArticles = entities.indices.sorted {
                entities[$0].articleCount != entities[$1].articleCount
                    ? entities[$0].articleCount > entities[$1].articleCount : byName($0, $1)
            }
            self.byName = entities.indices.sorted(by: byName)
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
            articlesByEntity = IntGroups(linked.entityArticles)
            entitiesByArticle = IntGroups(linked.articleEntities)
            var bySpeaker = Array(repeating: [Int](), count: linked.entities.count)
            for (index, speaker) in linked.quoteSpeaker.enumerated() where speaker >= 0 {
                bySpeaker[Int(speaker)].append(index)
            }
            quotesBySpeaker = IntGroups(bySpeaker)
        }
    }
}
