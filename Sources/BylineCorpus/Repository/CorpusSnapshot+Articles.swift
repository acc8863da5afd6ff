import BylineModel
import Foundation

extension CorpusSnapshot {
    public func article(id: String) -> Article? {
        guard let index = storage.articleById[id] else { return nil }
        return decode(Article.self, from: storage.articleJSON[index])
    }

    public func articleSummary(id: String) -> ArticleSummary? {
        storage.articleById[id].flatMap { decode(ArticleSummary.self, from: Array(storage.summaryJSON[$0])) }
    }

    public func encodedArticle(id: String) -> [UInt8]? {
        storage.articleById[id].map { storage.articleJSON[$0] }
    }

    public func encodedArticleSummary(id: String) -> [UInt8]? {
        storage.articleById[id].map { Array(storage.summaryJSON[$0]) }
    }

    public func articles(_ query: ArticleQuery) -> Page<ArticleSummary> {
        Page(slicing: articleIndices(query), limit: query.page.limit, offset: query.page.offset)
            .compactMap { decode(ArticleSummary.self, from: Array(storage.summaryJSON[$0])) }
    }

    /// The list body of `articles(query)` from the summaries encoded at load time.
    public func encodedArticles(_ query: ArticleQuery) -> [UInt8] {
        let page = Page(slicing: articleIndices(query), limit: query.page.limit, offset: query.page.offset)
        return JSONList.encode(page) { Array(storage.summaryJSON[$0]) }
    }

    /// Positions of the matching articles, in the query's order.
    func articleIndices(_ query: ArticleQuery) -> [Int] {
        var allowed: Set<Int>?
        func narrow(to set: Set<Int>) { allowed = allowed.map { $0.intersection(set) } ?? set }
        var hits: [FullTextIndex.Hit] = []
        if let text = query.text {
            hits = storage.articleSearch.search(text)
            narrow(to: Set(hits.map(\.document)))
        }
        if let entityId = query.entityId {
            narrow(to: Set(storage.entityById[entityId].map { storage.articlesByEntity[$0] } ?? []))
        }
        if let speakerId = query.speakerId {
            let quotes = storage.entityById[speakerId].map { storage.quotesBySpeaker[$0] } ?? []
            narrow(to: Set(quotes.map { storage.quoteArticle[$0] }))
        }
        let outlet = query.outlet.map(EntityKey.of)
        let publisher = query.publisher.map(EntityKey.of)
        let section = query.section.map(EntityKey.of)
        let author = query.author.map(EntityKey.of)
        let keep: (Int) -> Bool = { index in
            if let allowed, !allowed.contains(index) { return false }
            let keys = self.storage.articleKeys[index]
            if query.from != nil || query.to != nil {
                guard let date = keys.publishedAt else { return false }
                if let from = query.from, date < from { return false }
                if let to = query.to, date > to { return false }
            }
            if let outlet, !keys.outlet.contains(outlet) { return false }
            if let publisher, keys.publisher != publisher { return false }
            if let section, keys.section != section { return false }
            if let author, !keys.authors.contains(author) { return false }
            return true
        }
        switch query.sort ?? (query.text == nil ? .newest : .relevance) {
        case .relevance where query.text != nil: return hits.map(\.document).filter(keep)
        case .newest, .relevance: return storage.newestOrder.filter(keep)
        case .oldest: return storage.oldestOrder.filter(keep)
        case .title: return storage.titleOrder.filter(keep)
        }
    }

    func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) -> T? {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch {
            // Bytes this snapshot encoded itself always decode; nil keeps a broken one a 404.
            return nil
        }
    }
}
