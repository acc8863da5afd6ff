import BylineModel

/// The precomputed article orders: newest and oldest first (undated last), by title.
struct ArticleOrders {
    var newest: [Int]
    var oldest: [Int]
    var title: [Int]
    /// Position of each article in `newest`.
    var newestRank: [Int]

    init(_ articles: [Article]) {
        self.init(
            ids: articles.map { $0.id }, titleKeys: articles.map { EntityKey.of($0.title) },
            dates: articles.map { $0.publishedAt })
    }

    /// Article `i`'s id, `EntityKey` of its title (made per article, in parallel) and
    /// `publishedAt`.
    ///
    /// By title: folded title, then id. By date: date, then the title order. The title order
    /// is sorted once with strings; the date orders compare a date and a title rank (an `Int`)
    /// instead of two strings, and newest-first is oldest-first with its days reversed (within
    /// one day both go by title).
    init(ids: [String], titleKeys: [String], dates published: [String?]) {
        let count = ids.count
        title = ids.indices.sorted { (titleKeys[$0], ids[$0]) < (titleKeys[$1], ids[$1]) }
        var titleRank = [Int](repeating: 0, count: count)
        for (rank, index) in title.enumerated() { titleRank[index] = rank }
        let undated = title.filter { published[$0] == nil }
        let dates = published.map { $0 ?? "" }
        let dated = ids.indices.filter { published[$0] != nil }.sorted {
            dates[$0] != dates[$1] ? dates[$0] < dates[$1] : titleRank[$0] < titleRank[$1]
        }
        oldest = dated + undated
        var newest: [Int] = []
        newest.reserveCapacity(count)
        var dayEnd = dated.count
        while dayEnd > 0 {
            var dayStart = dayEnd - 1
            while dayStart > 0, dates[dated[dayStart - 1]] == dates[dated[dayEnd - 1]] { dayStart -= 1 }
            newest += dated[dayStart..<dayEnd]
            dayEnd = dayStart
        }
        newest += undated
        self.newest = newest
        newestRank = Array(repeating: 0, count: count)
        for (rank, index) in newest.enumerated() { newestRank[index] = rank }
    }
}
