import Foundation

/// The one JSON form of every resource: sorted keys (stable bytes, stable ETags), slashes
/// left alone.
public enum ResourceEncoder {
    public static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(value))
        } catch {
            // The model holds strings, numbers and optionals only: encoding cannot fail.
            preconditionFailure("encoding \(T.self) failed: \(error)")
        }
    }
}
