import BylineModel

/// The precomputed article orders: newest and oldest first (undated last), by title.
struct ArticleOrders {
    var newest: [Int]
    var oldest: [Int]
    var title: [Int]
    /// Position of each article in `newest`.
    var newestRank: [Int]

    init(_ articles: [Article]) {
        let titleKeys = articles.map { EntityKey.of($0.title) }
        let byTitle: (Int, Int) -> Bool = { (titleKeys[$0], articles[$0].id) < (titleKeys[$1], articles[$1].id) }
        let dated = articles.indices.filter { articles[$0].publishedAt != nil }
        let undated = articles.indices.filter { articles[$0].publishedAt == nil }.sorted(by: byTitle)
        let date: (Int) -> String = { articles[$0].publishedAt ?? "" }
        oldest = dated.sorted { date($0) != date($1) ? date($0) < date($1) : byTitle($0, $1) } + undated
        newest = dated.sorted { date($0) != date($1) ? date($0) > date($1) : byTitle($0, $1) } + undated
        title = articles.indices.sorted(by: byTitle)
        newestRank = Array(repeating: 0, count: articles.count)
        for (rank, index) in newest.enumerated() { newestRank[index] = rank }
    }
}
