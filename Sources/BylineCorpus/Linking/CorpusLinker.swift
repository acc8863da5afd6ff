import BylineExtraction
import BylineModel

/// Gives per-article extractions corpus-wide identities: one entity per real-world thing
/// (see `EntityGroups`), ids that are slugs of names with deterministic `-2`, `-3` suffixes,
/// and each quote's speaker among them. Articles must already have their final, distinct ids.
enum CorpusLinker {
    /// `entities[a]` and `quotes[a]`: article `a`'s; `order`: the articles in the order their
    /// quotes are stored (each once), the order of `LinkedCorpus.quoteSpeaker`. The entities'
    /// aliases, titles and mentions are moved into the corpus entities: `entities` is left
    /// holding what is left of them, for the caller to free (on another core).
    static func link(
        entities: inout [[PreparedArticle.Entity]], quotes: [[PreparedArticle.Quote]], order: [Int]
    ) -> LinkedCorpus {
        link(entities: &entities, quotes: quotes) { order }
    }

    /// The same, with the quotes' order asked for only when the speakers are put in it, last
    /// (the snapshot build works it out beside the linking).
    static func link(
        entities: inout [[PreparedArticle.Entity]], quotes: [[PreparedArticle.Quote]], order: () -> [Int]
    ) -> LinkedCorpus {
        var groups = EntityGroups()
        let groupOf = groups.add(entities)
        let roots = groups.roots()
        let rootIndices = Array(Set(roots)).sorted()
        // By group: the builder of the group's root (-1 for a group that is not a root).
        var builderOfRoot = [Int](repeating: -1, count: roots.count)
        for (builder, root) in rootIndices.enumerated() { builderOfRoot[root] = builder }
        // Each entity's builder (-1: none), and what each builder will hold, so its lists are
        // sized once instead of grown (and left with up to twice their size) append by append.
        var builderOf: [[Int32]] = []
        builderOf.reserveCapacity(entities.count)
        var mentionTotals = [Int](repeating: 0, count: rootIndices.count)
        var articleTotals = [Int](repeating: 0, count: rootIndices.count)
        var lastArticle = [Int](repeating: -1, count: rootIndices.count)
        var entityCounts = [Int](repeating: 0, count: entities.count)  // builders per article
        for articleIndex in entities.indices {
            var row: [Int32] = []
            row.reserveCapacity(groupOf[articleIndex].count)
            entities[articleIndex].withUnsafeBufferPointer { articleEntities in
                for (entityIndex, group) in groupOf[articleIndex].enumerated() {
                    guard let group else {
                        row.append(-1)
                        continue
                    }
                    let builder = builderOfRoot[roots[group]]
                    row.append(Int32(builder))
                    mentionTotals[builder] += articleEntities[entityIndex].mentions.count
                    if lastArticle[builder] != articleIndex {
                        articleTotals[builder] += 1
                        entityCounts[articleIndex] += 1
                    }
                    lastArticle[builder] = articleIndex
                }
            }
            builderOf.append(row)
        }
        var builders = rootIndices.indices.map {
            EntityBuilder(mentions: mentionTotals[$0], articles: articleTotals[$0])
        }
        // Through a buffer: an entity read from the nested arrays was copied, retaining its
        // references only to release them again. Its parts are moved, not copied, into its
        // builder.
        for articleIndex in entities.indices {
            entities[articleIndex].withUnsafeMutableBufferPointer { articleEntities in
                for (entityIndex, builder) in builderOf[articleIndex].enumerated() where builder >= 0 {
                    builders[Int(builder)].add(moving: &articleEntities[entityIndex], article: articleIndex)
                }
            }
        }
        // Through a buffer too: a builder read from the array was copied (six references).
        let linkedEntities = builders.withUnsafeBufferPointer { builders in
            let names = builders.map(\.canonicalName)
            let ids = EntityIds.assign(builders.indices.map { (names[$0], builders[$0].mentionCount, builders[$0].type) })
            return builders.indices.map { builders[$0].entity(id: ids[$0], name: names[$0]) }
        }

        // Both relations straight into flat columns (an array per article and per entity
        // were made here, then flattened and freed by the snapshot build).
        let (entityArticles, articleEntities) = builders.withUnsafeBufferPointer { builders in
            let byEntity = IntGroups(owners: builders.count, values: articleTotals.reduce(0, +)) {
                builders[$0].articles
            }
            let byArticle = IntGroups(counts: entityCounts) { add in
                for index in builders.indices {
                    for article in builders[index].articles { add(article, index) }
                }
            }
            return (byEntity, byArticle)
        }

        // Sized once: grown by appending, a hundred thousand speakers would carry up to twice
        // their size while a load's memory is at its peak.
        var quoteSpeaker: [Int32] = []
        quoteSpeaker.reserveCapacity(quotes.reduce(0) { $0 + $1.count })
        for articleIndex in order() {
            for quote in quotes[articleIndex].indices {
                var speaker: Int32 = -1
                if let index = quotes[articleIndex][quote].speaker.map(Int.init), builderOf[articleIndex].indices.contains(index) {
                    speaker = builderOf[articleIndex][index]  // -1 for an entity without a group
                }
                quoteSpeaker.append(speaker)
            }
        }
        return LinkedCorpus(
            entities: linkedEntities, mentions: builders.map { $0.mentions },
            entityArticles: entityArticles, articleEntities: articleEntities, quoteSpeaker: quoteSpeaker)
    }
}
