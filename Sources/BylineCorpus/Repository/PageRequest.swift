/// `?limit=` and `?offset=` of a list request (API.md, "Lists"). Validation (1...500) is the
/// API's job; the repository clamps whatever it is given.
public struct PageRequest: Sendable, Hashable {
    public static let defaultLimit = 20
    public static let maximumLimit = 500

    public var limit: Int
    public var offset: Int

    public init(limit: Int = PageRequest.defaultLimit, offset: Int = 0) {
        self.limit = limit
        self.offset = offset
    }

    /// Everything, for callers that want the whole list (exports, tests).
    public static let all = PageRequest(limit: Int.max, offset: 0)
}
