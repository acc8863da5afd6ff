import BylineExtraction
import BylineModel

/// Extractions -> the `extract` documents of API.md, linked together so that entity ids and
/// names agree across the files of one call.
public enum ExtractDocumentBuilder {
    /// One document per extraction, in the order given; article ids made distinct (`-2`).
    public static func documents(for extractions: [ArticleExtraction]) -> [ExtractDocument] {
        var ids = ArticleIds()
        let distinct = extractions.map { extraction in
            var copy = extraction
            copy.article.id = ids.claim(extraction.article.id, fallback: extraction.article.source)
            return copy
        }
        let snapshot = SnapshotBuilder.build(
            linked: CorpusLinker.link(distinct), articleTerms: distinct.map { _ in TermCounts() },
            stats: CorpusStats())
        return distinct.compactMap { snapshot.extractDocument(articleId: $0.article.id) }
    }

    /// One article on its own.
    public static func document(for extraction: ArticleExtraction) -> ExtractDocument? {
        documents(for: [extraction]).first
    }
}
