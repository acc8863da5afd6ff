import BylineExtraction
import BylineModel

/// Gives per-article extractions corpus-wide identities: one entity per real-world thing
/// (see `EntityGroups`), ids that are slugs of names with deterministic `-2`, `-3` suffixes,
/// and quote numbers (ids `<articleId>-q<n>`). Articles must already have their final, distinct ids.
enum CorpusLinker {
    static func link(_ prepared: [PreparedArticle]) -> LinkedCorpus {
        var groups = EntityGroups()
        let groupOf = groups.add(prepared.map { $0.entities.map { ($0.key, $0.type, $0.aliasKeys, $0.mentions.count) } })
        let roots = groups.roots()
        let rootIndices = Array(Set(roots)).sorted()
        var builders = rootIndices.map { _ in EntityBuilder() }
        // By group: the builder of the group's root (-1 for a group that is not a root).
        var builderOfRoot = [Int](repeating: -1, count: roots.count)
        for (builder, root) in rootIndices.enumerated() { builderOfRoot[root] = builder }

        // By index, not by element: a copy of each article and entity retained a dozen
        // references only to release them again.
        for articleIndex in prepared.indices {
            for entityIndex in prepared[articleIndex].entities.indices {
                guard let group = groupOf[articleIndex][entityIndex] else { continue }
                let builder = builderOfRoot[roots[group]]
                builders[builder].add(prepared[articleIndex].entities[entityIndex], article: articleIndex)
            }
        }
        let ids = EntityIds.assign(builders.map { ($0.canonicalName, $0.mentionCount, $0.type) })
        let entities = builders.enumerated().map { $1.entity(id: ids[$0]) }

        var articles = prepared.map(\.article)
        var articleEntities = Array(repeating: [Int](), count: articles.count)
        var entityArticles = Array(repeating: [Int](), count: entities.count)
        for (index, builder) in builders.enumerated() {
            entityArticles[index] = builder.articles
            for article in builder.articles { articleEntities[article].append(index) }
        }

        // Sized once: grown by appending, a hundred thousand quotes would carry up to twice
        // their size while a load's memory is at its peak.
        let quoteCount = prepared.reduce(0) { $0 + $1.quotes.count }
        var quotes: [LinkedQuote] = []
        var quoteArticle: [Int] = []
        var quoteSpeaker: [Int?] = []
        quotes.reserveCapacity(quoteCount)
        quoteArticle.reserveCapacity(quoteCount)
        quoteSpeaker.reserveCapacity(quoteCount)
        var articleQuotes = Array(repeating: [Int](), count: articles.count)
        for articleIndex in prepared.indices {
            for quote in prepared[articleIndex].quotes {
                let speaker = quote.speaker.map(Int.init).flatMap { index -> Int? in
                    guard groupOf[articleIndex].indices.contains(index), let group = groupOf[articleIndex][index]
                    else { return nil }
                    return builderOfRoot[roots[group]]  // every root has a builder
                }
                quotes.append(LinkedQuote(
                    start: Int(quote.start), end: Int(quote.end), kind: quote.kind, cue: quote.cue,
                    speakerText: quote.speakerText, escapedStart: quote.escapedStart, escapedEnd: quote.escapedEnd))
                articleQuotes[articleIndex].append(quotes.count - 1)
                quoteArticle.append(articleIndex)
                quoteSpeaker.append(speaker)
            }
        }
        for index in articles.indices {
            articles[index].entityCount = articleEntities[index].count
            articles[index].quoteCount = articleQuotes[index].count
        }
        return LinkedCorpus(
            articles: articles, escapedTexts: prepared.map(\.escapedText), excerpts: prepared.map(\.excerpt),
            entities: entities, mentions: builders.map(\.mentions),
            entityArticles: entityArticles, articleEntities: articleEntities, quotes: quotes,
            quoteArticle: quoteArticle, quoteSpeaker: quoteSpeaker, articleQuotes: articleQuotes,
            droppedSpans: prepared.reduce(0) { $0 + $1.droppedSpans })
    }
}
