import BylineModel

/// Entity ids: the slug of the canonical name. Entities whose slugs collide get `-2`, `-3`
/// in an order fixed by the entities themselves (most mentioned first), never by load order.
enum EntityIds {
    static func assign(_ entities: [(name: String, mentions: Int, type: EntityType)]) -> [String] {
        let slugs = entities.map { Slug.make($0.name) }
        let order = entities.indices.sorted { a, b in
            let (x, y) = (entities[a], entities[b])
            return (slugs[a], -x.mentions, x.name, x.type.rawValue, a)
                < (slugs[b], -y.mentions, y.name, y.type.rawValue, b)
        }
        var claimed = UniqueIds()
        var ids = Array(repeating: "", count: entities.count)
        for index in order {
            ids[index] = claimed.claim(slugs[index], fallback: "", empty: "entity")
        }
        return ids
    }
}
