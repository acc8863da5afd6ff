/// Each article's quotes as a range of quote positions. A snapshot keeps quotes article by
/// article (newest first), each article's in text order, so an article's quotes are
/// consecutive and a quote's number in its article (`<articleId>-q<n>`) is its distance from
/// the start of the range: two integers per article instead of a position and a number per
/// quote (about 1 MB for 130,000 quotes).
struct QuoteRanges: Sendable {
    private let starts: [Int32]
    private let counts: [Int32]

    /// `counts[a]`: article `a`'s number of quotes; `order`: the articles in the order their
    /// quotes are stored (each once).
    init(counts: [Int], order: [Int]) {
        var starts = [Int32](repeating: 0, count: counts.count)
        var next = 0
        for article in order {
            starts[article] = Int32(next)
            next += counts[article]
        }
        self.starts = starts
        self.counts = counts.map { Int32($0) }
    }

    var count: Int { starts.count }

    /// The positions of article `article`'s quotes, in text order.
    subscript(article: Int) -> Range<Int> {
        let start = Int(starts[article])
        return start..<(start + Int(counts[article]))
    }

    /// The number of the quote at `position` in its article `article` (from 1).
    func number(ofQuoteAt position: Int, article: Int) -> Int {
        position - Int(starts[article]) + 1
    }

    var footprint: Int { Footprint.array(starts) + Footprint.array(counts) }

    /// Adds each article's quotes' place (so each quote's number) to a snapshot's digest.
    func digest(into digest: inout ContentDigest) {
        digest.add(starts)
        digest.add(counts)
    }
}
