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
        ids.indices.sorted { (titleKeys[$0], ids[$0]) < (titleKeys[$1], ids[$1]) }
    }

    /// Newest and oldest first; `dates[i]` is article `i`'s `publishedAt`.
    static func dateOrders(ids: [String], titleKeys: [String], dates: [String?]) -> (newest: [Int], oldest: [Int]) {
        let byTitle: (Int, Int) -> Bool = { (titleKeys[$0], ids[$0]) < (titleKeys[$1], ids[$1]) }
        let undated = ids.indices.filter { dates[$0] == nil }.sorted(by: byTitle)
        let day = dates.map { $0 ?? "" }
        var dated = ids.indices.filter { dates[$0] != nil }.sorted { day[$0] < day[$1] }
        // Each day's articles by title; the days themselves stay in order.
        var days: [Range<Int>] = []
        var start = 0
        while start < dated.count {
            var end = start + 1
            while end < dated.count, day[dated[end]] == day[dated[start]] { end += 1 }
            if end - start > 1 { dated[start..<end].sort(by: byTitle) }
            days.append(start..<end)
            start = end
        }
        var newest: [Int] = []
        newest.reserveCapacity(ids.count)
        for range in days.reversed() { newest += dated[range] }
        return (newest + undated, dated + undated)
    }
}
