import BylineModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Entity ids: the slug of the canonical name. Entities whose slugs collide get `-2`, `-3`
/// in an order fixed by the entities themselves (most mentioned first), never by load order.
enum EntityIds {
    static func assign(_ entities: [(name: String, mentions: Int, type: EntityType)]) -> [String] {
        let slugs = entities.map { Slug.make($0.name) }
        // The order (slug, most mentions, name, type, index), compared field by field and
        // only as far as needed: nearly every pair differs in its slug. (A tuple of all five
        // built each of the sort's comparisons, the type's raw value included.)
        // Slugs are nearly always ASCII, where String order is the order of the UTF-8 bytes:
        // those are compared as bytes in one buffer (nil range: not ASCII), without a String
        // comparison's calls and checks per pair; any other pair is compared as Strings.
        var flat: [UInt8] = []
        let ranges: [Range<Int>?] = slugs.map { slug in
            guard slug.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            let start = flat.count
            flat += slug.utf8
            return start..<flat.count
        }
        let order = flat.withUnsafeBufferPointer { flat in
            entities.indices.sorted { a, b in
                let bySlug: Int
                if let x = ranges[a], let y = ranges[b] {
                    bySlug = compare(UnsafeBufferPointer(rebasing: flat[x]), UnsafeBufferPointer(rebasing: flat[y]))
                } else {
                    bySlug = slugs[a] == slugs[b] ? 0 : slugs[a] < slugs[b] ? -1 : 1
                }
                if bySlug != 0 { return bySlug < 0 }
                if entities[a].mentions != entities[b].mentions { return entities[a].mentions > entities[b].mentions }
                if entities[a].name != entities[b].name { return entities[a].name < entities[b].name }
                let (x, y) = (entities[a].type.rawValue, entities[b].type.rawValue)
                return x != y ? x < y : a < b
            }
        }
        var claimed = UniqueIds()
        var ids = Array(repeating: "", count: entities.count)
        for index in order {
            ids[index] = claimed.claim(slugs[index], fallback: "", empty: "entity")
        }
        return ids
    }

    /// -1, 0 or 1 as `x` is before, equal to or after `y`, byte by byte (a prefix first).
    static func compare(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(x.count, y.count)
        if common > 0, let a = x.baseAddress, let b = y.baseAddress {
            let order = memcmp(a, b, common)
            if order != 0 { return order < 0 ? -1 : 1 }
        }
        return x.count == y.count ? 0 : x.count < y.count ? -1 : 1
    }
}
