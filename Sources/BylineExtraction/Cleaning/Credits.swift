/// Merges what a byline or source line says into the metadata. A source line names the
/// original, so it wins over a byline for outlet and date.
enum Credits {
    static func apply(_ byline: Byline, to metadata: inout ArticleMetadata, fromSourceLine: Bool) {
        if metadata.authors.isEmpty { metadata.authors = byline.authors }
        if let outlet = byline.outlet, fromSourceLine || metadata.outlet == nil { metadata.outlet = outlet }
        if let date = byline.date, fromSourceLine || metadata.publishedAt == nil { metadata.publishedAt = date }
    }
}
