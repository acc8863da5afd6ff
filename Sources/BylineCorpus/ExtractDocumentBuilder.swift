import BylineExtraction
import BylineModel

/// Extractions -> the `extract` documents of API.md, linked together so that entity ids and
/// names agree across the files of one call.
public enum ExtractDocumentBuilder {
    /// One document per extraction, in the order given; article ids made distinct (`-2`).
    public static func documents(for extractions: [ArticleExtraction]) -> [ExtractDocument] {
        CorpusSnapshot.build(from: extractions).extractDocuments()
    }

    /// One article on its own.
    public static func document(for extraction: ArticleExtraction) -> ExtractDocument? {
        documents(for: [extraction]).first
    }
}
