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

    /// A few pairs at most (an endpoint takes a dozen parameters): a linear scan of a small
    /// array costs less than hashing into a dictionary made for every request.
    private var values: [(name: String, value: Value)] = []
    /// For the defaults of parameters not given.
    private let specs: [QueryParameterSpec]

    public init(_ query: QueryParameters, specs: [QueryParameterSpec]) throws(APIError) {
        self.specs = specs
        for pair in query.pairs {
            guard let spec = specs.first(where: { $0.name == pair.name }) else {
                throw APIError.unknownParameter(pair.name)
            }
            guard self[pair.name] == nil else {
                throw APIError.invalidParameter(pair.name, "given more than once")
            }
            values.append((pair.name, try Self.parse(pair.value, as: spec)))
        }
        // Defaults are answered by the accessors (`self[name]`), so none is stored here.
    }

    private subscript(name: String) -> Value? {
        values.first { $0.name == name }?.value
    }

    private func defaultValue(_ name: String) -> Value? {
        switch specs.first(where: { $0.name == name })?.kind {
        case .integer(_, let defaultValue?): .int(defaultValue)
        case .choice(_, let defaultValue?): .text(defaultValue)
        default: nil
        }
    }

    public func int(_ name: String) -> Int? {
        if case .int(let value) = self[name] ?? defaultValue(name) { value } else { nil }
    }

    public func string(_ name: String) -> String? {
        if case .text(let value) = self[name] ?? defaultValue(name) { value } else { nil }
    }

    public func list(_ name: String) -> [String] {
        if case .list(let value) = self[name] { value } else { [] }
    }

    public func bool(_ name: String) -> Bool? {
        if case .bool(let value) = self[name] { value } else { nil }
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
            // Split on the byte: a comma is ASCII, so every cut is a valid index, and the
            // Character-wise split was a twentieth of an article-with-includes answer.
            let members = raw.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
                .map { String(Substring($0)) }
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
        // Nearly every value starts and ends with a visible ASCII character: nothing to trim,
        // decided from two bytes without classifying Characters.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        // Index arithmetic, not reversed views: rebuilding a String from a reversed view went
        // character by character and was a sixth of an uncached search's cost.
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        if first == startIndex, index(after: last) == endIndex { return self }
        return String(self[first...last])
    }
}
