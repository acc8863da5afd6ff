import BylineModel

extension CorpusSnapshot {
    public func quote(id: String) -> Quote? {
        storage.quoteById[id].map { storage.quoteList[$0] }
    }

    public func encodedQuote(id: String) -> [UInt8]? {
        storage.quoteById[id].map { storage.quoteJSON[$0] }
    }

    public func quotes(_ query: QuoteQuery) -> Page<Quote> {
        Page(slicing: quoteIndices(query), limit: query.page.limit, offset: query.page.offset)
            .map { storage.quoteList[$0] }
    }

    /// The list body of `quotes(query)` from the quotes encoded at load time.
    public func encodedQuotes(_ query: QuoteQuery) -> [UInt8] {
        let page = Page(slicing: quoteIndices(query), limit: query.page.limit, offset: query.page.offset)
        return JSONList.encode(page) { storage.quoteJSON[$0] }
    }

    func quoteIndices(_ query: QuoteQuery) -> [Int] {
        var base: [Int]
        if let text = query.text {
            base = storage.quoteSearch.search(text).map(\.document)
        } else if let speakerId = query.speakerId {
            base = storage.entityById[speakerId].map { storage.quotesBySpeaker[$0] } ?? []
        } else if let articleId = query.articleId {
            base = storage.articleById[articleId].map { storage.quotesByArticle[$0] } ?? []
        } else {
            base = Array(storage.quoteList.indices)
        }
        let speakerId = query.speakerId.map { storage.entityById[$0] ?? -1 }
        let articleIndex = query.articleId.map { storage.articleById[$0] ?? -1 }
        let speakerName = query.speakerName.map(EntityKey.of)
        base = base.filter { index in
            let quote = storage.quoteList[index]
            if let speakerId, storage.quoteSpeaker[index] != speakerId { return false }
            if let articleIndex, storage.quoteArticle[index] != articleIndex { return false }
            if let kind = query.kind, quote.kind != kind { return false }
            if let attributed = query.attributed, (quote.speaker != nil) != attributed { return false }
            if let speakerName {
                guard let speaker = storage.quoteSpeaker[index] else { return false }
                return storage.entityKeys[speaker].contains(speakerName)
            }
            return true
        }
        return base
    }
}
