import ArgumentParser
import BylineAPI
import BylineCorpus
import BylineHTTP
import BylineLogging
import Foundation
import Logging

/// The running service: logging, metrics, HTTP server, corpus load, signals.
///
/// The server listens before the corpus is loaded, so `/healthz` answers at once and
/// `/readyz` says 503 until the first load finishes (what an orchestrator's probes expect).
struct ServerApplication {
    let loaded: LoadedSettings

    func run() async throws {
        let settings = loaded.settings
        LoggingSystem.bootstrap { label in
            StdoutLogHandler(label: label, format: settings.logFormat, level: settings.logLevel)
        }
        let logger = Logger(label: "byline")
        let metrics = APIMetrics()
        metrics.bootstrapGlobally()
        guard let corpus = settings.corpus else { throw ExitCode(2) }  // the validator guarantees one
        let service = CorpusService(folder: corpus, metrics: metrics, logger: Logger(label: "byline.corpus"))
        let api = BylineAPI(service: service, metrics: metrics, options: settings.apiOptions)
        let server = HTTPServer(
            configuration: settings.httpConfiguration, logger: Logger(label: "byline.http"), observer: metrics,
            responder: api.router)
        do {
            try server.start()
        } catch {
            logger.critical("cannot listen", metadata: ["host": "\(settings.host)", "port": "\(settings.port)", "error": "\(error)"])
            throw ExitCode(1)
        }
        if let address = server.address {
            logger.notice("serving", metadata: ["url": "\(Self.url(for: address))", "corpus": "\(corpus)"])
        }
        let signals = SignalHandlers(logger: logger)
        signals.onTerminate { name in
            logger.info("signal received, draining", metadata: ["signal": "\(name)"])
            server.shutdown()
        }
        signals.onHangUp {
            logger.info("SIGHUP received, reloading the corpus")
            service.loadInBackground { result in Self.log(result, logger: logger, first: false) }
        }
        let failedFirstLoad = FirstLoadOutcome()
        service.loadInBackground { result in
            Self.log(result, logger: logger, first: true)
            if case .failure = result {
                failedFirstLoad.markFailed()
                server.shutdown()
            }
        }
        await server.waitUntilStopped()
        signals.cancel()
        logger.info("stopped")
        if failedFirstLoad.failed { throw ExitCode(1) }
    }

    static func log(_ result: Result<CorpusSnapshot, CorpusStore.ReloadError>, logger: Logger, first: Bool) {
        switch result {
        case .success(let snapshot):
            let stats = snapshot.stats
            logger.info(first ? "ready" : "reloaded", metadata: [
                "articles": "\(stats.articleCount)", "entities": "\(stats.entityCount)",
                "quotes": "\(stats.quoteCount)", "skipped": "\(stats.skippedFileCount)",
                "seconds": "\(String(format: "%.3f", stats.loadSeconds))",
            ])
        case .failure(let error):
            if first {
                logger.critical("cannot load the corpus, stopping", metadata: ["error": "\(error)"])
            } else {
                logger.error("reload failed, still serving the previous corpus", metadata: ["error": "\(error)"])
            }
        }
    }

    /// `http://127.0.0.1:8080`; a wildcard bind is shown as the loopback address a local
    /// browser can open.
    static func url(for address: SocketAddress) -> String {
        let host: String =
            switch address.host {
            case "0.0.0.0": "127.0.0.1"
            case "::": "[::1]"
            case let host where host.contains(":"): "[\(host)]"
            case let host: host
            }
        return "http://\(host):\(address.port)"
    }
}
