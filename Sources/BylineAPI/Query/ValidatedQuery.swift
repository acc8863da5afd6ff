import BylineHTTP

/// A request's query string checked against the endpoint's specs: unknown names, repeats,
/// malformed or out-of-range values are rejected with a 400 naming the parameter.
public struct ValidatedQuery: Sendable {
    enum Value: Sendable, Equatable {
        case int(Int)
        case text(String)
        case list([String])
        case bool(Bool)
    }

    private var values: [String: Value] = [:]

    public init(_ query: QueryParameters, specs: [QueryParameterSpec]) throws(APIError) {
        values.reserveCapacity(specs.count)
        for pair in query.pairs {
            // A linear scan: endpoints take at most a dozen parameters.
            guard let spec = specs.first(where: { $0.name == pair.name }) else {
                throw APIError.unknownParameter(pair.name)
            }
            guard values[pair.name] == nil else {
                throw APIError.invalidParameter(pair.name, "given more than once")
            }
            values[pair.name] = try Self.parse(pair.value, as: spec)
        }
        for spec in specs where values[spec.name] == nil {
            switch spec.kind {
            case .integer(_, let defaultValue?): values[spec.name] = .int(defaultValue)
            case .choice(_, let defaultValue?): values[spec.name] = .text(defaultValue)
            default: break
            }
        }
    }

    public func int(_ name: String) -> Int? {
        if case .int(let value) = values[name] { value } else { nil }
    }

    public func string(_ name: String) -> String? {
        if case .text(let value) = values[name] { value } else { nil }
    }

    public func list(_ name: String) -> [String] {
        if case .list(let value) = values[name] { value } else { [] }
    }

    public func bool(_ name: String) -> Bool? {
        if case .bool(let value) = values[name] { value } else { nil }
    }

    static func parse(_ raw: String, as spec: QueryParameterSpec) throws(APIError) -> Value {
        switch spec.kind {
        case .integer(let range, _):
            guard let value = Int(raw, radix: 10) else {
                throw APIError.invalidParameter(spec.name, "'\(raw.clipped)' is not an integer")
            }
            guard range.contains(value) else {
                throw APIError.invalidParameter(
                    spec.name, "\(value) is out of range \(range.lowerBound)...\(range.upperBound)")
            }
            return .int(value)
        case .text(let maxLength):
            let trimmed = raw.trimmingWhitespace()
            guard !trimmed.isEmpty else { throw APIError.invalidParameter(spec.name, "must not be empty") }
            // Counted in code points, as JSON Schema's maxLength counts (the OpenAPI document).
            guard trimmed.unicodeScalars.count <= maxLength else {
                throw APIError.invalidParameter(spec.name, "longer than \(maxLength) characters")
            }
            return .text(trimmed)
        case .choice(let allowed, _):
            guard allowed.contains(raw) else {
                throw APIError.invalidParameter(
                    spec.name, "'\(raw.clipped)' is not one of \(allowed.joined(separator: ", "))")
            }
            return .text(raw)
        case .choiceList(let allowed):
            let members = raw.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            for member in members where !allowed.contains(member) {
                throw APIError.invalidParameter(
                    spec.name, "'\(member.clipped)' is not one of \(allowed.joined(separator: ", "))")
            }
            return .list(members)
        case .boolean, .flag:
            switch raw.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            case "" where spec.kind.isFlag: return .bool(true)
            default: throw APIError.invalidParameter(spec.name, "'\(raw.clipped)' is not true or false")
            }
        case .date:
            guard let date = CalendarDate(raw) else {
                throw APIError.invalidParameter(spec.name, "'\(raw.clipped)' is not a date like 2017-04-12")
            }
            return .text(date.description)
        }
    }
}

extension QueryParameterSpec.Kind {
    var isFlag: Bool {
        if case .flag = self { true } else { false }
    }
}

extension String {
    /// At most 40 characters of untrusted input echoed back in an error message.
    var clipped: String { count > 40 ? prefix(40) + "…" : self }

    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
