import BylineCorpus
import BylineHTTP
import Foundation

/// Small helpers for building bodies out of JSON that is already encoded.
enum EncodedJSON {
    /// Values encoded per request take the snapshot's one JSON form (sorted keys), so their
    /// bytes and ETags agree with the precomputed ones.
    static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        ResourceEncoder.encode(value)
    }

    /// `[a,b,c]` from encoded elements.
    static func array(_ elements: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        out.reserveCapacity(elements.reduce(2) { $0 + $1.count + 1 })
        for (index, element) in elements.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: element)
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// Adds members to an encoded object: `{"a":1}` + `("b", 2)` -> `{"a":1,"b":2}`.
    static func object(_ object: [UInt8], adding members: [(String, [UInt8])]) -> [UInt8] {
        guard object.last == UInt8(ascii: "}") else { return object }
        var out = Array(object.dropLast())
        var empty = out.count == 1  // "{" alone
        out.reserveCapacity(object.count + members.reduce(0) { $0 + $1.0.utf8.count + $1.1.count + 4 })
        for (name, value) in members {
            if !empty { out.append(UInt8(ascii: ",")) }
            empty = false
            out.append(contentsOf: JSONString.quoted(name).utf8)
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: value)
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// The list body of API.md ("Lists").
    static func list(_ items: [[UInt8]], total: Int, limit: Int, offset: Int) -> [UInt8] {
        var out: [UInt8] = Array(#"{"items":"#.utf8)
        out.append(contentsOf: array(items))
        out.append(contentsOf: #","limit":\#(limit),"offset":\#(offset),"total":\#(total)}"#.utf8)
        return out
    }
}
