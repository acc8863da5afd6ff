import Foundation
import Logging

/// The running service: logging, metrics, corpus, HTTP server, signals.
struct ServerApplication {
    let loaded: LoadedSettings

    func run() async throws {
        let settings = loaded.settings
        LoggingSystem.bootstrap { label in
            StdoutLogHandler(label: label, format: settings.logFormat, level: settings.logLevel)
        }
        let logger = Logger(label: "byline")
        logger.info("server not wired yet", metadata: ["corpus": "\(settings.corpus ?? "")"])
    }
}
