import BylineCorpus
import BylineModel

/// `/quotes`: who said what, filtered by speaker, article, words, kind and attribution.
struct QuoteController: Sendable {
    var routes: [APIRoute] {
        [
            APIRoute(
                "/quotes", operationId: "listQuotes", summary: "Quotes with speaker, article, text, kind and attribution filters.",
                tag: "quotes",
                parameters: [
                    .init("speaker", .text(maxLength: 100), "An entity id, or a name matched on the speaker's name and aliases."),
                    .init("article", .text(maxLength: 100), "Only quotes in this article id."),
                    .init("q", .text(maxLength: 200), "Full-text search within the quoted words; best match first."),
                    .init("kind", .choice(Quote.Kind.allCases.map(\.rawValue), defaultValue: nil), "full, partial or indirect."),
                    .init("attributed", .boolean, "true: only quotes with a named speaker; false: only quotes without."),
                ] + QueryParameterSpec.paging,
                response: .json(description: "A page of quotes.", schema: Schemas.list(of: Schemas.ref("Quote"))),
                links: ["getQuote"], memoized: true, handler: list),
            APIRoute(
                "/quotes/{id}", operationId: "getQuote", summary: "One quote.", tag: "quotes",
                response: .json(description: "The quote.", schema: Schemas.ref("Quote")), handler: quote),
        ]
    }

    @Sendable func list(_ request: APIRequest) throws(APIError) -> APIBody {
        let query = request.query
        var quoteQuery = QuoteQuery(
            text: query.string("q"), articleId: query.string("article"),
            kind: query.string("kind").flatMap(Quote.Kind.init(rawValue:)), attributed: query.bool("attributed"),
            page: request.page)
        if let speaker = query.string("speaker") {
            // An id names one entity; anything else is a name or alias ("Putin", "putin").
            if request.snapshot.encodedEntity(id: speaker) != nil {
                quoteQuery.speakerId = speaker
            } else {
                quoteQuery.speakerName = speaker
            }
        }
        return .json(request.snapshot.encodedQuotes(quoteQuery))
    }

    @Sendable func quote(_ request: APIRequest) throws(APIError) -> APIBody {
        let id = request.path("id")
        guard let encoded = request.snapshot.encodedQuote(id: id) else { throw APIError.notFound("quote", id: id) }
        return .json(encoded)
    }
}
