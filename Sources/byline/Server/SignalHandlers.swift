@preconcurrency import Dispatch
import Foundation
import Logging
import Synchronization

/// SIGTERM and SIGINT start a graceful shutdown; SIGHUP reloads the corpus.
///
/// Signals are taken off their default disposition and delivered through Dispatch sources,
/// so the handlers run as ordinary code on a queue (no async-signal-safety limits). A second
/// SIGTERM/SIGINT while draining exits at once, as an impatient operator expects.
final class SignalHandlers: Sendable {
    private let queue = DispatchQueue(label: "byline.signals")
    private let sources = Mutex<[any DispatchSourceSignal]>([])
    private let terminations = Atomic<Int>(0)
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    func onTerminate(_ handler: @escaping @Sendable (String) -> Void) {
        for (signalNumber, name) in [(SIGTERM, "SIGTERM"), (SIGINT, "SIGINT")] {
            install(signalNumber) { [self] in
                let count = terminations.add(1, ordering: .relaxed).newValue
                if count > 1 {
                    logger.warning("second termination signal, exiting without draining", metadata: ["signal": "\(name)"])
                    exit(1)
                }
                handler(name)
            }
        }
    }

    func onHangUp(_ handler: @escaping @Sendable () -> Void) {
        install(SIGHUP, handler)
    }

    func cancel() {
        sources.withLock { sources in
            for source in sources { source.cancel() }
            sources.removeAll()
        }
    }

    private func install(_ signalNumber: Int32, _ handler: @escaping @Sendable () -> Void) {
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
        source.setEventHandler(handler: handler)
        source.resume()
        sources.withLock { $0.append(source) }
    }
}
