@preconcurrency import Dispatch
import Logging

extension HTTPServer {
    /// Begins a graceful shutdown: stop accepting, close idle keep-alive connections, let
    /// in-flight requests finish (their responses say `Connection: close`), and close whatever
    /// is left when the drain timeout passes. Safe to call from any thread, more than once.
    public func shutdown() {
        let action: (source: DispatchSourceRead?, loops: [EventLoop], wasRunning: Bool) = state.withLock { state in
            switch state.phase {
            case .running(_, let source):
                state.phase = .draining
                return (source, state.loops, true)
            case .notStarted:
                state.phase = .stopped
                return (nil, [], false)
            case .starting:
                state.shutdownRequested = true
                return (nil, [], false)
            case .draining, .stopped:
                return (nil, [], false)
            }
        }
        guard action.wasRunning else { return }
        action.loops.first?.core.isDraining.store(true, ordering: .relaxed)
        logger.info("shutting down", metadata: ["drain_timeout": "\(configuration.drainTimeout)"])
        acceptQueue.async { action.source?.cancel() }
        for loop in action.loops {
            loop.execute { loop.beginDrain() }
        }
        let deadline = DispatchTime.now() + .nanoseconds(Int(clamping: configuration.drainTimeout.nanoseconds))
        acceptQueue.asyncAfter(deadline: deadline) {
            for loop in action.loops {
                loop.execute { loop.closeAll() }
            }
        }
        // A handler that never returns holds its loop, so closeAll cannot run there: one
        // second after the drain timeout the server reports stopped regardless, so the
        // process can exit.
        acceptQueue.asyncAfter(deadline: deadline + .seconds(1)) { [self] in
            finishIfDrained(force: true)
        }
        // Nothing connected: done at once. Otherwise the last close finishes the drain.
        acceptQueue.async { [self] in finishIfDrained() }
    }

    /// Completes the shutdown once draining and no connection is left.
    func finishIfDrained(force: Bool = false) {
        let loops: [EventLoop]? = state.withLock { state in
            guard case .draining = state.phase else { return nil }
            let active = state.loops.first?.core.activeConnections.load(ordering: .acquiring) ?? 0
            guard active == 0 || force else { return nil }
            if active > 0 {
                logger.error("drain timeout passed with connections still busy", metadata: ["connections": "\(active)"])
            }
            state.phase = .stopped
            return state.loops
        }
        guard let loops else { return }
        for loop in loops {
            loop.stop()
        }
        logger.info("stopped")
        stopped.leave()
    }
}
