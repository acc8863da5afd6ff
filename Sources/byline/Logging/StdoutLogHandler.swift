import Foundation
import Logging
import Synchronization

/// swift-log handler that writes one line per event to stdout, as text or as JSON.
///
/// Stdout (not stderr, not a file) because containers and process supervisors collect it;
/// JSON because log collectors parse it without a grammar per service.
struct StdoutLogHandler: LogHandler {
    let label: String
    let format: LogFormat
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?
    private let sink: LogSink

    init(label: String, format: LogFormat, level: Logger.Level, sink: LogSink = .stdout) {
        self.label = label
        self.format = format
        self.logLevel = level
        self.sink = sink
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
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
struct LogSink: Sendable {
    let write: @Sendable (String) -> Void

    static let stdout = LogSink { line in
        stdoutLock.withLock { _ in
            var bytes = Array(line.utf8)
            bytes.append(UInt8(ascii: "\n"))
            bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(1, base + offset, buffer.count - offset)
                    if written > 0 {
                        offset += written
                    } else if written < 0 && errno == EINTR {
                        continue
                    } else {
                        return  // stdout closed: nothing sensible left to do with a log line
                    }
                }
            }
        }
    }
}

private let stdoutLock = Mutex<Void>(())
