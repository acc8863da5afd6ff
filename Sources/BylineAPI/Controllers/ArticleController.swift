import BylineCorpus
import BylineModel

/// `/articles`: summaries with search and filters, one article, its entities and quotes.
struct ArticleController: Sendable {
    let cache: ComposedBodyCache
    static let sortValues = ["relevance", "-date", "date", "title"]

    var routes: [APIRoute] {
        [
            APIRoute(
                "/articles", operationId: "listArticles",
                summary: "Article summaries: full-text search, filters, sorting, paging.", tag: "articles",
                parameters: [
                    .init("q", .text(maxLength: 200), "Full-text search: every term must occur (case- and accent-insensitive); ranked by relevance."),
                    .init("entity", .text(maxLength: 100), "Only articles mentioning this entity id."),
                    .init("speaker", .text(maxLength: 100), "Only articles quoting this entity id."),
                    .init("from", .date, "Published on or after this date (undated articles are left out)."),
                    .init("to", .date, "Published on or before this date (undated articles are left out)."),
                    .init("outlet", .text(maxLength: 100), "Original outlet, e.g. NPR (case-insensitive)."),
                    .init("publisher", .text(maxLength: 100), "Publishing site (case-insensitive)."),
                    .init("section", .text(maxLength: 100), "Section (case-insensitive)."),
                    .init("author", .text(maxLength: 100), "One of the authors (case-insensitive)."),
                    .init("sort", .choice(Self.sortValues, defaultValue: nil),
                          "relevance (default with q), -date (newest first, the default otherwise), date (oldest first), title."),
                ] + QueryParameterSpec.paging,
                response: .json(description: "A page of article summaries.", schema: Schemas.list(of: Schemas.ref("ArticleSummary"))),
                links: ["getArticle", "listArticleEntities", "listArticleQuotes"], memoized: true, handler: list),
            APIRoute(
                "/articles/{id}", operationId: "getArticle", summary: "One article; include=entities,quotes embeds them.",
                tag: "articles",
                parameters: [.init("include", .choiceList(["entities", "quotes"]), "Comma-separated: entities (with their mentions in this article), quotes.")],
                response: .json(description: "The article.", schema: Schemas.ref("ArticleDetail")),
                handler: article),
            APIRoute(
                "/articles/{id}/entities", operationId: "listArticleEntities",
                summary: "Entities mentioned in one article, most mentioned first.", tag: "articles",
                parameters: QueryParameterSpec.paging,
                response: .json(description: "A page of entities.", schema: Schemas.list(of: Schemas.ref("Entity"))),
                memoized: true, handler: entities),
            APIRoute(
                "/articles/{id}/quotes", operationId: "listArticleQuotes", summary: "Quotes in one article, in text order.",
                tag: "articles", parameters: QueryParameterSpec.paging,
                response: .json(description: "A page of quotes.", schema: Schemas.list(of: Schemas.ref("Quote"))),
                memoized: true, handler: quotes),
        ]
    }

    @Sendable func list(_ request: APIRequest) throws(APIError) -> APIBody {
        let query = request.query
        let sort: ArticleQuery.Sort? =
            switch query.string("sort") {
            case "relevance": .relevance
            case "date": .oldest
            case "-date": .newest
            case "title": .title
            default: nil
            }
        let articleQuery = ArticleQuery(
            text: query.string("q"), entityId: query.string("entity"), speakerId: query.string("speaker"),
            from: query.string("from"), to: query.string("to"), outlet: query.string("outlet"),
            publisher: query.string("publisher"), section: query.string("section"), author: query.string("author"),
            sort: sort, page: request.page)
        return .json(request.snapshot.encodedArticles(articleQuery))
    }

    @Sendable func article(_ request: APIRequest) throws(APIError) -> APIBody {
        let id = request.path("id")
        let include = request.query.list("include")
        let (entities, quotes) = (include.contains("entities"), include.contains("quotes"))
        guard entities || quotes else {
            // Sent from the snapshot's stored parts: no per-request copy of the text.
            guard let pieces = request.snapshot.encodedArticlePieces(id: id) else { throw APIError.notFound("article", id: id) }
            return .jsonPieces(pieces)
        }
        // Looked up before the article is assembled: a hit costs one dictionary lookup.
        let key = "article/" + id + (entities ? (quotes ? "?entities,quotes" : "?entities") : "?quotes")
        let body = try cache.body(identity: request.snapshot.identity, key: key) { () throws(APIError) -> [UInt8] in
            guard let encoded = request.snapshot.encodedArticle(id: id) else { throw APIError.notFound("article", id: id) }
            // From the stored columns and the quotes' stored JSON: nothing is decoded.
            var members: [(String, [UInt8])] = []
            if entities, let list = request.snapshot.entitiesWithMentions(articleId: id) {
                members.append(("entities", EncodedJSON.array(list.map(EncodedJSON.encode))))
            }
            if quotes, let list = request.snapshot.encodedQuotes(articleId: id) {
                members.append(("quotes", EncodedJSON.array(list)))
            }
            return EncodedJSON.object(encoded, adding: members)
        }
        return .json(body)
    }

    @Sendable func entities(_ request: APIRequest) throws(APIError) -> APIBody {
        let id = request.path("id")
        guard request.snapshot.encodedArticleSummary(id: id) != nil else { throw APIError.notFound("article", id: id) }
        return .json(request.snapshot.encodedEntities(EntityQuery(articleId: id, sort: .mentions, page: request.page)))
    }

    @Sendable func quotes(_ request: APIRequest) throws(APIError) -> APIBody {
        let id = request.path("id")
        guard request.snapshot.encodedArticleSummary(id: id) != nil else { throw APIError.notFound("article", id: id) }
        return .json(request.snapshot.encodedQuotes(QuoteQuery(articleId: id, page: request.page)))
    }
}
