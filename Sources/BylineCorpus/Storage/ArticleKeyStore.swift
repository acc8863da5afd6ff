import BylineModel

/// The folded metadata an article filter compares (outlet in both forms, publisher,
/// section, authors) as numbers into one small table of distinct values, and the dates:
/// a corpus repeats a few hundred outlets, sections and bylines ten thousand times, and
/// per-article arrays of strings were tens of thousands of small allocations.
struct ArticleKeyStore: Sendable {
    /// Each distinct folded value's number.
    private(set) var numbers: [String: Int32]
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
        func number(_ value: String?) -> Int32 {
            guard let value else { return -1 }
            let key = EntityKey.of(value)
            if let known = numbers[key] { return known }
            let next = Int32(numbers.count)
            numbers[key] = next
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
        self.numbers = numbers
    }

    /// The same store with its lookup table's strings copied afresh (see
    /// `SnapshotStorage.relocatingSmallValues`).
    func relocated() -> ArticleKeyStore {
        var copy = self
        copy.numbers = Dictionary(uniqueKeysWithValues: numbers.sorted { $0.value < $1.value }.map { (Relocate.string($0.key), $0.value) })
        return copy
    }

    /// The number of a folded value; -2 (matching no article) when no article has it.
    func number(ofKey key: String) -> Int32 { numbers[key] ?? -2 }

    func hasOutlet(_ article: Int, _ key: Int32) -> Bool { outlet[article] == key || outletFull[article] == key }
    func hasPublisher(_ article: Int, _ key: Int32) -> Bool { publisher[article] == key }
    func hasSection(_ article: Int, _ key: Int32) -> Bool { section[article] == key }
    func hasAuthor(_ article: Int, _ key: Int32) -> Bool {
        authors[Int(authorStarts[article])..<Int(authorStarts[article + 1])].contains(key)
    }
}
