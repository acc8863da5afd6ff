import BylineModel

/// Hands out unique ids: the wanted one, then `-2`, `-3` for later claims of the same one, so
/// the order of the claims decides (articles in load order, entities most mentioned first).
struct UniqueIds {
    private var used: Set<String> = []

    /// `wanted`, or when it is empty the slug of `fallback`, or `empty` when that is empty too;
    /// suffixed until unused.
    mutating func claim(_ wanted: String, fallback: String, empty: String = "article") -> String {
        var base = wanted
        if base.isEmpty { base = Slug.make(fallback) }
        if base.isEmpty { base = empty }
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
