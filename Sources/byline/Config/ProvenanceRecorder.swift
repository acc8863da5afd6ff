import Configuration
import Synchronization

/// Remembers, for each key read, which provider answered and whether its value was usable.
///
/// swift-configuration queries the providers in order and stops at the first that has the key
/// (or throws), so the last provider result of an access event is the one that decided.
final class ProvenanceRecorder: AccessReporter, Sendable {
    struct Record: Sendable {
        /// Index into the provider list; `nil` when no provider had the key.
        var providerIndex: Int?
        /// The value as the provider held it, for error messages.
        var rawValue: String?
        /// Set when the provider's value could not be read as the requested type.
        var problem: String?
    }

    private let records = Mutex<[String: Record]>([:])

    func report(_ event: AccessEvent) {
        var record = Record()
        if let last = event.providerResults.indices.last {
            switch event.providerResults[last].result {
            case .success(let lookup):
                if let value = lookup.value {
                    record.providerIndex = last
                    record.rawValue = value.isSecret ? "<redacted>" : value.content.shownValue
                }
            case .failure(let error):
                record.providerIndex = last
                record.problem = "\(error)"
            }
        }
        if let conversionError = event.conversionError {
            record.problem = "\(conversionError)"
        }
        records.withLock { $0[event.metadata.key.components.joined(separator: ".")] = record }
    }

    func record(for key: String) -> Record? {
        records.withLock { $0[key] }
    }
}

extension ConfigContent {
    /// The value as a person would type it, for messages.
    var shownValue: String {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        case .stringArray(let values): values.joined(separator: ",")
        case .intArray(let values): values.map(String.init).joined(separator: ",")
        case .doubleArray(let values): values.map { String($0) }.joined(separator: ",")
        case .boolArray(let values): values.map(String.init).joined(separator: ",")
        case .bytes, .byteChunkArray: "<bytes>"
        }
    }
}
