import Testing

@testable import BylineHTTP

@Suite struct RouterTests {
    struct Teapot: HTTPResponseError {
        var status: HTTPStatus { HTTPStatus(code: 418, reason: "I'm a teapot") }
        var code: String { "teapot" }
        var message: String { "short and stout" }
    }

    struct Boom: Error {}

    static func request(_ method: HTTPMethod, _ path: String) -> HTTPRequest {
        HTTPRequest(method: method, target: path, path: path)
    }

    static var router: Router {
        var router = Router()
        router.add(.get, "/articles") { _, _ in .text("list") }
        router.add(.get, "/articles/{id}") { _, parameters in .text("article \(parameters["id"] ?? "?")") }
        router.add(.delete, "/articles/{id}") { _, _ in HTTPResponse(status: .noContent) }
        router.add(.get, "/articles/search") { _, _ in .text("search") }
        router.add(.get, "/entities/{type}/{slug}/quotes") { _, p in .text("\(p["type"] ?? "")-\(p["slug"] ?? "")") }
        router.add(.get, "/teapot") { _, _ in throw Teapot() }
        router.add(.get, "/boom") { _, _ in throw Boom() }
        return router
    }

    static func text(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    @Test func parameters_areCaptured_andPatternReported() {
        let response = Self.router.respond(to: Self.request(.get, "/articles/42"))
        #expect(Self.text(response) == "article 42")
        #expect(response.routePattern == "/articles/{id}")
        let nested = Self.router.respond(to: Self.request(.get, "/entities/person/vladimir-putin/quotes"))
        #expect(Self.text(nested) == "person-vladimir-putin")
    }

    @Test func literalSegment_beatsParameter() {
        #expect(Self.text(Self.router.respond(to: Self.request(.get, "/articles/search"))) == "search")
    }

    @Test func trailingSlash_matchesSameRoute() {
        #expect(Self.text(Self.router.respond(to: Self.request(.get, "/articles/"))) == "list")
    }

    @Test func unmatchedRequest_returns404_asJSONError() {
        let response = Self.router.respond(to: Self.request(.get, "/nothing/here"))
        #expect(response.status == .notFound)
        #expect(response.headers["content-type"]?.hasPrefix("application/json") == true)
        #expect(Self.text(response).hasPrefix(#"{"error":{"status":404,"code":"not_found","#))
        #expect(response.routePattern == nil)
    }

    @Test func emptyParameterSegment_doesNotMatch() {
        #expect(Self.router.respond(to: Self.request(.get, "/entities//x/quotes")).status == .notFound)
    }

    @Test func wrongMethod_returns405_withAllow() {
        let response = Self.router.respond(to: Self.request(.post, "/articles/42"))
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["allow"] == "DELETE, GET, HEAD, OPTIONS")
        #expect(Self.text(response).contains(#""code":"method_not_allowed""#))
    }

    @Test func head_isServedByGetHandler() {
        let response = Self.router.respond(to: Self.request(.head, "/articles"))
        #expect(response.status == .ok)
        #expect(Self.text(response) == "list")
    }

    @Test func options_isAnsweredAutomatically_withAllow() {
        let response = Self.router.respond(to: Self.request(.options, "/articles"))
        #expect(response.status == .noContent)
        #expect(response.headers["allow"] == "GET, HEAD, OPTIONS")
    }

    @Test func thrownHTTPResponseError_becomesItsJSONResponse() {
        let response = Self.router.respond(to: Self.request(.get, "/teapot"))
        #expect(response.status.code == 418)
        #expect(Self.text(response) == #"{"error":{"status":418,"code":"teapot","message":"short and stout"}}"#)
    }

    @Test func otherThrownError_becomesGeneric500_withoutDetails() {
        let response = Self.router.respond(to: Self.request(.get, "/boom"))
        #expect(response.status == .internalServerError)
        #expect(Self.text(response) == #"{"error":{"status":500,"code":"internal_error","message":"internal server error"}}"#)
    }

    @Test func errorMessage_isJSONEscaped() {
        let response = HTTPResponse.error(.badRequest, code: "bad", message: "quote \" backslash \\ newline \n tab \t bell \u{07}")
        #expect(Self.text(response) == #"{"error":{"status":400,"code":"bad","message":"quote \" backslash \\ newline \n tab \t bell \u0007"}}"#)
    }
}
