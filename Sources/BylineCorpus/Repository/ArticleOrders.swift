import BylineModel

/// The precomputed article orders: newest and oldest first (undated last), by title.
///
/// By title: folded title (`EntityKey`), then id. By date: date, then title. The date orders
/// sort by date alone (ten-byte strings) and then each day's articles by title, instead of
/// comparing titles across the whole corpus; newest-first is oldest-first with its days
/// reversed. They are needed before the rest of a snapshot (quotes are stored in newest
/// order); the whole title order can be sorted later, beside other work (`titleOrder`).
struct ArticleOrders {
    var newest: [Int]
    var oldest: [Int]
    var title: [Int]
    /// Position of each article in `newest`.
    var newestRank: [Int]

    init(dates: (newest: [Int], oldest: [Int]), title: [Int]) {
        newest = dates.newest
        oldest = dates.oldest
        self.title = title
        var newestRank = Array(repeating: 0, count: newest.count)
        for (rank, index) in newest.enumerated() { newestRank[index] = rank }
        self.newestRank = newestRank
    }

    /// Article `i`'s id and `EntityKey` of its title: every article by title.
    static func titleOrder(ids: [String], titleKeys: [String]) -> [Int] {
        let byTitle = titleComparison(ids: ids, titleKeys: titleKeys)
        return ids.indices.sorted(by: byTitle)
    }

    /// Article `a` before article `b` by (title key, id), as a tuple of the Strings orders them
    /// (`ASCIIKeys`).
    private static func titleComparison(ids: [String], titleKeys: [String]) -> (Int, Int) -> Bool {
        let keys = ASCIIKeys(titleKeys)
        let idKeys = ASCIIKeys(ids)
        return { a, b in
            let byKey = keys.compare(a, b)
            return byKey != 0 ? byKey < 0 : idKeys.compare(a, b) < 0
        }
    }

    /// Newest and oldest first; `dates[i]` is article `i`'s `publishedAt`.
    static func dateOrders(ids: [String], titleKeys: [String], dates: [String?]) -> (newest: [Int], oldest: [Int]) {
        let byTitle = titleComparison(ids: ids, titleKeys: titleKeys)
        let undated = ids.indices.filter { dates[$0] == nil }.sorted(by: byTitle)
        let day = dates.map { $0 ?? "" }
        let days = ASCIIKeys(day)
        var dated = ids.indices.filter { dates[$0] != nil }.sorted { days.compare($0, $1) < 0 }
        // Each day's articles by title; the days themselves stay in order.
        var dayRanges: [Range<Int>] = []
        var start = 0
        while start < dated.count {
            var end = start + 1
            while end < dated.count, days.compare(dated[end], dated[start]) == 0 { end += 1 }
            if end - start > 1 { dated[start..<end].sort(by: byTitle) }
            dayRanges.append(start..<end)
            start = end
        }
        var newest: [Int] = []
        newest.reserveCapacity(ids.count)
        for range in dayRanges.reversed() { newest += dated[range] }
        return (newest + undated, dated + undated)
    }
}
