import BylineModel

/// An article's and a summary's JSON (API.md, "Article", "ArticleSummary") written by hand,
/// keys in `ResourceEncoder`'s sorted order and absent optionals omitted, byte for byte what
/// it writes (tests compare) at a fraction of the cost.
enum ArticleJSON {
    /// The article with `"paragraphs":[]` and `"text":""`, where each of the two goes (just
    /// after `[` and just after the opening quote of the text), and where the `"id"` key
    /// starts (a summary's `excerpt` goes before it).
    static func skeleton(_ article: Article) -> (bytes: [UInt8], paragraphsAt: Int, textAt: Int, idAt: Int) {
        skeleton(article, entityCount: article.entityCount, quoteCount: article.quoteCount)
    }

    /// The same with the counts given (known after linking) in place of the article's.
    static func skeleton(
        _ article: Article, entityCount: Int, quoteCount: Int
    ) -> (bytes: [UInt8], paragraphsAt: Int, textAt: Int, idAt: Int) {
        var writer = JSONWriter(capacity: 384)
        writer.beginObject()
        writer.key("authors")
        writer.strings(article.authors)
        writer.key("entityCount")
        writer.int(entityCount)
        let idAt = writer.count + 1  // after the comma
        writer.key("id")
        writer.string(article.id)
        writer.optional("outlet", article.outlet)
        writer.optional("outletFull", article.outletFull)
        writer.key("paragraphs")
        writer.beginArray()
        let paragraphsAt = writer.count
        writer.endArray()
        writer.optional("publishedAt", article.publishedAt)
        writer.optional("publisher", article.publisher)
        writer.key("quoteCount")
        writer.int(quoteCount)
        writer.optional("republishedAt", article.republishedAt)
        writer.optional("section", article.section)
        writer.key("source")
        writer.string(article.source)
        writer.key("text")
        writer.escapedString([])
        let textAt = writer.count - 1
        writer.key("title")
        writer.string(article.title)
        writer.key("wordCount")
        writer.int(article.wordCount)
        writer.endObject()
        return (writer.bytes, paragraphsAt, textAt, idAt)
    }

    static func summary(_ summary: ArticleSummary) -> [UInt8] {
        var writer = JSONWriter(capacity: 512)
        writer.beginObject()
        writer.key("authors")
        writer.strings(summary.authors)
        writer.key("entityCount")
        writer.int(summary.entityCount)
        writer.key("excerpt")
        writer.string(summary.excerpt)
        writer.key("id")
        writer.string(summary.id)
        writer.optional("outlet", summary.outlet)
        writer.optional("outletFull", summary.outletFull)
        writer.optional("publishedAt", summary.publishedAt)
        writer.optional("publisher", summary.publisher)
        writer.key("quoteCount")
        writer.int(summary.quoteCount)
        writer.optional("republishedAt", summary.republishedAt)
        writer.optional("section", summary.section)
        writer.key("source")
        writer.string(summary.source)
        writer.key("title")
        writer.string(summary.title)
        writer.key("wordCount")
        writer.int(summary.wordCount)
        writer.endObject()
        return writer.bytes
    }

    /// An entity without mentions (list items, and the head of the detail view).
    static func entity(_ entity: Entity) -> [UInt8] {
        var writer = JSONWriter(capacity: 256)
        writer.beginObject()
        writer.key("aliases")
        writer.strings(entity.aliases)
        writer.key("articleCount")
        writer.int(entity.articleCount)
        writer.key("id")
        writer.string(entity.id)
        writer.key("mentionCount")
        writer.int(entity.mentionCount)
        writer.key("name")
        writer.string(entity.name)
        writer.key("titles")
        writer.strings(entity.titles)
        writer.key("type")
        writer.string(entity.type.rawValue)
        writer.endObject()
        return writer.bytes
    }
}
