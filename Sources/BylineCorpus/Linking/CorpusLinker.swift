import BylineExtraction
import BylineModel

/// Gives per-article extractions corpus-wide identities: one entity per real-world thing
/// (see `EntityGroups`), ids that are slugs of names with deterministic `-2`, `-3` suffixes,
/// and quote ids `<articleId>-q<n>`. Articles must already have their final, distinct ids.
enum CorpusLinker {
    static func link(_ extractions: [ArticleExtraction]) -> LinkedCorpus {
        var groups = EntityGroups()
        let groupOf = groups.add(extractions.map(\.entities))
        let roots = groups.roots()
        let rootIndices = Array(Set(roots)).sorted()
        var builders = rootIndices.map { _ in EntityBuilder() }
        let builderOfRoot = Dictionary(uniqueKeysWithValues: rootIndices.enumerated().map { ($1, $0) })

        var dropped = 0
        for (articleIndex, extraction) in extractions.enumerated() {
            let text = extraction.body
            for (entityIndex, entity) in extraction.entities.enumerated() {
                guard let group = groupOf[articleIndex][entityIndex], let builder = builderOfRoot[roots[group]]
                else { continue }
                dropped += builders[builder].add(entity, article: articleIndex, id: extraction.article.id, text: text)
            }
        }
        let ids = EntityIds.assign(builders.map { ($0.canonicalName, $0.mentionCount, $0.type) })
        let entities = builders.enumerated().map { $1.entity(id: ids[$0]) }

        var articles = extractions.map(\.article)
        var articleEntities = Array(repeating: [Int](), count: articles.count)
        var entityArticles = Array(repeating: [Int](), count: entities.count)
        for (index, builder) in builders.enumerated() {
            entityArticles[index] = builder.articles
            for article in builder.articles { articleEntities[article].append(index) }
        }

        var quotes: [Quote] = []
        var quoteArticle: [Int] = []
        var quoteSpeaker: [Int?] = []
        var articleQuotes = Array(repeating: [Int](), count: articles.count)
        for (articleIndex, extraction) in extractions.enumerated() {
            let text = extraction.body
            let ordered = extraction.quotes.filter { $0.span.end <= text.utf16.count && $0.span.start >= 0 }
                .sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
            dropped += extraction.quotes.count - ordered.count
            for (number, quote) in ordered.enumerated() {
                let speaker = quote.speaker.flatMap { index -> Int? in
                    guard groupOf[articleIndex].indices.contains(index), let group = groupOf[articleIndex][index]
                    else { return nil }
                    return builderOfRoot[roots[group]]
                }
                let articleId = extraction.article.id
                quotes.append(Quote(
                    id: "\(articleId)-q\(number + 1)", articleId: articleId, text: text[quote.span],
                    start: quote.span.start, end: quote.span.end,
                    speaker: speaker.map { EntityReference(id: entities[$0].id, name: entities[$0].name) },
                    cue: quote.cue, kind: quote.kind, speakerText: quote.speakerText))
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
            articles: articles, entities: entities, mentions: builders.map(\.mentions),
            entityArticles: entityArticles, articleEntities: articleEntities, quotes: quotes,
            quoteArticle: quoteArticle, quoteSpeaker: quoteSpeaker, articleQuotes: articleQuotes,
            droppedSpans: dropped)
    }
}
