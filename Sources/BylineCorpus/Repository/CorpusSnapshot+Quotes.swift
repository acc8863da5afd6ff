import BylineModel

extension CorpusSnapshot {
    public func quote(id: String) -> Quote? {
        quoteIndex(id: id).flatMap(decodeQuote)
    }

    public func encodedQuote(id: String) -> [UInt8]? {
        quoteIndex(id: id).flatMap(quoteJSON)
    }

    public func quotes(_ query: QuoteQuery) -> Page<Quote> {
        quotePage(query).compactMap(decodeQuote)
    }

    /// `<articleId>-q<n>` -> the quote's position, without a dictionary of every quote id.
    func quoteIndex(id: String) -> Int? {
        guard let marker = id.utf8.lastIndex(of: UInt8(ascii: "-")), id.utf8[id.utf8.index(after: marker)...].first == UInt8(ascii: "q"),
            let number = Int(Substring(id.utf8[id.utf8.index(marker, offsetBy: 2)...])), number >= 1,
            let article = storage.articleIds[String(Substring(id.utf8[..<marker]))],
            number <= storage.quotesByArticle[article].count
        else { return nil }
        return storage.quotesByArticle[article].lowerBound + number - 1
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
            EntityReference(id: storage.entities.id($0), name: storage.entities.name($0))
        }
        let quote = Quote(
            id: "\(articleId)-q\(storage.quoteNumber(index))", articleId: articleId, text: "", start: start, end: end,
            speaker: speaker, cue: details.string(details.cue[index]), kind: storage.quoteKind[index],
            speakerText: details.string(details.speakerText[index]))
        return QuoteJSON.encode(quote, escapedText: text)
    }

    func decodeQuote(_ index: Int) -> Quote? {
        quoteJSON(index).flatMap { decode(Quote.self, from: $0) }
    }

    /// The list body of `quotes(query)` from the quotes encoded at load time.
    public func encodedQuotes(_ query: QuoteQuery) -> [UInt8] {
        let page = quotePage(query)
        return JSONList.encode(items: page.items.compactMap(quoteJSON), total: page.total, limit: page.limit, offset: page.offset)
    }

    /// Positions of the page's quotes and how many match in all, without copying the list:
    /// unfiltered lists are sliced, filtered ones counted while only the page is kept, and a
    /// search ranks only as far as the page reaches.
    func quotePage(_ query: QuoteQuery) -> Page<Int> {
        let (limit, offset) = (query.page.limit, query.page.offset)
        let keep = quoteFilter(query)
        if let text = query.text {
            return TopHits.page(of: storage.quoteSearch.matches(text), limit: limit, offset: offset, keep: keep)
        }
        if let speakerId = query.speakerId {
            let base = storage.entities.index(of: speakerId).map { storage.quotesBySpeaker[$0] } ?? []
            return Self.page(of: base, keep: keep, limit: limit, offset: offset)
        }
        if let articleId = query.articleId {
            let base = storage.articleIds[articleId].map { storage.quotesByArticle[$0] } ?? 0..<0
            return Self.page(of: base, keep: keep, limit: limit, offset: offset)
        }
        return Self.page(of: storage.quoteKind.indices, keep: keep, limit: limit, offset: offset)
    }

    /// The page of `base` passing `keep`, counting the rest without keeping it.
    static func page<C: Collection>(of base: C, keep: ((Int) -> Bool)?, limit: Int, offset: Int) -> Page<Int>
    where C.Element == Int {
        guard let keep else { return Page(slicing: base, limit: limit, offset: offset) }
        let start = max(offset, 0)
        let reach = start.addingReportingOverflow(max(limit, 0))
        let end = reach.overflow ? Int.max : reach.partialValue
        var items: [Int] = []
        var total = 0
        for index in base where keep(index) {
            if total >= start, total < end { items.append(index) }
            total += 1
        }
        return Page(items: items, total: total, limit: limit, offset: offset)
    }

    /// Whether a quote position passes every non-text filter of `query`, or nil when none is given.
    func quoteFilter(_ query: QuoteQuery) -> ((Int) -> Bool)? {
        let speakerId = query.speakerId.map { storage.entities.index(of: $0) ?? -1 }
        let articleIndex = query.articleId.map { storage.articleIds[$0] ?? -1 }
        // Which entities the speaker name names: decided once per entity, not per quote.
        let named = query.speakerName.map(EntityKey.of).map { name in
            storage.entities.indices.map { storage.entities.keys($0).contains(name) }
        }
        let (kind, attributed) = (query.kind, query.attributed)
        guard speakerId != nil || articleIndex != nil || named != nil || kind != nil || attributed != nil
        else { return nil }
        return { [storage] index in
            if let speakerId, storage.quoteSpeaker[index] != speakerId { return false }
            if let articleIndex, storage.quoteArticle[index] != articleIndex { return false }
            if let kind, storage.quoteKind[index] != kind { return false }
            if let attributed, (storage.quoteSpeaker[index] != nil) != attributed { return false }
            if let named {
                guard let speaker = storage.quoteSpeaker[index] else { return false }
                return named.indices.contains(speaker) && named[speaker]
            }
            return true
        }
    }
}
