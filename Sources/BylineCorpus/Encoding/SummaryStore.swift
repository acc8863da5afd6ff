/// Every article's summary JSON, assembled when asked from the article's stored skeleton and
/// its escaped excerpt: a summary repeats all of an article's metadata, and storing only the
/// excerpt saves that copy for every article of the corpus.
struct SummaryStore: Sendable {
    let articles: ArticleStore
    let excerpts: ByteArena

    subscript(index: Int) -> ArraySlice<UInt8> {
        articles.summary(of: index, escapedExcerpt: excerpts[index])[...]
    }
}
