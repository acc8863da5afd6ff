import BylineModel
import Foundation

extension CorpusSnapshot {
    public func article(id: String) -> Article? {
        guard let index = storage.articleIds[id] else { return nil }
        return decode(Article.self, from: storage.articleJSON[index])
    }

    public func articleSummary(id: String) -> ArticleSummary? {
        storage.articleIds[id].flatMap { decode(ArticleSummary.self, from: Array(storage.summaryJSON[$0])) }
    }

    public func encodedArticle(id: String) -> [UInt8]? {
        storage.articleIds[id].map { storage.articleJSON[$0] }
    }

    public func encodedArticleSummary(id: String) -> [UInt8]? {
        storage.articleIds[id].map { Array(storage.summaryJSON[$0]) }
    }

    public func articles(_ query: ArticleQuery) -> Page<ArticleSummary> {
        articlePage(query).compactMap { decode(ArticleSummary.self, from: Array(storage.summaryJSON[$0])) }
    }

    /// The list body of `articles(query)` from the summaries encoded at load time.
    public func encodedArticles(_ query: ArticleQuery) -> [UInt8] {
        JSONList.encode(articlePage(query), item: { Array(storage.summaryJSON[$0]) })
    }

    /// Positions of the page's articles and how many match in all. A relevance-ranked search
    /// ranks only as far as the page reaches; a list without filters is sliced, not copied.
    func articlePage(_ query: ArticleQuery) -> Page<Int> {
        let (limit, offset) = (query.page.limit, query.page.offset)
        let sort = query.sort ?? (query.text == nil ? .newest : .relevance)
        if let text = query.text, sort == .relevance {
            return TopHits.page(of: storage.articleSearch.matches(text), limit: limit, offset: offset,
                keep: articleFilter(query, text: false))
        }
        let order: [Int] =
            switch sort {
            case .newest, .relevance: storage.newestOrder
            case .oldest: storage.oldestOrder
            case .title: storage.titleOrder
            }
        guard let keep = articleFilter(query, text: true) else {
            return Page(slicing: order, limit: limit, offset: offset)
        }
        return Page(slicing: order.filter(keep), limit: limit, offset: offset)
    }

    /// Whether an article position passes every filter of `query` (the text too when `text`),
    /// or nil when there is none.
    func articleFilter(_ query: ArticleQuery, text: Bool) -> ((Int) -> Bool)? {
        var allowed: Set<Int>?
        func narrow(to set: Set<Int>) { allowed = allowed.map { $0.intersection(set) } ?? set }
        if text, let words = query.text {
            narrow(to: Set(storage.articleSearch.matches(words).documents.lazy.map { Int($0) }))
        }
        if let entityId = query.entityId {
            narrow(to: Set(storage.entities.index(of: entityId).map { storage.articlesByEntity[$0] } ?? []))
        }
        if let speakerId = query.speakerId {
            let quotes = storage.entities.index(of: speakerId).map { storage.quotesBySpeaker[$0] } ?? []
            narrow(to: Set(quotes.map { storage.quoteArticle[$0] }))
        }
        let keys = storage.articleKeys
        let outlet = query.outlet.map { keys.number(ofKey: EntityKey.of($0)) }
        let publisher = query.publisher.map { keys.number(ofKey: EntityKey.of($0)) }
        let section = query.section.map { keys.number(ofKey: EntityKey.of($0)) }
        let author = query.author.map { keys.number(ofKey: EntityKey.of($0)) }
        let (from, to) = (query.from, query.to)
        guard allowed != nil || from != nil || to != nil || outlet != nil || publisher != nil || section != nil || author != nil
        else { return nil }
        return { index in
            if let allowed, !allowed.contains(index) { return false }
            if from != nil || to != nil {
                guard let date = keys.publishedAt[index] else { return false }
                if let from, date < from { return false }
                if let to, date > to { return false }
            }
            if let outlet, !keys.hasOutlet(index, outlet) { return false }
            if let publisher, !keys.hasPublisher(index, publisher) { return false }
            if let section, !keys.hasSection(index, section) { return false }
            if let author, !keys.hasAuthor(index, author) { return false }
            return true
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
