import Logging
import Synchronization

/// What every event loop shares: configuration, the responder, the logger and the live
/// connection count that decides refusals and the end of a drain.
final class ServerCore: Sendable {
    let configuration: HTTPServerConfiguration
    let responder: any HTTPResponder
    let logger: Logger
    let observer: (any HTTPServerObserver)?
    let preparation: ResponsePreparation
    /// Responses handlers marked reusable, shared by every loop (`Connection+Reuse`).
    let reuse: ResponseReuseCache
    let activeConnections = Atomic<Int>(0)
    /// Set the moment a shutdown begins, so a response finished on a loop that has not yet
    /// processed the drain still says `Connection: close`.
    let isDraining = Atomic<Bool>(false)
    /// Told when the count drops to zero, to finish a drain.
    let onLastConnectionClosed: @Sendable () -> Void

    init(
        configuration: HTTPServerConfiguration, responder: any HTTPResponder, logger: Logger,
        observer: (any HTTPServerObserver)?, onLastConnectionClosed: @escaping @Sendable () -> Void
    ) {
        self.configuration = configuration
        self.responder = responder
        self.logger = logger
        self.observer = observer
        self.preparation = ResponsePreparation(
            gzip: configuration.gzip, cors: configuration.cors, logger: logger)
        self.reuse = ResponseReuseCache(
            limits: .init(maxEntries: configuration.reuse.maxEntries, maxBytes: configuration.reuse.maxBytes))
        self.onLastConnectionClosed = onLastConnectionClosed
    }

    func connectionClosed() {
        let remaining = activeConnections.subtract(1, ordering: .acquiringAndReleasing).newValue
        if remaining == 0 { onLastConnectionClosed() }
    }
}
