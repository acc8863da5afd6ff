import BylineModel

/// Hands out article ids: the slug of the title, `-2`, `-3` for later articles with the same
/// one (in load order, so deterministic).
struct ArticleIds {
    private var used: Set<String> = []

    mutating func claim(_ wanted: String, fallback: String) -> String {
        let base = !wanted.isEmpty ? wanted : Slug.make(fallback).isEmpty ? "article" : Slug.make(fallback)
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
