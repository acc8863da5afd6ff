/// Builds the list body of API.md ("Lists") from items already encoded, without a JSON encoder:
/// `{"items":[...],"limit":20,"offset":0,"total":37}`.
public enum JSONList {
    public static func encode(items: [[UInt8]], total: Int, limit: Int, offset: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(items.reduce(64) { $0 + $1.count + 1 })
        out.append(contentsOf: #"{"items":["#.utf8)
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: item)
        }
        out.append(contentsOf: #"],"limit":\#(limit),"offset":\#(offset),"total":\#(total)}"#.utf8)
        return out
    }

    public static func encode<Item>(_ page: Page<Item>, item: (Item) -> [UInt8]) -> [UInt8] {
        encode(items: page.items.map(item), total: page.total, limit: page.limit, offset: page.offset)
    }

    /// The same body with each item appended straight from where it is stored: no array per item.
    public static func encode<Item>(
        _ page: Page<Item>, itemBytes: (Item) -> ArraySlice<UInt8>
    ) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(page.items.reduce(64) { $0 + itemBytes($1).count + 1 })
        out.append(contentsOf: #"{"items":["#.utf8)
        for (index, item) in page.items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: itemBytes(item))
        }
        out.append(contentsOf: #"],"limit":\#(page.limit),"offset":\#(page.offset),"total":\#(page.total)}"#.utf8)
        return out
    }
}
