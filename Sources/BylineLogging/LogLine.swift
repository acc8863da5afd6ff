import BylineHTTP
import Foundation
import Logging

/// One event, formatted for humans (`text`) or collectors (`json`).
struct LogLine {
    var time: Date
    var level: Logger.Level
    var label: String
    var message: String
    var metadata: Logger.Metadata

    /// `2026-11-29T20:31:02.123Z info byline: listening url=http://127.0.0.1:8080`
    func text() -> String {
        var line = "\(Self.timestamp(time)) \(level.rawValue) \(label): \(message)"
        for key in metadata.keys.sorted() {
            if let value = metadata[key] { line += " \(key)=\(value)" }
        }
        return line
    }

    /// `{"time":"…","level":"info","label":"byline","message":"listening","url":"http://…"}`;
    /// metadata keys sit beside the fixed ones, which they cannot overwrite.
    func json() -> String {
        var fields = [
            ("time", JSONString.quoted(Self.timestamp(time))), ("level", JSONString.quoted(level.rawValue)),
            ("label", JSONString.quoted(label)), ("message", JSONString.quoted(message)),
        ]
        let fixed = Set(fields.map(\.0))
        for key in metadata.keys.sorted() where !fixed.contains(key) {
            if let value = metadata[key] { fields.append((key, Self.json(value))) }
        }
        return "{" + fields.map { JSONString.quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func json(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let string): JSONString.quoted(string)
        case .stringConvertible(let convertible): JSONString.quoted(convertible.description)
        case .array(let values): "[" + values.map(json).joined(separator: ",") + "]"
        case .dictionary(let dictionary):
            "{" + dictionary.keys.sorted().compactMap { key in
                dictionary[key].map { JSONString.quoted(key) + ":" + json($0) }
            }.joined(separator: ",") + "}"
        }
    }

    static func timestamp(_ date: Date) -> String {
        LogTimestamp.text(date)
    }
}
