import BylineCorpus
import BylineHTTP
import Synchronization

/// The API assembled: every controller's routes on one router, wrapped by the responder, and
/// the OpenAPI document built from the same routes.
public struct BylineAPI: Sendable {
    public static let version = "0.1.0"

    public struct Options: Sendable {
        public var cacheMaxAge: Int
        /// When the engine gzips, and from which body size; the entity tags must know.
        public var gzipMinimumSize: Int?
        /// `nil` leaves `POST /admin/reload` out.
        public var adminToken: String?
        /// Bytes the API's response caches may hold at most, together.
        public var cacheBudget: CacheBudget

        public init(
            cacheMaxAge: Int = 60, gzipMinimumSize: Int? = 1024, adminToken: String? = nil,
            cacheBudget: CacheBudget = .standard
        ) {
            self.cacheMaxAge = cacheMaxAge
            self.gzipMinimumSize = gzipMinimumSize
            self.adminToken = adminToken
            self.cacheBudget = cacheBudget
        }
    }

    public let routes: [APIRoute]
    public let router: Router
    /// The compact OpenAPI document, built once.
    public let openAPIDocument: [UInt8]
    /// Finished answers by request target, shared by every route's handler.
    let answers: AnswerCache
    /// Answers kept now, for tests.
    var answerCacheCount: Int { answers.count }

    public init(service: CorpusService, metrics: APIMetrics, options: Options = Options()) {
        let document = Mutex<[UInt8]>([])
        let budget = options.cacheBudget
        answers = AnswerCache(maxBytes: budget.answerGenerationBytes)
        let composed = ComposedBodyCache(maxBytes: budget.composedBytes)
        var routes = ArticleController(cache: composed).routes + EntityController(cache: composed).routes
            + QuoteController().routes
        if let token = options.adminToken {
            routes += AdminController(service: service, token: token).routes
        }
        let links = [("self", "/")] + (routes.map { ($0.operationId, $0.path) })
        let serviceRoutes = ServiceController(
            service: service, metrics: metrics, openAPI: { document.withLock { $0 } },
            links: links + [("health", "/healthz"), ("ready", "/readyz"), ("metrics", "/metrics"), ("openapi", "/openapi.json")]
        ).routes
        routes = serviceRoutes + routes
        let built = OpenAPIDocument.build(routes: routes, version: Self.version).bytes
        document.withLock { $0 = built }

        let responder = APIResponder(
            service: service,
            cache: CachePolicy(maxAge: options.cacheMaxAge, gzipMinimumSize: options.gzipMinimumSize),
            gzipEnabled: options.gzipMinimumSize != nil, memo: composed,
            searches: SearchBodyCache(maxBytes: budget.searchGenerationBytes), answers: answers)
        var router = Router()
        for route in routes {
            router.add(route.method, route.path, responder.handler(for: route))
        }
        StaticFilesController.bundled().register(on: &router)  // the reader page at /ui/ (docs/ui.md)
        self.routes = routes
        self.router = router
        self.openAPIDocument = built
    }
}
