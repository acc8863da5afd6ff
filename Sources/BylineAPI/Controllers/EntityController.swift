import BylineCorpus
import BylineModel

/// `/entities`: people, organizations and places across the corpus, with what links them.
struct EntityController: Sendable {
    let cache: ComposedBodyCache
    var routes: [APIRoute] {
        [
            APIRoute(
                "/entities", operationId: "listEntities", summary: "Entities with type, name-prefix and article filters.",
                tag: "entities",
                parameters: [
                    .init("type", .choice(EntityType.allCases.map(\.rawValue), defaultValue: nil), "person, organization or location."),
                    .init("q", .text(maxLength: 200), "Prefix of the name, of a word of the name, or of an alias (type-ahead)."),
                    .init("article", .text(maxLength: 100), "Only entities mentioned in this article id."),
                    .init("sort", .choice(["mentions", "articles", "name"], defaultValue: "mentions"),
                          "mentions (most first, the default), articles (most first), name."),
                ] + QueryParameterSpec.paging,
                response: .json(description: "A page of entities (without mentions).", schema: Schemas.list(of: Schemas.ref("Entity"))),
                links: ["getEntity", "listEntityMentions", "listEntityQuotes", "listRelatedEntities"], memoized: true, handler: list),
            APIRoute(
                "/entities/{id}", operationId: "getEntity",
                summary: "One entity with every mention and the articles it appears in.", tag: "entities",
                response: .json(description: "The entity.", schema: Schemas.ref("EntityDetail")), handler: entity),
            APIRoute(
                "/entities/{id}/mentions", operationId: "listEntityMentions", summary: "Mentions of one entity, in article order.",
                tag: "entities", parameters: QueryParameterSpec.paging,
                response: .json(description: "A page of mentions.", schema: Schemas.list(of: Schemas.ref("Mention"))),
                memoized: true, handler: mentions),
            APIRoute(
                "/entities/{id}/quotes", operationId: "listEntityQuotes", summary: "What this entity said.", tag: "entities",
                parameters: [.init("kind", .choice(Quote.Kind.allCases.map(\.rawValue), defaultValue: nil), "full, partial or indirect.")]
                    + QueryParameterSpec.paging,
                response: .json(description: "A page of quotes.", schema: Schemas.list(of: Schemas.ref("Quote"))),
                memoized: true, handler: quotes),
            APIRoute(
                "/entities/{id}/related", operationId: "listRelatedEntities",
                summary: "Entities that appear in the same articles, most shared articles first.", tag: "entities",
                parameters: QueryParameterSpec.paging,
                response: .json(description: "A page of related entities with shared-article counts.",
                                schema: Schemas.list(of: Schemas.ref("RelatedEntity"))),
                memoized: true, handler: related),
        ]
    }

    @Sendable func list(_ request: APIRequest) throws(APIError) -> APIBody {
        let query = request.query
        let entityQuery = EntityQuery(
            type: query.string("type").flatMap(EntityType.init(rawValue:)), prefix: query.string("q"),
            articleId: query.string("article"),
            sort: query.string("sort").flatMap(EntityQuery.Sort.init(rawValue:)) ?? .mentions, page: request.page)
        return .json(request.snapshot.encodedEntities(entityQuery))
    }

    @Sendable func entity(_ request: APIRequest) throws(APIError) -> APIBody {
        let id = request.path("id")
        guard let encoded = request.snapshot.encodedEntity(id: id) else { throw APIError.notFound("entity", id: id) }
        let body = try cache.body(identity: request.snapshot.identity, key: "entity/\(id)") { () throws(APIError) -> [UInt8] in
            let mentions = request.snapshot.mentions(ofEntity: id, page: .all)?.items ?? []
            let articles = request.snapshot.articles(ArticleQuery(entityId: id, page: .all)).items.map { summary in
                ArticleReference(id: summary.id, title: summary.title, publishedAt: summary.publishedAt)
            }
            return EncodedJSON.object(encoded, adding: [
                ("mentions", EncodedJSON.encode(mentions)), ("articles", EncodedJSON.encode(articles)),
            ])
        }
        return .json(body)
    }

    @Sendable func mentions(_ request: APIRequest) throws(APIError) -> APIBody {
        let id = request.path("id")
        guard let page = request.snapshot.mentions(ofEntity: id, page: request.page) else {
            throw APIError.notFound("entity", id: id)
        }
        return .json(EncodedJSON.list(page.items.map(EncodedJSON.encode), total: page.total, limit: page.limit, offset: page.offset))
    }

    @Sendable func quotes(_ request: APIRequest) throws(APIError) -> APIBody {
        let id = request.path("id")
        guard request.snapshot.encodedEntity(id: id) != nil else { throw APIError.notFound("entity", id: id) }
        let kind = request.query.string("kind").flatMap(Quote.Kind.init(rawValue:))
        return .json(request.snapshot.encodedQuotes(QuoteQuery(speakerId: id, kind: kind, page: request.page)))
    }

    @Sendable func related(_ request: APIRequest) throws(APIError) -> APIBody {
        let id = request.path("id")
        guard let page = request.snapshot.relatedEntities(of: id, page: request.page) else {
            throw APIError.notFound("entity", id: id)
        }
        return .json(EncodedJSON.list(page.items.map(EncodedJSON.encode), total: page.total, limit: page.limit, offset: page.offset))
    }
}

/// An article named in another resource: enough to show a link.
struct ArticleReference: Codable, Sendable, Hashable {
    var id: String
    var title: String
    var publishedAt: String?
}
