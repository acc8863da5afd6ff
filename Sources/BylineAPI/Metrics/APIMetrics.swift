import BylineHTTP
import CoreMetrics
import Prometheus
import Synchronization

/// Request counts and latency by route and status, open connections and corpus sizes,
/// recorded through swift-metrics into a Prometheus registry that `GET /metrics` renders.
///
/// Route labels are the router's patterns ("/articles/{id}"), never raw paths, so a client
/// probing random URLs cannot grow the label set; unmatched requests share "unmatched".
public final class APIMetrics: HTTPServerObserver, Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let openConnections: CoreMetrics.Meter
    private let corpusGauges: [String: CoreMetrics.Gauge]
    private let reloads: CoreMetrics.Counter
    /// What the engine's cache of reusable responses holds (bounded by its configuration).
    private let reuseEntries: CoreMetrics.Gauge
    private let reuseBytes: CoreMetrics.Gauge
    /// Handles are cached per label set: creating one takes the registry's lock and a lookup.
    /// A short array scanned in order, not a dictionary: the label sets are few (routes times
    /// statuses), and comparing a route string with the router's own copy of it is a pointer
    /// comparison, where hashing it was a tenth of a small answer's cost.
    private let requestHandles = Mutex<[RequestHandles]>([])

    static let latencyBuckets: [Duration] = [
        .microseconds(25), .microseconds(50), .microseconds(100), .microseconds(250), .microseconds(500),
        .milliseconds(1), .milliseconds(2),
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
    ]

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets["byline_http_request_duration_seconds"] = Self.latencyBuckets
        self.factory = factory
        openConnections = CoreMetrics.Meter(label: "byline_http_open_connections", factory: factory)
        var gauges: [String: CoreMetrics.Gauge] = [:]
        for name in ["articles", "entities", "quotes", "mentions"] {
            gauges[name] = CoreMetrics.Gauge(label: "byline_corpus_\(name)", factory: factory)
        }
        gauges["load_seconds"] = CoreMetrics.Gauge(label: "byline_corpus_load_seconds", factory: factory)
        corpusGauges = gauges
        reloads = CoreMetrics.Counter(label: "byline_corpus_loads_total", factory: factory)
        reuseEntries = CoreMetrics.Gauge(label: "byline_http_reused_responses", factory: factory)
        reuseBytes = CoreMetrics.Gauge(label: "byline_http_reused_response_bytes", factory: factory)
    }

    /// The factory, for `MetricsSystem.bootstrap` so libraries report into the same registry.
    public var metricsFactory: any MetricsFactory { factory }

    public func connectionOpened() { openConnections.increment(by: 1) }
    public func connectionClosed() { openConnections.decrement(by: 1) }

    public func reuseCacheStored(entries: Int, bytes: Int) {
        reuseEntries.record(entries)
        reuseBytes.record(bytes)
    }

    public func requestCompleted(
        method: HTTPMethod, routePattern: String?, status: Int, bytes: Int, duration: Duration
    ) {
        let method = method.rawValue
        let route = routePattern ?? "unmatched"
        let handles = requestHandles.withLock { cache in
            for entry in cache where entry.labels.status == status && entry.labels.route == route && entry.labels.method == method {
                return entry
            }
            let labels = RequestLabels(method: method, route: route, status: status)
            let dimensions = [("method", labels.method), ("route", labels.route), ("status", String(labels.status))]
            let made = RequestHandles(
                labels: labels,
                counter: CoreMetrics.Counter(label: "byline_http_requests_total", dimensions: dimensions, factory: factory),
                timer: CoreMetrics.Timer(label: "byline_http_request_duration_seconds", dimensions: dimensions, factory: factory))
            // Most used first: a new label set (an error status, an unknown method) goes last.
            cache.append(made)
            return made
        }
        handles.counter.increment()
        handles.timer.recordNanoseconds(duration.nanoseconds)
    }

    /// Sizes of the snapshot now served; called after each successful load.
    public func corpusLoaded(articles: Int, entities: Int, quotes: Int, mentions: Int, loadSeconds: Double) {
        corpusGauges["articles"]?.record(articles)
        corpusGauges["entities"]?.record(entities)
        corpusGauges["quotes"]?.record(quotes)
        corpusGauges["mentions"]?.record(mentions)
        corpusGauges["load_seconds"]?.record(loadSeconds)
        reloads.increment()
    }

    /// Prometheus text exposition format 0.0.4.
    public func exposition() -> [UInt8] { registry.emitToBuffer() }
}

struct RequestHandles: Sendable {
    var labels: RequestLabels
    var counter: CoreMetrics.Counter
    var timer: CoreMetrics.Timer
}

struct RequestLabels: Hashable, Sendable {
    var method: String
    var route: String
    var status: Int
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? Int64.max : scaled &+ attoseconds / 1_000_000_000
    }
}

extension APIMetrics {
    /// Makes this registry the process-wide swift-metrics backend, so metrics that libraries
    /// record land in `/metrics` too. Once per process.
    public func bootstrapGlobally() {
        MetricsSystem.bootstrap(factory)
    }
}
