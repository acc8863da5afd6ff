import BylineAPI
import BylineHTTP

/// The settings handed to the engine and to the API.
extension Settings {
    var httpConfiguration: HTTPServerConfiguration {
        HTTPServerConfiguration(
            host: host, port: port,
            limits: HTTPParserLimits(
                maxRequestLineLength: maxHeaderBytes, maxHeaderSectionSize: maxHeaderBytes, maxBodySize: maxBodyBytes),
            timeouts: .init(
                headerRead: .seconds(requestTimeout), bodyRead: .seconds(requestTimeout),
                keepAliveIdle: .seconds(idleTimeout)),
            maxConnections: maxConnections,
            gzip: .init(enabled: gzipEnabled, minimumSize: gzipMinimumSize),
            cors: .init(allowedOrigins: corsOrigins),
            drainTimeout: .seconds(drainTimeout),
            reuse: .init(maxBytes: cacheBudget.reuseGenerationBytes))
    }

    var apiOptions: BylineAPI.Options {
        BylineAPI.Options(
            cacheMaxAge: cacheMaxAge, gzipMinimumSize: gzipEnabled ? gzipMinimumSize : nil, adminToken: adminToken,
            cacheBudget: cacheBudget)
    }

    var cacheBudget: CacheBudget { CacheBudget(megabytes: cacheMemoryMB) }
}
