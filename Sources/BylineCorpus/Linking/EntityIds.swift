import BylineModel

/// Entity ids: the slug of the canonical name. Entities whose slugs collide get `-2`, `-3`
/// in an order fixed by the entities themselves (most mentioned first), never by load order.
enum EntityIds {
    static func assign(_ entities: [(name: String, mentions: Int, type: EntityType)]) -> [String] {
        let slugs = entities.map { Slug.make($0.name) }
        // The order (slug, most mentions, name, type, index), compared field by field and
        // only as far as needed: nearly every pair differs in its slug. (A tuple of all five
        // built each of the sort's comparisons, the type's raw value included.)
        let slugOrder = ASCIIKeys(slugs)
        let order = entities.indices.sorted { a, b in
            let bySlug = slugOrder.compare(a, b)
            if bySlug != 0 { return bySlug < 0 }
            if entities[a].mentions != entities[b].mentions { return entities[a].mentions > entities[b].mentions }
            if entities[a].name != entities[b].name { return entities[a].name < entities[b].name }
            let (x, y) = (entities[a].type.rawValue, entities[b].type.rawValue)
            return x != y ? x < y : a < b
        }
        var claimed = UniqueIds()
        var ids = Array(repeating: "", count: entities.count)
        for index in order {
            ids[index] = claimed.claim(slugs[index], fallback: "", empty: "entity")
        }
        return ids
    }
}
