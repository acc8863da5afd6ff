import BylineExtraction
import BylineModel

/// Turns one article's extraction into the `extract` document of API.md.
///
/// Placeholder linking (entity id = slug of its name) until the corpus work lands.
public enum ExtractDocumentBuilder {
    public static func document(for extraction: ArticleExtraction) -> ExtractDocument {
        let article = extraction.article
        let text = ArticleText(paragraphs: article.paragraphs)
        let entities = extraction.entities.map { entity in
            Entity(
                id: Slug.make(entity.name), name: entity.name, type: entity.type,
                aliases: entity.aliases, titles: entity.titles,
                mentionCount: entity.mentions.count, articleCount: 1,
                mentions: entity.mentions.map {
                    Mention(articleId: article.id, start: $0.start, end: $0.end, text: text[$0])
                })
        }
        let quotes = extraction.quotes.enumerated().map { index, quote in
            Quote(
                id: "\(article.id)-q\(index + 1)", articleId: article.id, text: text[quote.span],
                start: quote.span.start, end: quote.span.end,
                speaker: quote.speaker.map {
                    EntityReference(id: entities[$0].id, name: entities[$0].name)
                },
                cue: quote.cue, kind: quote.kind, speakerText: quote.speakerText)
        }
        return ExtractDocument(article: article, entities: entities, quotes: quotes)
    }
}
