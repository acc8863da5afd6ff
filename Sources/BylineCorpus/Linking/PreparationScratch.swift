/// The working memory of `PreparedArticle.init`, kept from one article to the next by the
/// thread that prepares them (`Parallel.map`'s per-worker state): the term counting's buffers
/// (`TermScratch`) and one run the article's text and then its excerpt are escaped into.
///
/// The text was escaped into a buffer of its own, then copied to an exact array and the
/// buffer freed (a few kilobytes: a trip through the allocator's bins per article); the
/// excerpt was escaped into an array grown by doubling (five or six reallocations) and
/// dropped again for most articles, whose excerpt is the start of their text.
final class PreparationScratch {
    let terms = TermScratch()
    var text = ByteRun(capacity: 4_096)

    init() {}

    deinit {
        text.deallocate()
    }
}
