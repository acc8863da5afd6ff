import Foundation
import Logging
import Synchronization

/// swift-log handler that writes one line per event to stdout, as text or as JSON.
///
/// Stdout (not stderr, not a file) because containers and process supervisors collect it;
/// JSON because log collectors parse it without a grammar per service. A library of its own
/// so that the load benchmark logs a load's issues as `byline serve` does (a corpus with
/// thousands of duplicate ids logs thousands of lines while it loads).
public struct StdoutLogHandler: LogHandler {
    let label: String
    let format: LogFormat
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let sink: LogSink

    public init(label: String, format: LogFormat, level: Logger.Level, sink: LogSink = .stdout) {
        self.label = label
        self.format = format
        self.logLevel = level
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        if let error = event.error { merged["error"] = "\(error)" }
        let line = LogLine(
            time: Date(), level: event.level, label: label, message: event.message.description,
            metadata: merged)
        sink.write(format == .json ? line.json() : line.text())
    }
}

/// Where finished lines go; serialised so concurrent events never interleave within a line.
public struct LogSink: Sendable {
    let write: @Sendable (String) -> Void

    public init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// Standard output, the service's.
    public static let stdout = LogSink(descriptor: 1)
    /// Standard error: where a command line tool that prints results to stdout logs.
    public static let standardError = LogSink(descriptor: 2)

    /// Each line and a line break, in one `write(2)` to `descriptor` as far as it takes.
    init(descriptor: Int32) {
        write = { line in
            outputLock.withLock { _ in
                var bytes = Array(line.utf8)
                bytes.append(UInt8(ascii: "\n"))
                bytes.withUnsafeBytes { buffer in
                    guard let base = buffer.baseAddress else { return }
                    var offset = 0
                    while offset < buffer.count {
                        let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                        if written > 0 {
                            offset += written
                        } else if written < 0 && errno == EINTR {
                            continue
                        } else {
                            return  // the output is closed: nothing sensible left to do with a log line
                        }
                    }
                }
            }
        }
    }
}

private let outputLock = Mutex<Void>(())
