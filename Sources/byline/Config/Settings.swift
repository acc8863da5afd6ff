import BylineLogging
import Logging

/// Every setting `byline serve` reads, with its built-in default.
///
/// Values arrive layered, in rising priority: these defaults, `config/byline.json` (or the
/// `--config` file), `BYLINE_*` environment variables, command-line flags. `SettingsLoader`
/// does the layering through swift-configuration; `SettingKey` documents each key once.
struct Settings: Sendable, Equatable {
    var host = "127.0.0.1"
    /// 0 asks the kernel for a free port; the bound address is logged.
    var port = 8080
    /// The folder of `.txt` articles; `nil` until located (config, working directory, executable).
    var corpus: String?
    var maxConnections = 1024
    var maxHeaderBytes = 16 * 1024
    var maxBodyBytes = 64 * 1024
    /// Seconds a client has to send one complete request.
    var requestTimeout = 10.0
    /// Seconds an idle keep-alive connection stays open.
    var idleTimeout = 60.0
    /// Seconds in-flight requests get to finish after SIGTERM before connections are closed.
    var drainTimeout = 10.0
    /// Origins allowed to read the API from a browser; `*` allows any.
    var corsOrigins = ["*"]
    var gzipEnabled = true
    /// Bodies shorter than this are sent uncompressed: gzip would not pay for its header.
    var gzipMinimumSize = 1024
    /// `Cache-Control: max-age` for API responses; ETag revalidation covers reloads.
    var cacheMaxAge = 60
    /// MiB the response caches may hold at most, together (`CacheBudget`); 0 turns them off.
    var cacheMemoryMB = 128
    var logLevel = Logger.Level.info
    var logFormat = LogFormat.text
    /// Bearer token for `POST /admin/reload`; `nil` disables the endpoint.
    var adminToken: String?
}
