import Logging
import Synchronization

/// Holds the snapshot being served and swaps in a new one atomically on reload. A reader
/// takes the current snapshot (one short lock to copy a reference) and then queries it
/// without locks; a request keeps answering from the snapshot it started with.
public final class CorpusStore: Sendable {
    private let current: Mutex<CorpusSnapshot>
    private let reloading = Mutex<Bool>(false)
    private let logger: Logger

    public init(snapshot: CorpusSnapshot = .empty, logger: Logger = Logger(label: "byline.corpus")) {
        current = Mutex(snapshot)
        self.logger = logger
    }

    /// The snapshot to answer the next request from.
    public var snapshot: CorpusSnapshot {
        current.withLock { $0 }
    }

    public enum ReloadError: Error, Sendable, CustomStringConvertible {
        case alreadyReloading
        case failed(CorpusLoadError)

        public var description: String {
            switch self {
            case .alreadyReloading: "a reload is already running"
            case .failed(let error): "reload failed, still serving the previous corpus: \(error)"
            }
        }
    }

    /// Runs `load` and serves its snapshot from now on. If it throws, the previous snapshot
    /// keeps serving and the error is logged and rethrown. One reload at a time.
    @discardableResult
    public func reload(
        _ load: () throws(CorpusLoadError) -> CorpusSnapshot
    ) throws(ReloadError) -> CorpusSnapshot {
        let claimed = reloading.withLock { busy in
            if busy { return false }
            busy = true
            return true
        }
        guard claimed else { throw .alreadyReloading }
        defer { reloading.withLock { $0 = false } }
        do {
            let fresh = try load()
            current.withLock { $0 = fresh }
            // What the load returned besides the snapshot (its issues) and, unless a request
            // still holds it, the previous snapshot are freed by now: their pages go back.
            MemoryTrim.releaseFreePages()
            logger.info("corpus reloaded", metadata: ["identity": "\(fresh.identity)", "articles": "\(fresh.stats.articleCount)"])
            return fresh
        } catch {
            logger.error("corpus reload failed, keeping the previous snapshot", metadata: ["error": "\(error)"])
            throw .failed(error)
        }
    }

    /// Reloads from a folder with a loader.
    @discardableResult
    public func reload(directory: String, loader: CorpusLoader) throws(ReloadError) -> CorpusSnapshot {
        try reload { () throws(CorpusLoadError) -> CorpusSnapshot in try loader.load(directory: directory).snapshot }
    }
}
