/// One query parameter an endpoint accepts: the single description that both validates
/// requests and documents the parameter in `/openapi.json`, so the two cannot drift apart.
public struct QueryParameterSpec: Sendable {
    public enum Kind: Sendable {
        case integer(ClosedRange<Int>, defaultValue: Int?)
        /// Free text; `maxLength` in characters.
        case text(maxLength: Int)
        case choice([String], defaultValue: String?)
        /// Comma-separated members of a closed set: `include=entities,quotes`.
        case choiceList([String])
        case boolean
        /// RFC 3339 full-date, `2017-04-12`.
        case date
        /// A flag whose presence means yes (`?pretty`); `=true|false|1|0` also accepted.
        case flag
    }

    public let name: String
    public let kind: Kind
    public let description: String

    public init(_ name: String, _ kind: Kind, _ description: String) {
        self.name = name
        self.kind = kind
        self.description = description
    }
}

extension QueryParameterSpec {
    public static let limit = QueryParameterSpec(
        "limit", .integer(1...500, defaultValue: 20), "Items per page, 1 to 500.")
    public static let offset = QueryParameterSpec(
        "offset", .integer(0...1_000_000_000, defaultValue: 0), "Items to skip before the page starts.")
    public static let pretty = QueryParameterSpec("pretty", .flag, "Indent the JSON for reading.")

    /// `limit` and `offset`, which every list takes.
    public static let paging = [limit, offset]
}
