import BylineCorpus
import BylineHTTP
import Foundation
import Logging
import Synchronization

/// The corpus as the API sees it: the store that swaps snapshots, whether the first load has
/// finished (`/readyz`), when the served snapshot was loaded (`Last-Modified`), and how to
/// load again (`SIGHUP`, `POST /admin/reload`).
public final class CorpusService: Sendable {
    public let store: CorpusStore
    private let folder: String
    private let loader: CorpusLoader
    private let metrics: APIMetrics?
    private let logger: Logger
    private let state = Mutex(State())

    struct State {
        var ready = false
        var loadedAt = 0
        /// `loadedAt` as an HTTP-date, formatted once per load rather than per response.
        var lastModified = HTTPDate.format(unixSeconds: 0)
        var lastError: String?
        /// Ended and replaced by every load: responses the engine keeps for reuse carry the
        /// epoch they were made in, so none outlives the snapshot or load time it shows.
        var reuseEpoch = ReuseEpoch()
    }

    public init(
        folder: String, loader: CorpusLoader = CorpusLoader(), metrics: APIMetrics? = nil,
        logger: Logger = Logger(label: "byline.api")
    ) {
        self.folder = folder
        self.loader = loader
        self.metrics = metrics
        self.logger = logger
        store = CorpusStore(logger: logger)
    }

    /// Whether a corpus has been loaded: until then only `/healthz`, `/readyz` and `/metrics`
    /// answer normally.
    public var isReady: Bool { state.withLock { $0.ready } }

    /// Unix seconds of the load that produced the snapshot being served.
    public var loadedAt: Int { state.withLock { $0.loadedAt } }

    /// The validators' inputs in one lock: load time in seconds and as an HTTP-date.
    var lastModified: (seconds: Int, httpDate: String) {
        state.withLock { ($0.loadedAt, $0.lastModified) }
    }

    public var lastError: String? { state.withLock { $0.lastError } }

    /// The current reuse epoch. Read it before the snapshot and `lastModified` a response
    /// is made from: a load in between then ends the epoch that response carries.
    var reuseEpoch: ReuseEpoch { state.withLock { $0.reuseEpoch } }

    /// Loads (or reloads) the folder and serves it from now on; on failure the previous
    /// snapshot keeps serving and the error is returned.
    @discardableResult
    public func load() -> Result<CorpusSnapshot, CorpusStore.ReloadError> {
        do {
            let snapshot = try store.reload(directory: folder, loader: loader)
            let stats = snapshot.stats
            state.withLock {
                $0.ready = true
                $0.loadedAt = Int(Date().timeIntervalSince1970)
                $0.lastModified = HTTPDate.format(unixSeconds: $0.loadedAt)
                $0.lastError = nil
                // After the new snapshot and date are in place, so an epoch read later never
                // sees the old ones.
                $0.reuseEpoch.end()
                $0.reuseEpoch = ReuseEpoch()
            }
            metrics?.corpusLoaded(
                articles: stats.articleCount, entities: stats.entityCount, quotes: stats.quoteCount,
                mentions: stats.mentionCount, loadSeconds: stats.loadSeconds)
            return .success(snapshot)
        } catch {
            state.withLock { $0.lastError = "\(error)" }
            return .failure(error)
        }
    }

    /// Starts a load on a background thread, so the caller (an event loop, a signal handler)
    /// does not wait for the files to be read.
    public func loadInBackground(completion: (@Sendable (Result<CorpusSnapshot, CorpusStore.ReloadError>) -> Void)? = nil) {
        let thread = Thread { [self] in
            let result = load()
            completion?(result)
        }
        thread.name = "byline-corpus-load"
        thread.start()
    }
}
