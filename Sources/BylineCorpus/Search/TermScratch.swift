/// The working memory of `ArticleTerms.count`, kept from one article to the next by the thread
/// that prepares them (`Parallel.map`'s per-worker state), instead of allocated and freed per
/// article.
///
/// An article's count used eleven buffers of one to ten kilobytes (the padded text, the
/// tokens' starts, ends and terms, the quotes' bounds, two tables of three buffers each):
/// blocks too large for glibc's per-thread cache, so each allocation sorted the heap's free
/// lists and merged freed neighbours (`malloc_consolidate`, `unlink_chunk`: about 2.5% of a
/// load's cycles with `_int_free`), and each came back as memory the cache had not held.
/// Kept, they are the same few kilobytes for every article, warm in the cache. They grow to
/// the longest text seen and are freed with the scratch (when its worker is done).
final class TermScratch {
    var articleTable = TermTable(bytes: 0)
    var quoteTable = TermTable(bytes: 0)
    /// The quotes' columns are counted into these (reserved for a bound on their terms, then
    /// copied out at their exact size), not into columns reserved and then shrunk by a second
    /// copy per article.
    var quoteColumns = TermColumns()
    private(set) var padded = ScratchBuffer<UInt8>()
    private(set) var starts = ScratchBuffer<Int32>()
    private(set) var ends = ScratchBuffer<Int32>()
    private(set) var hashes = ScratchBuffer<UInt64>()
    private(set) var bounds = ScratchBuffer<(first: Int, past: Int)>()

    init() {}

    /// Room for a text of `bytes` bytes (`padded`: and its separator) and its tokens, and for
    /// the bounds of `quotes` quotes.
    func prepare(bytes: Int, tokens: Int, quotes: Int) {
        padded.reserve(bytes + 1)
        starts.reserve(tokens)
        ends.reserve(tokens)
        hashes.reserve(tokens)
        bounds.reserve(quotes)
    }

    deinit {
        articleTable.deallocate()
        quoteTable.deallocate()
        padded.deallocate()
        starts.deallocate()
        ends.deallocate()
        hashes.deallocate()
        bounds.deallocate()
    }
}

/// An uninitialized buffer of a trivial type, reallocated only when asked for more than it
/// holds (its contents are not kept: each use writes before it reads).
struct ScratchBuffer<Element: BitwiseCopyable> {
    private(set) var buffer = UnsafeMutableBufferPointer<Element>(start: nil, count: 0)

    /// Room for at least `count` elements (twice what was held, when that is more: a scratch
    /// that grows often grows again).
    ///
    /// Not rounded up to the allocator's mmap threshold (pages of their own, outside the
    /// heap): tried, a load took 3,500 more page faults and 250 more `mprotect` calls.
    mutating func reserve(_ count: Int) {
        guard buffer.count < count else { return }
        buffer.deallocate()
        buffer = .allocate(capacity: Swift.max(count, buffer.count * 2))
    }

    func deallocate() {
        buffer.deallocate()
    }
}
