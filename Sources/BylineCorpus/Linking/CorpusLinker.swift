import BylineExtraction
import BylineModel

/// Gives per-article extractions corpus-wide identities: one entity per real-world thing
/// (see `EntityGroups`), ids that are slugs of names with deterministic `-2`, `-3` suffixes,
/// and each quote's speaker among them. Articles must already have their final, distinct ids.
enum CorpusLinker {
    /// `entities[a]` and `quotes[a]`: article `a`'s; `order`: the articles in the order their
    /// quotes are stored (each once), the order of `LinkedCorpus.quoteSpeaker`.
    static func link(
        entities: [[PreparedArticle.Entity]], quotes: [[PreparedArticle.Quote]], order: [Int]
    ) -> LinkedCorpus {
        var groups = EntityGroups()
        let groupOf = groups.add(entities)
        let roots = groups.roots()
        let rootIndices = Array(Set(roots)).sorted()
        var builders = rootIndices.map { _ in EntityBuilder() }
        // By group: the builder of the group's root (-1 for a group that is not a root).
        var builderOfRoot = [Int](repeating: -1, count: roots.count)
        for (builder, root) in rootIndices.enumerated() { builderOfRoot[root] = builder }

        // By index, not by element: a copy of each entity retained its references only to
        // release them again.
        for articleIndex in entities.indices {
            for entityIndex in entities[articleIndex].indices {
                guard let group = groupOf[articleIndex][entityIndex] else { continue }
                let builder = builderOfRoot[roots[group]]
                builders[builder].add(entities[articleIndex][entityIndex], article: articleIndex)
            }
        }
        let ids = EntityIds.assign(builders.map { ($0.canonicalName, $0.mentionCount, $0.type) })
        let linkedEntities = builders.enumerated().map { $1.entity(id: ids[$0]) }

        var articleEntities = Array(repeating: [Int](), count: entities.count)
        var entityArticles = Array(repeating: [Int](), count: linkedEntities.count)
        for (index, builder) in builders.enumerated() {
            entityArticles[index] = builder.articles
            for article in builder.articles { articleEntities[article].append(index) }
        }

        // Sized once: grown by appending, a hundred thousand speakers would carry up to twice
        // their size while a load's memory is at its peak.
        var quoteSpeaker: [Int32] = []
        quoteSpeaker.reserveCapacity(quotes.reduce(0) { $0 + $1.count })
        for articleIndex in order {
            for quote in quotes[articleIndex] {
                var speaker: Int32 = -1
                if let index = quote.speaker.map(Int.init), groupOf[articleIndex].indices.contains(index),
                    let group = groupOf[articleIndex][index]
                {
                    speaker = Int32(builderOfRoot[roots[group]])  // every root has a builder
                }
                quoteSpeaker.append(speaker)
            }
        }
        return LinkedCorpus(
            entities: linkedEntities, mentions: builders.map { $0.mentions },
            entityArticles: entityArticles, articleEntities: articleEntities, quoteSpeaker: quoteSpeaker)
    }
}
