import BylineModel

extension CorpusSnapshot {
    public func quote(id: String) -> Quote? {
        quoteIndex(id: id).flatMap(decodeQuote)
    }

    public func encodedQuote(id: String) -> [UInt8]? {
        quoteIndex(id: id).flatMap(quoteJSON)
    }

    public func quotes(_ query: QuoteQuery) -> Page<Quote> {
        Page(slicing: quoteIndices(query), limit: query.page.limit, offset: query.page.offset)
            .compactMap(decodeQuote)
    }

    /// `<articleId>-q<n>` -> the quote's position, without a dictionary of every quote id.
    func quoteIndex(id: String) -> Int? {
        guard let marker = id.utf8.lastIndex(of: UInt8(ascii: "-")), id.utf8[id.utf8.index(after: marker)...].first == UInt8(ascii: "q"),
            let number = Int(Substring(id.utf8[id.utf8.index(marker, offsetBy: 2)...])), number >= 1,
            let article = storage.articleById[String(Substring(id.utf8[..<marker]))],
            number <= storage.quotesByArticle[article].count
        else { return nil }
        return storage.quotesByArticle[article][number - 1]
    }

    /// The quote's JSON, written from its columns with its text sliced from the stored,
    /// already-escaped article text.
    func quoteJSON(_ index: Int) -> [UInt8]? {
        let details = storage.quoteDetails
        let article = storage.quoteArticle[index]
        let (start, end) = (Int(details.start[index]), Int(details.end[index]))
        let bytes = Int(details.escapedStart[index])..<Int(max(details.escapedStart[index], details.escapedEnd[index]))
        guard details.escapedStart[index] >= 0, let text = storage.articleJSON.escapedText(of: article, bytes: bytes)
        else { return nil }
        let articleId = storage.articleIds[article]
        let speaker = storage.quoteSpeaker[index].map {
            EntityReference(id: storage.entityList[$0].id, name: storage.entityList[$0].name)
        }
        let quote = Quote(
            id: "\(articleId)-q\(details.number[index])", articleId: articleId, text: "", start: start, end: end,
            speaker: speaker, cue: details.string(details.cue[index]), kind: storage.quoteKind[index],
            speakerText: details.string(details.speakerText[index]))
        return QuoteJSON.encode(quote, escapedText: text)
    }

    func decodeQuote(_ index: Int) -> Quote? {
        quoteJSON(index).flatMap { decode(Quote.self, from: $0) }
    }

    /// The list body of `quotes(query)` from the quotes encoded at load time.
    public func encodedQuotes(_ query: QuoteQuery) -> [UInt8] {
        let page = Page(slicing: quoteIndices(query), limit: query.page.limit, offset: query.page.offset)
        return JSONList.encode(items: page.items.compactMap(quoteJSON), total: page.total, limit: page.limit, offset: page.offset)
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
            base = Array(storage.quoteKind.indices)
        }
        let speakerId = query.speakerId.map { storage.entityById[$0] ?? -1 }
        let articleIndex = query.articleId.map { storage.articleById[$0] ?? -1 }
        let speakerName = query.speakerName.map(EntityKey.of)
        base = base.filter { index in
            if let speakerId, storage.quoteSpeaker[index] != speakerId { return false }
            if let articleIndex, storage.quoteArticle[index] != articleIndex { return false }
            if let kind = query.kind, storage.quoteKind[index] != kind { return false }
            if let attributed = query.attributed, (storage.quoteSpeaker[index] != nil) != attributed { return false }
            if let speakerName {
                guard let speaker = storage.quoteSpeaker[index] else { return false }
                return storage.entityKeys[speaker].contains(speakerName)
            }
            return true
        }
        return base
    }
}
