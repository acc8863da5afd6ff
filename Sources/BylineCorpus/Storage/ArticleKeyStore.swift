import BylineModel

/// The folded metadata an article filter compares (outlet in both forms, publisher,
/// section, authors) as numbers into one small table of distinct values, and the dates:
/// a corpus repeats a few hundred outlets, sections and bylines ten thousand times, and
/// per-article arrays of strings were tens of thousands of small allocations. The distinct
/// values are an `IdTable` (a value's number is its position): as a dictionary's keys they
/// were a string object each, made at the end of a load in the holes its freed temporaries
/// left, each pinning a page.
struct ArticleKeyStore: Sendable {
    /// Each distinct folded value, at its number.
    let values: IdTable
    let outlet: [Int32]
    let outletFull: [Int32]
    let publisher: [Int32]
    let section: [Int32]
    /// Article `i`'s authors are `authors[authorStarts[i]..<authorStarts[i + 1]]`.
    let authorStarts: [Int32]
    let authors: [Int32]
    /// ISO dates (ten bytes: stored inline, no allocation).
    let publishedAt: [String?]

    init(_ articles: [Article]) {
        var numbers: [String: Int32] = [:]
        var distinct: [String] = []
        func number(_ value: String?) -> Int32 {
            guard let value else { return -1 }
            let key = EntityKey.of(value)
            if let known = numbers[key] { return known }
            let next = Int32(numbers.count)
            numbers[key] = next
            distinct.append(key)
            return next
        }
        outlet = articles.map { number($0.outlet) }
        outletFull = articles.map { number($0.outletFull) }
        publisher = articles.map { number($0.publisher) }
        section = articles.map { number($0.section) }
        var authorStarts: [Int32] = [0]
        var authors: [Int32] = []
        for article in articles {
            authors += article.authors.map { number($0) }
            authorStarts.append(Int32(authors.count))
        }
        self.authorStarts = authorStarts
        self.authors = authors
        publishedAt = articles.map(\.publishedAt)
        values = IdTable(distinct)
    }

    /// The number of a folded value; -2 (matching no article) when no article has it.
    func number(ofKey key: String) -> Int32 { values[key].map(Int32.init) ?? -2 }

    func hasOutlet(_ article: Int, _ key: Int32) -> Bool { outlet[article] == key || outletFull[article] == key }
    func hasPublisher(_ article: Int, _ key: Int32) -> Bool { publisher[article] == key }
    func hasSection(_ article: Int, _ key: Int32) -> Bool { section[article] == key }
    func hasAuthor(_ article: Int, _ key: Int32) -> Bool {
        authors[Int(authorStarts[article])..<Int(authorStarts[article + 1])].contains(key)
    }
}
