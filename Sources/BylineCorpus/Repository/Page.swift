/// One page of a list (API.md, "Lists"): the items plus where they sit in the whole.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// How many items the whole list holds.
    public var total: Int
    public var limit: Int
    public var offset: Int

    public init(items: [Item], total: Int, limit: Int, offset: Int) {
        self.items = items
        self.total = total
        self.limit = limit
        self.offset = offset
    }

    /// Cuts `limit` items from `offset` out of the whole list (values out of range give an
    /// empty page, never a trap: validating them is the caller's job).
    public init<C: Collection>(slicing all: C, limit: Int, offset: Int) where C.Element == Item {
        let start = min(max(offset, 0), all.count)
        let count = min(max(limit, 0), all.count - start)
        let from = all.index(all.startIndex, offsetBy: start)
        let to = all.index(from, offsetBy: count)
        self.init(items: Array(all[from..<to]), total: all.count, limit: limit, offset: offset)
    }

    public func map<T: Sendable>(_ transform: (Item) throws -> T) rethrows -> Page<T> {
        Page<T>(items: try items.map(transform), total: total, limit: limit, offset: offset)
    }

    public func compactMap<T: Sendable>(_ transform: (Item) throws -> T?) rethrows -> Page<T> {
        Page<T>(items: try items.compactMap(transform), total: total, limit: limit, offset: offset)
    }
}

extension Page: Equatable where Item: Equatable {}
extension Page: Encodable where Item: Encodable {}
extension Page: Decodable where Item: Decodable {}
